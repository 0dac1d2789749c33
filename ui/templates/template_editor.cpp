// The template editor's frame: building the page, following the document, and the template's
// own members (name, description, status, layout, required fields). The field rows and their
// rules are in template_editor_rows.cpp.

#include "templates/template_editor.h"

#include "common/editor_page.h"
#include "common/findings_label.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "edits/template_edits.h"
#include "rules/field_picker.h"
#include "templates/rule_picker_dialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::ui {
namespace {

QLabel *sectionCount(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    keepTone(label, Tone::Muted);
    return label;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent) : QWidget(parent)
{
    const ScrollingPage page = makeScrollingPage(this, tr("Template editor"), 10);
    QWidget *content = page.content;
    QVBoxLayout *layout = page.layout;

    buildHeader(content, layout);
    buildRequiredFields(content, layout);
    buildFieldRows(content, layout);
    buildSelectedRule(content, layout);
    m_otherFindings = makeFindingsLabel(content, tr("Other findings about the template"));
    layout->addWidget(m_otherFindings);
    layout->addStretch(1);
    setEnabled(false);
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::buildHeader(QWidget *content, QVBoxLayout *layout)
{
    m_title = makeTitleLabel(content);
    layout->addWidget(m_title);

    auto *form = new QGridLayout;
    form->setVerticalSpacing(4);
    m_name = new QLineEdit(content);
    m_name->setAccessibleName(tr("Template name"));
    m_name->setMaxLength(200); // the limit is 100; longer text shows its finding
    m_nameFindings = makeFindingsLabel(content, tr("Findings about the template name"));
    m_description = new QLineEdit(content);
    m_description->setAccessibleName(tr("Template description"));
    m_description->setPlaceholderText(tr("Optional: what cases the template is for"));
    m_descriptionFindings = makeFindingsLabel(content, tr("Findings about the template description"));
    m_status = new QComboBox(content);
    m_status->setAccessibleName(tr("Template status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFindings = makeFindingsLabel(content, tr("Findings about the template status"));
    m_layout = new QComboBox(content);
    m_layout->setAccessibleName(tr("Default layout"));
    m_layout->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layoutFindings = makeFindingsLabel(content, tr("Findings about the default layout"));
    // A grid, not a form layout: the word-wrapped findings under each field need height-for-width.
    int row = 0;
    const auto addRow = [form, content, &row](const QString &label, QWidget *field, QLabel *findings,
                                              bool stretch) {
        auto *buddy = new QLabel(label, content);
        buddy->setBuddy(field);
        form->addWidget(buddy, row, 0);
        if (stretch) {
            form->addWidget(field, row, 1);
        } else {
            auto *line = new QHBoxLayout;
            line->addWidget(field);
            line->addStretch(1);
            form->addLayout(line, row, 1);
        }
        form->addWidget(findings, row + 1, 1);
        row += 2;
    };
    addRow(tr("&Name:"), m_name, m_nameFindings, true);
    addRow(tr("&Description:"), m_description, m_descriptionFindings, true);
    addRow(tr("&Status:"), m_status, m_statusFindings, false);
    addRow(tr("Default &layout:"), m_layout, m_layoutFindings, false);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    connect(m_name, &QLineEdit::textEdited, this, &TemplateEditor::rename);
    connect(m_description, &QLineEdit::textEdited, this, &TemplateEditor::describe);
    connect(m_status, &QComboBox::activated, this, &TemplateEditor::chooseStatus);
    connect(m_layout, &QComboBox::activated, this, &TemplateEditor::chooseLayout);
}

void TemplateEditor::buildRequiredFields(QWidget *content, QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Always required fields"), content);
    auto *boxLayout = new QVBoxLayout(box);
    m_requiredCount = sectionCount(box, tr("Required fields used"));
    boxLayout->addWidget(m_requiredCount);
    m_requiredList = new QListWidget(box);
    m_requiredList->setAccessibleName(tr("Always required fields"));
    boxLayout->addWidget(m_requiredList);
    auto *buttons = new QHBoxLayout;
    m_requiredPicker = new FieldPicker(&m_requiredChoices, box);
    m_requiredPicker->setAccessibleName(tr("Field to make required"));
    m_addRequired = new QPushButton(tr("&Add Required Field"), box);
    m_removeRequired = new QPushButton(tr("&Remove"), box);
    m_removeRequired->setToolTip(tr("The selected field is no longer always required"));
    buttons->addWidget(m_requiredPicker, 1);
    buttons->addWidget(m_addRequired);
    buttons->addWidget(m_removeRequired);
    boxLayout->addLayout(buttons);
    m_requiredFindings = makeFindingsLabel(box, tr("Findings about the required fields"));
    boxLayout->addWidget(m_requiredFindings);
    layout->addWidget(box);

    connect(m_requiredPicker, &FieldPicker::fieldChosen, this, &TemplateEditor::updateAddRequired);
    connect(m_addRequired, &QPushButton::clicked, this,
            [this] { addRequiredField(qs(m_requiredPicker->fieldId())); });
    connect(m_removeRequired, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_requiredList->currentItem())
            removeRequiredField(item->data(Qt::UserRole).toString());
    });
    connect(m_requiredList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeRequired->setEnabled(row >= 0); });
}

void TemplateEditor::setEditorDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_slug.clear();
    m_extraFields.clear();
    m_selectedField.clear();
    m_selectedRule.clear();
    if (document)
        // findingsChanged follows every change, once the change is in place.
        connect(document, &ProjectDocument::findingsChanged, this, &TemplateEditor::refresh);
    refresh();
}

