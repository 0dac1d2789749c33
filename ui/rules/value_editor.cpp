#include "rules/value_editor.h"

#include "common/std_text.h"
#include "editing/sample_value_text.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>

namespace cw::ui {
// Numbers are written as JSON writes them, whatever the desktop's locale: "49.99".
using editing::numberText;

namespace {
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

ValueEditor::Mode modeFor(const Field *field, bool takesValue, const Value &value)
{
    if (!takesValue)
        return ValueEditor::Mode::None;
    if (value.kind == Value::Kind::UserArn || value.kind == Value::Kind::Unknown)
        return ValueEditor::Mode::Unsupported;
    // The value's own type decides when it does not fit the field: what is stored stays visible
    // (the validator says what is wrong with it).
    switch (value.kind) {
    case Value::Kind::Double:
        return ValueEditor::Mode::Number;
    case Value::Kind::Boolean:
        return ValueEditor::Mode::Boolean;
    default:
        break;
    }
    if (field && field->fieldType() == FieldType::SingleSelect)
        return ValueEditor::Mode::Options;
    return ValueEditor::Mode::Text;
}
} // namespace

ValueEditor::ValueEditor(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("(no value)"), this);
    m_none->setEnabled(false);
    m_options = new QComboBox(this);
    m_options->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_number = new QLineEdit(this);
    auto *validator = new QDoubleValidator(m_number);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_number->setValidator(validator);
    m_number->setPlaceholderText(tr("a number"));
    m_boolean = new QComboBox(this);
    m_boolean->addItem(tr("true"), true);
    m_boolean->addItem(tr("false"), false);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("text to compare with"));
    m_unsupported = new QLabel(this);
    m_unsupported->setWordWrap(true);
    for (QWidget *page : {static_cast<QWidget *>(m_none), static_cast<QWidget *>(m_options),
                          static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_boolean),
                          static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_unsupported)})
        m_stack->addWidget(page);

    connect(m_options, &QComboBox::activated, this, [this](int row) {
        emit valueEdited(Value::string(m_options->itemData(row).toString().toStdString()), false);
    });
    connect(m_boolean, &QComboBox::activated, this,
            [this](int row) { emit valueEdited(Value::boolean_(m_boolean->itemData(row).toBool()), false); });
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const auto number = parseNumber(text))
            emit valueEdited(Value::dbl(*number), true);
    });
    connect(m_text, &QLineEdit::textEdited, this,
            [this](const QString &text) { emit valueEdited(Value::string(text.toStdString()), true); });
}

QWidget *ValueEditor::currentEditor() const
{
    return m_stack->currentWidget();
}

void ValueEditor::setAccessibleNames(const QString &name)
{
    for (QWidget *editor : {static_cast<QWidget *>(m_options), static_cast<QWidget *>(m_number),
                            static_cast<QWidget *>(m_boolean), static_cast<QWidget *>(m_text)})
        editor->setAccessibleName(name);
}

void ValueEditor::showValue(const Field *field, const std::vector<FieldOption> *options, bool takesValue,
                            const Value &value)
{
    m_mode = modeFor(field, takesValue, value);
    const QSignalBlocker blockOptions(m_options);
    const QSignalBlocker blockBoolean(m_boolean);
    switch (m_mode) {
    case Mode::None:
        m_stack->setCurrentWidget(m_none);
        break;
    case Mode::Options:
        fillOptions(options, value);
        m_stack->setCurrentWidget(m_options);
        break;
    case Mode::Number: {
        m_storedNumber = value.number;
        // Leave what is being typed alone ("1." is 1 too).
        const auto shown = parseNumber(m_number->text());
        if (!shown || *shown != value.number)
            m_number->setText(numberText(value.number));
        m_stack->setCurrentWidget(m_number);
        break;
    }
    case Mode::Boolean:
        m_boolean->setCurrentIndex(value.boolean ? 0 : 1);
        m_stack->setCurrentWidget(m_boolean);
        break;
    case Mode::Text: {
        const QString text = QString::fromStdString(value.text);
        if (m_text->text() != text)
            m_text->setText(text);
        m_stack->setCurrentWidget(m_text);
        break;
    }
    case Mode::Unsupported:
        m_unsupported->setText(
            value.kind == Value::Kind::UserArn
                ? tr("a user ARN (%1), which a condition cannot hold").arg(userText(value.text))
                : tr("a \u201c%1\u201d value this version cannot edit").arg(userText(value.text)));
        m_stack->setCurrentWidget(m_unsupported);
        break;
    }
}

bool ValueEditor::hasPendingText() const
{
    if (m_mode != Mode::Number)
        return false;
    const auto shown = parseNumber(m_number->text());
    return !shown || *shown != m_storedNumber;
}

void ValueEditor::discardPendingText()
{
    if (m_mode == Mode::Number)
        m_number->setText(numberText(m_storedNumber));
}

void ValueEditor::fillOptions(const std::vector<FieldOption> *options, const Value &value)
{
    m_options->clear();
    const QString current = QString::fromStdString(value.text);
    int currentRow = -1;
    if (options) {
        for (const FieldOption &option : *options) {
            const QString name = QString::fromStdString(option.name.empty() ? option.value : option.name);
            const QString label = option.active ? name : tr("%1 (inactive)").arg(name);
            m_options->addItem(label, QString::fromStdString(option.value));
            const int row = m_options->count() - 1;
            m_options->setItemData(row, tr("Value: %1").arg(userText(option.value)), Qt::ToolTipRole);
            if (option.value == value.text)
                currentRow = row;
        }
    }
    // A value that is no (longer an) option stays visible as what it is.
    if (currentRow < 0) {
        m_options->addItem(
            current.isEmpty() ? tr("(no option chosen)") : tr("%1 (not an option)").arg(current), current);
        currentRow = m_options->count() - 1;
    }
    m_options->setCurrentIndex(currentRow);
}

} // namespace cw::ui
