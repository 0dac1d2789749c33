// The designer in a pseudo-language: every message accented and ~40% longer (pseudo_translation.h),
// generated from the messages lupdate finds in the code now. Rendered to
// <build>/screenshots/pseudo-*.png for a person to look at, and checked: no label, button, check
// box, radio button or group-box title of the main views is narrower than its text (unless it
// wraps), the window does not have to grow past its size, and the menus show no text that escaped
// translation.

#include "dialogs/message_box.h"
#include "explorer/explorer_dock.h"
#include "i18n/translators.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "pseudo_translation.h"
#include "rules/rule_editor.h"
#include "sample_project_support.h"
#include "sync/connect_dialog.h"
#include "sync/publish_dialog.h"
#include "sync/pull_dialog.h"
#include "ui_test_support.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace cw::ui;

namespace {
const QSize kWindowSize(1280, 800);

bool looksTranslated(const QString &text)
{
    for (const QChar c : text)
        if (test::isPseudoLetter(c))
            return true;
    return false;
}

bool hasWords(const QString &text)
{
    int letters = 0;
    for (const QChar c : text)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 2;
}

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(QLatin1String(widget->metaObject()->className()), text);
}

// Labels, buttons, check boxes, radio buttons and group-box titles narrower than their text.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->inherits("QMenu"))
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            // Wrapping labels fit any width by design; an Ignored width policy says "elide me".
            if (label->wordWrap() || label->text().isEmpty() ||
                label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
                continue;
            text = label->text();
            needed = label->sizeHint().width();
        } else if (qobject_cast<QPushButton *>(widget) || qobject_cast<QCheckBox *>(widget) ||
                   qobject_cast<QRadioButton *>(widget)) {
            auto *button = static_cast<QAbstractButton *>(widget);
            if (button->text().isEmpty())
                continue;
            text = button->text();
            needed = button->sizeHint().width();
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            if (box->title().isEmpty())
                continue;
            text = box->title();
            needed = box->minimumSizeHint().width();
        } else {
            continue;
        }
        if (widget->width() < needed)
            clipped << describe(widget, text) +
                           QStringLiteral(": %1 px wide, needs %2").arg(widget->width()).arg(needed);
    }
    return clipped;
}

// Visible texts that are not pseudo-translated. Most are data (rule, field and template names,
// paths), so they are reported, not failed, except where there is no data: see menusAreTranslated.
QStringList untranslatedTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            text = box->title();
        if (hasWords(text) && !looksTranslated(text))
            texts << describe(widget, text);
    }
    return texts;
}
} // namespace

