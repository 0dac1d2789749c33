#pragma once
// The visual condition builder of a required/hidden rule: the ordered list of conditions (the
// first that is true decides), each a comparison or an all-of/any-of group, rearranged with
// move up/down buttons or by dragging. Every gesture becomes one undoable edit of the document's
// rule; the widgets are then brought up to date from the document, in place while only values
// change (so typing keeps focus), rebuilt when conditions are added, removed or moved.

#include "editing/condition_edits.h"
#include "editing/condition_limits.h"
#include "editing/hidden_reading.h"
#include "rules/rule_finding_map.h"

#include <QStandardItemModel>
#include <QWidget>
#include <map>
#include <optional>

namespace cw::ui {
using editing::ConditionList;
using editing::ConditionOperator;
using editing::ConditionPath;
using editing::HiddenReading;
using editing::Permission;

class ProjectDocument;
class ConditionItemWidget;
class ConditionListWidget;

class ConditionBuilder : public QWidget {
    Q_OBJECT
public:
    explicit ConditionBuilder(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Shows the conditions of a required/hidden rule; an empty slug (or another kind) clears it.
    void setRule(const QString &slug);
    QString ruleSlug() const { return m_slug; }
    void setReading(HiddenReading reading);
    HiddenReading reading() const { return m_reading; }
    // Brings the widgets up to date with the document's rule.
    void refresh();
    // Findings per condition path, shown under the condition they concern.
    void setConditionFindings(const std::map<ConditionPath, FindingLines> &findings);

    // The widgets, for the rule editor, accessibility and tests.
    ConditionListWidget *topList() const { return m_topList; }
    ConditionItemWidget *itemAt(const ConditionPath &path) const;

    // Context for the item widgets.
    const DomainSnapshot &context() const;
    RuleDetails::Kind ruleKind() const;
    const ConditionList &conditions() const;
    bool defaultValue() const;
    QStandardItemModel *fieldModel() { return &m_fields; }

    // Edits, called by the item widgets.
    void chooseField(const ConditionPath &path, const std::string &fieldId);
    void chooseOperator(const ConditionPath &path, ConditionOperator op);
    void editValue(const ConditionPath &path, const Value &value, bool typing);
    void chooseResult(const ConditionPath &path, bool result);
    void chooseGroupKind(const ConditionPath &path, Condition::Kind kind);
    void removeCondition(const ConditionPath &path);
    void moveCondition(const ConditionPath &path, int delta);
    void dropCondition(const ConditionPath &from, const ConditionPath &toList, std::size_t index);
    void addComparison(const ConditionPath &listPath);
    void addGroup(const ConditionPath &listPath, Condition::Kind kind);

    Permission permissionToAddComparison() const;
    Permission permissionToAddGroup(const ConditionPath &listPath) const;
    Permission permissionToDrop(const ConditionPath &from, const ConditionPath &toList) const;

    // A drag in progress defers drops until it has ended, so the dragged widget is not rebuilt
    // away while QDrag::exec() still runs on its stack.
    void beginDrag();
    void endDrag();
    // Identifies this builder in drag data, so conditions are not dropped into another rule.
    QString dragSource() const;

signals:
    void rebuilt();

private:
    enum class Focus { Field, MoveUp, MoveDown, Remove, AddComparison };
    struct FocusTarget {
        ConditionPath path;
        Focus control = Focus::Field;
    };
    struct PendingDrop {
        ConditionPath from;
        ConditionPath toList;
        std::size_t index = 0;
    };

    // Applies `change` to a copy of the rule's conditions and pushes the result as one edit.
    template <typename Change>
    void edit(const QString &description, Change change, const QString &mergeKey = {},
              std::optional<FocusTarget> focus = std::nullopt);
    void rebuild();
    void restoreFocus();
    bool newComparisonResult(const ConditionPath &listPath) const;

    ProjectDocument *m_document = nullptr;
    QString m_slug;
    HiddenReading m_reading = HiddenReading::ShowWhen;
    QStandardItemModel m_fields;
    ConditionListWidget *m_topList = nullptr;
    QString m_shape;
    std::map<ConditionPath, FindingLines> m_findings;
    std::optional<FocusTarget> m_pendingFocus;
    bool m_dragging = false;
    std::optional<PendingDrop> m_pendingDrop;
};

} // namespace cw::ui
