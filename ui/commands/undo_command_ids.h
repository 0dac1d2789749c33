#pragma once
// QUndoCommand::id() values: QUndoStack asks a command to merge with the one before it only when
// both return the same id, so each mergeable family has its own.

namespace cw::ui {

enum class UndoCommandId : int {
    EditRuleText = 1,       // consecutive text edits of one rule member (name, a compared text...)
    EditTemplateText = 2,   // the same for a template
    EditSampleCaseText = 3, // typing into one field of one sample case
};

} // namespace cw::ui
