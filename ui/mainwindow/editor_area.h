#pragma once
// The central area: a stack of pages, one shown at a time -- the start page, the project
// overview, and one page per registered editor (the rule editor; later the template editor,
// the options matrix...). Pages are named, so adding one never renumbers the others.

#include <QMap>
#include <QStackedWidget>

namespace cw::ui {

class EditorArea : public QStackedWidget {
    Q_OBJECT
public:
    explicit EditorArea(QWidget *parent = nullptr);

    void addPage(const QString &name, QWidget *page);
    QWidget *page(const QString &name) const;
    void showPage(const QString &name);
    QString currentPageName() const;

private:
    QMap<QString, QWidget *> m_pages;
};

} // namespace cw::ui
