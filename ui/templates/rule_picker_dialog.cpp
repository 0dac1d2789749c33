#include "templates/rule_picker_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

RulePickerDialog::RulePickerDialog(const QString &fieldTitle, const QList<RuleChoice> &choices,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Attach a Rule to %1").arg(fieldTitle));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Rules that fit %1: required and hidden rules, and options rules whose child "
                               "field it is. Rules already attached to it are left out.")
                                .arg(fieldTitle),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type to search rules"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rules"));
    layout->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Rules"));
    for (const RuleChoice &choice : choices) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 \u00b7 %2").arg(choice.kindLetter, choice.name), m_list);
        item->setData(Qt::UserRole, choice.slug);
        item->setData(Qt::UserRole + 1, choice.name);
        item->setToolTip(choice.summary);
    }
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(choices.isEmpty() ? tr("No rule of the project fits this field; create one instead.")
                                           : tr("No rule matches the search."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(choices.isEmpty());
    layout->addWidget(m_empty);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Attach"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &RulePickerDialog::applySearch);
    connect(m_list, &QListWidget::currentRowChanged, this, &RulePickerDialog::updateOk);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Enter in the search box takes the highlighted rule.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!chosenSlug().isEmpty())
            accept();
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateOk();
    resize(480, 420);
}

QString RulePickerDialog::chosenSlug() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void RulePickerDialog::applySearch(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown =
            item->data(Qt::UserRole + 1).toString().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    m_empty->setVisible(!firstShown);
    updateOk();
}

void RulePickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenSlug().isEmpty());
}

} // namespace cw::ui
