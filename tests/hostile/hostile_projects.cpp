#include "hostile_projects.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/stat.h>

namespace cw::hostile {
namespace {

const QString kSampleProject = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project");
const QString kRule = QStringLiteral("rules/resolution-notes-required-when-closed.json");
const QString kOptionsRule = QStringLiteral("rules/subcategories-by-category.json");

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

QString copySample(const QString &root, const QString &name)
{
    const QString target = root + QLatin1Char('/') + name;
    QDirIterator it(kSampleProject, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString copy = target + source.mid(kSampleProject.size());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(source, copy);
    }
    return target;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeObject(const QString &path, const QJsonObject &object)
{
    write(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject equalTo(const QString &fieldId, const QString &value, bool result)
{
    return QJsonObject{{q("equalTo"), QJsonObject{{q("operandOne"), QJsonObject{{q("fieldId"), fieldId}}},
                                                  {q("operandTwo"), QJsonObject{{q("stringValue"), value}}},
                                                  {q("result"), result}}}};
}

// Replaces the required rule's conditions.
void setConditions(const QString &path, const QJsonArray &conditions)
{
    QJsonObject rule = readObject(path);
    QJsonObject details = rule[q("rule")].toObject();
    QJsonObject required = details[q("required")].toObject();
    required[q("conditions")] = conditions;
    details[q("required")] = required;
    rule[q("rule")] = details;
    writeObject(path, rule);
}

} // namespace

std::vector<HostileProject> makeHostileProjects(const QString &root)
{
    std::vector<HostileProject> projects;
    const auto add = [&](const char *name, const QString &culprit, bool loads) -> QString {
        const QString folder = copySample(root, QString::number(projects.size()));
        projects.push_back(HostileProject{q(name), folder, culprit, loads});
        return folder;
    };
    // A valid rule beside the projects, for the link that leads out.
    QFile::copy(kSampleProject + QLatin1Char('/') + kRule, root + q("/outside.json"));

    {
        const QString folder = add("5 MB name", kRule, true);
        QJsonObject rule = readObject(folder + QLatin1Char('/') + kRule);
        rule[q("name")] = QString(5'000'000, QLatin1Char('N'));
        writeObject(folder + QLatin1Char('/') + kRule, rule);
    }
    {
        const QString folder = add("control characters", kRule, true);
        const QString path = folder + QLatin1Char('/') + kRule;
        QJsonObject rule = readObject(path);
        rule[q("name")] =
            QString(q("\x1b[31mRed\x1b[0m \x1b]0;pwned\x07") + QChar(0) + QChar(0x202E) + q("x"));
        writeObject(path, rule);
        setConditions(path, {equalTo(q("f-\x1b[2J\x1b[H"), q("closed"), true)}); // an unknown field: an error
    }
    {
        const QString folder = add("folder named like a rule", q("rules/x.json"), false);
        QDir().mkpath(folder + q("/rules/x.json/inner"));
    }
    {
        const QString folder = add("dangling link", q("rules/dangling.json"), false);
        QFile::link(folder + q("/no-such-rule.json"), folder + q("/rules/dangling.json"));
    }
    {
        const QString folder = add("link loop", q("rules/loop.json"), false);
        QFile::link(folder + q("/rules/loop.json"), folder + q("/rules/loop.json"));
    }
    {
        const QString folder = add("link outside", q("templates/outside.json"), false);
        QFile::link(root + q("/outside.json"), folder + q("/templates/outside.json"));
    }
    {
        const QString folder = add("100,000 conditions", kRule, true);
        QJsonArray conditions;
        for (int i = 0; i < 100'000; ++i)
            conditions.append(equalTo(q("status"), QString::number(i), i % 2 == 0));
        setConditions(folder + QLatin1Char('/') + kRule, conditions);
    }
    {
        const QString folder = add("200,000 mappings", kOptionsRule, true);
        const QString path = folder + QLatin1Char('/') + kOptionsRule;
        QJsonObject rule = readObject(path);
        QJsonObject details = rule[q("rule")].toObject();
        QJsonObject options = details[q("fieldOptions")].toObject();
        QJsonArray mappings;
        for (int i = 0; i < 200'000; ++i)
            mappings.append(QJsonObject{{q("parentFieldOptionValue"), QString::number(i)},
                                        {q("childFieldOptionValues"), QJsonArray{q("a"), q("a")}}});
        options[q("parentChildFieldOptionsMappings")] = mappings;
        details[q("fieldOptions")] = options;
        rule[q("rule")] = details;
        writeObject(path, rule);
    }
    {
        const QString folder = add("bad UTF-8", q("rules/bad-utf8.json"), false);
        write(folder + q("/rules/bad-utf8.json"),
              QByteArray("{\"name\": \"caf\xc3\x28 \xff\xfe\", \"rule\": {\"required\": {\"conditions\": [], "
                         "\"defaultValue\": true}}}"));
    }
    {
        const QString folder = add("binary", q("templates/binary.json"), false);
        QByteArray bytes;
        quint32 state = 2463534242u; // xorshift: the same bytes every run
        for (int i = 0; i < 65536; ++i) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            bytes.append(char(state & 0xFFu));
        }
        write(folder + q("/templates/binary.json"), bytes);
    }
    {
        const QString folder = add("empty", q("rules/empty.json"), false);
        write(folder + q("/rules/empty.json"), QByteArray());
    }
    {
        const QString folder = add("deep nesting", q("rules/deep.json"), false);
        write(folder + q("/rules/deep.json"), QByteArray(200'000, '['));
    }
    {
        const QString folder = add("duplicate ids", q("rules/zz-copy.json"), false);
        QFile::copy(folder + QLatin1Char('/') + kRule, folder + q("/rules/zz-copy.json"));
    }
    {
        const QString folder = add("future format", q("casewright.json"), false);
        QJsonObject config = readObject(folder + q("/casewright.json"));
        config[q("formatVersion")] = 99;
        writeObject(folder + q("/casewright.json"), config);
    }
    {
        const QString folder = add("FIFO", q("samples/pipe.json"), false);
        ::mkfifo(QFile::encodeName(folder + q("/samples/pipe.json")).constData(), 0600);
    }
    return projects;
}

} // namespace cw::hostile
