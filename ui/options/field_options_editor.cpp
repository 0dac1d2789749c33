// The options editor's frame: building the page, following the document, the parent and child
// field pickers, and the findings. Row and column gestures are in field_options_gestures.cpp, CSV
// import and export in field_options_transfer.cpp.

#include "options/field_options_editor.h"

#include "common/counted.h"
#include "common/editor_page.h"
#include "common/findings_label.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "editing/rule_summary.h"
#include "options/options_matrix_model.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace cw::ui {
using editing::summarizeRule;

namespace {

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// How many rows of the matrix are worth measuring to size the columns.
constexpr int kMaxColumnsToMeasure = 200;

} // namespace

FieldOptionsEditor::FieldOptionsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_title = makeTitleLabel(this);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Rule summary"));
    layout->addWidget(m_summary);
    m_kindNote = new QLabel(this);
    m_kindNote->setWordWrap(true);
    m_kindNote->hide();
    layout->addWidget(m_kindNote);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    // A grid, not a form layout: the word-wrapped findings under each picker need height-for-width.
    auto *form = new QGridLayout;
    form->setVerticalSpacing(4);
    m_parentPicker = new QComboBox(m_body);
    m_parentPicker->setAccessibleName(tr("Parent field"));
    m_parentPicker->setToolTip(
        tr("The single-select field whose value decides which options the child offers"));
    m_parentPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_parentFindings = makeFindingsLabel(m_body, tr("Findings about the parent field"));
    m_childPicker = new QComboBox(m_body);
    m_childPicker->setAccessibleName(tr("Child field"));
    m_childPicker->setToolTip(tr("The single-select field whose options are limited"));
    m_childPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_childFindings = makeFindingsLabel(m_body, tr("Findings about the child field"));
    int row = 0;
    for (const auto &[label, picker, findings] :
         {std::tuple{tr("&Parent field:"), m_parentPicker, m_parentFindings},
          std::tuple{tr("C&hild field:"), m_childPicker, m_childFindings}}) {
        auto *buddy = new QLabel(label, m_body);
        buddy->setBuddy(picker);
        form->addWidget(buddy, row, 0);
        form->addWidget(picker, row, 1, Qt::AlignLeft);
        form->addWidget(findings, row + 1, 1);
        row += 2;
    }
    form->setColumnStretch(1, 1);
    body->addLayout(form);
    connect(m_parentPicker, &QComboBox::activated, this, [this](int index) { chooseField(true, index); });
    connect(m_childPicker, &QComboBox::activated, this, [this](int index) { chooseField(false, index); });
    buildMatrixSection(m_body, body);
    layout->addWidget(m_body, 1);
    setEnabled(false);
}