class TestPseudoLocale : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    QTranslator m_pseudo;
    QString m_screenshots;

    void render(QWidget *widget, const QString &name)
    {
        test::settleLayouts();
        // "pseudo-overview.png"; the real languages pass "de-rule" and are saved as such.
        const bool pseudo =
            QCoreApplication::translate("cw::ui::MainWindow", "&File").contains(QChar(0x00e9));
        const QString path = m_screenshots + QLatin1Char('/') +
                             (pseudo ? QStringLiteral("pseudo-") : QString()) + name + QStringLiteral(".png");
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        const QStringList untranslated = pseudo ? untranslatedTexts(widget) : QStringList();
        if (!untranslated.isEmpty())
            qInfo("%s: not pseudo-translated (data, or a string outside tr()):\n  %s", qPrintable(name),
                  qPrintable(untranslated.join(QStringLiteral("\n  "))));
    }

    void checkFits(QWidget *widget)
    {
        const QStringList clipped = clippedTexts(widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void checkWindowKeepsItsSize(const QMainWindow &window)
    {
        QVERIFY2(window.minimumSizeHint().width() <= kWindowSize.width(),
                 qPrintable(QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().width())));
        QCOMPARE(window.size(), kWindowSize);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("i18n-pseudo-tests"));
        QSettings().clear();
        MessageBox::setScripted(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("support-centre"));
        QVERIFY(test::copySampleProject(m_project));
        m_screenshots = QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(m_screenshots));

        QString error;
        const auto messages = test::extractMessagesFromCode(QDir(m_dir.path()), &error);
        QVERIFY2(messages, qPrintable(error));
        const QString ts = m_dir.filePath(QStringLiteral("casewright_pseudo.ts"));
        const QString qm = m_dir.filePath(QStringLiteral("casewright_pseudo.qm"));
        QVERIFY(test::writePseudoCatalog(*messages, ts));
        const QString complaint = test::releaseCatalog(ts, qm);
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        QVERIFY(m_pseudo.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_pseudo); }

    void thePseudoTextIsLongerAndKeepsPlaceholders()
    {
        const QString text = test::pseudoText(QStringLiteral("&Save %1 of %n <b>rules</b>"));
        QVERIFY(text.startsWith(QString::fromUtf8("&Ŝåvé %1 öf %n <b>rüléŝ</b> [")));
        QVERIFY(text.size() >= 26 * 14 / 10);
        QCOMPARE(test::pseudoText(QStringLiteral("%1")), QStringLiteral("%1"));
        QVERIFY(looksTranslated(text));
        QVERIFY(!looksTranslated(QStringLiteral("Save")));
    }

    void theClippingCheckNoticesANarrowWidget()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label much wider than the room it has"), &window);
        auto *wrapped =
            new QLabel(QStringLiteral("A wrapping label much wider than the room it has"), &window);
        wrapped->setWordWrap(true);
        auto *box = new QGroupBox(QStringLiteral("A group box title much wider than its box"), &window);
        for (QWidget *widget :
             {static_cast<QWidget *>(label), static_cast<QWidget *>(wrapped), static_cast<QWidget *>(box)})
            widget->setGeometry(0, 0, 40, 40);
        window.show();
        const QStringList clipped = clippedTexts(&window);
        QCOMPARE(clipped.size(), 2);
        QVERIFY(clipped[0].contains(QStringLiteral("A label much wider")));
        QVERIFY(clipped[1].contains(QStringLiteral("group box title")));
    }

    void menusAreTranslated()
    {
        MainWindow window;
        QStringList untranslated;
        for (QAction *menuAction : window.menuBar()->actions()) {
            if (!looksTranslated(menuAction->text()))
                untranslated << menuAction->text();
            for (QAction *action : menuAction->menu()->actions()) {
                // Separators, language names (never translated) and recent folders are not messages.
                if (action->isSeparator() || !action->data().isNull() || !hasWords(action->text()))
                    continue;
                if (!looksTranslated(action->text()))
                    untranslated << menuAction->text() + QStringLiteral(" > ") + action->text();
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void theStartPageFits()
    {
        MainWindow window;
        window.resize(kWindowSize);
        window.show();
        render(&window, QStringLiteral("start"));
        checkFits(&window);
        checkWindowKeepsItsSize(window);
        const QStringList untranslated =
            untranslatedTexts(window.editorArea()->page(QStringLiteral("start")));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void theProjectViewsFit_data()
    {
        QTest::addColumn<QString>("rule"); // "" for the overview
        QTest::newRow("overview") << QString();
        QTest::newRow("rule-required") << QStringLiteral("resolution-notes-required-when-closed");
        QTest::newRow("rule-nested") << QStringLiteral("knowledge-article-required-for-technical-fixes");
        QTest::newRow("rule-hidden") << QStringLiteral("escalation-reason-shown-for-high-priority");
        QTest::newRow("rule-options") << QStringLiteral("subcategories-by-category");
        QTest::newRow("template") << QStringLiteral("template:customer-support");
    }

    void theProjectViewsFit()
    {
        QFETCH(QString, rule);
        MainWindow window;
        window.resize(kWindowSize);
        window.show();
        QVERIFY(window.openProject(m_project));
        if (rule.startsWith(QStringLiteral("template:"))) {
            emit window.explorer()->templateSelected(rule.mid(9)); // as a click in the explorer does
            QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:template"));
        } else if (!rule.isEmpty()) {
            window.explorer()->selectRule(rule); // the rule editor, or the options editor
            QVERIFY(window.editorArea()->currentPageName().startsWith(QStringLiteral("editor:")));
        }
        render(&window, QString::fromLatin1(QTest::currentDataTag()));
        checkFits(&window);
        checkWindowKeepsItsSize(window);
    }

    // The real translations too: German runs longest, Japanese needs other glyphs.
    void theTranslatedViewsFit_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "fr", "es", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void theTranslatedViewsFit()
    {
        QFETCH(QString, code);
        QCoreApplication::removeTranslator(&m_pseudo);
        i18n::setTranslationsDirectory(QStringLiteral(CASEWRIGHT_TRANSLATIONS_DIR));
        QVERIFY(i18n::setLanguage(code).ok());
        const auto restore = qScopeGuard([this] {
            QVERIFY(i18n::setLanguage(QStringLiteral("en")).ok());
            QCoreApplication::installTranslator(&m_pseudo);
        });
        for (const QString &rule :
             {QString(), QStringLiteral("knowledge-article-required-for-technical-fixes")}) {
            MainWindow window;
            window.resize(kWindowSize);
            window.show();
            QVERIFY(window.openProject(m_project));
            if (!rule.isEmpty())
                window.explorer()->selectRule(rule);
            render(&window, code + (rule.isEmpty() ? QStringLiteral("-overview") : QStringLiteral("-rule")));
            checkFits(&window);
            checkWindowKeepsItsSize(window);
        }
    }

    void theDialogsFit_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"connect", "pull", "publish"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void theDialogsFit()
    {
        QFETCH(QString, name);
        std::unique_ptr<QDialog> dialog;
        if (name == QLatin1String("connect"))
            dialog = std::make_unique<ConnectDialog>();
        else if (name == QLatin1String("pull"))
            dialog = std::make_unique<PullDialog>();
        else
            dialog = std::make_unique<PublishDialog>();
        dialog->show();
        render(dialog.get(), name);
        checkFits(dialog.get());
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "test_ui_i18n_pseudo.moc"
