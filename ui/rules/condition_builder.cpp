#include "rules/condition_builder.h"

#include "document/project_document.h"
#include "rules/condition_group_box.h"
#include "rules/condition_list_widget.h"
#include "rules/field_picker.h"

#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace cw::ui {
using editing::shapeOf;

namespace {
const DomainSnapshot &emptySnapshot()
{
    static const DomainSnapshot snapshot;
    return snapshot;
}

const ConditionList &emptyConditions()
{
    static const ConditionList conditions;
    return conditions;
}

bool isBooleanRule(const CaseRule &rule)
{
    return rule.rule.kind == RuleDetails::Kind::Required || rule.rule.kind == RuleDetails::Kind::Hidden;
}
} // namespace

ConditionBuilder::ConditionBuilder(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ConditionBuilder::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_slug.clear();
    // Fields are pulled, not edited, so the pickers' model is made once per document.
    fillFieldModel(m_fields, context());
    refresh();
}

void ConditionBuilder::setRule(const QString &slug)
{
    if (slug == m_slug)
        return;
    m_slug = slug;
    m_findings.clear();
    m_shape.clear();
    rebuild();
}

void ConditionBuilder::setReading(HiddenReading reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    rebuild(); // the result choices change order and words
}

const DomainSnapshot &ConditionBuilder::context() const
{
    return m_document ? m_document->snapshot() : emptySnapshot();
}

RuleDetails::Kind ConditionBuilder::ruleKind() const
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    return file ? file->rule.rule.kind : RuleDetails::Kind::Required;
}

const ConditionList &ConditionBuilder::conditions() const
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    return file && isBooleanRule(file->rule) ? file->rule.rule.boolean.conditions : emptyConditions();
}

bool ConditionBuilder::defaultValue() const
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    return file ? file->rule.rule.boolean.defaultValue : false;
}

void ConditionBuilder::refresh()
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || !isBooleanRule(file->rule)) {
        if (m_topList) {
            delete m_topList;
            m_topList = nullptr;
            m_shape.clear();
        }
        return;
    }
    if (!m_topList || shapeOf(conditions()) != m_shape) {
        rebuild();
        return;
    }
    m_topList->showConditions(conditions());
    m_topList->updateActions();
    setConditionFindings(m_findings);
    restoreFocus();
}

void ConditionBuilder::rebuild()
{
    if (m_topList) {
        m_topList->hide();
        if (m_dragging)
            m_topList->deleteLater();
        else
            delete m_topList;
        m_topList = nullptr;
    }
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || !isBooleanRule(file->rule)) {
        m_shape.clear();
        return;
    }
    m_shape = shapeOf(conditions());
    m_topList = new ConditionListWidget(*this, {}, conditions(), this);
    layout()->addWidget(m_topList);
    m_topList->show(); // now, not at the next event loop pass: focus and findings need it visible
    m_topList->updateActions();
    setConditionFindings(m_findings);
    restoreFocus();
    emit rebuilt();
}

ConditionItemWidget *ConditionBuilder::itemAt(const ConditionPath &path) const
{
    ConditionListWidget *list = m_topList;
    ConditionItemWidget *item = nullptr;
    for (std::size_t index : path) {
        if (!list || index >= list->items().size())
            return nullptr;
        item = list->items()[index];
        auto *group = qobject_cast<ConditionGroupBox *>(item);
        list = group ? group->list() : nullptr;
    }
    return item;
}

void ConditionBuilder::setConditionFindings(const std::map<ConditionPath, FindingLines> &findings)
{
    m_findings = findings;
    if (!m_topList)
        return;
    // A finding about a condition that is not shown (yet) goes to the nearest one that is.
    std::map<ConditionItemWidget *, FindingLines> byItem;
    for (const auto &[path, lines] : findings) {
        ConditionPath at = path;
        ConditionItemWidget *item = itemAt(at);
        while (!item && !at.empty()) {
            at.pop_back();
            item = itemAt(at);
        }
        if (!item)
            continue;
        FindingLines &target = byItem[item];
        target.lines << lines.lines;
        target.hasError = target.hasError || lines.hasError;
    }
    const std::function<void(ConditionListWidget *)> apply = [&](ConditionListWidget *list) {
        for (ConditionItemWidget *item : list->items()) {
            const auto found = byItem.find(item);
            if (found == byItem.end())
                item->setFindings({}, false);
            else
                item->setFindings(found->second.lines, found->second.hasError);
            if (auto *group = qobject_cast<ConditionGroupBox *>(item))
                apply(group->list());
        }
    };
    apply(m_topList);
}

void ConditionBuilder::beginDrag()
{
    m_dragging = true;
}

void ConditionBuilder::endDrag()
{
    m_dragging = false;
    if (!m_pendingDrop)
        return;
    // Out of the dragged widget's event handler first: the drop may rebuild it away.
    QTimer::singleShot(0, this, [this] {
        if (auto drop = std::exchange(m_pendingDrop, std::nullopt))
            dropCondition(drop->from, drop->toList, drop->index);
    });
}

QString ConditionBuilder::dragSource() const
{
    return QString::number(reinterpret_cast<quintptr>(this), 16);
}

void ConditionBuilder::restoreFocus()
{
    if (!m_pendingFocus || !m_topList)
        return;
    const FocusTarget focus = *std::exchange(m_pendingFocus, std::nullopt);
    QWidget *target = nullptr;
    if (focus.control == Focus::AddComparison) {
        ConditionListWidget *list = m_topList;
        if (!focus.path.empty())
            if (auto *group = qobject_cast<ConditionGroupBox *>(itemAt(focus.path)))
                list = group->list();
        target = list->addComparisonButton();
    } else if (ConditionItemWidget *item = itemAt(focus.path)) {
        switch (focus.control) {
        case Focus::MoveUp:
            target = item->moveUpButton();
            break;
        case Focus::MoveDown:
            target = item->moveDownButton();
            break;
        case Focus::Remove:
            target = item->removeButton();
            break;
        default:
            target = item->primaryControl();
            break;
        }
        if (target && !target->isEnabled())
            target = item->primaryControl();
    }
    if (target && target->isEnabled())
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace cw::ui
