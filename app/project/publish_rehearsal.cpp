#include "publish_rehearsal.h"

#include "client/connection.h"
#include "plan.h"
#include "practice_service.h"
#include "publish_session.h"
#include "wire/wire_json.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <map>
#include <set>

namespace cw::project {
namespace {
std::string quoted(const std::string &name)
{
    return "\u201c" + name + "\u201d";
}

// Every file of the project folder, hidden .casewright/ included, into `target`.
Status copyFolder(const QString &source, const QString &target)
{
    QDirIterator files(source, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QDir(source).relativeFilePath(path);
        const QString copy = QDir(target).filePath(relative);
        if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(path, copy))
            return makeError("rehearsal.copy", "cannot copy " + relative.toStdString() + " for the rehearsal",
                             Location{relative.toStdString(), {}, {}, {}, {}});
    }
    return Ok{};
}

std::string ruleName(const DomainSnapshot &before, const DomainSnapshot &after, const std::string &id)
{
    if (const CaseRule *rule = after.findRule(id))
        return quoted(rule->name);
    if (const CaseRule *rule = before.findRule(id))
        return quoted(rule->name);
    return id;
}

std::string fieldName(const DomainSnapshot &snapshot, const std::string &id)
{
    const Field *field = snapshot.findField(id);
    return field ? quoted(field->name) : id;
}

// fieldId -> the rule ids attached to it, in a template.
std::map<std::string, std::set<std::string>> attachments(const CaseTemplate &caseTemplate)
{
    std::map<std::string, std::set<std::string>> byField;
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules)
            byField[attachment.fieldId.value_or(std::string())].insert(attachment.caseRuleId);
    return byField;
}

std::string joined(const std::vector<std::string> &parts)
{
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}
} // namespace

std::vector<std::string> describeDomainChanges(const DomainSnapshot &before, const DomainSnapshot &after)
{
    std::vector<std::string> lines;
    for (const CaseRule &rule : after.caseRules) {
        if (rule.isDeleted())
            continue;
        const CaseRule *old = before.findRule(rule.caseRuleId);
        if (!old || old->isDeleted())
            lines.push_back("rule " + quoted(rule.name) + ": added");
        else if (const auto members = changedMembers(comparableRule(*old), comparableRule(rule));
                 !members.empty())
            lines.push_back("rule " + quoted(rule.name) + ": changed (" + joined(members) + ")");
    }
    for (const CaseRule &rule : before.caseRules) {
        const CaseRule *now = after.findRule(rule.caseRuleId);
        if (!rule.isDeleted() && (!now || now->isDeleted()))
            lines.push_back("rule " + quoted(rule.name) + ": deleted");
    }
    for (const CaseTemplate &caseTemplate : after.templates) {
        const CaseTemplate *old = before.findTemplate(caseTemplate.templateId);
        const std::string label = "template " + quoted(caseTemplate.name);
        if (!old)
            lines.push_back(label + ": added");
        const auto was = old ? attachments(*old) : std::map<std::string, std::set<std::string>>{};
        const auto now = attachments(caseTemplate);
        std::set<std::string> fields;
        for (const auto &[field, rules] : was)
            fields.insert(field);
        for (const auto &[field, rules] : now)
            fields.insert(field);
        for (const std::string &field : fields) {
            const auto wasRules = was.count(field) ? was.at(field) : std::set<std::string>{};
            const auto nowRules = now.count(field) ? now.at(field) : std::set<std::string>{};
            std::vector<std::string> change;
            for (const std::string &id : nowRules)
                if (!wasRules.count(id))
                    change.push_back("+ rule " + ruleName(before, after, id));
            for (const std::string &id : wasRules)
                if (!nowRules.count(id))
                    change.push_back("- rule " + ruleName(before, after, id));
            if (!change.empty())
                lines.push_back(label + ", field " +
                                (field.empty() ? std::string("(none)") : fieldName(after, field)) + ": " +
                                joined(change));
        }
        if (old) {
            // What an admin edits, as the plan compares it; the attachments are listed above.
            auto members = changedMembers(comparableTemplate(*old), comparableTemplate(caseTemplate));
            std::erase(members, std::string("rules"));
            if (!members.empty())
                lines.push_back(label + ": changed (" + joined(members) + ")");
        }
    }
    return lines;
}

PublishRehearsal::PublishRehearsal(const LoadedProject &project, QObject *parent)
    : QObject(parent), m_directory(project.project.directory), m_base(project.project.base)
{
}

PublishRehearsal::~PublishRehearsal() = default;

void PublishRehearsal::run(std::function<void(Result<RehearsalReport>)> done, PublishProgress progress)
{
    m_done = std::move(done);
    m_progress = std::move(progress);
    if (!m_base)
        return fail(makeError("rehearsal.no-base",
                              "the project was never pulled: a rehearsal needs the domain's last pulled "
                              "state (.casewright/base.json) to start the practice service on"));
    if (!m_work.isValid())
        return fail(makeError("rehearsal.copy", "cannot create a temporary folder for the rehearsal"));
    const QString copy = m_work.filePath(QStringLiteral("project"));
    if (auto copied = copyFolder(QString::fromStdString(m_directory), copy); !copied)
        return fail(copied.error());

    m_practice = std::make_unique<PracticeService>();
    connect(m_practice.get(), &PracticeService::listening, this, &PublishRehearsal::startPublishing);
    connect(m_practice.get(), &PracticeService::failed, this,
            [this](const QString &message) { fail(makeError("rehearsal.practice", message.toStdString())); });
    if (auto started = m_practice->startOnSnapshot(*m_base, m_work.filePath(QStringLiteral("practice")));
        !started)
        return fail(started.error());
}

void PublishRehearsal::startPublishing()
{
    auto loaded = loadProject(m_work.filePath(QStringLiteral("project")).toStdString());
    if (!loaded)
        return fail(loaded.error());
    // Only the practice service's own endpoint and keys: nothing of the project's connection.
    auto resolved = net::resolveConnection(
        net::ConnectionSettings{QString(), QStringLiteral("us-east-1"), m_practice->endpoint()},
        m_practice->environment());
    if (!resolved)
        return fail(resolved.error());
    m_client = std::make_unique<net::CasesClient>(resolved->config);
    m_session = std::make_unique<PublishSession>(std::move(loaded).value());
    m_session->publish(
        *m_client, PublishOptions{}, [this](Result<PublishReport> result) { finish(std::move(result)); },
        m_progress);
}

void PublishRehearsal::finish(Result<PublishReport> result)
{
    RehearsalReport report;
    if (result)
        report.publish = std::move(result).value();
    else
        report.refusal = result.error();

    // What the practice service holds now, against what it started with.
    if (auto after = wire::loadSnapshotFile(m_practice->stateFile().toStdString()))
        report.changes = describeDomainChanges(*m_base, *after);

    // The practice service counts what it answered (its /_emulator/stats, unsigned).
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(m_practice->endpoint() + QStringLiteral("/_emulator/stats"))));
    QEventLoop wait;
    connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    if (!reply->isFinished())
        wait.exec();
    const Json stats = Json::parse(reply->readAll().toStdString(), nullptr, false);
    reply->deleteLater();
    if (stats.is_object() && stats.contains("operations") && stats["operations"].is_object())
        for (const auto &[operation, count] : stats["operations"].items())
            if (count.is_number_integer())
                report.requests += count.get<int>();
    report.estimatedSeconds = report.requests / kAssumedServiceRequestsPerSecond;

    m_practice->stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(report));
}

void PublishRehearsal::fail(const Error &error)
{
    if (m_practice)
        m_practice->stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

} // namespace cw::project
