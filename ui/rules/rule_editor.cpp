#include "rules/rule_editor.h"

#include "common/counted.h"
#include "common/editor_page.h"
#include "common/findings_label.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "editing/condition_limits.h"
#include "editing/rule_expectations.h"
#include "editing/rule_summary.h"
#include "editing/rule_usage.h"
#include "rules/condition_builder.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cw::ui {
using editing::comparisonCount;
using editing::ConditionPath;
using editing::conditionsHeading;
using editing::failuresDecidedBy;
using editing::HiddenReading;
using editing::maxComparisonsPerRule;
using editing::OutcomeChoice;
using editing::outcomeChoices;
using editing::ruleUsages;
using editing::summarizeRule;

namespace {
bool isBooleanKind(RuleDetails::Kind kind)
{
    return kind == RuleDetails::Kind::Required || kind == RuleDetails::Kind::Hidden;
}

QString kindTitle(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return RuleEditor::tr("Required rule");
    case RuleDetails::Kind::Hidden:
        return RuleEditor::tr("Hidden rule");
    case RuleDetails::Kind::FieldOptions:
        return RuleEditor::tr("Field options rule");
    case RuleDetails::Kind::Unknown:
        return RuleEditor::tr("Rule of an unknown kind");
    }
    return {};
}
} // namespace

RuleEditor::RuleEditor(QWidget *parent) : QWidget(parent)
{
    const ScrollingPage page = makeScrollingPage(this, tr("Rule editor"), 8);
    QWidget *content = page.content;
    QVBoxLayout *layout = page.layout;

    m_title = makeTitleLabel(content);
    layout->addWidget(m_title);
    // Under the title: it must be in view while the conditions below are being edited.
    m_expectationsNote = new QLabel(content);
    m_expectationsNote->setWordWrap(true);
    m_expectationsNote->setTextFormat(Qt::RichText);
    m_expectationsNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_expectationsNote->setAccessibleName(tr("Expectations this rule breaks"));
    m_expectationsNote->hide();
    connect(m_expectationsNote, &QLabel::linkActivated, this,
            [this] { emit failingCasesRequested(m_failingCaseIds); });
    layout->addWidget(m_expectationsNote);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(content);
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setMaxLength(200); // the limit is 100; let longer text show its finding
    m_nameFindings = makeFindingsLabel(content, tr("Findings about the rule name"));
    m_description = new QLineEdit(content);
    m_description->setAccessibleName(tr("Rule description"));
    m_description->setPlaceholderText(tr("Optional: what the rule is for"));
    m_descriptionFindings = makeFindingsLabel(content, tr("Findings about the rule description"));
    m_usedBy = new QLabel(content);
    m_usedBy->setTextFormat(Qt::PlainText);
    m_usedBy->setAccessibleName(tr("Where the rule is used"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameFindings);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionFindings);
    form->addRow(tr("Used by:"), m_usedBy);
    layout->addLayout(form);

    m_readingRow = new QWidget(content);
    auto *reading = new QHBoxLayout(m_readingRow);
    reading->setContentsMargins(0, 0, 0, 0);
    reading->addWidget(new QLabel(tr("Read this hidden rule as:"), m_readingRow));
    m_showReading = new QRadioButton(tr("&Show when\u2026"), m_readingRow);
    m_showReading->setToolTip(
        tr("As the Connect admin website says it. The rule still stores whether the field "
           "is hidden."));
    m_hideReading = new QRadioButton(tr("&Hide when\u2026"), m_readingRow);
    m_hideReading->setToolTip(tr("As the Cases API stores it: the result is whether the field is hidden."));
    auto *readingGroup = new QButtonGroup(m_readingRow);
    readingGroup->addButton(m_showReading);
    readingGroup->addButton(m_hideReading);
    m_showReading->setChecked(true);
    reading->addWidget(m_showReading);
    reading->addWidget(m_hideReading);
    reading->addStretch(1);
    layout->addWidget(m_readingRow);
    connect(m_showReading, &QRadioButton::toggled, this, [this](bool checked) {
        setReading(checked ? HiddenReading::ShowWhen : HiddenReading::HideWhen);
    });

    m_conditionsSection = new QWidget(content);
    auto *conditions = new QVBoxLayout(m_conditionsSection);
    conditions->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    m_heading = new QLabel(m_conditionsSection);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_count = new QLabel(m_conditionsSection);
    m_count->setAccessibleName(tr("Conditions used"));
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_count);
    conditions->addLayout(headingRow);
    m_conditionsFindings = makeFindingsLabel(m_conditionsSection, tr("Findings about the conditions"));
    conditions->addWidget(m_conditionsFindings);
    m_builder = new ConditionBuilder(m_conditionsSection);
    conditions->addWidget(m_builder);
    auto *defaultRow = new QHBoxLayout;
    auto *otherwise = new QLabel(tr("&Otherwise (when no condition is true):"), m_conditionsSection);
    m_default = new QComboBox(m_conditionsSection);
    m_default->setAccessibleName(tr("Default value"));
    m_default->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    otherwise->setBuddy(m_default);
    defaultRow->addWidget(otherwise);
    defaultRow->addWidget(m_default);
    defaultRow->addStretch(1);
    conditions->addLayout(defaultRow);
    m_defaultFindings = makeFindingsLabel(m_conditionsSection, tr("Findings about the default value"));
    conditions->addWidget(m_defaultFindings);
    layout->addWidget(m_conditionsSection);
    connect(m_default, &QComboBox::activated, this, &RuleEditor::chooseDefault);

    m_otherKindNote = new QLabel(content);
    m_otherKindNote->setWordWrap(true);
    layout->addWidget(m_otherKindNote);

    auto *summaryBox = new QGroupBox(tr("In plain words"), content);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summary = new QLabel(summaryBox);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Rule summary"));
    summaryLayout->addWidget(m_summary);
    layout->addWidget(summaryBox);

    m_otherFindings = makeFindingsLabel(content, tr("Other findings about the rule"));
    layout->addWidget(m_otherFindings);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &RuleEditor::rename);
    connect(m_description, &QLineEdit::textEdited, this, &RuleEditor::describe);
    setEnabled(false);
}

