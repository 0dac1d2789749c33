#include "fields/field_page.h"

#include "common/counted.h"
#include "common/editor_page.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "common/user_text.h"
#include "document/project_document.h"
#include "editing/rule_usage.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::ui {
namespace {
enum OptionColumn { OptionName, OptionValue, OptionState, OptionColumns };

QString shown(const std::string &text)
{
    return qs(elideUserText(text, 200));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// Lists and tables inside the page's scroll area show all their rows: the page scrolls, not they.
void fitRows(QListWidget *list)
{
    const int row = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 6;
    list->setFixedHeight(row * std::max(list->count(), 1) + 2 * list->frameWidth() + 2);
}

// A table's rows are as tall as its vertical header's sections (not their text's size hint),
// under the column headings.
void fitRows(QTableWidget *table)
{
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() +
                          2 * table->frameWidth());
}

QListWidgetItem *placeholder(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(toneColor(Tone::Muted));
    return item;
}
} // namespace

FieldPage::FieldPage(QWidget *parent) : QWidget(parent)
{
    const ScrollingPage page = makeScrollingPage(this, tr("Field"), 8);
    QWidget *content = page.content;
    m_title = makeTitleLabel(content);
    m_title->setTextFormat(Qt::PlainText);
    page.layout->addWidget(m_title);
    m_type = new QLabel(content);
    m_type->setWordWrap(true);
    m_type->setTextFormat(Qt::PlainText);
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.layout->addWidget(m_type);

    m_optionsLabel = heading(QString(), content);
    page.layout->addWidget(m_optionsLabel);
    m_options = new QTableWidget(0, OptionColumns, content);
    m_options->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("State")});
    m_options->setAccessibleName(tr("The field's options"));
    m_options->verticalHeader()->hide();
    m_options->verticalHeader()->setDefaultSectionSize(m_options->fontMetrics().height() + 8);
    m_options->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->horizontalHeader()->setSectionResizeMode(OptionName, QHeaderView::Stretch);
    m_options->horizontalHeader()->setSectionResizeMode(OptionValue, QHeaderView::Stretch);
    m_options->horizontalHeader()->setSectionResizeMode(OptionState, QHeaderView::ResizeToContents);
    m_options->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page.layout->addWidget(m_options);

    page.layout->addWidget(heading(tr("Rules that read it"), content));
    m_readers = new QListWidget(content);
    m_readers->setAccessibleName(tr("Rules that read the field"));
    m_readers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page.layout->addWidget(m_readers);

    page.layout->addWidget(heading(tr("Rules attached to it, per template"), content));
    m_attachments = new QListWidget(content);
    m_attachments->setAccessibleName(tr("Rules attached to the field"));
    m_attachments->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page.layout->addWidget(m_attachments);
    m_required = new QLabel(content);
    m_required->setWordWrap(true);
    m_required->setTextFormat(Qt::PlainText);
    page.layout->addWidget(m_required);
    page.layout->addStretch(1);

    for (QListWidget *list : {m_readers, m_attachments})
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const QString ref = item->data(Qt::UserRole).toString();
            if (!ref.isEmpty())
                emit ruleActivated(ref);
        });
}

void FieldPage::setEditorDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_fieldId.clear();
    if (m_document) {
        connect(m_document, &ProjectDocument::findingsChanged, this, &FieldPage::refresh);
    }
    refresh();
}

void FieldPage::showItem(const QString &key)
{
    m_fieldId = key;
    refresh();
}

