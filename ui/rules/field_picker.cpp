#include "rules/field_picker.h"

#include "common/std_text.h"
#include "editing/condition_edits.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace cw::ui {
using editing::pickableFields;

void fillFieldModel(QStandardItemModel &model, const DomainSnapshot &context)
{
    model.clear();
    for (const Field *field : pickableFields(context)) {
        auto *item = new QStandardItem(
            QStringLiteral("%1 (%2)").arg(userText(field->name), QString::fromStdString(field->type)));
        item->setData(QString::fromStdString(field->fieldId), Qt::UserRole);
        item->setToolTip(QObject::tr("Field id: %1").arg(userText(field->fieldId)));
        model.appendRow(item);
    }
}

FieldPicker::FieldPicker(QStandardItemModel *fields, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(fields);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Typing filters the list to the fields whose name contains the text, in any case.
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Type to search fields"));
    connect(this, &QComboBox::activated, this, &FieldPicker::chooseRow);
    connect(completer(), qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString id = index.data(Qt::UserRole).toString();
                const int row = findData(id, Qt::UserRole);
                if (row >= 0)
                    chooseRow(row);
            });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &FieldPicker::restoreText);
}

void FieldPicker::setFieldId(const std::string &fieldId)
{
    m_fieldId = fieldId;
    const int row = findData(QString::fromStdString(fieldId), Qt::UserRole);
    const QSignalBlocker blocker(this);
    setCurrentIndex(row);
    restoreText();
}

void FieldPicker::chooseRow(int row)
{
    if (row < 0)
        return;
    const QString id = itemData(row, Qt::UserRole).toString();
    if (id.toStdString() == m_fieldId) {
        restoreText();
        return;
    }
    m_fieldId = id.toStdString();
    emit fieldChosen(id);
}

QString FieldPicker::chosenText() const
{
    const int row = findData(QString::fromStdString(m_fieldId), Qt::UserRole);
    return row >= 0
               ? itemText(row)
               : (m_fieldId.empty() ? tr("(no field)") : tr("%1 (unknown field)").arg(userText(m_fieldId)));
}

bool FieldPicker::hasPendingText() const
{
    return lineEdit() && lineEdit()->text() != chosenText();
}

// Typed text that names no field is a search, not a choice: put the chosen field back.
void FieldPicker::restoreText()
{
    const int row = findData(QString::fromStdString(m_fieldId), Qt::UserRole);
    const QString text = chosenText();
    if (lineEdit() && lineEdit()->text() != text)
        lineEdit()->setText(text);
    setToolTip(row >= 0 ? itemData(row, Qt::ToolTipRole).toString() : text);
}

} // namespace cw::ui
