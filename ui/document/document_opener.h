#pragma once
// Opening a project folder in the designer: load it and, when the last session ended with unsaved
// edits (a recovery copy exists), ask whether to restore them. The question is a callback so the
// main window can put it to the user and tests can answer it.

#include "document/project_document.h"
#include "project/recovery.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace cw::ui {

enum class RecoveryChoice { Restore, Discard, KeepForLater };

using RecoveryQuestion = std::function<RecoveryChoice(const project::RecoveryInfo &)>;

struct OpenedDocument {
    std::unique_ptr<ProjectDocument> document;
    QStringList notices; // things the user should know (a damaged recovery copy, ...)
};

// Fails with loadProject's error (file, line/column or pointer) when the folder is not a project.
// Restore: the copy replaces the files' rules, templates and samples and the document starts
// modified (the copy stays until the next save). Discard: the copy is removed. KeepForLater: the
// copy is left alone and the files are opened as they are.
Result<OpenedDocument> openProjectDocument(const QString &directory, const RecoveryQuestion &askRecovery);

} // namespace cw::ui
