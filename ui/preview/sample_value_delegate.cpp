#include "preview/sample_value_delegate.h"

#include "common/std_text.h"
#include "editing/sample_value_text.h"
#include "evaluator/option_order.h"
#include "preview/sample_cases_model.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <limits>

namespace cw::ui {
namespace {
// Combo items carry the value as wire JSON text in their data, "" for emptyValue.
constexpr const char *kEditorKind = "casewrightEditor";
enum class EditorKind { Template, Options, Number, Boolean, Text };

const char *emptyMarker()
{
    return "(empty)";
}

std::string fieldIdOf(const QModelIndex &index)
{
    return index.model()
        ->headerData(index.column(), Qt::Horizontal, SampleCasesModel::FieldIdRole)
        .toString()
        .toStdString();
}

EditorKind kindOf(QWidget *editor)
{
    return EditorKind(editor->property(kEditorKind).toInt());
}

QComboBox *optionsCombo(QWidget *parent, const DomainSnapshot &snapshot, const std::string &fieldId)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("SampleValueDelegate", "(empty)"),
                   QString::fromLatin1(emptyMarker()));
    const std::vector<FieldOption> *options = snapshot.optionsOf(fieldId);
    if (options) {
        // Active options as an agent sees them (alphabetical), then the inactive ones, marked.
        for (const std::string &value : orderedOptionValues(options, nullptr))
            for (const FieldOption &option : *options)
                if (option.value == value)
                    combo->addItem(QString::fromStdString(option.name.empty() ? option.value : option.name),
                                   QString::fromStdString(option.value));
        for (const FieldOption &option : *options)
            if (!option.active)
                combo->addItem(QCoreApplication::translate("SampleValueDelegate", "%1 (inactive)")
                                   .arg(userText(option.name)),
                               QString::fromStdString(option.value));
    }
    return combo;
}
} // namespace

SampleValueDelegate::SampleValueDelegate(const SampleCasesModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *SampleValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const DomainSnapshot &snapshot = m_model->snapshot();
    QWidget *editor = nullptr;
    EditorKind kind = EditorKind::Text;
    if (index.column() == SampleCasesModel::IdColumn) {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    } else if (index.column() == SampleCasesModel::TemplateColumn) {
        auto *combo = new QComboBox(parent);
        for (const CaseTemplate &caseTemplate : snapshot.templates)
            combo->addItem(QString::fromStdString(caseTemplate.name),
                           QString::fromStdString(caseTemplate.templateId));
        editor = combo;
        kind = EditorKind::Template;
    } else {
        const std::string fieldId = fieldIdOf(index);
        const Field *field = snapshot.findField(fieldId);
        switch (field ? field->fieldType() : FieldType::Text) {
        case FieldType::SingleSelect:
            editor = optionsCombo(parent, snapshot, fieldId);
            kind = EditorKind::Options;
            break;
        case FieldType::Number: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setDecimals(6);
            spin->setRange(-1e15, 1e15);
            spin->setLocale(QLocale::c());
            editor = spin;
            kind = EditorKind::Number;
            break;
        }
        case FieldType::Boolean: {
            auto *combo = new QComboBox(parent);
            combo->addItem(tr("true"), QStringLiteral("true"));
            combo->addItem(tr("false"), QStringLiteral("false"));
            combo->addItem(tr("(empty)"), QString::fromLatin1(emptyMarker()));
            editor = combo;
            kind = EditorKind::Boolean;
            break;
        }
        default:
            editor = QStyledItemDelegate::createEditor(parent, option, index);
            break;
        }
    }
    editor->setProperty(kEditorKind, int(kind));
    return editor;
}

void SampleValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant stored = index.data(SampleCasesModel::ValueRole);
    switch (kindOf(editor)) {
    case EditorKind::Template: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    case EditorKind::Options:
    case EditorKind::Boolean: {
        auto *combo = static_cast<QComboBox *>(editor);
        QString key = QString::fromLatin1(emptyMarker());
        if (stored.isValid()) {
            const Value value = stored.value<Value>();
            if (value.kind == Value::Kind::Boolean)
                key = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
            else if (value.kind == Value::Kind::String)
                key = QString::fromStdString(value.text);
        }
        int row = combo->findData(key);
        if (row < 0) { // a value that is not an option stays choosable as what it is
            combo->addItem(tr("%1 (not an option)").arg(key), key);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
        return;
    }
    case EditorKind::Number:
        static_cast<QDoubleSpinBox *>(editor)->setValue(stored.isValid() && stored.value<Value>().kind ==
                                                                                Value::Kind::Double
                                                            ? stored.value<Value>().number
                                                            : 0.0);
        return;
    case EditorKind::Text:
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
}

void SampleValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    switch (kindOf(editor)) {
    case EditorKind::Template:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
        return;
    case EditorKind::Options:
    case EditorKind::Boolean: {
        const QString key = static_cast<QComboBox *>(editor)->currentData().toString();
        Value value = Value::string(key.toStdString());
        if (key == QLatin1String(emptyMarker()))
            value = Value::empty();
        else if (kindOf(editor) == EditorKind::Boolean)
            value = Value::boolean_(key == QLatin1String("true"));
        model->setData(index, QVariant::fromValue(value), SampleCasesModel::ValueRole);
        return;
    }
    case EditorKind::Number:
        model->setData(index, QVariant::fromValue(Value::dbl(static_cast<QDoubleSpinBox *>(editor)->value())),
                       SampleCasesModel::ValueRole);
        return;
    case EditorKind::Text:
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
}

} // namespace cw::ui
