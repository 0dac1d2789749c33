// The README's casewright-cli synopsis and the program's own --help say the same thing: the same
// commands, and every option on either side exists on the other. The manual page and the shell
// completions are generated from --help (packaging/cli), so this keeps all four in step.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {
QString runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEWRIGHT_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The fenced block that starts with "casewright-cli validate": one synopsis line per command.
QStringList readmeSynopsis()
{
    QFile file(QStringLiteral(CASEWRIGHT_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList synopsis;
    bool inBlock = false;
    for (const QString &line : lines) {
        if (!inBlock && line.startsWith(QLatin1String("casewright-cli validate")))
            inBlock = true;
        if (inBlock) {
            if (line.startsWith(QLatin1String("```")))
                break;
            synopsis << line;
        }
    }
    return synopsis;
}

QSet<QString> longOptions(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    QSet<QString> found;
    for (auto match = option.globalMatch(text); match.hasNext();)
        found.insert(match.next().captured());
    return found;
}

// "  validate    check a snapshot…" lines under "Commands:" in the overview.
QStringList overviewCommands(const QString &overview)
{
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : overview.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.trimmed().isEmpty())
            break;
        if (inCommands)
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return commands;
}

// The options section of a command's --help, without Qt's own --help / --help-all.
QSet<QString> helpOptions(const QString &help)
{
    const qsizetype start = help.indexOf(QLatin1String("\nOptions:\n"));
    const qsizetype end = help.indexOf(QLatin1String("\nArguments:\n"));
    QSet<QString> options;
    for (const QString &line : help.mid(start, end < 0 ? -1 : end - start).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("  -")))
            options += longOptions(line.section(QLatin1String("  "), 1, 1));
    options.remove(QStringLiteral("--help"));
    options.remove(QStringLiteral("--help-all"));
    return options;
}
} // namespace

class TestCliReadme : public QObject {
    Q_OBJECT
private slots:
    void readmeListsExactlyTheCommands()
    {
        const QStringList synopsis = readmeSynopsis();
        QVERIFY2(!synopsis.isEmpty(), "README.md has no casewright-cli synopsis block");
        QStringList readmeCommands;
        for (const QString &line : synopsis) {
            const QString command = line.section(QLatin1Char(' '), 1, 1);
            if (!command.startsWith(QLatin1Char('-')))
                readmeCommands << command;
        }
        const QStringList commands = overviewCommands(runCli({QStringLiteral("--help")}));
        QVERIFY(!commands.isEmpty());
        QCOMPARE(QSet<QString>(readmeCommands.begin(), readmeCommands.end()),
                 QSet<QString>(commands.begin(), commands.end()));
    }

    void everyOptionIsOnBothSides_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : overviewCommands(runCli({QStringLiteral("--help")})))
            QTest::newRow(qPrintable(command)) << command;
    }
    void everyOptionIsOnBothSides()
    {
        QFETCH(QString, command);
        QString readmeLine;
        for (const QString &line : readmeSynopsis())
            if (line.section(QLatin1Char(' '), 1, 1) == command)
                readmeLine += line;
        QVERIFY2(!readmeLine.isEmpty(), qPrintable(QStringLiteral("README has no line for ") + command));
        const QString help = runCli({command, QStringLiteral("--help")});
        QVERIFY2(help.startsWith(QLatin1String("Usage: ")), qPrintable(help));
        const QSet<QString> inHelp = helpOptions(help);
        const QSet<QString> inReadme = longOptions(readmeLine);
        QVERIFY2(inReadme - inHelp == QSet<QString>{},
                 qPrintable(QStringLiteral("README names options '%1 --help' does not know: %2")
                                .arg(command, QStringList((inReadme - inHelp).values()).join(u' '))));
        QVERIFY2(inHelp - inReadme == QSet<QString>{},
                 qPrintable(QStringLiteral("'%1 --help' has options the README does not name: %2")
                                .arg(command, QStringList((inHelp - inReadme).values()).join(u' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliReadme)
#include "test_cli_readme.moc"
