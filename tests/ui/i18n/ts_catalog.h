#pragma once
// Reads Qt Linguist .ts files (the XML lupdate writes and translators edit) into a list of
// messages, and runs lupdate over the designer's sources, for the translation tests.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <optional>
#include <vector>

namespace cw::ui::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment;      // the disambiguation tr()'s second argument gives
    bool numerus = false; // tr("%n ...", nullptr, n): one translation per plural form
    QString type;         // the translation's type attribute: "" when finished
    QString translation;  // when not numerus
    QStringList forms;    // when numerus

    // The identity lupdate and QTranslator use: context, source text and disambiguation.
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const { return QStringLiteral("%1: \u201c%2\u201d").arg(context, source); }
};

struct TsCatalog {
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QString sourceLanguage;
    std::vector<TsMessage> messages;

    const TsMessage *find(const QString &key) const
    {
        for (const TsMessage &message : messages)
            if (message.key() == key)
                return &message;
        return nullptr;
    }
};

// The catalogue in `path`; nullopt with `error` set when the file cannot be read or parsed.
inline std::optional<TsCatalog> readTsCatalog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    TsCatalog catalog;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalog.language = xml.attributes().value(QLatin1String("language")).toString();
                catalog.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalog.messages.push_back(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return catalog;
}

// The folders whose code holds the designer's messages: its widgets and the editing layer they
// use (app/editing, which keeps the messages' "cw::ui" contexts).
inline QStringList translatedSourceDirs()
{
    const QString root = QStringLiteral(CASEWRIGHT_SOURCE_DIR);
    return {root + QStringLiteral("/ui"), root + QStringLiteral("/app/editing")};
}

// Every tr() message in the designer's code now: lupdate over those folders (main.cpp included) into a fresh
// catalogue in `directory`. nullopt with `error` set when lupdate fails.
inline std::optional<TsCatalog> extractMessagesFromCode(const QDir &directory, QString *error)
{
    const QString root = QStringLiteral(CASEWRIGHT_SOURCE_DIR);
    const QString output = directory.filePath(QStringLiteral("from_code_en.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CASEWRIGHT_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-I"), root + QStringLiteral("/ui"), QStringLiteral("-I"),
                              root + QStringLiteral("/app")} +
                      translatedSourceDirs() + QStringList{QStringLiteral("-ts"), output});
    if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate (%1) failed: %2")
                     .arg(QStringLiteral(CASEWRIGHT_LUPDATE), QString::fromLocal8Bit(lupdate.readAll()));
        return std::nullopt;
    }
    return readTsCatalog(output, error);
}

} // namespace cw::ui::test