void RuleEditor::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_slug.clear();
    m_builder->setDocument(document);
    if (document) {
        // findingsChanged follows every change, after the change is in place.
        connect(document, &ProjectDocument::findingsChanged, this, &RuleEditor::refresh);
    }
    refresh();
}

void RuleEditor::showRule(const QString &slug)
{
    m_slug = slug;
    m_builder->setRule(slug);
    refresh();
}

void RuleEditor::setReading(HiddenReading reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    {
        const QSignalBlocker blockShow(m_showReading);
        const QSignalBlocker blockHide(m_hideReading);
        (reading == HiddenReading::ShowWhen ? m_showReading : m_hideReading)->setChecked(true);
    }
    m_builder->setReading(reading);
    refresh();
}

void RuleEditor::refresh()
{
    const project::RuleFile *file = m_document && !m_slug.isEmpty() ? m_document->rule(m_slug) : nullptr;
    if (!file) {
        const bool hadRule = !m_slug.isEmpty();
        m_slug.clear();
        m_builder->setRule({});
        setEnabled(false);
        m_title->setText(tr("No rule selected"));
        refreshExpectationsNote();
        if (hadRule)
            emit ruleGone();
        return;
    }
    setEnabled(true);
    const CaseRule &rule = file->rule;
    const RuleDetails::Kind kind = rule.rule.kind;
    m_title->setText(tr("%1: %2").arg(kindTitle(kind), userText(rule.name)));
    const QString name = QString::fromStdString(rule.name);
    if (m_name->text() != name)
        m_name->setText(name);
    const QString description = QString::fromStdString(rule.description.value_or(std::string()));
    if (m_description->text() != description)
        m_description->setText(description);
    const auto usages = ruleUsages(m_document->snapshot());
    const auto used = usages.find(project::Project::ruleRef(*file));
    m_usedBy->setText(used == usages.end() ? tr("not attached to any template field")
                                           : used->second.join(QLatin1Char('\n')));

    const bool boolean = isBooleanKind(kind);
    m_readingRow->setVisible(kind == RuleDetails::Kind::Hidden);
    m_conditionsSection->setVisible(boolean);
    m_otherKindNote->setVisible(!boolean);
    if (kind == RuleDetails::Kind::FieldOptions)
        m_otherKindNote->setText(
            tr("Which options the child field offers for each value of the parent field is "
               "edited in the field options editor."));
    else if (!boolean)
        m_otherKindNote->setText(
            tr("This version of Casewright cannot edit this kind of rule; it is kept as it is."));
    if (boolean) {
        m_heading->setText(conditionsHeading(kind));
        m_count->setText(tr("%1 of %2 conditions used")
                             .arg(comparisonCount(rule.rule.boolean.conditions))
                             .arg(maxComparisonsPerRule()));
        fillDefaultChoices();
        m_builder->refresh();
    }
    m_summary->setText(summarizeRule(rule, m_document->snapshot(), m_reading));
    refreshFindings();
    refreshExpectationsNote();
}

void RuleEditor::setExpectationFailures(std::vector<ExpectationFailure> failures)
{
    m_expectationFailures = std::move(failures);
    refreshExpectationsNote();
}

