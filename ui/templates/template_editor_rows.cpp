// The template editor's field rows: each field's rule chips, attaching, creating and detaching
// rules, the selected rule's details, and the findings placed next to what they concern.

#include "common/findings_label.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "editing/rule_summary.h"
#include "editing/rule_usage.h"
#include "edits/template_edits.h"
#include "project/slug.h"
#include "rules/field_picker.h"
#include "templates/rule_picker_dialog.h"
#include "templates/template_editor.h"
#include "templates/template_field_row.h"
#include "templates/template_finding_map.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace cw::ui {
using editing::otherUsages;
using editing::summarizeRule;

namespace {

const project::RuleFile *ruleFileOf(const project::Project &project, const std::string &caseRuleId)
{
    if (project::isLocalRuleRef(caseRuleId))
        return project.findRuleBySlug(project::slugOfLocalRef(caseRuleId));
    return project.findRuleById(caseRuleId);
}

} // namespace

void TemplateEditor::buildFieldRows(QWidget *content, QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Fields and their rules"), content);
    auto *boxLayout = new QVBoxLayout(box);
    auto *legend =
        new QLabel(tr("R required \u00b7 H hidden \u00b7 O options. Click a rule to see where else it "
                      "is used; double-click to open it."),
                   box);
    legend->setWordWrap(true);
    keepTone(legend, Tone::Muted);
    m_ruleCount = new QLabel(box);
    m_ruleCount->setAccessibleName(tr("Rules used"));
    auto *top = new QHBoxLayout;
    top->addWidget(legend, 1);
    top->addWidget(m_ruleCount);
    boxLayout->addLayout(top);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    boxLayout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    m_fieldRowPicker = new FieldPicker(&m_rowChoices, box);
    m_fieldRowPicker->setAccessibleName(tr("Field to add"));
    m_addFieldRow = new QPushButton(tr("Add &Field"), box);
    m_addFieldRow->setToolTip(tr("Show another field of the project here, to attach rules to it"));
    addRow->addWidget(m_fieldRowPicker, 1);
    addRow->addWidget(m_addFieldRow);
    boxLayout->addLayout(addRow);
    layout->addWidget(box);
    connect(m_addFieldRow, &QPushButton::clicked, this,
            [this] { addFieldRow(qs(m_fieldRowPicker->fieldId())); });
    // Enter in the box adds the field, as the button does -- once the combo box has taken the
    // typed name as its choice (it does so on the same key press, after the line edit).
    connect(m_fieldRowPicker->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        QTimer::singleShot(0, this, [this] { addFieldRow(qs(m_fieldRowPicker->fieldId())); });
    });
}

void TemplateEditor::buildSelectedRule(QWidget *content, QVBoxLayout *layout)
{
    m_selectedBox = new QGroupBox(tr("Selected rule"), content);
    auto *boxLayout = new QVBoxLayout(m_selectedBox);
    m_selectedTitle = new QLabel(m_selectedBox);
    m_selectedTitle->setWordWrap(true);
    QFont bold = m_selectedTitle->font();
    bold.setBold(true);
    m_selectedTitle->setFont(bold);
    m_selectedSummary = new QLabel(m_selectedBox);
    m_selectedSummary->setWordWrap(true);
    m_selectedSummary->setTextFormat(Qt::PlainText);
    m_selectedSummary->setAccessibleName(tr("Selected rule summary"));
    boxLayout->addWidget(m_selectedTitle);
    boxLayout->addWidget(m_selectedSummary);
    boxLayout->addWidget(new QLabel(tr("Where else this rule is used:"), m_selectedBox));
    m_usages = new QListWidget(m_selectedBox);
    m_usages->setAccessibleName(tr("Other templates and fields using the rule"));
    m_usages->setMaximumHeight(100);
    boxLayout->addWidget(m_usages);
    auto *buttons = new QHBoxLayout;
    m_openRule = new QPushButton(tr("&Open Rule"), m_selectedBox);
    m_openRule->setToolTip(tr("Show the rule in the rule editor"));
    m_detachSelected = new QPushButton(tr("De&tach from Field"), m_selectedBox);
    buttons->addWidget(m_openRule);
    buttons->addWidget(m_detachSelected);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    m_selectedBox->hide();
    layout->addWidget(m_selectedBox);
    connect(m_openRule, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        if (const project::RuleFile *file = ruleFileOf(m_document->project(), m_selectedRule.toStdString()))
            emit ruleActivated(qs(file->slug));
    });
    connect(m_detachSelected, &QPushButton::clicked, this,
            [this] { detachRule(m_selectedField, m_selectedRule); });
}

