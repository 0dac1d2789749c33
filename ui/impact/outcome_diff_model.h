#pragma once
// An OutcomeDiff as a tree for the Impact of Edits panel, read like `casewright-cli diff-outcomes`:
//   Resolution notes (Customer support)
//     become required          4
//       e439bda2-…                       <- an example case: clicking it shows it in the preview
//       … and 1 more
// Only the changes that happen are listed; every field listed has at least one.

#include "evaluator/outcome_diff.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace cw::ui {

class OutcomeDiffModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TextColumn, CasesColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // an example case row: its case id
        ChangeRole,                    // a change row: its OutcomeChange as int
        CasesRole,                     // a change row: how many cases (qulonglong)
        FieldIdRole,                   // a field row: the field id
        TemplateIdRole,                // a field row: the template id
    };

    explicit OutcomeDiffModel(QObject *parent = nullptr);
    ~OutcomeDiffModel() override;

    void setDiff(const OutcomeDiff &diff);
    void clear();

    // "become required", ... as the panel shows them.
    static QString changeText(OutcomeChange change);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Node *parent = nullptr;
        int row = 0;
        QString text;
        QString toolTip;
        QVariant cases;  // change rows
        QVariant change; // change rows
        QString caseId;  // example rows
        QString fieldId; // field rows
        QString templateId;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(std::unique_ptr<Node> child);
    };
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace cw::ui
