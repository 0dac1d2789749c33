#pragma once
// QUndoCommand::id() values, every one the designer uses: QUndoStack asks a command to merge with
// the one before it only when both return the same id, so each mergeable family has its own.
// Commands that never merge (add or remove a rule, insert or remove sample cases, a group of
// commands) return -1, QUndoCommand's default.

namespace cw::ui {

enum class UndoCommandId : int {
    EditRuleText = 1,       // consecutive text edits of one rule member (name, a compared text...)
    EditTemplateText = 2,   // the same for a template
    EditSampleCaseText = 3, // typing into one field of one sample case
    EditConnection = 4,     // the connection (profile, region, endpoint): one step per dialog, never merged
};

} // namespace cw::ui
