#include "preview/preview_pane.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "evaluator/expectation_check.h"
#include "preview/case_form_simulator.h"
#include "preview/field_share_calculator.h"
#include "preview/field_share_chart.h"
#include "preview/sample_cases_filter.h"
#include "preview/sample_cases_model.h"
#include "preview/sample_value_delegate.h"
#include "samples/case_generator.h"
#include "samples/sample_import.h"
#include "samples/template_fields.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace cw::ui {
namespace {
constexpr const char *kGeneratedFile = "generated.json";

QScrollArea *scrolled(QWidget *content, QWidget *parent, const QString &accessibleName)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(content);
    return scroll;
}
} // namespace

PreviewPane::PreviewPane(QWidget *parent) : QWidget(parent)
{
    m_model = new SampleCasesModel(this);
    m_filter = new SampleCasesFilter(this);
    m_filter->setSourceModel(m_model);
    m_calculator = new FieldShareCalculator(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *pickRow = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Template:"), this);
    m_templateCombo = new QComboBox(this);
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_templateCombo->setAccessibleName(tr("Template to preview"));
    pickLabel->setBuddy(m_templateCombo);
    m_onlyTemplate = new QCheckBox(tr("Only this template's cases"), this);
    m_onlyTemplate->setChecked(true);
    m_onlyFailing = new QCheckBox(tr("Only failing cases"), this);
    m_onlyFailing->setToolTip(tr("List only the cases whose expected outcomes the rules do not give"));
    m_onlyFailing->setEnabled(false);
    m_countLabel = new QLabel(this);
    m_expectationsLabel = new QLabel(this);
    m_expectationsLabel->setTextFormat(Qt::PlainText);
    m_expectationsLabel->setAccessibleName(tr("Expected outcomes"));
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_templateCombo);
    pickRow->addWidget(m_onlyTemplate);
    pickRow->addWidget(m_onlyFailing);
    pickRow->addStretch(1);
    pickRow->addWidget(m_expectationsLabel);
    pickRow->addWidget(m_countLabel);
    layout->addLayout(pickRow);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new SampleValueDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setAccessibleName(tr("Sample cases"));
    // However low the dock, the table shows a few cases to pick from (under its headings, above
    // its horizontal scrollbar).
    constexpr int kRowsAlwaysShown = 3;
    m_table->setMinimumHeight(
        std::max(m_table->horizontalHeader()->sizeHint().height(), m_table->fontMetrics().height() + 8) +
        kRowsAlwaysShown * m_table->verticalHeader()->defaultSectionSize() +
        m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth());

    m_simulator = new CaseFormSimulator(this);
    m_chart = new FieldShareChart(this);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(scrolled(m_simulator, bottom, tr("The selected case as an agent sees it")));
    bottom->addWidget(scrolled(m_chart, bottom, tr("Required and hidden shares per field")));
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 520}); // the form is what the pane is for; the table scrolls
    layout->addWidget(split, 1);

    createActions();

    connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &PreviewPane::onTemplatePicked);
    connect(m_onlyTemplate, &QCheckBox::toggled, this, &PreviewPane::onTemplatePicked);
    connect(m_onlyFailing, &QCheckBox::toggled, this, [this] {
        applyFailingFilter();
        m_onlyFailing->setEnabled(m_onlyFailing->isChecked() || !m_failures.empty());
    });
    connect(m_model, &SampleCasesModel::casesChanged, this, [this] {
        ++m_casesGeneration;
        refreshExpectations(false);
        refreshCase();
        refreshChart();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshCase();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PreviewPane::updateActions);
    connect(m_simulator, &CaseFormSimulator::valueEdited, this,
            [this](const QString &fieldId, const std::optional<Value> &value, bool typing) {
                m_model->setValue(selectedCase(), fieldId.toStdString(), value,
                                  typing ? QStringLiteral("form") : QString());
            });
    connect(m_simulator, &CaseFormSimulator::expectFieldRequested, this,
            [this](const QString &fieldId) { expectFieldOutcome(fieldId.toStdString()); });
    connect(m_simulator, &CaseFormSimulator::forgetFieldRequested, this,
            [this](const QString &fieldId) { forgetFieldExpectation(fieldId.toStdString()); });
    connect(m_calculator, &FieldShareCalculator::computing, this, [this] { m_chart->setComputing(true); });
    connect(m_calculator, &FieldShareCalculator::sharesReady, m_chart, &FieldShareChart::setShares);
    updateActions();
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::createActions()
{
    m_addCase = m_toolBar->addAction(
        tr("Add case"), this, [this] { selectCase(m_model->addCase(pickedTemplateId(), selectedCase())); });
    m_addCase->setToolTip(tr("Add an empty sample case of the chosen template"));
    m_duplicateCase = m_toolBar->addAction(tr("Duplicate"), this,
                                           [this] { selectCase(m_model->duplicateCase(selectedCase())); });
    m_deleteCases =
        m_toolBar->addAction(tr("Delete cases"), this, [this] { m_model->removeCases(selectedRows()); });
    m_deleteCases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_deleteCases->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->addSeparator();
    m_clearValue =
        m_toolBar->addAction(tr("Clear value"), this, [this] { setCurrentCellValue(std::nullopt); });
    m_clearValue->setToolTip(tr("Leave the field out of the case (absent)"));
    m_clearValue->setShortcut(QKeySequence::Delete);
    m_clearValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_emptyValue =
        m_toolBar->addAction(tr("Set (empty)"), this, [this] { setCurrentCellValue(Value::empty()); });
    m_emptyValue->setToolTip(tr("Store emptyValue in the field (rules treat it as absent)"));
    m_toolBar->addSeparator();
    m_import = m_toolBar->addAction(tr("Import\u2026"), this, &PreviewPane::chooseImportFile);
    m_import->setToolTip(
        tr("Add cases from a JSON ({\"cases\": [...]}) or CSV file (a header row of field names "
           "or ids; \"id\" and \"template\" columns optional)"));
    m_generate = m_toolBar->addAction(tr("Generate cases"), this, [this] { generateCases(); });
    m_generate->setToolTip(
        tr("Add cases that try every value the template's rules test: each operand, another "
           "value, and empty"));
    m_toolBar->addSeparator();
    m_expectOutcome = m_toolBar->addAction(tr("Expect this outcome"), this, &PreviewPane::expectOutcome);
    m_expectOutcome->setToolTip(
        tr("Pin what the form shows as the case's expected outcome: a later rule edit that changes it "
           "fails the tests and blocks publish"));
    m_forgetExpectations =
        m_toolBar->addAction(tr("Forget expectations"), this, &PreviewPane::forgetExpectations);
    m_forgetExpectations->setToolTip(tr("Remove the selected case's expected outcome"));
    // Undo, redo and save are the window's (Edit > Undo, File > Save): sample edits are steps of
    // the document like any other edit.
    // The table's shortcuts act on the table only, not on the rest of the window.
    m_table->addAction(m_clearValue);
    m_table->addAction(m_deleteCases);
}

void PreviewPane::setDocument(ProjectDocument *document)
{
    for (const QMetaObject::Connection &connection : m_documentConnections)
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    m_compiled.clear();
    m_calculator->cancel();
    if (document == nullptr) {
        // The rows first: the document may be going (destroyed), and must not be read again.
        m_model->setDocument(nullptr);
        m_model->setSnapshot(DomainSnapshot{});
        fillTemplateCombo();
        return;
    }
    m_documentConnections
        << connect(document, &ProjectDocument::ruleChanged, this, &PreviewPane::onDocumentChanged)
        << connect(document, &ProjectDocument::templateChanged, this, &PreviewPane::onDocumentChanged)
        << connect(document, &ProjectDocument::rulesReset, this, &PreviewPane::onDocumentChanged)
        << connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    m_model->setSnapshot(document->snapshot());
    m_model->setDocument(document);
    fillTemplateCombo();
    refreshExpectations(false);
}

void PreviewPane::onDocumentChanged()
{
    if (m_document == nullptr)
        return;
    // Rules and templates changed: every compiled template may be stale.
    m_compiled.clear();
    m_model->setSnapshot(m_document->snapshot());
    fillTemplateCombo();
    refreshExpectations(true);
}

void PreviewPane::fillTemplateCombo()
{
    const QString previous = templateId();
    QList<std::pair<QString, QString>> items; // name, id
    for (const CaseTemplate &caseTemplate : m_model->snapshot().templates)
        if (!caseTemplate.isDeleted())
            items.append(
                {QString::fromStdString(caseTemplate.name), QString::fromStdString(caseTemplate.templateId)});
    bool same = items.size() == m_templateCombo->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_templateCombo->itemText(i) == items[i].first &&
               m_templateCombo->itemData(i).toString() == items[i].second;
    // Rule edits arrive per keystroke: leave the combo (and an open popup) alone unless it changed.
    if (!same) {
        const QSignalBlocker blocker(m_templateCombo);
        m_templateCombo->clear();
        for (const auto &[name, id] : items)
            m_templateCombo->addItem(name, id);
        const int kept = m_templateCombo->findData(previous);
        m_templateCombo->setCurrentIndex(kept >= 0 ? kept : (m_templateCombo->count() > 0 ? 0 : -1));
    }
    onTemplatePicked();
}

bool PreviewPane::showTemplate(const QString &templateId)
{
    const int index = m_templateCombo->findData(templateId);
    if (index < 0)
        return false;
    m_templateCombo->setCurrentIndex(index);
    return true;
}

QString PreviewPane::templateId() const
{
    return m_templateCombo->currentData().toString();
}

std::string PreviewPane::pickedTemplateId() const
{
    return templateId().toStdString();
}

void PreviewPane::onTemplatePicked()
{
    const DomainSnapshot &snapshot = m_model->snapshot();
    const CaseTemplate *caseTemplate = snapshot.findTemplate(pickedTemplateId());
    m_model->setFieldColumns(caseTemplate ? templateFieldIds(snapshot, *caseTemplate)
                                          : std::vector<std::string>{});
    m_filter->setTemplateId(m_onlyTemplate->isChecked() ? templateId() : QString());
    refreshCase();
    refreshChart();
    updateActions();
}

std::shared_ptr<const CompiledTemplate> PreviewPane::compiled(const std::string &templateId)
{
    const auto cached = m_compiled.find(templateId);
    if (cached != m_compiled.end())
        return cached->second;
    auto result = CompiledTemplate::compile(m_model->snapshot(), templateId);
    std::shared_ptr<const CompiledTemplate> compiledTemplate;
    if (result)
        compiledTemplate = std::make_shared<const CompiledTemplate>(std::move(result).value());
    m_compiled[templateId] = compiledTemplate;
    return compiledTemplate;
}

void PreviewPane::selectCase(int modelRow)
{
    if (modelRow < 0 || modelRow >= m_model->caseCount()) {
        m_table->setCurrentIndex({});
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(modelRow, SampleCasesModel::IdColumn));
    if (!index.isValid())
        return; // filtered out
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

int PreviewPane::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

QList<int> PreviewPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty() && selectedCase() >= 0)
        rows << selectedCase();
    return rows;
}

