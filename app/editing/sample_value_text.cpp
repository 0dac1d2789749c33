#include "editing/sample_value_text.h"

#include "editing/qt_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace cw::editing {
namespace {
// The marker of an explicit emptyValue, in the user's language; typing the English one works too.
QString emptyText()
{
    return QCoreApplication::translate("cw::ui::SampleValueText", "(empty)");
}
} // namespace

QString numberText(double number)
{
    return QString::number(number, 'g', 15);
}

QString valueDisplayText(const Value *value, const Field *field, const std::vector<FieldOption> *options)
{
    if (value == nullptr)
        return {};
    switch (value->kind) {
    case Value::Kind::Empty:
        return emptyText();
    case Value::Kind::Double:
        return numberText(value->number);
    case Value::Kind::Boolean:
        return value->boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Kind::String:
        if (field && field->fieldType() == FieldType::SingleSelect && options)
            for (const FieldOption &option : *options)
                if (option.value == value->text && !option.name.empty())
                    return qs(option.name);
        return qs(value->text);
    case Value::Kind::UserArn:
        return qs(value->text);
    case Value::Kind::Unknown:
        return QStringLiteral("{%1}").arg(qs(value->text));
    }
    return {};
}

QString valueWireText(const Value *value)
{
    if (value == nullptr)
        return QCoreApplication::translate("cw::ui::SampleValueText", "(absent)");
    switch (value->kind) {
    case Value::Kind::Empty:
        return QStringLiteral("emptyValue");
    case Value::Kind::Double:
        return QStringLiteral("doubleValue %1").arg(numberText(value->number));
    case Value::Kind::Boolean:
        return QStringLiteral("booleanValue %1")
            .arg(value->boolean ? QStringLiteral("true") : QStringLiteral("false"));
    case Value::Kind::String:
        return QStringLiteral("stringValue \"%1\"").arg(qs(value->text));
    case Value::Kind::UserArn:
        return QStringLiteral("userArnValue \"%1\"").arg(qs(value->text));
    case Value::Kind::Unknown:
        return QCoreApplication::translate("cw::ui::SampleValueText", "%1 (unknown type)")
            .arg(qs(value->text));
    }
    return {};
}

Result<std::optional<Value>> valueFromText(const QString &text, const Field *field,
                                           const std::vector<FieldOption> *options)
{
    if (text.isEmpty())
        return std::optional<Value>();
    if (text == emptyText() || text == QLatin1String("(empty)"))
        return std::optional<Value>(Value::empty());
    const FieldType type = field ? field->fieldType() : FieldType::Text;
    switch (type) {
    case FieldType::Number: {
        bool ok = false;
        const double number = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok)
            return makeError("sample.value",
                             "\"" + text.toStdString() + "\" is not a number (write it like 49.99)");
        return std::optional<Value>(Value::dbl(number));
    }
    case FieldType::Boolean: {
        const QString lowered = text.trimmed().toLower();
        if (lowered != QLatin1String("true") && lowered != QLatin1String("false"))
            return makeError("sample.value", "\"" + text.toStdString() + "\" is not true or false");
        return std::optional<Value>(Value::boolean_(lowered == QLatin1String("true")));
    }
    case FieldType::SingleSelect:
        if (options)
            for (const FieldOption &option : *options)
                if (qs(option.value) == text || qs(option.name).compare(text, Qt::CaseInsensitive) == 0)
                    return std::optional<Value>(Value::string(option.value));
        return std::optional<Value>(Value::string(text.toStdString()));
    case FieldType::User:
        return std::optional<Value>(Value::userArn(text.toStdString()));
    default:
        return std::optional<Value>(Value::string(text.toStdString()));
    }
}

bool valueFitsField(const Value &value, const Field *field)
{
    if (field == nullptr || value.kind == Value::Kind::Empty)
        return true;
    switch (field->fieldType()) {
    case FieldType::Number:
        return value.kind == Value::Kind::Double;
    case FieldType::Boolean:
        return value.kind == Value::Kind::Boolean;
    case FieldType::User:
        return value.kind == Value::Kind::UserArn;
    case FieldType::Unknown:
        return true;
    default:
        return value.kind == Value::Kind::String;
    }
}

} // namespace cw::editing