TemplateFieldRow *TemplateEditor::fieldRow(const QString &fieldId) const
{
    for (TemplateFieldRow *row : m_rows)
        if (row->fieldId() == fieldId)
            return row;
    return nullptr;
}

QString TemplateEditor::ruleLimitReason() const
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || attachedRuleCount(*shown) < kMaxTemplateRules)
        return {};
    return tr("This template already has %1 rules, the most the service accepts. Detach one before attaching "
              "or creating another.")
        .arg(attachedRuleCount(*shown));
}

void TemplateEditor::refreshFieldRows()
{
    // Rows go later, not now: the gesture that led here may come from one of their buttons.
    for (TemplateFieldRow *row : std::as_const(m_rows)) {
        m_rowsLayout->removeWidget(row);
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    const CaseTemplate *shown = shownTemplate();
    if (!shown)
        return;
    const project::Project &project = m_document->project();
    const DomainSnapshot &snapshot = m_document->snapshot();
    const std::string templateId = project::Project::templateRef(*m_document->caseTemplate(m_slug));

    std::vector<std::string> fieldIds = namedFieldIds(*shown);
    for (const QString &extra : std::as_const(m_extraFields))
        if (std::find(fieldIds.begin(), fieldIds.end(), extra.toStdString()) == fieldIds.end())
            fieldIds.push_back(extra.toStdString());

    const QString limit = ruleLimitReason();
    for (const std::string &fieldId : fieldIds) {
        const Field *field = snapshot.findField(fieldId);
        FieldRowInfo info;
        info.fieldId = qs(fieldId);
        info.title = fieldTitle(fieldId);
        info.type = field ? qs(field->type) : QString();
        info.alwaysRequired = isRequiredField(*shown, fieldId);
        info.canHaveOptionsRule = defaultParentField(snapshot, fieldId) != nullptr;
        QList<RuleChipInfo> chips;
        for (const std::string &caseRuleId : rulesOnField(*shown, fieldId)) {
            RuleChipInfo chip;
            chip.caseRuleId = qs(caseRuleId);
            if (const project::RuleFile *file = ruleFileOf(project, caseRuleId)) {
                chip.slug = qs(file->slug);
                chip.name = qs(file->rule.name);
                chip.kind = file->rule.rule.kind;
                chip.summary = summarizeRule(file->rule, snapshot);
                chip.hasErrors = hasErrors(m_document->ruleFindings(chip.slug));
            }
            chip.alsoUsedBy = otherUsages(snapshot, caseRuleId, templateId, fieldId);
            chips << chip;
        }
        auto *row = new TemplateFieldRow(info, chips, m_rowsLayout->parentWidget());
        row->setRuleLimitReason(limit);
        if (m_selectedField == info.fieldId)
            row->selectChip(m_selectedRule);
        const QString id = info.fieldId;
        connect(row, &TemplateFieldRow::attachRequested, this, [this, id] { openRulePicker(id); });
        connect(row, &TemplateFieldRow::newRuleRequested, this,
                [this, id](RuleDetails::Kind kind) { createRule(id, kind); });
        connect(row, &TemplateFieldRow::chipSelected, this,
                [this, id](const QString &caseRuleId) { selectAttachment(id, caseRuleId); });
        connect(row, &TemplateFieldRow::detachRequested, this,
                [this, id](const QString &caseRuleId) { detachRule(id, caseRuleId); });
        connect(row, &TemplateFieldRow::openRequested, this, &TemplateEditor::ruleActivated);
        m_rowsLayout->addWidget(row);
        m_rows << row;
    }

    const std::size_t count = attachedRuleCount(*shown);
    m_ruleCount->setText(tr("%1 of %2 rules attached").arg(count).arg(kMaxTemplateRules));
    const std::string chosen = m_fieldRowPicker->fieldId();
    fillFieldModel(m_rowChoices, snapshot);
    for (int i = 0; i < m_rowChoices.rowCount(); ++i) {
        QStandardItem *item = m_rowChoices.item(i);
        if (fieldRow(item->data(Qt::UserRole).toString()))
            item->setEnabled(false); // it has its row already
    }
    m_fieldRowPicker->setFieldId(chosen);
}

void TemplateEditor::addFieldRow(const QString &fieldId)
{
    if (fieldId.isEmpty() || fieldRow(fieldId) || !m_document ||
        !m_document->snapshot().findField(fieldId.toStdString()))
        return;
    m_extraFields << fieldId;
    refresh();
}

RulePickerDialog *TemplateEditor::rulePicker() const
{
    return m_picker;
}

void TemplateEditor::openRulePicker(const QString &fieldId)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || !ruleLimitReason().isEmpty())
        return;
    if (m_picker)
        m_picker->reject();
    const std::vector<std::string> attached = rulesOnField(*shown, fieldId.toStdString());
    std::vector<const project::RuleFile *> fitting;
    for (const project::RuleFile &file : m_document->project().rules) {
        const std::string ref = project::Project::ruleRef(file);
        if (!file.rule.isDeleted() && ruleFitsField(file.rule, fieldId.toStdString()) &&
            std::find(attached.begin(), attached.end(), ref) == attached.end())
            fitting.push_back(&file);
    }
    std::sort(fitting.begin(), fitting.end(), [](const project::RuleFile *a, const project::RuleFile *b) {
        return a->rule.name < b->rule.name;
    });
    QList<RuleChoice> choices;
    for (const project::RuleFile *file : fitting)
        choices << RuleChoice{qs(file->slug), RuleChip::kindLetter(file->rule.rule.kind), qs(file->rule.name),
                              summarizeRule(file->rule, m_document->snapshot())};
    auto *picker = new RulePickerDialog(fieldTitle(fieldId.toStdString()), choices, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker, fieldId] { attachRule(fieldId, picker->chosenSlug()); });
    m_picker = picker;
    picker->open();
}