void PreviewPane::setCurrentCellValue(const std::optional<Value> &value)
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const std::string fieldId = m_model->fieldIdAt(current.column());
    if (!current.isValid() || fieldId.empty())
        return;
    m_model->setValue(current.row(), fieldId, value);
}

void PreviewPane::refreshCase()
{
    const int row = selectedCase();
    if (row < 0) {
        m_simulator->showCase(nullptr, nullptr, QString());
        return;
    }
    const DomainSnapshot &snapshot = m_model->snapshot();
    const SampleCase &sampleCase = m_model->sampleCase(row);
    const std::string templateId = shownTemplateId(sampleCase);
    const CaseTemplate *caseTemplate = snapshot.findTemplate(templateId);
    const auto compiledTemplate = caseTemplate ? compiled(templateId) : nullptr;
    // The fields the case has expectations of, by id whatever key names them.
    std::set<std::string> expectedFields;
    if (sampleCase.expect)
        for (const FieldExpectation &expectation : *sampleCase.expect) {
            const Field *field = expectedField(snapshot, expectation.key);
            expectedFields.insert(field ? field->fieldId : expectation.key);
        }
    m_simulator->setExpectedFields(std::move(expectedFields));
    if (compiledTemplate == nullptr) {
        m_simulator->setForm(&snapshot, {});
        m_simulator->showCase(&sampleCase, nullptr,
                              tr("Case %1: no template to show it on").arg(userText(sampleCase.id)));
        return;
    }
    m_simulator->setForm(&snapshot, templateFieldIds(snapshot, *caseTemplate));
    // The case's expectations the rules do not meet, in red beside their fields.
    std::map<std::string, QStringList> failing;
    if (sampleCase.expect) {
        SampleCase shown = sampleCase;
        shown.templateId = templateId;
        const auto results = checkExpectations(snapshot, CaseTable(std::vector<SampleCase>{shown}), {});
        if (results)
            for (const ExpectationFailure &failure : results->failures)
                failing[failure.fieldId] << tr("%1: expected %2, the rules give %3")
                                                .arg(QString::fromLatin1(expectAspectName(failure.aspect)),
                                                     QString::fromStdString(expectedText(failure)),
                                                     QString::fromStdString(actualText(failure)));
    }
    m_simulator->setExpectationFailures(std::move(failing));
    // Explanations cost strings: only the selected case gets them.
    const CaseOutcome outcome = compiledTemplate->evaluate(sampleCase, Explain::Yes);
    QString heading = tr("Case %1 as an agent sees it on \u201c%2\u201d")
                          .arg(userText(sampleCase.id), userText(caseTemplate->name));
    if (templateId != sampleCase.templateId)
        heading += QLatin1Char('\n') +
                   tr("(the case names template \u201c%1\u201d, which the project does not have)")
                       .arg(userText(sampleCase.templateId));
    for (const SkippedAttachment &skipped : compiledTemplate->skipped())
        heading +=
            QLatin1Char('\n') +
            tr("A rule is not applied: %1").arg(QString::fromStdString(boundedMessage(skipped.reason)));
    m_simulator->showCase(&sampleCase, &outcome, heading);
}

