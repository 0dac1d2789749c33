#pragma once
// A test's own copy of the sample project open in a designer window, and the edits made to its
// files on disk behind the window's back (a text editor, git), as the folder-watcher tests make them.

#include "explorer/explorer_dock.h"
#include "mainwindow/main_window.h"
#include "rules/rule_editor.h"

#include <QByteArray>
#include <QFile>
#include <QLineEdit>
#include <QString>
#include <QtTest>
#include <memory>

namespace cw::ui::test {

inline QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Written in place: the file keeps its inode (an editor that saves in place, `echo >`).
inline bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The designer at 1280×800 with `project` open; null when it could not open it.
inline std::unique_ptr<MainWindow> openProjectWindow(const QString &project)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    if (!window->openProject(project))
        return nullptr;
    return window;
}

// Types at the end of the rule's name in its editor, as a user would.
inline void typeIntoRuleName(MainWindow &window, const QString &slug, const QString &text)
{
    window.explorer()->selectRule(slug);
    QLineEdit *name = window.ruleEditor()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, text);
}

} // namespace cw::ui::test
