#include "preview/case_form_simulator.h"

#include "common/tone_colors.h"
#include "editing/sample_value_text.h"
#include "evaluator/option_order.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDoubleValidator>
#include <QGraphicsOpacityEffect>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {
using editing::valueDisplayText;
using editing::valueWireText;

namespace {
// Combo item roles: the option value, and whether the item is the case's value although the
// rules do not offer it.
constexpr int kValueRole = Qt::UserRole;
constexpr int kNotOfferedRole = Qt::UserRole + 1;
constexpr int kEmptyRole = Qt::UserRole + 2;
constexpr double kHiddenOpacity = 0.4;
constexpr const char *kBasePlaceholder = "casewrightPlaceholder";

QString whyText(const FieldOutcome *outcome)
{
    if (outcome == nullptr)
        return {};
    QStringList lines;
    for (const auto *list : {&outcome->requiredBecause, &outcome->hiddenBecause, &outcome->optionsBecause})
        for (const Explanation &explanation : *list)
            lines << QString::fromStdString(explanation.text);
    return lines.join(QLatin1Char('\n'));
}

QString optionName(const std::vector<FieldOption> *options, const std::string &value)
{
    if (options)
        for (const FieldOption &option : *options)
            if (option.value == value && !option.name.empty())
                return QString::fromStdString(option.name);
    return QString::fromStdString(value);
}

struct Choice {
    QString text;
    QString value;
    bool empty = false;
    bool notOffered = false;
    bool operator==(const Choice &other) const
    {
        return text == other.text && value == other.value && empty == other.empty &&
               notOffered == other.notOffered;
    }
};
} // namespace

