#include "common/editor_page.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cw::ui {

ScrollingPage makeScrollingPage(QWidget *page, const QString &accessibleName, int spacing)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    ScrollingPage result;
    result.content = new QWidget(scroll);
    scroll->setWidget(result.content);
    result.layout = new QVBoxLayout(result.content);
    result.layout->setContentsMargins(12, 12, 12, 12);
    result.layout->setSpacing(spacing);
    return result;
}

QLabel *makeTitleLabel(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
    return title;
}

} // namespace cw::ui
