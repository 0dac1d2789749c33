#include "mainwindow/filter_latency_probe.h"

#include "explorer/explorer_dock.h"
#include "mainwindow/main_window.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace cw::ui {

void measureFilterLatency(MainWindow &window)
{
    ExplorerDock *dock = window.explorer();
    QLineEdit *filter = dock->filterEdit();
    // Broad to narrow (every keystroke of "field 04" changes the matches of a 1,000-field domain),
    // a rule query, one that matches nothing, each erased again character by character.
    const QStringList queries = {QStringLiteral("field 04"), QStringLiteral("rule 1"),
                                 QStringLiteral("no such item")};
    std::vector<double> milliseconds;
    QElapsedTimer timer;
    const auto keystroke = [&](const QString &text) {
        timer.start();
        filter->setText(text);
        QCoreApplication::processEvents(); // whatever the change posted (layout requests)
        dock->repaint();                   // paints synchronously, including the tree's relayout
        milliseconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    };
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            keystroke(query.left(length));
        for (qsizetype length = query.size() - 1; length >= 0; --length)
            keystroke(query.left(length));
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("filter-keystrokes %zu\nfilter-ms-median %.3f\nfilter-ms-max %.3f\n", milliseconds.size(),
                milliseconds[milliseconds.size() / 2], milliseconds.back());
    std::fflush(stdout);
}

} // namespace cw::ui
