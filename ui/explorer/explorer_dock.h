#pragma once
// The explorer dock: a filter box over the domain tree. Moving the current item (by mouse or
// keyboard) announces what to show in the editor area.

#include <QDockWidget>

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

signals:
    void ruleSelected(const QString &slug);
    void templateSelected(const QString &slug);
    void fieldSelected(const QString &fieldId);
    void nothingSelected();

private:
    void currentChanged(const QModelIndex &current);
    void expandDefaults();

    ExplorerModel *m_model = nullptr;
    ExplorerFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace cw::ui
