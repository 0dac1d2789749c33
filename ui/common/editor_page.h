#pragma once
// What the editor pages (rule, template, field options) share: a frameless scroll area filling the
// page with the editor's content in it, and the bold title at its top.

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace cw::ui {

struct ScrollingPage {
    QWidget *content = nullptr;    // the scrolled widget: the parent of the editor's controls
    QVBoxLayout *layout = nullptr; // its layout, with the pages' 12 px margins
};

// Fills `page` with a scroll area named `accessibleName` (what a screen reader calls the editor).
ScrollingPage makeScrollingPage(QWidget *page, const QString &accessibleName, int spacing);

// The page's title: bold, 1.3 times the font, wrapping.
QLabel *makeTitleLabel(QWidget *parent);

} // namespace cw::ui
