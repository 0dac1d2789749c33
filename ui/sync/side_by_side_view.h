#pragma once
// Mine, theirs and base of one conflicted rule or template, side by side as JSON (sorted keys, so
// the same member sits on the same line). Lines where mine and theirs differ are highlighted in
// both; in base, the lines either side changed.

#include "common/json_text.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cw::ui {

class SideBySideView : public QWidget {
    Q_OBJECT
public:
    enum Pane { Mine = 0, Theirs = 1, Base = 2 };

    explicit SideBySideView(QWidget *parent = nullptr);

    // A null Json shows "(deleted)". Without a base (nothing pulled), the base pane is hidden.
    void showConflict(const Json &mine, const Json &theirs, const Json &base, bool hasBase = true);
    void clear();

    QPlainTextEdit *pane(Pane pane) const { return m_panes[pane]; }
    QString text(Pane pane) const;
    // 0-based numbers of the highlighted lines of one pane.
    QList<int> highlightedLines(Pane pane) const;

private:
    void highlight(Pane pane, const std::vector<bool> &lines, const QColor &color);

    QPlainTextEdit *m_panes[3] = {};
    QLabel *m_titles[3] = {};
    QList<int> m_highlighted[3];
};

} // namespace cw::ui
