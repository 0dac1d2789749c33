#pragma once
// The explorer dock: a filter box over the domain tree. Moving the current item (by mouse or
// keyboard) announces what to show in the editor area. From the filter, Down moves into the
// results and Enter opens the first one; in the tree, Enter opens the item (the editor takes the
// focus), Delete deletes a rule (as Rule › Delete Rule…), and the right-click menu opens,
// renames, duplicates, deletes or says where a rule is used. Files the project opened without are
// listed under "Unreadable files", open.

#include <QDockWidget>
#include <QMenu>
#include <QPointer>

class QModelIndex;
class QLineEdit;
class QTreeView;

namespace cw::ui {

class ExplorerFilterProxy;
class ExplorerModel;
class ProjectDocument;

class ExplorerDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ExplorerDock(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Makes the rule current (and visible), as if the user had clicked it.
    void selectRule(const QString &slug);

    ExplorerModel *model() const { return m_model; }
    ExplorerFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // The right-click menu last opened (while it is open), for tests.
    QMenu *contextMenu() const { return m_contextMenu; }

signals:
    void ruleSelected(const QString &slug);
    void templateSelected(const QString &slug);
    void fieldSelected(const QString &fieldId);
    // A file the project opened without (its path relative to the project folder).
    void unreadableSelected(const QString &relative);
    void nothingSelected();
    // Enter (or a double click) on an item: its editor should take the focus.
    void itemOpened();
    // Rule gestures the window carries out (they change the document): Delete, and the menu's.
    void deleteRuleRequested(const QString &slug);
    void renameRuleRequested(const QString &slug);
    void duplicateRuleRequested(const QString &slug);
    void ruleUsageRequested(const QString &slug);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentChanged(const QModelIndex &current);
    void expandDefaults();
    void showContextMenu(const QPoint &position);
    // The first item (not a category heading) the filter lets through.
    QModelIndex firstResult() const;

    ExplorerModel *m_model = nullptr;
    ExplorerFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QPointer<QMenu> m_contextMenu;
    QMetaObject::Connection m_reloaded; // the document read again: the tree opens as before
};

} // namespace cw::ui
