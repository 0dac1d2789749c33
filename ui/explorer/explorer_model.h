#pragma once
// The domain explorer's tree: Fields (name, type, options), Templates (name, status, rules) and
// Rules (name, kind, where used), under one top-level row each, and -- only while there are some --
// the files the project opened without (Unreadable files: the file and its error). Rows are
// computed once per change
// of the document, including the lower-case text the filter searches, so filtering never
// re-reads the domain.

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>
#include <vector>

namespace cw::ui {

class ProjectDocument;

class ExplorerModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Category { Fields = 0, Templates = 1, Rules = 2, Unreadable = 3 };
    enum class ItemKind { Category, Field, Template, Rule, Unreadable };
    enum Column { NameColumn, TypeColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // ItemKind as int
        KeyRole,                     // field id, template or rule slug, unreadable file's path
        SearchTextRole,              // lower-case text the filter matches
    };

    explicit ExplorerModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex categoryIndex(Category category) const;
    // The row of a rule or template slug, or of a field id; invalid when there is none.
    QModelIndex itemIndex(ItemKind kind, const QString &key) const;

private:
    struct Row {
        QString key;
        QString columns[ColumnCount];
        QString toolTip;
        QString search;
        int severity = 0; // 0 none, 1 warnings, 2 errors
    };

    std::vector<Row> &rowsOf(Category category);
    const std::vector<Row> &rowsOf(Category category) const;
    void rebuildAll();
    std::vector<Row> fieldRows() const;
    std::vector<Row> templateRows() const;
    std::vector<Row> ruleRows() const;
    std::vector<Row> unreadableRows() const;
    int categoryCount() const;
    void rebuild(); // the document was read again from disk
    void ruleChanged(const QString &slug);
    void templateChanged(const QString &slug);
    void rulesReset();
    void findingsChanged();
    // Replaces a category's rows of the same count, announcing the changed ones.
    void refreshRows(Category category, std::vector<Row> rows);

    QPointer<ProjectDocument> m_document;
    std::vector<Row> m_rows[4];
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace cw::ui
