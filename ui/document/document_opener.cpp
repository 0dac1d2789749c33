#include "document/document_opener.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {
QString errorText(const Error &error)
{
    return QString::fromStdString(error.toString());
}
} // namespace

Result<OpenedDocument> openProjectDocument(const QString &directory, const RecoveryQuestion &askRecovery)
{
    auto loaded = project::loadProject(directory.toStdString());
    if (!loaded)
        return loaded.error();
    OpenedDocument opened;
    bool restored = false;
    auto recovery = project::findRecovery(loaded->project.directory);
    if (!recovery) {
        opened.notices << QCoreApplication::translate(
                              "cw::ui::DocumentOpener",
                              "The unsaved edits of the last session cannot be read (%1); the copy is "
                              "left in place and the project opens as it was saved.")
                              .arg(errorText(recovery.error()));
    } else if (*recovery) {
        // The question says what the copy would change, not how much it holds.
        project::RecoveryInfo info = **recovery;
        project::Project restoredPreview = loaded->project;
        if (project::applyRecovery(restoredPreview))
            info.changes = project::recoveredChanges(loaded->project, restoredPreview);
        switch (askRecovery(info)) {
        case RecoveryChoice::Restore:
            if (auto status = project::applyRecovery(loaded->project); !status)
                opened.notices << QCoreApplication::translate(
                                      "cw::ui::DocumentOpener",
                                      "The unsaved edits could not be restored (%1); the copy is left in "
                                      "place and the project opens as it was saved.")
                                      .arg(errorText(status.error()));
            else
                restored = true;
            break;
        case RecoveryChoice::Discard:
            if (auto status = project::discardRecovery(loaded->project.directory); !status)
                opened.notices << errorText(status.error());
            break;
        case RecoveryChoice::KeepForLater:
            break;
        }
    }
    opened.document = std::make_unique<ProjectDocument>(std::move(loaded).value());
    if (restored)
        opened.document->markRestored();
    return opened;
}

} // namespace cw::ui
