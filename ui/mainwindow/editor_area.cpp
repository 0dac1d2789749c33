#include "mainwindow/editor_area.h"

namespace cw::ui {

EditorArea::EditorArea(QWidget *parent) : QStackedWidget(parent) {}

void EditorArea::addPage(const QString &name, QWidget *page)
{
    if (QWidget *previous = m_pages.value(name)) {
        removeWidget(previous);
        previous->deleteLater();
    }
    m_pages.insert(name, page);
    addWidget(page);
}

QWidget *EditorArea::page(const QString &name) const
{
    return m_pages.value(name);
}

void EditorArea::showPage(const QString &name)
{
    if (QWidget *page = m_pages.value(name))
        setCurrentWidget(page);
}

QString EditorArea::currentPageName() const
{
    return m_pages.key(currentWidget());
}

} // namespace cw::ui