void TemplateEditor::attachRule(const QString &fieldId, const QString &ruleSlug)
{
    const CaseTemplate *shown = shownTemplate();
    const project::RuleFile *file = m_document ? m_document->rule(ruleSlug) : nullptr;
    if (!shown || !file || !ruleLimitReason().isEmpty())
        return;
    const std::string ref = project::Project::ruleRef(*file);
    CaseTemplate changed = *shown;
    cw::attachRule(changed, ref, fieldId.toStdString());
    if (attachedRuleCount(changed) == attachedRuleCount(*shown))
        return; // attached there already
    m_selectedField = fieldId;
    m_selectedRule = qs(ref);
    edit(changed, tr("Attach \u201c%1\u201d to %2")
                      .arg(userText(file->rule.name), userText(fieldTitle(fieldId.toStdString()))));
}

QString TemplateEditor::createRule(const QString &fieldId, RuleDetails::Kind kind)
{
    const Field *known = m_document ? m_document->snapshot().findField(fieldId.toStdString()) : nullptr;
    if (!shownTemplate() || !known || !ruleLimitReason().isEmpty())
        return {};
    if (kind == RuleDetails::Kind::FieldOptions &&
        !defaultParentField(m_document->snapshot(), known->fieldId))
        return {};
    std::set<std::string> names;
    for (const project::RuleFile &file : m_document->project().rules)
        names.insert(file.rule.name);
    const CaseRule rule = newRuleForField(kind, *known, m_document->snapshot(), names);
    // A copy: adding the rule recomputes the snapshot `known` points into.
    const std::string field = known->fieldId;
    const QString fieldName = fieldTitle(field);
    // Adding the rule and attaching it are one step to undo.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Create rule \u201c%1\u201d for %2").arg(userText(rule.name), userText(fieldName)));
    const QString slug = m_document->addRule(rule, tr("Add rule"));
    const project::RuleFile *file = m_document->rule(slug);
    if (file && shownTemplate()) {
        const std::string ref = project::Project::ruleRef(*file);
        CaseTemplate changed = *shownTemplate();
        cw::attachRule(changed, ref, field);
        m_selectedField = fieldId;
        m_selectedRule = qs(ref);
        edit(changed, tr("Attach \u201c%1\u201d to %2").arg(userText(rule.name), userText(fieldName)));
    }
    stack->endMacro();
    return slug;
}