void FieldOptionsEditor::buildMatrixSection(QWidget *content, QVBoxLayout *layout)
{
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), content);
    m_filter = new QLineEdit(content);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Parent or child option name"));
    m_filter->setAccessibleName(tr("Filter options"));
    filterLabel->setBuddy(m_filter);
    m_mappingCount = new QLabel(content);
    m_mappingCount->setAccessibleName(tr("Mappings used"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_mappingCount);
    layout->addLayout(filterRow);
    m_filterNote = new QLabel(content);
    m_filterNote->hide();
    layout->addWidget(m_filterNote);
    connect(m_filter, &QLineEdit::textChanged, this, &FieldOptionsEditor::applyFilter);

    auto *buttons = new QHBoxLayout;
    m_rowAll = new QPushButton(tr("Offer &All in Row"), content);
    m_rowNone = new QPushButton(tr("&Clear Row"), content);
    m_columnAll = new QPushButton(tr("Offer in Every R&ow"), content);
    m_columnNone = new QPushButton(tr("Offer in &No Row"), content);
    m_import = new QPushButton(tr("&Import CSV\u2026"), content);
    m_export = new QPushButton(tr("&Export CSV\u2026"), content);
    m_import->setToolTip(tr("Replace the mappings with a CSV file in the Connect admin website's format; its "
                            "value cells may hold option values or display names"));
    m_export->setToolTip(
        tr("Save the mappings as a CSV file the Connect admin website can upload, with option values (not "
           "display names)"));
    for (QPushButton *button : {m_rowAll, m_rowNone, m_columnAll, m_columnNone})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_rowAll, &QPushButton::clicked, this, [this] { offerRow(m_view->currentIndex().row(), true); });
    connect(m_rowNone, &QPushButton::clicked, this,
            [this] { offerRow(m_view->currentIndex().row(), false); });
    connect(m_columnAll, &QPushButton::clicked, this,
            [this] { offerColumn(m_view->currentIndex().column(), true); });
    connect(m_columnNone, &QPushButton::clicked, this,
            [this] { offerColumn(m_view->currentIndex().column(), false); });
    connect(m_import, &QPushButton::clicked, this, &FieldOptionsEditor::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &FieldOptionsEditor::chooseExportFile);

    m_model = new OptionsMatrixModel(this);
    m_view = new QTableView(content);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Options matrix"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(160);
    m_view->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);
    connect(m_view->verticalHeader(), &QHeaderView::customContextMenuRequested, this,
            &FieldOptionsEditor::rowHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &FieldOptionsEditor::columnHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FieldOptionsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->columnCount() <= kMaxColumnsToMeasure)
            m_view->resizeColumnsToContents();
    });
    // "all (not mapped)" is wider than "3 of 11": the count column follows its text.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { m_view->resizeColumnToContents(OptionsMatrixModel::kCountColumn); });
    connect(m_model, &OptionsMatrixModel::mappingsEdited, this, &FieldOptionsEditor::storeMappings);

    m_notice = new QLabel(content);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->setAccessibleName(tr("Import and export notice"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_findings = makeFindingsLabel(content, tr("Findings about the mappings"));
    layout->addWidget(m_findings);
}

void FieldOptionsEditor::setEditorDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_slug.clear();
    if (document)
        connect(document, &ProjectDocument::findingsChanged, this, &FieldOptionsEditor::refresh);
    refresh();
}

void FieldOptionsEditor::showItem(const QString &key)
{
    if (key != m_slug) {
        m_notice->hide();
        m_filter->clear();
    }
    m_slug = key;
    refresh();
}

bool FieldOptionsEditor::isFieldOptionsRule(const ProjectDocument *document, const QString &slug)
{
    const project::RuleFile *file = document ? document->rule(slug) : nullptr;
    return file && file->rule.rule.kind == RuleDetails::Kind::FieldOptions;
}

void FieldOptionsEditor::refresh()
{
    const project::RuleFile *file = m_document && !m_slug.isEmpty() ? m_document->rule(m_slug) : nullptr;
    if (!file) {
        const bool hadRule = !m_slug.isEmpty();
        m_slug.clear();
        m_model->setMatrix(nullptr, nullptr, {});
        setEnabled(false);
        m_title->setText(tr("No rule selected"));
        m_summary->clear();
        if (hadRule)
            emit ruleGone();
        return;
    }
    setEnabled(true);
    const CaseRule &rule = file->rule;
    const bool options = rule.rule.kind == RuleDetails::Kind::FieldOptions;
    m_title->setText(tr("Field options: %1").arg(userText(rule.name)));
    m_summary->setText(summarizeRule(rule, m_document->snapshot()));
    m_body->setVisible(options);
    m_kindNote->setVisible(!options);
    if (!options) {
        m_kindNote->setText(tr("\u201c%1\u201d is not a field options rule; its conditions are edited in the "
                               "rule editor.")
                                .arg(userText(rule.name)));
        return;
    }
    const FieldOptionsRule &details = rule.rule.options;
    const DomainSnapshot &snapshot = m_document->snapshot();
    fillPicker(m_parentPicker, details.parentFieldId, qs(details.childFieldId.value_or(std::string())));
    fillPicker(m_childPicker, details.childFieldId, qs(details.parentFieldId.value_or(std::string())));
    m_model->setMatrix(details.parentFieldId ? snapshot.optionsOf(*details.parentFieldId) : nullptr,
                       details.childFieldId ? snapshot.optionsOf(*details.childFieldId) : nullptr, details);
    // The 200 is the service's limit, not a count of this field's values: say so.
    const int mapped = int(details.mappings.size());
    m_mappingCount->setText(plural(tr("%n parent value(s) mapped", nullptr, mapped), mapped) +
                            QStringLiteral(" ") +
                            tr("(the service allows at most %1 mappings per rule)").arg(kMaxOptionMappings));
    m_export->setEnabled(details.parentFieldId && details.childFieldId);
    m_export->setToolTip(m_export->isEnabled() ? tr("Save the mappings as a CSV file the Connect admin "
                                                    "website can upload, with option values (not "
                                                    "display names)")
                                               : tr("Pick the parent and the child field first."));
    applyFilter();
    refreshFindings();
}