CaseFormSimulator::CaseFormSimulator(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_showHiddenToggle = new QCheckBox(tr("Show &hidden fields (greyed)"), this);
    m_showHiddenToggle->setChecked(true);
    m_showHiddenToggle->setToolTip(tr("Off: the form leaves hidden fields out, as the agent's form does."));
    connect(m_showHiddenToggle, &QCheckBox::toggled, this, &CaseFormSimulator::setShowHiddenFields);
    layout->addWidget(m_showHiddenToggle);
    m_placeholder = new QLabel(tr("Select a sample case to see it as an agent would."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);
    m_rowsWidget = new QWidget(this);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(0, 4, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(3, 3);
    layout->addWidget(m_rowsWidget);
    layout->addStretch(1);
    m_rowsWidget->hide();
}

void CaseFormSimulator::setForm(const DomainSnapshot *snapshot, const std::vector<std::string> &fieldIds)
{
    m_snapshot = snapshot;
    if (fieldIds == m_fieldIds)
        return;
    m_fieldIds = fieldIds;
    rebuildRows();
}

void CaseFormSimulator::rebuildRows()
{
    // Later, not now: this may run while one of the old editors is delivering a signal.
    for (Row &row : m_rows)
        for (QWidget *widget :
             {static_cast<QWidget *>(row.label), row.editor, static_cast<QWidget *>(row.expect),
              static_cast<QWidget *>(row.why), static_cast<QWidget *>(row.expectation)}) {
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
    m_rows.clear();
    m_rows.reserve(m_fieldIds.size());
    int gridRow = 0;
    for (const std::string &fieldId : m_fieldIds) {
        Row row;
        row.fieldId = fieldId;
        const Field *field = m_snapshot ? m_snapshot->findField(fieldId) : nullptr;
        row.type = field ? field->fieldType() : FieldType::Text;
        row.label = new QLabel(m_rowsWidget);
        row.label->setTextFormat(Qt::RichText);
        row.why = new QLabel(m_rowsWidget);
        row.why->setWordWrap(true);
        row.why->setTextFormat(Qt::PlainText);
        row.why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont small = row.why->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.why->setFont(small);
        keepTone(row.why, Tone::Muted);
        row.expectation = new QLabel(m_rowsWidget);
        row.expectation->setWordWrap(true);
        row.expectation->setTextFormat(Qt::PlainText);
        row.expectation->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.expectation->setFont(small);
        keepTone(row.expectation, Tone::Error);
        row.expectation->hide();
        // The explanations wrap to whatever width is left beside the editor instead of setting the
        // form's minimum width by their longest word: the form must fit the preview's share of a
        // 1024-pixel window without a horizontal scrollbar (issue #15 item 7).
        for (QLabel *text : {row.why, row.expectation})
            text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_rows.push_back(row);
        Row &stored = m_rows.back();
        stored.editor = makeEditor(stored);
        stored.label->setBuddy(stored.editor);
        stored.editor->setAccessibleName(QString::fromStdString(field ? field->name : fieldId));
        stored.expect = makeExpectButton(stored);
        m_grid->addWidget(stored.label, gridRow, 0, Qt::AlignRight | Qt::AlignTop);
        m_grid->addWidget(stored.editor, gridRow, 1, Qt::AlignTop);
        m_grid->addWidget(stored.expect, gridRow, 2, Qt::AlignTop);
        m_grid->addWidget(stored.why, gridRow, 3, Qt::AlignTop);
        m_grid->addWidget(stored.expectation, gridRow, 4, Qt::AlignTop);
        ++gridRow;
    }
}

QWidget *CaseFormSimulator::makeEditor(Row &row)
{
    const QString fieldId = QString::fromStdString(row.fieldId);
    if (row.type == FieldType::SingleSelect || row.type == FieldType::Boolean) {
        auto *combo = new QComboBox(m_rowsWidget);
        // Sized to eight characters, not to the longest option: a long option must not push the
        // form wider than the preview's share of a 1024-pixel window (issue #15 item 7).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::activated, this, [this, combo, fieldId, type = row.type](int index) {
            if (combo->itemData(index, kEmptyRole).toBool())
                return emit valueEdited(fieldId, std::nullopt, false);
            const QString value = combo->itemData(index, kValueRole).toString();
            if (type == FieldType::Boolean)
                return emit valueEdited(fieldId, Value::boolean_(value == QLatin1String("true")), false);
            emit valueEdited(fieldId, Value::string(value.toStdString()), false);
        });
        return combo;
    }
    auto *edit = new QLineEdit(m_rowsWidget);
    edit->setClearButtonEnabled(true);
    if (row.type == FieldType::Number) {
        auto *validator = new QDoubleValidator(edit);
        validator->setLocale(QLocale::c());
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        edit->setPlaceholderText(tr("a number"));
    } else if (row.type == FieldType::User) {
        edit->setPlaceholderText(tr("a user ARN"));
    } else if (row.type == FieldType::DateTime) {
        edit->setPlaceholderText(tr("e.g. 2026-05-08T09:00:00Z"));
    }
    edit->setProperty(kBasePlaceholder, edit->placeholderText());
    connect(edit, &QLineEdit::textEdited, this, [this, fieldId, type = row.type](const QString &text) {
        if (text.isEmpty())
            return emit valueEdited(fieldId, std::nullopt, true);
        if (type == FieldType::Number) {
            bool ok = false;
            const double number = QLocale::c().toDouble(text.trimmed(), &ok);
            if (ok)
                emit valueEdited(fieldId, Value::dbl(number), true);
            return;
        }
        emit valueEdited(fieldId,
                         type == FieldType::User ? Value::userArn(text.toStdString())
                                                 : Value::string(text.toStdString()),
                         true);
    });
    return edit;
}

QToolButton *CaseFormSimulator::makeExpectButton(Row &row)
{
    const QString fieldId = QString::fromStdString(row.fieldId);
    auto *button = new QToolButton(m_rowsWidget);
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    row.expectField = menu->addAction(tr("Expect this field's outcome"), this,
                                      [this, fieldId] { emit expectFieldRequested(fieldId); });
    row.expectField->setToolTip(
        tr("Pin what the form shows for this field (required, hidden, options) as the case's expected "
           "outcome"));
    row.forgetField = menu->addAction(tr("Forget this field's expectation"), this,
                                      [this, fieldId] { emit forgetFieldRequested(fieldId); });
    button->setMenu(menu);
    // The label offers the same menu on a right click.
    row.label->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(row.label, &QWidget::customContextMenuRequested, menu,
            [menu, label = row.label](const QPoint &position) { menu->popup(label->mapToGlobal(position)); });
    return button;
}

void CaseFormSimulator::showCase(const SampleCase *sampleCase, const CaseOutcome *outcome,
                                 const QString &heading)
{
    m_heading->setText(heading);
    m_placeholder->setVisible(sampleCase == nullptr);
    m_rowsWidget->setVisible(sampleCase != nullptr);
    if (sampleCase == nullptr)
        return;
    for (Row &row : m_rows)
        showRow(row, sampleCase->find(row.fieldId), outcome ? outcome->find(row.fieldId) : nullptr);
}

void CaseFormSimulator::showRow(Row &row, const Value *value, const FieldOutcome *outcome)
{
    const Field *field = m_snapshot ? m_snapshot->findField(row.fieldId) : nullptr;
    row.required = outcome && outcome->required;
    row.hidden = outcome && outcome->hidden;
    QString label = QString(QString::fromStdString(field ? field->name : row.fieldId)).toHtmlEscaped();
    if (row.required)
        label += QStringLiteral(" <span style=\"color:%1; font-weight:bold\">*</span>")
                     .arg(toneColor(Tone::Error).name());
    if (row.hidden)
        label += QStringLiteral(" <i>%1</i>").arg(tr("(hidden)"));
    row.label->setText(label);
    const QString why = whyText(outcome);
    row.why->setText(why);
    const auto failures = m_expectationFailures.find(row.fieldId);
    row.expectation->setVisible(failures != m_expectationFailures.end());
    row.expectation->setText(
        failures != m_expectationFailures.end() ? failures->second.join(QLatin1Char('\n')) : QString());
    row.label->setToolTip(why);
    const bool expected = m_expectedFields.count(row.fieldId) > 0;
    const QString name = QString::fromStdString(field ? field->name : row.fieldId);
    row.expect->setText(expected ? tr("Expected") : tr("Expect"));
    QFont font = row.expect->font();
    font.setBold(expected);
    row.expect->setFont(font);
    row.expect->setAccessibleName(tr("Expected outcome of %1").arg(name));
    row.expect->setToolTip(expected
                               ? tr("The case expects an outcome of %1: re-pin or forget it").arg(name)
                               : tr("Pin the outcome of %1 shown here as the case's expectation").arg(name));
    row.forgetField->setEnabled(expected);
    row.editor->setToolTip(why.isEmpty() ? valueWireText(value)
                                         : valueWireText(value) + QLatin1Char('\n') + why);

    if (qobject_cast<QComboBox *>(row.editor)) {
        fillChoices(row, value, outcome);
    } else if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        QString text;
        if (value && value->kind != Value::Kind::Empty)
            text = valueDisplayText(value, field, nullptr);
        // Leave what is being typed alone ("1." is 1 too).
        const bool same = row.type == FieldType::Number && value && value->kind == Value::Kind::Double &&
                          QLocale::c().toDouble(edit->text()) == value->number && !edit->text().isEmpty();
        if (!same && edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // show a long value from its start
        }
        edit->setPlaceholderText(value && value->kind == Value::Kind::Empty
                                     ? tr("(empty)")
                                     : edit->property(kBasePlaceholder).toString());
    }
    applyVisibility(row);
}

