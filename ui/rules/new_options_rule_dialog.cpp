#include "rules/new_options_rule_dialog.h"

#include "edits/template_edits.h"
#include "model/domain_snapshot.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace cw::ui {

NewOptionsRuleDialog::NewOptionsRuleDialog(const DomainSnapshot &context, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Options Rule"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An options rule limits the options a single-select field offers by the "
                                "value of another single-select field."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    std::vector<const Field *> fields;
    for (const Field &field : context.fields)
        if (!field.isDeleted() && field.fieldType() == FieldType::SingleSelect)
            fields.push_back(&field);
    std::sort(fields.begin(), fields.end(), [](const Field *a, const Field *b) { return a->name < b->name; });

    auto *form = new QFormLayout;
    m_child = new QComboBox(this);
    m_child->setAccessibleName(tr("Field whose options are limited"));
    m_parent = new QComboBox(this);
    m_parent->setAccessibleName(tr("Field whose value decides"));
    for (const Field *field : fields) {
        const QString name = QString::fromStdString(field->name.empty() ? field->fieldId : field->name);
        const QString id = QString::fromStdString(field->fieldId);
        m_child->addItem(name, id);
        m_parent->addItem(name, id);
    }
    form->addRow(tr("&Limit the options of:"), m_child);
    form->addRow(tr("&By the value of:"), m_parent);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Rule"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!fields.empty()) {
        m_child->setCurrentIndex(0);
        if (const Field *parentField = defaultParentField(context, fields.front()->fieldId))
            m_parent->setCurrentIndex(m_parent->findData(QString::fromStdString(parentField->fieldId)));
    }
    connect(m_child, &QComboBox::currentIndexChanged, this, &NewOptionsRuleDialog::updateOk);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &NewOptionsRuleDialog::updateOk);
    updateOk();
}

std::string NewOptionsRuleDialog::childFieldId() const
{
    return m_child->currentData().toString().toStdString();
}

std::string NewOptionsRuleDialog::parentFieldId() const
{
    return m_parent->currentData().toString().toStdString();
}

void NewOptionsRuleDialog::updateOk()
{
    QString problem;
    if (m_child->count() < 2)
        problem = tr("The domain needs two single-select fields for an options rule.");
    else if (childFieldId() == parentFieldId())
        problem = tr("Choose two different fields: a field cannot limit its own options.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace cw::ui
