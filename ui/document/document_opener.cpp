#include "document/document_opener.h"

#include "common/counted.h"
#include "common/std_text.h"

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
    // One unreadable rule, template or samples file does not lock the admin out of the rest
    // (project_io.h); casewright-cli stays strict.
    auto loaded = project::loadProject(directory.toStdString(), project::LoadMode::KeepUnreadable);
    if (!loaded)
        return loaded.error();
    OpenedDocument opened;
    if (const auto &unreadable = loaded->project.unreadable; !unreadable.empty()) {
        QStringList files;
        for (const project::UnreadableFile &file : unreadable)
            files << QString::fromStdString(elideUserText(file.error.toString(), 600));
        const int count = int(unreadable.size());
        opened.notices << plural(QCoreApplication::translate(
                                     "cw::ui::DocumentOpener",
                                     "The project opened without %n file(s) that cannot be read. They are "
                                     "listed under Unreadable files in the explorer, left out of the preview "
                                     "and never overwritten; publishing is off until they are fixed.",
                                     nullptr, count),
                                 count) +
                              QStringLiteral("\n\n") + files.join(QLatin1Char('\n'));
    }
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