void CaseFormSimulator::fillChoices(Row &row, const Value *value, const FieldOutcome *outcome)
{
    auto *combo = static_cast<QComboBox *>(row.editor);
    std::vector<Choice> choices;
    choices.push_back(Choice{tr("(empty)"), QString(), true, false});
    QString current;
    bool hasCurrent = false;
    if (row.type == FieldType::Boolean) {
        choices.push_back(Choice{tr("true"), QStringLiteral("true"), false, false});
        choices.push_back(Choice{tr("false"), QStringLiteral("false"), false, false});
        if (value && value->kind == Value::Kind::Boolean) {
            current = value->boolean ? QStringLiteral("true") : QStringLiteral("false");
            hasCurrent = true;
        }
    } else {
        const std::vector<FieldOption> *options = m_snapshot ? m_snapshot->optionsOf(row.fieldId) : nullptr;
        // The evaluator lists what a fieldOptions rule allows; without one, every active option.
        const std::vector<std::string> offered = outcome && outcome->allowedOptions
                                                     ? *outcome->allowedOptions
                                                     : orderedOptionValues(options, nullptr);
        for (const std::string &option : offered)
            choices.push_back(
                Choice{optionName(options, option), QString::fromStdString(option), false, false});
        if (value && value->kind == Value::Kind::String) {
            current = QString::fromStdString(value->text);
            hasCurrent = true;
            const bool listed = std::find(offered.begin(), offered.end(), value->text) != offered.end();
            if (!listed)
                choices.push_back(Choice{tr("%1 (not offered)").arg(optionName(options, value->text)),
                                         current, false, true});
        }
    }

    std::vector<Choice> shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.push_back(Choice{combo->itemText(i), combo->itemData(i, kValueRole).toString(),
                               combo->itemData(i, kEmptyRole).toBool(),
                               combo->itemData(i, kNotOfferedRole).toBool()});
    const QSignalBlocker blocker(combo);
    if (shown != choices) {
        combo->clear();
        for (const Choice &choice : choices) {
            combo->addItem(choice.text);
            const int i = combo->count() - 1;
            combo->setItemData(i, choice.value, kValueRole);
            combo->setItemData(i, choice.empty, kEmptyRole);
            combo->setItemData(i, choice.notOffered, kNotOfferedRole);
            if (choice.notOffered)
                combo->setItemData(i, toneColor(Tone::Error), Qt::ForegroundRole);
        }
    }
    int currentIndex = 0;
    if (hasCurrent)
        for (int i = 1; i < combo->count(); ++i)
            if (combo->itemData(i, kValueRole).toString() == current) {
                currentIndex = i;
                break;
            }
    combo->setCurrentIndex(currentIndex);
}

