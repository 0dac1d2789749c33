#include "mainwindow/project_status_bar.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "i18n/locale_format.h"
#include "project/plan.h"

#include <QLabel>
#include <QStatusBar>

namespace cw::ui {
ProjectStatusBar::ProjectStatusBar(QStatusBar *bar) : QObject(bar)
{
    const auto label = [bar](const QString &accessibleName) {
        auto *created = new QLabel(bar);
        created->setAccessibleName(accessibleName);
        bar->addPermanentWidget(created);
        return created;
    };
    m_edits = label(tr("Offline edits"));
    m_unreadable = label(tr("Unreadable files"));
    m_conflicts = label(tr("Conflicts"));
    m_findings = label(tr("Findings"));
    m_lastPull = label(tr("Last pull"));
    m_target = label(tr("Connection target"));
    m_pending.setSingleShot(true);
    m_pending.setInterval(200);
    connect(&m_pending, &QTimer::timeout, this, &ProjectStatusBar::refresh);
    refresh();
}

void ProjectStatusBar::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ProjectDocument::findingsChanged, &m_pending, qOverload<>(&QTimer::start));
        connect(document, &ProjectDocument::saved, &m_pending, qOverload<>(&QTimer::start));
        connect(document, &ProjectDocument::configChanged, &m_pending, qOverload<>(&QTimer::start));
    }
    refresh();
}

void ProjectStatusBar::refresh()
{
    m_pending.stop();
    const bool open = m_document != nullptr;
    for (QLabel *label : {m_edits, m_conflicts, m_findings, m_lastPull, m_target})
        label->setVisible(open);
    if (!open) {
        m_unreadable->hide();
        return;
    }
    const project::Project &project = m_document->project();

    // As `casewright-cli status` does: plan without the conflicts, which block a real plan.
    // A file that cannot be read is not an edit: the plan leaves out what it holds (plan.h).
    const auto plan = project::computeEdits(project);
    if (plan) {
        const int edits = int(plan->steps.size());
        m_edits->setText(plural(tr("%n offline edit(s)", nullptr, edits), edits));
        m_edits->setToolTip(plan->empty() && plan->notes.empty()
                                ? tr("Nothing to publish: the project matches the last pull.")
                                : qs(project::planToText(*plan)));
    } else {
        m_edits->setText(tr("Offline edits: cannot plan"));
        m_edits->setToolTip(qs(plan.error().toString()));
    }

    const int unreadable = int(project.unreadable.size());
    m_unreadable->setVisible(unreadable > 0);
    m_unreadable->setText(plural(tr("%n unreadable file(s)", nullptr, unreadable), unreadable));
    m_unreadable->setStyleSheet(unreadable ? toneStyleSheet(Tone::Error) : QString());
    QStringList unreadableNames;
    for (const project::UnreadableFile &file : project.unreadable)
        unreadableNames << qs(file.relative);
    m_unreadable->setToolTip(
        tr("Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; "
           "publishing waits until every file reads (see Unreadable files in the explorer).")
            .arg(unreadableNames.join(QStringLiteral(", "))));

    const int conflicts = int(project.state.conflicts.size());
    m_conflicts->setText(plural(tr("%n conflict(s)", nullptr, conflicts), conflicts));
    m_conflicts->setStyleSheet(conflicts ? toneStyleSheet(Tone::Error) : QString());
    QStringList conflictNames;
    for (const project::Conflict &conflict : project.state.conflicts)
        conflictNames << qs(conflict.kind + " " + conflict.slug);
    m_conflicts->setToolTip(conflicts ? tr("Changed both here and remotely since the last pull: %1")
                                            .arg(conflictNames.join(QStringLiteral(", ")))
                                      : tr("No conflicts with the remote domain"));

    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : m_document->findings())
        (finding.severity == Finding::Severity::Error ? errors : warnings) += 1;
    m_findings->setText(plural(tr("%n error(s)", nullptr, errors), errors) + QStringLiteral(", ") +
                        plural(tr("%n warning(s)", nullptr, warnings), warnings));

    m_lastPull->setText(project.state.lastPullTime.empty()
                            ? tr("Never pulled")
                            : tr("Last pull: %1").arg(i18n::localizedDateTime(project.state.lastPullTime)));
    // A publish moves the base too (publisher.cpp records when): the label follows it.
    if (const auto published = project.state.extra.find("lastPublishTime");
        published != project.state.extra.end() && published->is_string())
        m_lastPull->setText(
            m_lastPull->text() + QStringLiteral(" \u00b7 ") +
            tr("last publish: %1").arg(i18n::localizedDateTime(published->get<std::string>())));

    const project::ProjectConfig &config = project.config;
    QStringList target;
    target << (config.region.empty() ? tr("no region") : qs(config.region));
    if (!config.endpoint.empty())
        target << qs(config.endpoint);
    target << (config.profile.empty() ? tr("default profile")
                                      : tr("profile %1").arg(userText(config.profile)));
    const QString own = target.join(QStringLiteral(" \u00b7 "));
    if (!m_practiceEndpoint.isEmpty()) {
        // Pull and publish go to the practice service, whatever the project's connection says.
        m_target->setText(tr("Target: PRACTICE service %1 (not AWS)").arg(m_practiceEndpoint));
        m_target->setToolTip(
            tr("Pull and publish go to the local practice service (domain %1) until you stop "
               "it (File > Practice Domain); the project's own connection: %2")
                .arg(m_practiceDomainId, own));
        m_target->setStyleSheet(toneStyleSheet(Tone::Warning));
        return;
    }
    m_target->setText(tr("Target: %1").arg(own));
    m_target->setToolTip(tr("Domain %1 (%2)").arg(userText(config.domainName), userText(config.domainId)));
    m_target->setStyleSheet(QString());
}

void ProjectStatusBar::setPracticeTarget(const QString &endpoint, const QString &domainId)
{
    m_practiceEndpoint = endpoint;
    m_practiceDomainId = domainId;
    refresh();
}

} // namespace cw::ui
