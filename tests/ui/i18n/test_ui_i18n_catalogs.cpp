// The translation catalogues (translations/casewright_<code>.ts): every message of every language
// is translated and finished, keeps the source's placeholders and mnemonic, has the plural forms
// its language needs; and -- the completeness check CI relies on -- every message lupdate finds
// in the code now (ui/, main.cpp included) is in every catalogue. A new tr() string fails this test
// until `cmake --build BUILD --target update_translations` has run and the string is translated.

#include "ts_catalog.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw::ui::test;

namespace {
const QString kTranslations = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/translations");

struct LanguageRules {
    const char *code;
    const char *tsLanguage; // what lupdate writes into the TS element
    int pluralForms;        // Qt's numerus forms for the language
};
constexpr LanguageRules kLanguages[] = {
    {"en", "en_US", 2}, {"de", "de_DE", 2}, {"fr", "fr_FR", 2}, {"es", "es_ES", 2}, {"ja", "ja_JP", 1},
};

QString catalogPath(const char *code)
{
    return kTranslations + QStringLiteral("/casewright_%1.ts").arg(QLatin1String(code));
}

// %1 ... %99, %L1, %n, %Ln: each must survive translation, or the text loses its numbers.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// "&File" has a mnemonic, "R&&D" and "Q&A " do not.
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

QStringList translationsOf(const TsMessage &message)
{
    return message.numerus ? message.forms : QStringList{message.translation};
}
} // namespace