void TemplateEditor::showItem(const QString &key)
{
    if (key != m_slug) {
        m_extraFields.clear();
        m_selectedField.clear();
        m_selectedRule.clear();
        if (m_picker)
            m_picker->reject();
    }
    m_slug = key;
    refresh();
}

const CaseTemplate *TemplateEditor::shownTemplate() const
{
    const project::TemplateFile *file =
        m_document && !m_slug.isEmpty() ? m_document->caseTemplate(m_slug) : nullptr;
    return file ? &file->caseTemplate : nullptr;
}

QString TemplateEditor::fieldTitle(const std::string &fieldId) const
{
    const Field *field = m_document ? m_document->snapshot().findField(fieldId) : nullptr;
    return qs(field && !field->name.empty() ? field->name : fieldId);
}

void TemplateEditor::edit(const CaseTemplate &changed, const QString &description, const QString &mergeKey)
{
    if (m_document && shownTemplate())
        m_document->editTemplate(m_slug, changed, description, mergeKey);
}

void TemplateEditor::refresh()
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown) {
        const bool hadTemplate = !m_slug.isEmpty();
        m_slug.clear();
        setEnabled(false);
        m_title->setText(tr("No template selected"));
        m_name->clear();
        m_description->clear();
        m_requiredList->clear();
        m_selectedBox->hide();
        refreshFieldRows();
        if (hadTemplate)
            emit templateGone();
        return;
    }
    setEnabled(true);
    refreshHeader();
    refreshRequiredFields();
    refreshFieldRows();
    refreshSelectedRule();
    refreshFindings();
}

void TemplateEditor::refreshHeader()
{
    const CaseTemplate &shown = *shownTemplate();
    const DomainSnapshot &snapshot = m_document->snapshot();
    m_title->setText(tr("Template: %1").arg(userText(shown.name)));
    const QString name = qs(shown.name);
    if (m_name->text() != name)
        m_name->setText(name);
    const QString description = qs(shown.description.value_or(std::string()));
    if (m_description->text() != description)
        m_description->setText(description);

    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("Active"), QStringLiteral("Active"));
        m_status->addItem(tr("Inactive"), QStringLiteral("Inactive"));
        if (m_status->findData(qs(shown.status)) < 0)
            m_status->addItem(shown.status.empty() ? tr("(no status)")
                                                   : tr("%1 (not a status)").arg(userText(shown.status)),
                              qs(shown.status));
        m_status->setCurrentIndex(m_status->findData(qs(shown.status)));
    }

    const QSignalBlocker blocker(m_layout);
    m_layout->clear();
    m_layout->addItem(tr("(no default layout)"), QString());
    std::vector<const Layout *> layouts;
    for (const Layout &layout : snapshot.layouts)
        if (!layout.deleted.value_or(false))
            layouts.push_back(&layout);
    std::sort(layouts.begin(), layouts.end(),
              [](const Layout *a, const Layout *b) { return a->name < b->name; });
    for (const Layout *layout : layouts)
        m_layout->addItem(qs(layout->name), qs(layout->layoutId));
    const std::string current =
        shown.layoutConfiguration ? shown.layoutConfiguration->defaultLayout.value_or("") : "";
    if (!current.empty() && m_layout->findData(qs(current)) < 0)
        m_layout->addItem(tr("%1 (unknown layout)").arg(userText(current)), qs(current));
    m_layout->setCurrentIndex(m_layout->findData(qs(current)));
}