void CaseFormSimulator::applyVisibility(Row &row)
{
    const bool shown = !row.hidden || m_showHidden;
    row.label->setVisible(shown);
    row.editor->setVisible(shown);
    row.expect->setVisible(shown);
    row.why->setVisible(shown);
    row.label->setEnabled(!row.hidden);
    if (row.hidden) {
        if (!row.editor->graphicsEffect()) {
            auto *effect = new QGraphicsOpacityEffect(row.editor);
            effect->setOpacity(kHiddenOpacity);
            row.editor->setGraphicsEffect(effect);
        }
    } else if (row.editor->graphicsEffect()) {
        row.editor->setGraphicsEffect(nullptr);
    }
}

void CaseFormSimulator::setShowHiddenFields(bool show)
{
    m_showHidden = show;
    if (m_showHiddenToggle->isChecked() != show)
        m_showHiddenToggle->setChecked(show);
    for (Row &row : m_rows)
        applyVisibility(row);
}

const CaseFormSimulator::Row *CaseFormSimulator::findRow(const std::string &fieldId) const
{
    for (const Row &row : m_rows)
        if (row.fieldId == fieldId)
            return &row;
    return nullptr;
}

QLabel *CaseFormSimulator::labelFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->label : nullptr;
}

QWidget *CaseFormSimulator::editorFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->editor : nullptr;
}

void CaseFormSimulator::setExpectationFailures(std::map<std::string, QStringList> failures)
{
    m_expectationFailures = std::move(failures);
}

void CaseFormSimulator::setExpectedFields(std::set<std::string> fieldIds)
{
    m_expectedFields = std::move(fieldIds);
}

QToolButton *CaseFormSimulator::expectButtonFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->expect : nullptr;
}

QAction *CaseFormSimulator::expectFieldActionFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->expectField : nullptr;
}

QAction *CaseFormSimulator::forgetFieldActionFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->forgetField : nullptr;
}

bool CaseFormSimulator::isMarkedExpected(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row && row->forgetField->isEnabled() && row->expect->font().bold();
}

QLabel *CaseFormSimulator::expectationFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->expectation : nullptr;
}

QLabel *CaseFormSimulator::whyFor(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row ? row->why : nullptr;
}

bool CaseFormSimulator::isMarkedRequired(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row && row->required && row->label->text().contains(QLatin1Char('*'));
}

bool CaseFormSimulator::isMarkedHidden(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row && row->hidden;
}

bool CaseFormSimulator::isRowShown(const std::string &fieldId) const
{
    const Row *row = findRow(fieldId);
    return row && !row->label->isHidden();
}

QStringList CaseFormSimulator::offeredOptions(const std::string &fieldId) const
{
    QStringList values;
    const Row *row = findRow(fieldId);
    const auto *combo = row ? qobject_cast<const QComboBox *>(row->editor) : nullptr;
    if (combo == nullptr)
        return values;
    for (int i = 0; i < combo->count(); ++i)
        if (!combo->itemData(i, kEmptyRole).toBool() && !combo->itemData(i, kNotOfferedRole).toBool())
            values << combo->itemData(i, kValueRole).toString();
    return values;
}

} // namespace cw::ui
