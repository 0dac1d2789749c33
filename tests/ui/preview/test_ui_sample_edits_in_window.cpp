// Sample-case edits in the designer window are edits of the one document: typing a value into the
// preview's table marks the window modified, the window's Ctrl+Z undoes it, closing asks one
// question for samples and rules together, and Ctrl+S writes samples/*.json with the rest.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_filter.h"
#include "preview/sample_cases_model.h"
#include "preview_test_support.h"
#include "rules/rule_editor.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int questionsAsked(const QString &title)
{
    int count = 0;
    for (const QString &line : MessageBox::transcript())
        count += line.startsWith(title) ? 1 : 0;
    return count;
}
} // namespace

class TestSampleEditsInWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    QString samplesFile() const { return m_project + QStringLiteral("/samples/support-centre.json"); }

    PreviewPane *preview() const { return m_window->findChild<PreviewPane *>(); }

    // Types `text` over the title of the open login case, as a user does: select the cell, F2 to
    // edit, type, Return.
    void typeTitle(const QString &text)
    {
        PreviewPane *pane = preview();
        QVERIFY(pane);
        QVERIFY(pane->showTemplate(kCustomerSupport));
        SampleCasesModel *model = pane->model();
        const QModelIndex cell = pane->filter()->mapFromSource(
            model->index(model->rowOfCase(kOpenLoginCase), model->columnOf(kTitle)));
        QVERIFY(cell.isValid());
        QTableView *view = pane->casesView();
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY2(editor && editor->isVisible(), "no line editor opened on the title cell");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from the event loop (a queued call), as after a real key press.
        QTRY_COMPARE(model->sampleCase(model->rowOfCase(kOpenLoginCase)).find(kTitle)->text,
                     text.toStdString());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-sample-tests"));
        MessageBox::setScripted(true);
    }

    void init()
    {
        QSettings().clear();
        MessageBox::clearTranscript();
        m_project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(openSampleInWindow(m_window, m_project));
        QVERIFY(!m_window->isWindowModified());
    }

    void cleanup()
    {
        if (m_window && m_window->document() && m_window->document()->isModified()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            m_window->close();
        }
        m_window.reset();
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void aSampleEditMarksTheWindowModified()
    {
        typeTitle(QStringLiteral("Cannot log in at all"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->undoAction()->isEnabled());
    }

    void ctrlZInTheWindowUndoesIt()
    {
        SampleCasesModel *model = preview()->model();
        const std::string before = model->sampleCase(model->rowOfCase(kOpenLoginCase)).find(kTitle)->text;
        typeTitle(QStringLiteral("Typed, then undone"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->sampleCase(model->rowOfCase(kOpenLoginCase)).find(kTitle)->text, before);
        QCOMPARE(m_window->document()->sampleCase(model->rowOfCase(kOpenLoginCase)).find(kTitle)->text,
                 before);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->redoAction()->isEnabled());
    }

    void closingAsksOnce()
    {
        typeTitle(QStringLiteral("Asked about once"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QCOMPARE(MessageBox::transcript().size(), 1);
        QCOMPARE(questionsAsked(QStringLiteral("Save changes?")), 1);

        // Sample and rule edits together: still one question, and Save writes both.
        m_window->explorer()->selectRule(kClosedNotesRule);
        QCOMPARE(m_window->editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QLineEdit *name = m_window->ruleEditor()->nameEdit();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" v4"));
        MessageBox::clearTranscript();
        MessageBox::setNextAnswer(QMessageBox::Save);
        MessageBox::setNextAnswer(QMessageBox::No); // the published rule's file keeps its name
        QVERIFY(m_window->close());
        // One question about unsaved work; the save then asks whether the renamed published
        // rule's file follows its name (a question about git, not about losing work).
        QCOMPARE(questionsAsked(QStringLiteral("Save changes?")), 1);
        QCOMPARE(questionsAsked(QStringLiteral("Rename the files?")), 1);
        QCOMPARE(MessageBox::transcript().size(), 2);
        QVERIFY(fileContent(samplesFile()).contains("Asked about once"));
        QVERIFY(
            fileContent(m_project + QStringLiteral("/rules/") + kClosedNotesRule + QStringLiteral(".json"))
                .contains("Resolution notes required when closed v4"));
    }

    void savingWritesTheSampleFiles()
    {
        typeTitle(QStringLiteral("Saved with the project"));
        QVERIFY(!fileContent(samplesFile()).contains("Saved with the project"));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(fileContent(samplesFile()).contains("Saved with the project"));
        QVERIFY(!m_window->isWindowModified());
    }

    void theRecoveryCopyKeepsSampleEdits()
    {
        typeTitle(QStringLiteral("Kept for recovery"));
        QVERIFY(m_window->document()->writeRecoveryNow());
        m_window.reset(); // gone without a close: as after a crash
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Restore"
        QVERIFY(window.openProject(m_project));
        const ProjectDocument *document = window.document();
        bool found = false;
        for (int row = 0; row < document->sampleCount(); ++row)
            if (document->sampleCase(row).id == kOpenLoginCase)
                found = document->sampleCase(row).find(kTitle)->text == "Kept for recovery";
        QVERIFY(found);
        QVERIFY(window.isWindowModified());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestSampleEditsInWindow)
#include "test_ui_sample_edits_in_window.moc"
