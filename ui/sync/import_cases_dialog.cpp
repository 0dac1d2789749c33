#include "sync/import_cases_dialog.h"

#include "common/json_text.h"
#include "common/std_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cw::ui {

ImportCasesDialog::ImportCasesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import cases from the service"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The domain's most recent cases become sample cases, with the fields this "
                                "project's templates and rules read. They are real customers' cases: keep "
                                "the file where such data may be kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_connection = new ConnectionForm(this);
    m_connection->setDomainFixed(true);
    layout->addWidget(m_connection);

    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Template"));
    form->addRow(tr("&Template:"), m_template);
    auto *limitRow = new QHBoxLayout;
    m_limit = new QCheckBox(tr("At &most"), this);
    m_limit->setChecked(true);
    m_max = new QSpinBox(this);
    m_max->setRange(1, 1000000);
    m_max->setValue(200);
    m_max->setSuffix(tr(" cases"));
    m_max->setAccessibleName(tr("Most cases"));
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_max, 1);
    form->addRow(tr("Newest:"), limitRow);
    auto *sinceRow = new QHBoxLayout;
    m_sinceCheck = new QCheckBox(tr("Created &since"), this);
    m_since = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setEnabled(false);
    m_since->setAccessibleName(tr("Created since"));
    sinceRow->addWidget(m_sinceCheck);
    sinceRow->addWidget(m_since, 1);
    form->addRow(tr("Date:"), sinceRow);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("optional: a file with a SearchCases filter (JSON)"));
    m_filter->setAccessibleName(tr("Filter file"));
    m_browseFilter = new QPushButton(tr("B&rowse\u2026"), this);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_browseFilter);
    // A row of two widgets has no buddy of its own: the label names the line edit for its mnemonic.
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    form->addRow(filterLabel, filterRow);
    layout->addLayout(form);

    m_run = addRunProgressWidgets(this, layout,
                                  {tr("Cancel import"), tr("Import report"),
                                   tr("Which file the cases went into shows here."), tr("&Import")});

    connect(m_limit, &QCheckBox::toggled, m_max, &QWidget::setEnabled);
    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_browseFilter, &QPushButton::clicked, this, &ImportCasesDialog::chooseFilterFile);
    connect(m_run.start, &QPushButton::clicked, this, &ImportCasesDialog::startImport);
    connect(m_run.cancel, &QPushButton::clicked, this, &ImportCasesDialog::cancelImport);
    connect(m_run.buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelImport();
        reject();
    });
    resize(620, 620);
}

ImportCasesDialog::~ImportCasesDialog() = default;

void ImportCasesDialog::openProject(const project::LoadedProject &project)
{
    m_project = project;
    const project::ProjectConfig &config = project.project.config;
    m_connection->setChoice({qs(config.profile), qs(config.region), qs(config.endpoint), qs(config.domainId),
                             qs(config.domainName)});
    m_template->clear();
    m_template->addItem(tr("All templates"), QString());
    for (const project::TemplateFile &file : project.project.templates)
        if (!file.caseTemplate.templateId.empty()) // a template not published yet has no cases
            m_template->addItem(qs(file.caseTemplate.name), qs(file.caseTemplate.templateId));
}

void ImportCasesDialog::chooseFilterFile()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("SearchCases filter"), m_filter->text(),
                                                        tr("JSON files (*.json)"));
    if (!chosen.isEmpty())
        m_filter->setText(chosen);
}

Result<project::CasePullPlan> ImportCasesDialog::planFromForm() const
{
    project::CasePullOptions options;
    options.templateRef = m_template->currentData().toString().toStdString();
    if (m_limit->isChecked())
        options.maxCases = static_cast<std::size_t>(m_max->value());
    if (m_sinceCheck->isChecked())
        options.since = m_since->date().toString(Qt::ISODate).toStdString();
    const QString filterFile = m_filter->text().trimmed();
    if (!filterFile.isEmpty()) {
        options.filterFile = filterFile.toStdString();
        auto filter = readJsonFile(options.filterFile);
        if (!filter)
            return filter.error();
        options.filter = std::move(filter).value();
    }
    return project::planCasePull(m_project->project, options);
}

