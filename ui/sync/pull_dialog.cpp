#include "sync/pull_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {
namespace {
QString slugList(const std::vector<std::string> &slugs)
{
    QStringList names;
    for (const std::string &slug : slugs)
        names << QString::fromStdString(slug);
    return names.join(QStringLiteral(", "));
}

bool isProject(const QString &folder)
{
    auto stored = project::storedProjectConfig(folder.toStdString());
    return !stored || stored->has_value();
}
} // namespace

PullDialog::PullDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Pull a Cases domain"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("a new folder, or an existing project to refresh"));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    form->addRow(tr("Project &folder:"), folderRow);
    layout->addLayout(form);
    m_connection = new ConnectionForm(this);
    layout->addWidget(m_connection);

    m_run = addRunProgressWidgets(this, layout,
                                  {tr("Cancel pull"), tr("Pull report"),
                                   tr("What the pull created, updated, removed and kept shows here."),
                                   tr("&Pull")});
    m_open = m_run.buttons->addButton(tr("&Open project"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);

    connect(m_browse, &QPushButton::clicked, this, &PullDialog::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { setFolder(m_folder->text()); });
    connect(m_run.start, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_run.cancel, &QPushButton::clicked, this, &PullDialog::cancelPull);
    connect(m_run.buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelPull();
        reject();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openProjectRequested(folder());
        accept();
    });
    resize(620, 560);
}

PullDialog::~PullDialog() = default;

void PullDialog::setFolder(const QString &folder)
{
    if (m_folder->text() != folder)
        m_folder->setText(folder);
    auto stored = project::storedProjectConfig(folder.toStdString());
    const bool existing = !stored || stored->has_value();
    m_connection->setDomainFixed(existing);
    if (!existing)
        return;
    if (!stored) {
        m_run.report->setPlainText(tr("This folder's project cannot be read: %1")
                                       .arg(QString::fromStdString(stored.error().toString())));
        return;
    }
    const project::ProjectConfig &config = **stored;
    m_connection->setChoice({QString::fromStdString(config.profile), QString::fromStdString(config.region),
                             QString::fromStdString(config.endpoint), QString::fromStdString(config.domainId),
                             QString::fromStdString(config.domainName)});
}

QString PullDialog::folder() const
{
    return m_folder->text().trimmed();
}

void PullDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Project folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void PullDialog::setRunning(bool running)
{
    m_run.start->setEnabled(!running);
    m_run.cancel->setEnabled(running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_connection->setEnabled(!running);
}

void PullDialog::startPull()
{
    if (isRunning())
        return;
    m_result.reset();
    m_open->setEnabled(false);
    const ConnectionChoice choice = m_connection->choice();
    const auto fail = [this](const QString &message) {
        m_run.report->setPlainText(message);
        emit pullFinished(false);
    };
    if (folder().isEmpty())
        return fail(tr("Choose the project folder first."));
    if (choice.domainId.isEmpty() && !isProject(folder()))
        return fail(tr("Choose the domain to pull (Load domains lists them)."));
    auto resolved = m_connection->resolve();
    if (!resolved)
        return fail(tr("Cannot connect: %1").arg(QString::fromStdString(resolved.error().toString())));

    // As casewright-cli pull stores them: names only, the region as resolved.
    project::ProjectConfig config;
    config.domainId = choice.domainId.toStdString();
    config.region = resolved->config.region.toStdString();
    config.endpoint = choice.endpoint.toStdString();
    config.profile = choice.profile.toStdString();
    m_run.report->setPlainText(tr("Pulling from %1\u2026").arg(resolved->description));
    m_client = std::make_unique<net::CasesClient>(std::move(resolved->config));
    m_run.progress->setRange(0, 1);
    m_run.progress->setValue(0);
    setRunning(true);
    m_session.start(
        *m_client, folder().toStdString(), config,
        [this](const net::PullProgress &progress) { showProgress(progress); },
        [this](Result<project::PullResult> result) { finished(std::move(result)); });
}

void PullDialog::cancelPull()
{
    m_session.cancel();
}

void PullDialog::showProgress(const net::PullProgress &progress)
{
    // The totals grow while the lists are still being paged; the bar follows them.
    const int total = 1 + progress.fieldsListed + progress.optionListsTotal + progress.layoutsListed +
                      progress.templatesListed + progress.rulesListed;
    const int done = (progress.domainRead ? 1 : 0) + progress.fieldsRead + progress.optionListsRead +
                     progress.layoutsRead + progress.templatesRead + progress.rulesRead;
    m_run.progress->setRange(0, std::max(total, 1));
    m_run.progress->setValue(std::min(done, total));
    m_run.progressLabel->setText(
        tr("fields %1/%2 \u00b7 options %3/%4 \u00b7 layouts %5/%6 \u00b7 templates %7/%8 "
           "\u00b7 rules %9/%10%11")
            .arg(progress.fieldsRead)
            .arg(progress.fieldsListed)
            .arg(progress.optionListsRead)
            .arg(progress.optionListsTotal)
            .arg(progress.layoutsRead)
            .arg(progress.layoutsListed)
            .arg(progress.templatesRead)
            .arg(progress.templatesListed)
            .arg(progress.rulesRead)
            .arg(progress.rulesListed)
            .arg(progress.listingDone ? QString() : tr(" (still listing)")));
}

QString PullDialog::reportText(const QString &folder, const project::PullResult &result)
{
    QStringList lines;
    lines << (result.created ? tr("Created the project %1").arg(folder)
                             : tr("Refreshed the project %1").arg(folder));
    lines << tr("%1 fields, %2 templates, %3 rules, %4 layouts.")
                 .arg(result.fields)
                 .arg(result.templates)
                 .arg(result.rules)
                 .arg(result.layouts);
    const project::MergeReport &merge = result.merge;
    if (!result.created) {
        lines << tr("Created from the remote: %1")
                     .arg(merge.created.empty() ? tr("none") : slugList(merge.created));
        lines << tr("Updated from the remote: %1")
                     .arg(merge.updated.empty() ? tr("none") : slugList(merge.updated));
        lines << tr("Removed (deleted remotely): %1")
                     .arg(merge.removed.empty() ? tr("none") : slugList(merge.removed));
        lines << tr("Kept (your edits): %1").arg(merge.kept.empty() ? tr("none") : slugList(merge.kept));
    }
    if (merge.newConflicts.empty()) {
        lines << tr("Conflicts: none");
    } else {
        lines << tr(
            "Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):");
        for (const project::Conflict &conflict : merge.newConflicts)
            lines << QStringLiteral("  %1 %2").arg(QString::fromStdString(conflict.kind),
                                                   QString::fromStdString(conflict.slug));
    }
    return lines.join(QLatin1Char('\n'));
}

void PullDialog::finished(Result<project::PullResult> result)
{
    m_client.release()->deleteLater(); // its callback is still on the stack
    setRunning(false);
    if (!result) {
        m_run.report->setPlainText(
            tr("The pull failed: %1").arg(QString::fromStdString(result.error().toString())));
        emit pullFinished(false);
        return;
    }
    m_run.progress->setValue(m_run.progress->maximum());
    m_result = std::move(result).value();
    m_run.report->setPlainText(reportText(folder(), *m_result));
    m_connection->setDomainFixed(true);
    m_open->setEnabled(true);
    emit pullFinished(true);
}

} // namespace cw::ui
