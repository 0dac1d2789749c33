#pragma once
// A pseudo-translation: every message in accented letters and about 40% longer ("Save" becomes
// "Ŝåvé [one]"), so that text which is not translated stands out, and so does a widget too narrow
// for a longer language. Placeholders (%1, %n, %L2), mnemonics, HTML tags and entities are kept.

#include "ts_catalog.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QXmlStreamWriter>

namespace cw::ui::test {

// The accent that marks a pseudo-translated letter.
inline bool isPseudoLetter(QChar c)
{
    static const QString accented = QString::fromUtf8("åéïöüçñŝýÅÉÏÖÜÇÑŜÝ");
    return accented.contains(c);
}

inline QString pseudoText(const QString &source)
{
    static const QHash<QChar, QChar> accents = [] {
        const QString plain = QStringLiteral("aeioucnsyAEIOUCNSY");
        const QString accented = QString::fromUtf8("åéïöüçñŝýÅÉÏÖÜÇÑŜÝ");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], accented[i]);
        return map;
    }();
    QString text;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('%')) { // %1, %n, %L1: copied as they are
            qsizetype end = i + 1;
            if (end < source.size() && source[end] == QLatin1Char('L'))
                ++end;
            while (end < source.size() && (source[end].isDigit() || source[end] == QLatin1Char('n')))
                ++end;
            text += source.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == QLatin1Char('<') ||
            (c == QLatin1Char('&') && source.indexOf(QLatin1Char(';'), i) > i &&
             source.indexOf(QLatin1Char(';'), i) - i < 8 &&
             !source.mid(i, source.indexOf(QLatin1Char(';'), i) - i).contains(QLatin1Char(' ')))) {
            const QChar close = c == QLatin1Char('<') ? QLatin1Char('>') : QLatin1Char(';');
            const qsizetype end = source.indexOf(close, i);
            if (end > i) { // a tag or an entity: copied as it is
                text += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c.isLetter())
            ++letters;
        text += accents.value(c, c);
    }
    // About 40% longer, in words a reader recognises as padding.
    static const QStringList filler{QStringLiteral("one"),   QStringLiteral("two"),  QStringLiteral("three"),
                                    QStringLiteral("four"),  QStringLiteral("five"), QStringLiteral("six"),
                                    QStringLiteral("seven"), QStringLiteral("eight")};
    if (letters == 0)
        return text;
    const qsizetype wanted = qMax<qsizetype>(3, (source.size() * 4 + 9) / 10);
    QString padding;
    for (qsizetype i = 0; padding.size() < wanted; ++i)
        padding += (padding.isEmpty() ? QString() : QStringLiteral(" ")) + filler[i % filler.size()];
    // Before trailing white space, so that " and " stays a word between spaces.
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return text.left(end) + QStringLiteral(" [") + padding + QLatin1Char(']') + text.mid(end);
}

// Writes the pseudo-translation of `messages` as a .ts file (English plural rules: two forms).
inline bool writePseudoCatalog(const TsCatalog &messages, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en_US"));
    for (const TsMessage &message : messages.messages) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), message.context);
        xml.writeStartElement(QStringLiteral("message"));
        if (message.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), message.comment);
        xml.writeStartElement(QStringLiteral("translation"));
        if (message.numerus) {
            // "(s)" resolved per form first, as the English catalogue does.
            QString one = message.source;
            QString many = message.source;
            xml.writeTextElement(QStringLiteral("numerusform"),
                                 pseudoText(one.replace(QLatin1String("(s)"), QString())));
            xml.writeTextElement(QStringLiteral("numerusform"),
                                 pseudoText(many.replace(QLatin1String("(s)"), QLatin1String("s"))));
        } else {
            xml.writeCharacters(pseudoText(message.source));
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
        xml.writeEndElement(); // context
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError();
}

// lrelease: .ts to .qm. Returns lrelease's complaint, or "" on success.
inline QString releaseCatalog(const QString &ts, const QString &qm)
{
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(CASEWRIGHT_LRELEASE),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    if (!lrelease.waitForFinished(60000) || lrelease.exitStatus() != QProcess::NormalExit ||
        lrelease.exitCode() != 0)
        return QStringLiteral("lrelease failed: ") + QString::fromLocal8Bit(lrelease.readAll());
    return {};
}

} // namespace cw::ui::test
