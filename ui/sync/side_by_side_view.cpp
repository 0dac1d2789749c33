#include "sync/side_by_side_view.h"

#include "common/line_diff.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace cw::ui {
namespace {
const QColor kMineColor(0xd4, 0xf5, 0xd4);
const QColor kTheirsColor(0xfd, 0xe2, 0xc4);
const QColor kBaseColor(0xfa, 0xf0, 0xb4);

std::string textOf(const Json &json)
{
    return json.is_null() ? QCoreApplication::translate("cw::ui::SideBySideView", "(deleted)").toStdString()
                          : toJsonText(json);
}
} // namespace

SideBySideView::SideBySideView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString titles[] = {tr("Mine (the project's file)"), tr("Theirs (the service now)"),
                              tr("Base (as last pulled)")};
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int p = 0; p < 3; ++p) {
        m_titles[p] = new QLabel(titles[p], this);
        m_panes[p] = new QPlainTextEdit(this);
        m_panes[p]->setReadOnly(true);
        m_panes[p]->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_panes[p]->setFont(fixed);
        m_panes[p]->setAccessibleName(titles[p]);
        grid->addWidget(m_titles[p], 0, p);
        grid->addWidget(m_panes[p], 1, p);
    }
    // Scrolling one pane scrolls the others: the same member is on the same line in each.
    for (int p = 0; p < 3; ++p)
        for (int q = 0; q < 3; ++q)
            if (p != q)
                connect(m_panes[p]->verticalScrollBar(), &QScrollBar::valueChanged,
                        m_panes[q]->verticalScrollBar(), &QScrollBar::setValue);
}

void SideBySideView::showConflict(const Json &mine, const Json &theirs, const Json &base, bool hasBase)
{
    const std::string texts[] = {textOf(mine), textOf(theirs), textOf(base)};
    std::vector<std::string> lines[3];
    for (int p = 0; p < 3; ++p) {
        lines[p] = splitLines(texts[p]);
        m_panes[p]->setPlainText(QString::fromStdString(texts[p]));
    }
    highlight(Mine, unmatchedLines(lines[Mine], lines[Theirs]), kMineColor);
    highlight(Theirs, unmatchedLines(lines[Theirs], lines[Mine]), kTheirsColor);
    std::vector<bool> baseChanged = unmatchedLines(lines[Base], lines[Mine]);
    const std::vector<bool> changedByThem = unmatchedLines(lines[Base], lines[Theirs]);
    for (std::size_t i = 0; i < baseChanged.size(); ++i)
        baseChanged[i] = baseChanged[i] || changedByThem[i];
    highlight(Base, baseChanged, kBaseColor);
    m_titles[Base]->setVisible(hasBase);
    m_panes[Base]->setVisible(hasBase);
}

void SideBySideView::clear()
{
    for (int p = 0; p < 3; ++p) {
        m_panes[p]->clear();
        m_panes[p]->setExtraSelections({});
        m_highlighted[p].clear();
    }
}

QString SideBySideView::text(Pane pane) const
{
    return m_panes[pane]->toPlainText();
}

QList<int> SideBySideView::highlightedLines(Pane pane) const
{
    return m_highlighted[pane];
}

void SideBySideView::highlight(Pane pane, const std::vector<bool> &lines, const QColor &color)
{
    QList<QTextEdit::ExtraSelection> selections;
    m_highlighted[pane].clear();
    QPlainTextEdit *edit = m_panes[pane];
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i])
            continue;
        const QTextBlock block = edit->document()->findBlockByNumber(int(i));
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
        m_highlighted[pane] << int(i);
    }
    edit->setExtraSelections(selections);
}

} // namespace cw::ui