void FieldOptionsEditor::fillPicker(QComboBox *picker, const std::optional<std::string> &fieldId,
                                    const QString &otherFieldId)
{
    const QSignalBlocker blocker(picker);
    picker->clear();
    const QString current = qs(fieldId.value_or(std::string()));
    std::vector<const Field *> fields;
    for (const Field &field : m_document->snapshot().fields)
        if (!field.isDeleted() && field.fieldType() == FieldType::SingleSelect)
            fields.push_back(&field);
    std::sort(fields.begin(), fields.end(), [](const Field *a, const Field *b) { return a->name < b->name; });
    if (!fieldId)
        picker->addItem(tr("(choose a single-select field)"));
    else if (std::none_of(fields.begin(), fields.end(),
                          [&](const Field *f) { return f->fieldId == *fieldId; }))
        picker->addItem(tr("%1 (not a single-select field of the project)").arg(current), current);
    for (const Field *field : fields)
        picker->addItem(qs(field->name), qs(field->fieldId));
    // Parent and child must differ: the field the other picker holds cannot be picked here.
    if (auto *items = qobject_cast<QStandardItemModel *>(picker->model())) {
        const int other = otherFieldId.isEmpty() ? -1 : picker->findData(otherFieldId);
        if (QStandardItem *item = other >= 0 ? items->item(other) : nullptr) {
            item->setEnabled(false);
            item->setToolTip(tr("Already the other field of this rule"));
        }
    }
    picker->setCurrentIndex(std::max(0, picker->findData(current)));
}

void FieldOptionsEditor::chooseField(bool parent, int row)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    QComboBox *picker = parent ? m_parentPicker : m_childPicker;
    const QString id = picker->itemData(row, Qt::UserRole).toString();
    if (!file || id.isEmpty())
        return;
    CaseRule rule = file->rule;
    FieldOptionsRule &details = rule.rule.options;
    std::optional<std::string> &side = parent ? details.parentFieldId : details.childFieldId;
    if (side && qs(*side) == id)
        return;
    side = id.toStdString();
    const auto *options = m_document->snapshot().optionsOf(id.toStdString());
    const std::size_t dropped =
        parent ? keepParentValues(details, options) : keepChildValues(details, options);
    const QString fieldName = picker->itemText(row);
    m_document->editRule(m_slug, rule, parent ? tr("Change parent field") : tr("Change child field"));
    if (dropped > 0)
        showNotice((parent ? plural(tr("Dropped %n mapping(s) whose parent value is no option of %1.",
                                       nullptr, int(dropped)),
                                    qsizetype(dropped))
                           : plural(tr("Dropped %n child value(s) not among the options of %1.", nullptr,
                                       int(dropped)),
                                    qsizetype(dropped)))
                       .arg(fieldName),
                   false);
}

void FieldOptionsEditor::storeMappings(const QString &description)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file)
        return;
    CaseRule rule = file->rule;
    rule.rule.options.mappings = m_model->rule().mappings;
    m_document->editRule(m_slug, rule, description);
}

void FieldOptionsEditor::refreshFindings()
{
    FindingLines parent, child, other;
    const std::string base = "/rule/fieldOptions";
    for (const Finding &finding : m_document->ruleFindings(m_slug)) {
        const std::string &pointer = finding.where.pointer;
        if (startsWith(pointer, base + "/parentFieldId") || finding.code == "rule.options.parent-missing")
            parent.add(finding);
        else if (startsWith(pointer, base + "/childFieldId") || finding.code == "rule.options.child-missing")
            child.add(finding);
        else if (startsWith(pointer, base))
            other.add(finding);
    }
    showFindingLines(m_parentFindings, parent);
    showFindingLines(m_childFindings, child);
    showFindingLines(m_findings, other);
}

void FieldOptionsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (isPaletteChange(event) && !m_slug.isEmpty())
        refresh(); // restyles what carries a tone colour
}

} // namespace cw::ui