class TestCatalogs : public QObject {
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kLanguages)); ++i)
            QTest::newRow(kLanguages[i].code) << i;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(int, index);
        const LanguageRules &rules = kLanguages[index];
        QString error;
        const auto catalog = readTsCatalog(catalogPath(rules.code), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->language, QLatin1String(rules.tsLanguage));
        QVERIFY(catalog->messages.size() > 100);

        QStringList problems;
        QSet<QString> keys;
        for (const TsMessage &message : catalog->messages) {
            const auto problem = [&](const QString &what) {
                problems << message.where() + QStringLiteral(": ") + what;
            };
            if (keys.contains(message.key()))
                problem(QStringLiteral("appears twice"));
            keys.insert(message.key());
            if (!message.type.isEmpty())
                problem(QStringLiteral("marked %1").arg(message.type)); // unfinished, vanished, obsolete
            const QStringList texts = translationsOf(message);
            if (message.numerus && texts.size() != rules.pluralForms)
                problem(
                    QStringLiteral("has %1 plural forms, not %2").arg(texts.size()).arg(rules.pluralForms));
            for (const QString &text : texts) {
                if (text.trimmed().isEmpty()) {
                    problem(QStringLiteral("has no translation"));
                    continue;
                }
                if (placeholders(text) != placeholders(message.source))
                    problem(QStringLiteral("\u201c%1\u201d does not keep the placeholders").arg(text));
                if (hasMnemonic(message.source) != hasMnemonic(text))
                    problem(QStringLiteral("\u201c%1\u201d adds or loses the & mnemonic").arg(text));
                if (message.source.endsWith(QChar(0x2026)) != text.endsWith(QChar(0x2026)))
                    problem(QStringLiteral("\u201c%1\u201d adds or loses the \u2026 that announces a dialog")
                                .arg(text));
            }
        }
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (listed above)").arg(problems.size())));
    }

    void everyLanguageHasTheSameMessages()
    {
        QString error;
        const auto english = readTsCatalog(catalogPath("en"), &error);
        QVERIFY2(english, qPrintable(error));
        QSet<QString> englishKeys;
        for (const TsMessage &message : english->messages)
            englishKeys.insert(message.key());
        for (const LanguageRules &rules : kLanguages) {
            const auto catalog = readTsCatalog(catalogPath(rules.code), &error);
            QVERIFY2(catalog, qPrintable(error));
            QSet<QString> keys;
            for (const TsMessage &message : catalog->messages)
                keys.insert(message.key());
            QVERIFY2(keys == englishKeys, rules.code);
        }
    }

    // The CI guard: lupdate over the code as it is now, against every catalogue.
    void everyMessageInTheCodeIsInEveryCatalogue()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        const auto fromCode = extractMessagesFromCode(QDir(directory.path()), &error);
        QVERIFY2(fromCode, qPrintable(error));
        QVERIFY2(fromCode->messages.size() > 100, "lupdate found almost nothing: is the source tree there?");

        QStringList missing;
        for (const LanguageRules &rules : kLanguages) {
            const auto catalog = readTsCatalog(catalogPath(rules.code), &error);
            QVERIFY2(catalog, qPrintable(error));
            for (const TsMessage &message : fromCode->messages) {
                const TsMessage *translated = catalog->find(message.key());
                if (!translated)
                    missing << QStringLiteral("%1 has no %2").arg(QLatin1String(rules.code), message.where());
                else if (!translated->type.isEmpty() || translationsOf(*translated).join(QString()).isEmpty())
                    missing << QStringLiteral("%1 does not translate %2")
                                   .arg(QLatin1String(rules.code), message.where());
                else if (translated->numerus != message.numerus)
                    missing << QStringLiteral("%1 has %2 without its plural forms")
                                   .arg(QLatin1String(rules.code), message.where());
            }
        }
        for (const QString &message : missing)
            qWarning("%s", qPrintable(message));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 messages need translating (listed above): run the "
                                           "update_translations target, then translate them in translations/")
                                .arg(missing.size())));
    }

    // lupdate reads "\u201cany" as a five-digit escape, so the message it extracts differs from
    // the one the program asks for, and the translation is never used: split such literals.
    void noEscapeIsFollowedByAHexDigit()
    {
        static const QRegularExpression escape(QStringLiteral("\\\\u[0-9a-fA-F]{4}[0-9a-fA-F]"));
        QStringList found;
        for (const QString &directory : translatedSourceDirs()) {
            QDirIterator it(directory, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                int line = 0;
                while (!file.atEnd()) {
                    ++line;
                    const QString text = QString::fromUtf8(file.readLine());
                    if (text.contains(escape))
                        found << QStringLiteral("%1:%2: %3").arg(it.filePath()).arg(line).arg(text.trimmed());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // lupdate files a tr() outside a class under the enclosing namespace; a local tr() wrapper
    // that translates in another context is never translated at run time.
    void localTrWrappersUseTheContextLupdateSees()
    {
        static const QRegularExpression wrapper(
            QStringLiteral("QString tr\\(const char \\*[^)]*\\)\\s*\\{[^}]*?translate\\(\"([^\"]*)\""));
        QStringList wrong;
        int wrappers = 0;
        for (const QString &directory : translatedSourceDirs()) {
            QDirIterator it(directory, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = wrapper.globalMatch(text); match.hasNext();) {
                    ++wrappers;
                    const QString context = match.next().captured(1);
                    if (context != QLatin1String("cw::ui"))
                        wrong << QStringLiteral(
                                     "%1: translates in \u201c%2\u201d, lupdate files its messages under "
                                     "\u201ccw::ui\u201d")
                                     .arg(it.filePath(), context);
                }
            }
        }
        QVERIFY(wrappers > 0); // sync/ has one: the pattern still finds them
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The completeness check must be able to fail: a message the catalogues lack is reported.
    void theCompletenessCheckNoticesANewMessage()
    {
        QString error;
        const auto catalog = readTsCatalog(catalogPath("de"), &error);
        QVERIFY2(catalog, qPrintable(error));
        TsMessage added;
        added.context = QStringLiteral("cw::ui::MainWindow");
        added.source = QStringLiteral("A message nobody has translated yet");
        QVERIFY(!catalog->find(added.key()));
        QVERIFY(catalog->find(catalog->messages.front().key()));
    }

    void placeholdersAndMnemonicsAreRecognised()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2, %n rule(s), %L3")),
                 (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n"),
                                QStringLiteral("%L3")}));
        QVERIFY(hasMnemonic(QStringLiteral("&File")));
        QVERIFY(hasMnemonic(QStringLiteral("\u30d5\u30a1\u30a4\u30eb(&F)")));
        QVERIFY(!hasMnemonic(QStringLiteral("R&&D")));
        QVERIFY(!hasMnemonic(QStringLiteral("Tom & Jerry")));
    }
};

QTEST_MAIN(TestCatalogs)
#include "test_ui_i18n_catalogs.moc"