void RuleEditor::refreshExpectationsNote()
{
    const project::RuleFile *file = m_document && !m_slug.isEmpty() ? m_document->rule(m_slug) : nullptr;
    const std::vector<ExpectationFailure> decided =
        file ? failuresDecidedBy(m_document->snapshot(), project::Project::ruleRef(*file),
                                 m_expectationFailures)
             : std::vector<ExpectationFailure>{};
    m_failingCaseIds.clear();
    for (const ExpectationFailure &failure : decided)
        if (!m_failingCaseIds.contains(QString::fromStdString(failure.caseId)))
            m_failingCaseIds << QString::fromStdString(failure.caseId);
    m_expectationsNote->setVisible(!decided.empty());
    if (decided.empty()) {
        m_expectationsNote->clear();
        return;
    }
    // A few lines say which; the link shows all of them in the preview.
    constexpr std::size_t kListed = 3;
    QStringList lines;
    lines << tr("This rule breaks %1 of the samples:")
                 .arg(
                     plural(tr("%n expectation(s)", nullptr, int(decided.size())), qsizetype(decided.size())))
                 .toHtmlEscaped();
    for (std::size_t i = 0; i < decided.size() && i < kListed; ++i)
        lines << QStringLiteral("&nbsp;&nbsp;\u2022 ") +
                     tr("%1 in case %2 \u2014 %3: expected %4, the rules give %5")
                         .arg(userText(decided[i].fieldName), userText(decided[i].caseId),
                              QString::fromLatin1(expectAspectName(decided[i].aspect)),
                              QString::fromStdString(expectedText(decided[i])),
                              QString::fromStdString(actualText(decided[i])))
                         .toHtmlEscaped();
    if (decided.size() > kListed)
        lines << QStringLiteral("&nbsp;&nbsp;") +
                     tr("and %1 more").arg(decided.size() - kListed).toHtmlEscaped();
    lines << QStringLiteral("<a href=\"show-failing-cases\">%1</a>")
                 .arg(plural(tr("Show the failing case(s) in the preview", nullptr,
                                int(m_failingCaseIds.size())),
                             m_failingCaseIds.size())
                          .toHtmlEscaped());
    m_expectationsNote->setText(
        QStringLiteral("<span style=\"%1\">%2</span>")
            .arg(toneStyleSheet(Tone::Error, palette()), lines.join(QStringLiteral("<br>"))));
}

void RuleEditor::fillDefaultChoices()
{
    const project::RuleFile *file = m_document->rule(m_slug);
    const QSignalBlocker blocker(m_default);
    m_default->clear();
    for (const OutcomeChoice &choice : outcomeChoices(file->rule.rule.kind, m_reading))
        m_default->addItem(choice.label, choice.stored);
    m_default->setCurrentIndex(m_default->findData(file->rule.rule.boolean.defaultValue));
}

void RuleEditor::refreshFindings()
{
    FindingLines name, description, conditions, defaultValue, other;
    std::map<ConditionPath, FindingLines> byCondition;
    for (const Finding &finding : m_document->ruleFindings(m_slug)) {
        const FindingTarget target = locateRuleFinding(finding.where.pointer);
        switch (target.element) {
        case FindingTarget::Element::Name:
            name.add(finding);
            break;
        case FindingTarget::Element::Description:
            description.add(finding);
            break;
        case FindingTarget::Element::Conditions:
            conditions.add(finding);
            break;
        case FindingTarget::Element::Condition:
            byCondition[target.path].add(finding);
            break;
        case FindingTarget::Element::DefaultValue:
            defaultValue.add(finding);
            break;
        case FindingTarget::Element::Rule:
        case FindingTarget::Element::Options:
            other.add(finding);
            break;
        }
    }
    showFindingLines(m_nameFindings, name);
    showFindingLines(m_descriptionFindings, description);
    showFindingLines(m_conditionsFindings, conditions);
    showFindingLines(m_defaultFindings, defaultValue);
    showFindingLines(m_otherFindings, other);
    m_builder->setConditionFindings(byCondition);
}

void RuleEditor::rename(const QString &name)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file)
        return;
    CaseRule rule = file->rule;
    rule.name = name.toStdString();
    m_document->editRule(m_slug, rule, tr("Rename rule"), QStringLiteral("name"));
}

void RuleEditor::describe(const QString &description)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file)
        return;
    CaseRule rule = file->rule;
    if (description.isEmpty())
        rule.description.reset();
    else
        rule.description = description.toStdString();
    m_document->editRule(m_slug, rule, tr("Change rule description"), QStringLiteral("description"));
}

void RuleEditor::chooseDefault(int row)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || row < 0)
        return;
    CaseRule rule = file->rule;
    rule.rule.boolean.defaultValue = m_default->itemData(row).toBool();
    if (rule.rule.boolean.defaultValue == file->rule.rule.boolean.defaultValue)
        return;
    m_document->editRule(m_slug, rule, tr("Change the default value"));
}

void RuleEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (isPaletteChange(event) && !m_slug.isEmpty())
        refresh(); // restyles what carries a tone colour
}

} // namespace cw::ui
