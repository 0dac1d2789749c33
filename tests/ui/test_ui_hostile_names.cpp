// Names from a hostile project in the designer's own texts (issue #18): a rule whose name is 5 MB
// long and a rule whose name holds an escape sequence, a NUL and a right-to-left override. Every
// label, button, title, tooltip, accessible name and action text the designer shows about them,
// and the confirmation it asks before deleting them, is bounded and holds no control character:
// the names are quoted through ui::userText (ui/common/std_text.h). The name fields of the
// editors hold the whole name, as they must: that is the data being edited, not a message.

#include "common/user_text.h"
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "sample_project_support.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kLongNamed = QStringLiteral("resolution-notes-required-when-closed");
const QString kEscapeNamed = QStringLiteral("subcategories-by-category");
const std::string kLongName(5'000'000, 'N');
const std::string kEscapeName =
    std::string("Red \x1b[31malert\x1b[0m, a NUL ") + '\0' + " here \xe2\x80\xae reversed";
// A message may quote several names and a finding; none may repeat a 5 MB name.
constexpr qsizetype kLongestText = 4000;

bool renameRule(const QString &file, const std::string &name)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    nlohmann::json json = nlohmann::json::parse(in.readAll().toStdString());
    in.close();
    json["name"] = name;
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           out.write(QByteArray::fromStdString(json.dump(2))) > 0;
}

// What is wrong with `text` as something the designer shows, or an empty string.
QString problemOf(const QString &text)
{
    if (text.size() > kLongestText)
        return QStringLiteral("%1 characters").arg(text.size());
    QString flattened = text;
    flattened.remove(QLatin1Char('\n')).remove(QLatin1Char('\t'));
    if (hasControlCharacters(flattened.toStdString()))
        return QStringLiteral("a control character");
    return {};
}

// Every text the window and its widgets show, except what the user edits (line and text edits).
QStringList shownTexts(const QWidget &window)
{
    QStringList texts{window.windowTitle()};
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() && !qobject_cast<QAbstractButton *>(widget))
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip();
    }
    for (QAction *action : window.findChildren<QAction *>())
        texts << action->text() << action->toolTip() << action->statusTip();
    return texts;
}

void verifyBounded(const QStringList &texts, const char *where)
{
    for (const QString &text : texts) {
        const QString problem = problemOf(text);
        QVERIFY2(
            problem.isEmpty(),
            qPrintable(
                QStringLiteral("%1: a text with %2: %3").arg(QLatin1String(where), problem, text.left(200))));
    }
}
} // namespace

class TestHostileNames : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-tests"));
        MessageBox::setScripted(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("hostile"));
        QVERIFY(test::copySampleProject(m_project));
        QVERIFY(renameRule(m_project + QStringLiteral("/rules/") + kLongNamed + QStringLiteral(".json"),
                           kLongName));
        QVERIFY(renameRule(m_project + QStringLiteral("/rules/") + kEscapeNamed + QStringLiteral(".json"),
                           kEscapeName));
    }

    void everyTextAboutTheNamesIsBoundedAndEscaped()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        QCOMPARE(window.document()->rule(kLongNamed)->rule.name, kLongName); // nothing was cut on load
        verifyBounded(shownTexts(window), "opened");

        for (const QString &slug : {kLongNamed, kEscapeNamed}) {
            window.explorer()->selectRule(slug);
            QApplication::processEvents();
            verifyBounded(shownTexts(window), qPrintable(slug));
            // The confirmation quotes the name; Cancel keeps the rule.
            MessageBox::clearTranscript();
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            // Delete in the explorer asks what the Rule menu asks, for every kind of rule.
            window.explorer()->view()->setFocus();
            QTest::keyClick(window.explorer()->view(), Qt::Key_Delete);
            QCOMPARE(MessageBox::transcript().size(), 1);
            verifyBounded(MessageBox::transcript(), "the delete confirmation");
            QVERIFY(MessageBox::transcript().front().contains(QStringLiteral("characters)")) ||
                    slug == kEscapeNamed);
            QVERIFY(window.document()->rule(slug));
        }
        // Deleted: the undo action names the rule.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(window.explorer()->view(), Qt::Key_Delete);
        QVERIFY(!window.document()->rule(kEscapeNamed));
        QVERIFY(window.undoAction()->text().contains(QStringLiteral("\\x1b[31malert")));
        verifyBounded(shownTexts(window), "after the delete");
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
    }
};

QTEST_MAIN(TestHostileNames)
#include "test_ui_hostile_names.moc"