void FieldPage::refresh()
{
    m_options->setRowCount(0);
    m_readers->clear();
    m_attachments->clear();
    const Field *field = m_document ? m_document->snapshot().findField(toStd(m_fieldId)) : nullptr;
    if (!field) {
        m_title->setText(m_fieldId);
        m_type->setText(m_fieldId.isEmpty() ? QString() : tr("This field is not in the domain any more."));
        m_optionsLabel->hide();
        m_options->hide();
        m_required->clear();
        return;
    }
    const DomainSnapshot &snapshot = m_document->snapshot();
    m_title->setText(shown(field->name));
    QString type = tr("%1 field, %2 namespace, id %3").arg(qs(field->type), qs(field->nameSpace), m_fieldId);
    if (field->isDeleted())
        type += QLatin1Char(' ') + tr("(deleted)");
    if (field->description && !field->description->empty())
        type += QLatin1Char('\n') + shown(*field->description);
    type += QLatin1Char('\n') + tr("Fields come from the domain and are read-only here.");
    m_type->setText(type);

    const std::vector<FieldOption> *options = snapshot.optionsOf(field->fieldId);
    const bool hasOptions = options && !options->empty();
    m_optionsLabel->setVisible(hasOptions || field->fieldType() == FieldType::SingleSelect);
    m_options->setVisible(hasOptions);
    if (hasOptions) {
        const auto inactive = std::count_if(options->begin(), options->end(),
                                            [](const FieldOption &option) { return !option.active; });
        m_optionsLabel->setText(
            plural(tr("%n option(s)", nullptr, int(options->size())), qsizetype(options->size())) +
            (inactive ? tr(", %1 inactive").arg(inactive) : QString()));
        m_options->setRowCount(int(options->size()));
        for (int row = 0; row < int(options->size()); ++row) {
            const FieldOption &option = (*options)[std::size_t(row)];
            auto *name = new QTableWidgetItem(shown(option.name));
            auto *value = new QTableWidgetItem(shown(option.value));
            auto *state = new QTableWidgetItem(option.active ? tr("active") : tr("inactive"));
            if (!option.active)
                for (QTableWidgetItem *item : {name, value, state})
                    item->setForeground(toneColor(Tone::Muted));
            m_options->setItem(row, OptionName, name);
            m_options->setItem(row, OptionValue, value);
            m_options->setItem(row, OptionState, state);
        }
        fitRows(m_options);
    } else if (m_optionsLabel->isVisible()) {
        m_optionsLabel->setText(tr("No options"));
    }

    const editing::FieldUsage usage = editing::fieldUsage(snapshot, field->fieldId);
    for (const editing::FieldUsage::Reader &reader : usage.readers) {
        QString how;
        switch (reader.as) {
        case editing::FieldUsage::Reading::Condition:
            how = tr("\u201c%1\u201d reads it in a condition");
            break;
        case editing::FieldUsage::Reading::OptionsParent:
            how = tr("\u201c%1\u201d maps its values (the parent of an options rule)");
            break;
        case editing::FieldUsage::Reading::OptionsChild:
            how = tr("\u201c%1\u201d limits its options (the child of an options rule)");
            break;
        }
        auto *item = new QListWidgetItem(how.arg(reader.ruleName), m_readers);
        item->setData(Qt::UserRole, qs(reader.caseRuleId));
        item->setToolTip(tr("Double-click or press Enter to open the rule"));
    }
    if (usage.readers.empty())
        placeholder(m_readers, tr("No rule reads this field."));
    for (const editing::FieldUsage::Attachment &attachment : usage.attachments) {
        auto *item = new QListWidgetItem(
            tr("%1 \u203a \u201c%2\u201d").arg(attachment.templateName, attachment.ruleName), m_attachments);
        item->setData(Qt::UserRole, qs(attachment.caseRuleId));
        item->setToolTip(tr("Double-click or press Enter to open the rule"));
    }
    if (usage.attachments.empty())
        placeholder(m_attachments, tr("No rule is attached to this field in any template."));
    fitRows(m_readers);
    fitRows(m_attachments);
    m_required->setText(usage.requiredIn.isEmpty()
                            ? tr("No template always requires it.")
                            : tr("Always required in: %1").arg(usage.requiredIn.join(QStringLiteral(", "))));
}

} // namespace cw::ui