std::shared_ptr<const CaseTable> PreviewPane::listedCases()
{
    const QString filter = m_onlyTemplate->isChecked() ? templateId() : QString();
    if (m_listed && m_listedGeneration == m_casesGeneration && m_listedFilter == filter)
        return m_listed;
    std::vector<SampleCase> listed;
    listed.reserve(std::size_t(m_filter->rowCount()));
    for (int row = 0; row < m_filter->rowCount(); ++row)
        listed.push_back(m_model->sampleCase(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    m_listed = std::make_shared<const CaseTable>(listed);
    m_listedGeneration = m_casesGeneration;
    m_listedFilter = filter;
    return m_listed;
}

void PreviewPane::refreshChart()
{
    const std::string templateId = pickedTemplateId();
    const auto compiledTemplate =
        m_model->snapshot().findTemplate(templateId) ? compiled(templateId) : nullptr;
    std::shared_ptr<const CaseTable> listed = listedCases();
    const auto count = qsizetype(listed->rowCount());
    m_countLabel->setText(
        tr("%1 of %2").arg(plural(tr("%n case(s)", nullptr, int(count)), count)).arg(m_model->caseCount()));
    if (compiledTemplate == nullptr) {
        m_calculator->cancel();
        m_chart->setShares(FieldShares{});
        return;
    }
    m_calculator->request(compiledTemplate, std::move(listed), fieldNamesOf(m_model->snapshot()));
}

void PreviewPane::updateActions()
{
    const bool hasDocument = m_document != nullptr;
    const bool hasCase = selectedCase() >= 0;
    const bool onField = hasCase && !m_model->fieldIdAt(m_table->currentIndex().column()).empty();
    m_addCase->setEnabled(hasDocument);
    m_duplicateCase->setEnabled(hasCase);
    m_deleteCases->setEnabled(hasCase);
    m_clearValue->setEnabled(onField);
    m_emptyValue->setEnabled(onField);
    m_import->setEnabled(hasDocument);
    m_generate->setEnabled(hasDocument && !templateId().isEmpty());
    m_expectOutcome->setEnabled(hasCase && hasDocument);
    m_forgetExpectations->setEnabled(hasCase && hasDocument && m_model->sampleCase(selectedCase()).expect);
}

std::string PreviewPane::shownTemplateId(const SampleCase &sampleCase) const
{
    // The case is shown on its own template; a case naming no known template on the chosen one.
    return m_model->snapshot().findTemplate(sampleCase.templateId) ? sampleCase.templateId
                                                                   : pickedTemplateId();
}

void PreviewPane::expectOutcome()
{
    expectFieldOutcome({});
}

void PreviewPane::expectFieldOutcome(const std::string &fieldId)
{
    const int row = selectedCase();
    if (row < 0 || m_document == nullptr)
        return;
    const DomainSnapshot &snapshot = m_model->snapshot();
    SampleCase sampleCase = m_model->sampleCase(row);
    const std::string templateId = shownTemplateId(sampleCase);
    const auto compiledTemplate = snapshot.findTemplate(templateId) ? compiled(templateId) : nullptr;
    if (compiledTemplate == nullptr)
        return;
    // A case naming no known template is pinned on the one it is shown on, and names it.
    sampleCase.templateId = templateId;
    pinOutcome(sampleCase, compiledTemplate->evaluate(sampleCase), snapshot, fieldId);
    const Field *field = fieldId.empty() ? nullptr : snapshot.findField(fieldId);
    m_document->editSampleCase(
        row, sampleCase,
        fieldId.empty() ? tr("Expect the outcome of case %1").arg(QString::fromStdString(sampleCase.id))
                        : tr("Expect the outcome of %1 in case %2")
                              .arg(userText(field ? field->name : fieldId), userText(sampleCase.id)));
}

void PreviewPane::forgetExpectations()
{
    forgetFieldExpectation({});
}

void PreviewPane::forgetFieldExpectation(const std::string &fieldId)
{
    const int row = selectedCase();
    if (row < 0 || m_document == nullptr || !m_model->sampleCase(row).expect)
        return;
    const DomainSnapshot &snapshot = m_model->snapshot();
    SampleCase sampleCase = m_model->sampleCase(row);
    unpinOutcome(sampleCase, snapshot, fieldId);
    const auto count = [](const SampleCase &of) { return of.expect ? of.expect->size() : std::size_t{0}; };
    if (sampleCase.expect.has_value() && count(sampleCase) == count(m_model->sampleCase(row)))
        return; // nothing expected of that field (unpinning only removes): no empty undo step
    const Field *field = fieldId.empty() ? nullptr : snapshot.findField(fieldId);
    m_document->editSampleCase(
        row, sampleCase,
        fieldId.empty() ? tr("Forget the expectations of case %1").arg(QString::fromStdString(sampleCase.id))
                        : tr("Forget the expectation of %1 in case %2")
                              .arg(userText(field ? field->name : fieldId), userText(sampleCase.id)));
}

void PreviewPane::applyFailingFilter()
{
    std::optional<QSet<QString>> caseIds;
    if (m_onlyFailing->isChecked()) {
        caseIds.emplace();
        for (const ExpectationFailure &failure : m_failures)
            caseIds->insert(QString::fromStdString(failure.caseId));
    }
    if (caseIds == m_filter->caseIds())
        return;
    m_filter->setCaseIds(std::move(caseIds));
    ++m_casesGeneration; // other cases are listed: the chart's table is stale
    refreshChart();
    updateActions();
}

void PreviewPane::showFailingCases(const QStringList &caseIds)
{
    if (m_failures.empty())
        return;
    const std::string first = caseIds.isEmpty() ? m_failures.front().caseId : caseIds.front().toStdString();
    const int row = m_model->rowOfCase(first);
    if (row < 0)
        return;
    const std::string &templateId = m_model->sampleCase(row).templateId;
    if (!showTemplate(QString::fromStdString(templateId)))
        m_onlyTemplate->setChecked(false); // a case naming no known template: list it anyway
    m_onlyFailing->setEnabled(true);
    m_onlyFailing->setChecked(true);
    applyFailingFilter();
    selectCase(row);
}

void PreviewPane::refreshExpectations(bool afterEdit)
{
    std::vector<SampleCase> expected;
    for (int row = 0; row < m_model->caseCount(); ++row)
        if (m_model->sampleCase(row).expect)
            expected.push_back(m_model->sampleCase(row));
    const int before = m_failingExpectations;
    const auto results = checkExpectations(m_model->snapshot(), CaseTable(expected), {});
    m_expectationsLabel->setVisible(!expected.empty());
    // Whatever happens below, the filter, the check box and the listeners follow the result.
    const auto done = qScopeGuard([this] {
        if (m_failures.empty() && m_onlyFailing->isChecked())
            m_onlyFailing->setChecked(false); // nothing fails: every case again
        m_onlyFailing->setEnabled(m_onlyFailing->isChecked() || !m_failures.empty());
        applyFailingFilter();
        emit expectationsChecked();
    });
    if (!results) {
        m_failingExpectations = 0;
        m_failures.clear();
        m_expectationsLabel->setText(
            tr("Expectations cannot be checked: %1").arg(QString::fromStdString(results.error().message)));
        m_expectationsLabel->setStyleSheet(toneStyleSheet(Tone::Warning, palette()));
        return;
    }
    m_failures = results->failures;
    m_failingExpectations = int(results->failures.size());
    m_expectationsLabel->setText(QString::fromStdString(results->summary()));
    m_expectationsLabel->setToolTip(tr("The samples' expected outcomes: publish is blocked while one fails"));
    // Failing expectations in the error colour; all holding is plain text (nothing to act on).
    m_expectationsLabel->setStyleSheet(results->passed() ? QString()
                                                         : toneStyleSheet(Tone::Error, palette()));
    if (afterEdit && m_failingExpectations != before)
        emit expectationsMessage(
            m_failingExpectations > before
                ? tr("This edit breaks %1")
                      .arg(plural(tr("%n expectation(s)", nullptr, m_failingExpectations - before),
                                  m_failingExpectations - before))
                : tr("Expectations failing now: %1").arg(m_failingExpectations));
}

Result<int> PreviewPane::importFile(const QString &path)
{
    SampleImportOptions options;
    options.defaultTemplateId = pickedTemplateId();
    options.takenIds = m_model->caseIds();
    auto cases = importSampleCases(path.toStdString(), m_model->snapshot(), options);
    if (!cases)
        return cases.error();
    const int count = int(cases->size());
    const std::string file = m_model->freeFileName(QFileInfo(path).completeBaseName().toStdString());
    const int first =
        m_model->appendCases(std::move(cases).value(), file,
                             tr("Import %1").arg(plural(tr("%n sample case(s)", nullptr, count), count)));
    if (count > 0)
        selectCase(first);
    return count;
}

int PreviewPane::generateCases()
{
    const DomainSnapshot &snapshot = m_model->snapshot();
    const CaseTemplate *caseTemplate = snapshot.findTemplate(pickedTemplateId());
    if (caseTemplate == nullptr)
        return 0;
    std::vector<SampleCase> cases = cw::generateCases(snapshot, *caseTemplate, m_model->caseIds());
    const int count = int(cases.size());
    const int first =
        m_model->appendCases(std::move(cases), kGeneratedFile,
                             tr("Generate %1").arg(plural(tr("%n case(s)", nullptr, count), count)));
    if (count > 0)
        selectCase(first);
    return count;
}

void PreviewPane::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import sample cases"), QString(),
                                                      tr("Sample cases (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto imported = importFile(path);
    if (!imported)
        reportStatus(imported.error(), tr("Import sample cases"));
}

void PreviewPane::reportStatus(const Status &status, const QString &title)
{
    if (!status)
        MessageBox::warn(this, title, QString::fromStdString(status.error().toString()));
}

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (isPaletteChange(event) && m_table && m_simulator) {
        refreshCase();              // restyles what carries a tone colour
        refreshExpectations(false); // the summary's tone too
    }
}

} // namespace cw::ui