void TemplateEditor::refreshRequiredFields()
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown)
        return;
    const std::size_t count = requiredFieldCount(*shown);
    m_requiredCount->setText(tr("%1 of %2 required fields").arg(count).arg(kMaxRequiredFields));

    const QString selected = m_requiredList->currentItem()
                                 ? m_requiredList->currentItem()->data(Qt::UserRole).toString()
                                 : QString();
    {
        const QSignalBlocker blocker(m_requiredList);
        m_requiredList->clear();
        if (shown->requiredFields) {
            for (const RequiredField &required : *shown->requiredFields) {
                const Field *field = m_document->snapshot().findField(required.fieldId);
                auto *item = new QListWidgetItem(
                    field ? QStringLiteral("%1 (%2)").arg(userText(field->name), userText(field->type))
                          : tr("%1 (unknown field)").arg(userText(required.fieldId)),
                    m_requiredList);
                item->setData(Qt::UserRole, qs(required.fieldId));
                if (item->data(Qt::UserRole).toString() == selected)
                    m_requiredList->setCurrentItem(item);
            }
        }
    }
    m_removeRequired->setEnabled(m_requiredList->currentItem() != nullptr);
    // As tall as its rows (3 to 6 of them), scrolling beyond.
    const int rows = std::clamp(m_requiredList->count(), 3, 6);
    m_requiredList->setFixedHeight(rows *
                                       std::max(m_requiredList->sizeHintForRow(0), fontMetrics().height()) +
                                   2 * m_requiredList->frameWidth() + 4);

    const std::string chosen = m_requiredPicker->fieldId();
    fillFieldModel(m_requiredChoices, m_document->snapshot());
    for (int row = 0; row < m_requiredChoices.rowCount(); ++row) {
        QStandardItem *item = m_requiredChoices.item(row);
        if (isRequiredField(*shown, item->data(Qt::UserRole).toString().toStdString()))
            item->setEnabled(false); // already required
    }
    m_requiredPicker->setFieldId(chosen);
    updateAddRequired();
}

void TemplateEditor::updateAddRequired()
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown)
        return;
    const std::size_t count = requiredFieldCount(*shown);
    const std::string chosen = m_requiredPicker->fieldId();
    const bool full = count >= kMaxRequiredFields;
    const bool picked = !chosen.empty() && !isRequiredField(*shown, chosen);
    m_addRequired->setEnabled(!full && picked);
    m_addRequired->setToolTip(
        full
            ? tr("This template already has %1 required fields, the most the service accepts. Remove one, or "
                 "make a field required by a rule instead.")
                  .arg(count)
            : (picked ? tr("Make %1 always required").arg(fieldTitle(chosen))
                      : tr("Pick a field that is not required yet.")));
}

void TemplateEditor::addRequiredField(const QString &fieldId)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || fieldId.isEmpty() || requiredFieldCount(*shown) >= kMaxRequiredFields ||
        isRequiredField(*shown, fieldId.toStdString()))
        return;
    CaseTemplate changed = *shown;
    cw::addRequiredField(changed, fieldId.toStdString());
    edit(changed, tr("Make %1 required").arg(fieldTitle(fieldId.toStdString())));
}

void TemplateEditor::removeRequiredField(const QString &fieldId)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || !isRequiredField(*shown, fieldId.toStdString()))
        return;
    CaseTemplate changed = *shown;
    cw::removeRequiredField(changed, fieldId.toStdString());
    edit(changed, tr("Stop requiring %1").arg(fieldTitle(fieldId.toStdString())));
}

void TemplateEditor::rename(const QString &name)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown)
        return;
    CaseTemplate changed = *shown;
    changed.name = name.toStdString();
    edit(changed, tr("Rename template"), QStringLiteral("name"));
}

void TemplateEditor::describe(const QString &description)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown)
        return;
    CaseTemplate changed = *shown;
    if (description.isEmpty())
        changed.description.reset();
    else
        changed.description = description.toStdString();
    edit(changed, tr("Change template description"), QStringLiteral("description"));
}

void TemplateEditor::chooseStatus(int row)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || row < 0)
        return;
    const std::string status = m_status->itemData(row).toString().toStdString();
    if (status == shown->status)
        return;
    CaseTemplate changed = *shown;
    changed.status = status;
    edit(changed, status == "Active" ? tr("Activate template") : tr("Deactivate template"));
}

void TemplateEditor::chooseLayout(int row)
{
    const CaseTemplate *shown = shownTemplate();
    if (!shown || row < 0)
        return;
    const std::string layoutId = m_layout->itemData(row).toString().toStdString();
    CaseTemplate changed = *shown;
    if (layoutId.empty()) {
        if (changed.layoutConfiguration)
            changed.layoutConfiguration->defaultLayout.reset();
        // Nothing else in it: drop the member rather than send an empty object.
        if (changed.layoutConfiguration && changed.layoutConfiguration->extra.empty())
            changed.layoutConfiguration.reset();
    } else {
        if (!changed.layoutConfiguration)
            changed.layoutConfiguration.emplace();
        changed.layoutConfiguration->defaultLayout = layoutId;
    }
    const std::string before =
        shown->layoutConfiguration ? shown->layoutConfiguration->defaultLayout.value_or("") : "";
    if (before == layoutId)
        return;
    edit(changed, tr("Change default layout"));
}

void TemplateEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (isPaletteChange(event) && !m_slug.isEmpty())
        refresh(); // restyles what carries a tone colour
}

} // namespace cw::ui
