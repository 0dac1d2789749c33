// Choosing the designer's language: the ui/language setting and the system's languages decide
// which translation is installed; a main window built afterwards shows that language in its
// menus, its status bar (plural forms included) and its dates; the View > Language menu stores
// the choice and offers a restart.

#include "dialogs/message_box.h"
#include "editing/condition_limits.h"
#include "editing/hidden_reading.h"
#include "editing/rule_summary.h"
#include "i18n/language_menu.h"
#include "i18n/languages.h"
#include "i18n/locale_format.h"
#include "i18n/translators.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "sample_project_support.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw::ui;
using namespace cw::editing;

namespace {
QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QMenu *viewMenu(const QMainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.size() > 3 ? menus[3]->menu() : nullptr;
}
} // namespace

class TestLanguages : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("i18n-tests"));
        MessageBox::setScripted(true);
        i18n::setTranslationsDirectory(QStringLiteral(CASEWRIGHT_TRANSLATIONS_DIR));
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("support-centre"));
        QVERIFY(test::copySampleProject(m_project));
    }

    void init()
    {
        QSettings().clear();
        MessageBox::clearTranscript();
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")).ok());
    }

    void systemLanguagesPickTheFirstShippedOne()
    {
        const auto pick = [](std::initializer_list<const char *> names) {
            return i18n::systemLanguage(utf8List(names));
        };
        QCOMPARE(pick({"de-CH", "en-US"}), QStringLiteral("de"));
        QCOMPARE(pick({"pt-BR", "fr-FR", "de"}), QStringLiteral("fr"));
        QCOMPARE(pick({"ja-JP"}), QStringLiteral("ja"));
        QCOMPARE(pick({"es_MX"}), QStringLiteral("es"));
        QCOMPARE(pick({"pt-BR", "it"}), QStringLiteral("en"));
        QCOMPARE(pick({"C"}), QStringLiteral("en"));
        QCOMPARE(pick({}), QStringLiteral("en"));
    }

    void theSettingOverridesTheSystem()
    {
        QCOMPARE(i18n::languageSetting(), QString());
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(i18n::languageSetting(), QString()); // unknown: follow the system
        QCOMPARE(i18n::effectiveLanguage(), i18n::systemLanguage(QLocale::system().uiLanguages()));

        QVERIFY(i18n::setLanguage(QStringLiteral("ja")).ok());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(i18n::effectiveLanguage(), QStringLiteral("ja"));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("ja"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);

        QVERIFY(i18n::setLanguage(QString()).ok()); // back to the system's language
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
        QCOMPARE(i18n::installedLanguage(), i18n::systemLanguage(QLocale::system().uiLanguages()));

        const auto unknown = i18n::setLanguage(QStringLiteral("tlh"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, std::string("i18n.unknown-language"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }

    void installTranslatorsFollowsTheStoredSetting()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        i18n::installTranslators(*qApp);
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("fr"));
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Fichier"));
    }

    void aMissingTranslationIsReported()
    {
        i18n::setTranslationsDirectory(m_dir.filePath(QStringLiteral("nowhere")));
        const auto status = i18n::setLanguage(QStringLiteral("de"));
        i18n::setTranslationsDirectory(QStringLiteral(CASEWRIGHT_TRANSLATIONS_DIR));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, std::string("i18n.missing-translation"));
        QVERIFY(status.error().message.find("casewright_de.qm") != std::string::npos);
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }

    void theWindowSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("edits");     // 0 offline edits: French counts 0 as singular
        QTest::addColumn<QString>("conflicts"); // 1 conflict
        QTest::addColumn<QString>("lastPull");  // 2026-05-02T08:00:00Z, with TZ=UTC
        QTest::newRow("en") << "en" << utf8List({"&File", "&Edit", "&Rule", "&View", "&Help"})
                            << "0 offline edits"
                            << "1 conflict"
                            << "Last pull: 5/2/26 8:00 AM";
        QTest::newRow("de") << "de" << utf8List({"&Datei", "&Bearbeiten", "&Regel", "&Ansicht", "&Hilfe"})
                            << "0 Offline-\u00c4nderungen"
                            << "1 Konflikt"
                            << "Letzter Pull: 02.05.26 08:00";
        QTest::newRow("fr") << "fr"
                            << utf8List({"&Fichier", "\u00c9&dition", "&R\u00e8gle", "A&ffichage", "&Aide"})
                            << "0 modification hors ligne"
                            << "1 conflit"
                            << "Dernier pull\u00a0: 02/05/2026 08:00";
        QTest::newRow("es") << "es" << utf8List({"&Archivo", "&Editar", "&Regla", "&Ver", "Ay&uda"})
                            << "0 cambios sin conexi\u00f3n"
                            << "1 conflicto"
                            << "\u00daltimo pull: 2/5/26 8:00";
        QTest::newRow("ja") << "ja"
                            << utf8List({"\u30d5\u30a1\u30a4\u30eb(&F)", "\u7de8\u96c6(&E)",
                                         "\u30eb\u30fc\u30eb(&R)", "\u8868\u793a(&V)",
                                         "\u30d8\u30eb\u30d7(&H)"})
                            << "\u30aa\u30d5\u30e9\u30a4\u30f3\u7de8\u96c6 0 \u4ef6"
                            << "\u7af6\u5408 1 \u4ef6"
                            << "\u524d\u56de\u306e\u30d7\u30eb: 2026/05/02 8:00";
    }

    void theWindowSpeaksTheChosenLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, menus);
        QFETCH(QString, edits);
        QFETCH(QString, conflicts);
        QFETCH(QString, lastPull);
        QVERIFY(i18n::setLanguage(code).ok());
        QCOMPARE(i18n::installedLanguage(), code);

        // A conflict, so that both a zero and a one are on show.
        const QString project = m_dir.filePath(QStringLiteral("conflict-") + code);
        QVERIFY(test::copySampleProject(project));
        QFile state(project + QStringLiteral("/.casewright/state.json"));
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write(R"({"conflicts": [{"kind": "rule", "slug": "resolution-notes-required-when-closed",
                        "id": "f6e5c101-ac35-5737-849f-9d43f00e9135", "theirs": null}],
                        "lastPullTime": "2026-05-02T08:00:00Z"})");
        state.close();

        MainWindow window;
        QCOMPARE(menuTitles(window), menus);
        QVERIFY(window.openProject(project));
        QCOMPARE(window.projectStatus()->editsLabel()->text(), edits);
        QCOMPARE(window.projectStatus()->conflictsLabel()->text(), conflicts);
        QCOMPARE(window.projectStatus()->lastPullLabel()->text(), lastPull);
    }

    // Text made outside a class (rules/rule_summary.cpp, hidden_reading.cpp) is looked up in the
    // context lupdate files it under: a mismatch would leave it English in every language.
    void textOutsideClassesIsTranslated()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("de")).ok());
        cw::CaseRule hidden;
        hidden.rule.kind = cw::RuleDetails::Kind::Hidden;
        QCOMPARE(summarizeRule(hidden, cw::DomainSnapshot{}),
                 QStringLiteral("Immer angezeigt: Die Regel hat keine Bedingungen."));
        QCOMPARE(conditionsHeading(cw::RuleDetails::Kind::Required),
                 QStringLiteral(
                     "Das Feld erforderlich machen oder nicht, nach der ersten zutreffenden Bedingung:"));
        QVERIFY(i18n::setLanguage(QStringLiteral("ja")).ok());
        QCOMPARE(summarizeRule(hidden, cw::DomainSnapshot{}),
                 QString::fromUtf8("常に表示: このルールには条件がありません。"));
    }

    // Standard buttons ("Close", "Cancel") are Qt's: its own catalogue comes along when installed.
    void qtsOwnStringsFollowTheLanguage()
    {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFileInfo::exists(qtTranslations + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's translations (qt6-translations-l10n) are not installed");
        QVERIFY(i18n::setLanguage(QStringLiteral("de")).ok());
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Close).button(QDialogButtonBox::Close)->text(),
                 QStringLiteral("Schlie\u00dfen"));
    }

    void switchingBackRestoresEnglish()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("de")).ok());
        {
            MainWindow window;
            QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
        }
        QVERIFY(i18n::setLanguage(QStringLiteral("en")).ok());
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
        QCOMPARE(i18n::localizedDateTime(QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC)),
                 QStringLiteral("5/2/26 8:00 AM"));
        QCOMPARE(i18n::localizedDateTime(std::string("not a time")), QStringLiteral("not a time"));
        // No locale at all: ISO 8601 in UTC rather than the C locale's long "short" format.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(i18n::localizedDateTime(std::string("2026-05-02T08:00:00Z")),
                 QStringLiteral("2026-05-02 08:00 UTC"));
    }

    void theLanguageMenuStoresTheChoiceAndOffersARestart()
    {
        MainWindow window;
        QMenu *view = viewMenu(window);
        QVERIFY(view);
        auto *languages = view->findChild<i18n::LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languages);
        QCOMPARE(languages->title(), QStringLiteral("&Language"));
        QVERIFY(languages->actionFor(QString())->isChecked()); // follows the system
        QStringList names;
        for (const i18n::Language &language : i18n::shippedLanguages())
            names << languages->actionFor(language.code)->text();
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"),
                                     QStringLiteral("Fran\u00e7ais"), QStringLiteral("Espa\u00f1ol"),
                                     QStringLiteral("\u65e5\u672c\u8a9e")}));

        QSignalSpy changed(languages, &i18n::LanguageMenu::languageChanged);
        MessageBox::setNextAnswer(QMessageBox::No); // restart later
        languages->actionFor(QStringLiteral("de"))->trigger();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("de"));
        QVERIFY(languages->actionFor(QStringLiteral("de"))->isChecked());
        // The question is asked in the new language, and the window stays open.
        QCOMPARE(MessageBox::transcript().size(), 1);
        QVERIFY2(MessageBox::transcript().front().startsWith(QStringLiteral("Sprache ge\u00e4ndert: ")),
                 qPrintable(MessageBox::transcript().front()));
        QVERIFY(MessageBox::transcript().front().contains(QStringLiteral("Deutsch")));
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);

        // The window built after the change is German; the one open is not rebuilt.
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
        MainWindow rebuilt;
        QCOMPARE(menuTitles(rebuilt).value(0), QStringLiteral("&Datei"));

        // Choosing the language in use again asks nothing.
        MessageBox::clearTranscript();
        languages->actionFor(QStringLiteral("de"))->trigger();
        QVERIFY(MessageBox::transcript().isEmpty());
    }
};

QTEST_MAIN(TestLanguages)
#include "test_ui_i18n_languages.moc"