void ImportCasesDialog::setRunning(bool running)
{
    m_run.start->setEnabled(!running);
    m_run.cancel->setEnabled(running);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_connection, m_template, m_limit, m_sinceCheck,
                                                            m_filter, m_browseFilter})
        widget->setEnabled(!running);
    m_max->setEnabled(!running && m_limit->isChecked());
    m_since->setEnabled(!running && m_sinceCheck->isChecked());
}

void ImportCasesDialog::startImport()
{
    if (isRunning() || !m_project)
        return;
    m_imported.reset();
    const auto fail = [this](const QString &message) {
        m_run.report->setPlainText(message);
        emit importFinished(false);
    };
    auto plan = planFromForm();
    if (!plan)
        return fail(tr("Cannot import: %1").arg(qs(plan.error().toString())));
    auto resolved = m_connection->resolve();
    if (!resolved)
        return fail(tr("Cannot connect: %1").arg(qs(resolved.error().toString())));
    m_run.report->setPlainText(tr("Reading cases from %1\u2026").arg(resolved->description));
    m_client = std::make_unique<net::CasesClient>(std::move(resolved->config));
    m_run.progress->setRange(0, 0); // busy until the service says how many there are
    m_run.progressLabel->clear();
    setRunning(true);
    m_session.start(
        *m_client, std::move(plan).value(),
        [this](const project::CasePullProgress &progress) { showProgress(progress); },
        [this](Result<project::CasePullResult> result) { finished(std::move(result)); });
}

void ImportCasesDialog::cancelImport()
{
    m_session.cancel();
}

void ImportCasesDialog::showProgress(const project::CasePullProgress &progress)
{
    if (progress.expected) {
        m_run.progress->setRange(0, static_cast<int>(std::max<std::size_t>(*progress.expected, 1)));
        m_run.progress->setValue(static_cast<int>(std::min(progress.kept, *progress.expected)));
        m_run.progressLabel->setText(tr("%1 of %2 cases").arg(progress.kept).arg(*progress.expected));
    } else {
        m_run.progressLabel->setText(tr("%1 cases so far").arg(progress.kept));
    }
}

void ImportCasesDialog::finished(Result<project::CasePullResult> result)
{
    m_client.release()->deleteLater(); // its callback is still on the stack
    setRunning(false);
    m_run.progress->setRange(0, 1);
    if (!result) {
        m_run.progress->setValue(0);
        m_run.report->setPlainText(
            net::apiErrorKind(result.error()) == net::ApiErrorKind::Cancelled
                ? tr("The import was cancelled; no file was written.")
                : tr("The import failed; no file was written: %1").arg(qs(result.error().toString())));
        emit importFinished(false);
        return;
    }
    auto cases = project::pulledSampleCases(result->cases);
    if (!cases) {
        m_run.report->setPlainText(
            tr("The cases could not be written: %1").arg(qs(cases.error().toString())));
        emit importFinished(false);
        return;
    }
    m_imported =
        project::SampleFile{project::pulledCasesFileName(m_project->project.directory, QDate::currentDate()),
                            std::move(cases).value()};
    m_run.progress->setValue(1);
    QStringList lines;
    lines << tr("%1 cases written to %2.")
                 .arg(result->cases.size())
                 .arg(QStringLiteral("samples/") + qs(m_imported->name));
    if (result->skipped > 0)
        lines << tr("%1 cases of other templates were left out.").arg(result->skipped);
    lines << tr("They are in the preview now.");
    m_run.report->setPlainText(lines.join(QLatin1Char('\n')));
    emit casesImported(*m_imported);
    emit importFinished(true);
}

} // namespace cw::ui