void TemplateEditor::detachRule(const QString &fieldId, const QString &caseRuleId)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || caseRuleId.isEmpty())
        return;
    CaseTemplate changed = *shown;
    cw::detachRule(changed, caseRuleId.toStdString(), fieldId.toStdString());
    if (attachedRuleCount(changed) == attachedRuleCount(*shown))
        return;
    const project::RuleFile *file = ruleFileOf(m_document->project(), caseRuleId.toStdString());
    if (m_selectedField == fieldId && m_selectedRule == caseRuleId) {
        m_selectedField.clear();
        m_selectedRule.clear();
    }
    // The row stays while the user works on it, even once it has no rule left.
    if (!m_extraFields.contains(fieldId))
        m_extraFields << fieldId;
    edit(changed, tr("Detach \u201c%1\u201d from %2")
                      .arg(userText(file ? qs(file->rule.name) : caseRuleId),
                           userText(fieldTitle(fieldId.toStdString()))));
}

void TemplateEditor::selectAttachment(const QString &fieldId, const QString &caseRuleId)
{
    m_selectedField = fieldId;
    m_selectedRule = caseRuleId;
    for (TemplateFieldRow *row : std::as_const(m_rows))
        row->selectChip(row->fieldId() == fieldId ? caseRuleId : QString());
    refreshSelectedRule();
}

void TemplateEditor::refreshSelectedRule()
{
    const CaseTemplate *shown = shownTemplate();
    const std::vector<std::string> onField =
        shown ? rulesOnField(*shown, m_selectedField.toStdString()) : std::vector<std::string>{};
    const bool attached =
        std::find(onField.begin(), onField.end(), m_selectedRule.toStdString()) != onField.end();
    m_selectedBox->setVisible(attached);
    if (!attached)
        return;
    const project::RuleFile *file = ruleFileOf(m_document->project(), m_selectedRule.toStdString());
    const QString field = fieldTitle(m_selectedField.toStdString());
    m_selectedTitle->setText(
        file ? tr("%1 \u201c%2\u201d on %3")
                   .arg(RuleChip::kindName(file->rule.rule.kind), userText(file->rule.name), userText(field))
             : tr("%1 on %2: the project holds no such rule").arg(m_selectedRule, field));
    m_selectedSummary->setText(file ? summarizeRule(file->rule, m_document->snapshot()) : QString());
    m_openRule->setEnabled(file != nullptr);
    m_usages->clear();
    const std::string templateId = project::Project::templateRef(*m_document->caseTemplate(m_slug));
    const QStringList others = otherUsages(m_document->snapshot(), m_selectedRule.toStdString(), templateId,
                                           m_selectedField.toStdString());
    m_usages->addItems(others.isEmpty() ? QStringList{tr("Nowhere else")} : others);
}

void TemplateEditor::refreshFindings()
{
    const CaseTemplate &shown = *shownTemplate();
    FindingLines name, description, status, layout, required, other;
    std::map<QString, FindingLines> byField;
    for (const Finding &finding : templateFindings(*m_document, m_slug)) {
        const TemplateFindingTarget target = locateTemplateFinding(finding.where.pointer);
        switch (target.element) {
        case TemplateFindingTarget::Element::Name:
            name.add(finding);
            break;
        case TemplateFindingTarget::Element::Description:
            description.add(finding);
            break;
        case TemplateFindingTarget::Element::Status:
            status.add(finding);
            break;
        case TemplateFindingTarget::Element::Layout:
            layout.add(finding);
            break;
        case TemplateFindingTarget::Element::RequiredFields:
            required.add(finding);
            break;
        case TemplateFindingTarget::Element::Attachment: {
            const bool known =
                shown.rules && target.index < shown.rules->size() && (*shown.rules)[target.index].fieldId;
            const QString fieldId = known ? qs(*(*shown.rules)[target.index].fieldId) : QString();
            if (known && fieldRow(fieldId))
                byField[fieldId].add(finding);
            else
                other.add(finding);
            break;
        }
        case TemplateFindingTarget::Element::Template:
            other.add(finding);
            break;
        }
    }
    showFindingLines(m_nameFindings, name);
    showFindingLines(m_descriptionFindings, description);
    showFindingLines(m_statusFindings, status);
    showFindingLines(m_layoutFindings, layout);
    showFindingLines(m_requiredFindings, required);
    showFindingLines(m_otherFindings, other);
    for (TemplateFieldRow *row : std::as_const(m_rows)) {
        const auto found = byField.find(row->fieldId());
        row->setFindings(found == byField.end() ? FindingLines{} : found->second);
    }
}

} // namespace cw::ui
