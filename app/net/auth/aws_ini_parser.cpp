#include "auth/aws_ini_parser.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace cw::net {

namespace {

cw::Error syntaxError(const QString &path, int line, const QString &section, const QString &message)
{
    return cw::makeError("aws.config-syntax", message.toStdString(),
                         cw::Location{path.toStdString(),
                                      {},
                                      line,
                                      1,
                                      section.isEmpty() ? std::string() : "[" + section.toStdString() + "]"});
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';'));
}

// Index of the first '=' or ':', whichever comes first; -1 when there is neither.
qsizetype delimiterIndex(const QString &line)
{
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (equals < 0)
        return colon;
    if (colon < 0)
        return equals;
    return std::min(equals, colon);
}

} // namespace

const IniSection *IniFile::find(const QString &name) const
{
    for (const IniSection &section : sections) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

cw::Result<IniFile> parseIni(const QByteArray &text, const QString &path)
{
    IniFile file;
    file.path = path;
    file.exists = true;
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    const QStringList lines = content.split(QLatin1Char('\n'));

    IniSection *section = nullptr;
    QString lastKey; // the key an indented line continues
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = static_cast<int>(index + 1);
        QString line = lines[index];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;
        const bool indented = line.front().isSpace();

        if (indented && section && !lastKey.isEmpty()) {
            if (section->values.value(lastKey).isEmpty() || section->nested.contains(lastKey)) {
                const qsizetype delimiter = delimiterIndex(trimmed);
                if (delimiter <= 0)
                    return syntaxError(
                        path, lineNumber, section->name,
                        QStringLiteral("Expected 'name = value' in the block under '%1'.").arg(lastKey));
                section->nested[lastKey].insert(trimmed.left(delimiter).trimmed().toLower(),
                                                trimmed.mid(delimiter + 1).trimmed());
                section->values.remove(lastKey);
            } else {
                section->values[lastKey] += QLatin1Char('\n') + trimmed;
            }
            continue;
        }

        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')) || trimmed.size() < 3)
                return syntaxError(
                    path, lineNumber, {},
                    QStringLiteral("A section header must look like [name]: '%1'.").arg(trimmed));
            const QString name = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (const IniSection *earlier = file.find(name))
                return syntaxError(
                    path, lineNumber, name,
                    QStringLiteral("Section [%1] appears twice (first at line %2); merge them.")
                        .arg(name)
                        .arg(earlier->line));
            file.sections.append(IniSection{name, lineNumber, {}, {}, {}});
            section = &file.sections.last();
            lastKey.clear();
            continue;
        }

        if (!section)
            return syntaxError(path, lineNumber, {},
                               QStringLiteral("'%1' is outside of any [section]; put it under [default] or "
                                              "[profile name].")
                                   .arg(trimmed.left(trimmed.indexOf(QLatin1Char('=')))));
        const qsizetype delimiter = delimiterIndex(trimmed);
        if (delimiter <= 0)
            return syntaxError(path, lineNumber, section->name,
                               QStringLiteral("Expected 'name = value', found a line without '='."));
        const QString key = trimmed.left(delimiter).trimmed().toLower();
        if (section->valueLines.contains(key))
            return syntaxError(path, lineNumber, section->name,
                               QStringLiteral("'%1' is set twice in [%2] (first at line %3).")
                                   .arg(key, section->name)
                                   .arg(section->valueLines.value(key)));
        section->values.insert(key, trimmed.mid(delimiter + 1).trimmed());
        section->valueLines.insert(key, lineNumber);
        lastKey = key;
    }
    return file;
}

cw::Result<IniFile> readIniFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        IniFile missing;
        missing.path = path;
        return missing;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cw::makeError("aws.config-unreadable",
                             "Cannot read " + path.toStdString() + ": " + file.errorString().toStdString() +
                                 ". Check its permissions.",
                             cw::Location{path.toStdString(), {}, 0, 0, {}});
    return parseIni(file.readAll(), path);
}

} // namespace cw::net
