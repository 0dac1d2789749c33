#include "pull_cases.h"

#include "common/user_text.h"
#include "project_io.h"
#include "samples/template_fields.h"
#include "wire/wire_json.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <algorithm>
#include <set>

namespace cw::project {
namespace {
Error pullCasesError(const std::string &code, const std::string &message, Location where = {})
{
    return makeError("pull-cases." + code, message, std::move(where));
}

bool isPublished(const CaseTemplate &caseTemplate)
{
    return !caseTemplate.templateId.empty() && caseTemplate.templateId.rfind("local:", 0) != 0;
}

void addOnce(std::vector<std::string> &list, const std::string &id)
{
    if (std::find(list.begin(), list.end(), id) == list.end())
        list.push_back(id);
}
} // namespace

Result<std::string> normalizeSinceDate(const std::string &text)
{
    const QString given = QString::fromStdString(text).trimmed();
    QDateTime time;
    if (given.size() == 10) {
        const QDate day = QDate::fromString(given, Qt::ISODate);
        if (day.isValid())
            time = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    } else {
        time = QDateTime::fromString(given, Qt::ISODateWithMs);
        // A time without its zone would mean something else on every machine: refused.
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time = QDateTime();
    }
    if (!time.isValid())
        return pullCasesError("since", "--since must be a date (2026-05-01) or a time with its zone "
                                       "(2026-05-01T08:00:00Z), not " +
                                           quoteUserText(text, '"') + ".");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

Result<CasePullPlan> planCasePull(const Project &project, const CasePullOptions &options)
{
    CasePullPlan plan;
    plan.domainId = project.config.domainId;
    if (plan.domainId.empty())
        return pullCasesError("no-domain",
                              "the project has no domain yet: run casewright-cli pull first, so "
                              "it knows where the cases are.",
                              Location{"casewright.json", "/domainId", 0, 0, {}});
    const DomainSnapshot snapshot = project.workingSnapshot();
    std::vector<const CaseTemplate *> templates;
    if (!options.templateRef.empty()) {
        const CaseTemplate *chosen = nullptr;
        for (const CaseTemplate &caseTemplate : snapshot.templates)
            if (caseTemplate.templateId == options.templateRef || caseTemplate.name == options.templateRef)
                chosen = &caseTemplate;
        if (chosen == nullptr) {
            std::string names;
            for (const CaseTemplate &caseTemplate : snapshot.templates)
                names += (names.empty() ? "" : ", ") + quoteUserText(caseTemplate.name, '"');
            return pullCasesError("unknown-template",
                                  "no template of the project has the id or name " +
                                      quoteUserText(options.templateRef, '"') +
                                      "; its templates are: " + names + ".",
                                  Location{project.directory + "/templates", {}, 0, 0, {}});
        }
        if (!isPublished(*chosen))
            return pullCasesError("unpublished-template", "template " + quoteUserText(chosen->name, '"') +
                                                              " is not published yet, so the service has "
                                                              "no cases of it: publish first.");
        templates.push_back(chosen);
        plan.everyTemplate = false;
    } else {
        for (const CaseTemplate &caseTemplate : snapshot.templates)
            if (isPublished(caseTemplate))
                templates.push_back(&caseTemplate);
        if (templates.empty())
            return pullCasesError("no-template", "the project has no published template, so the service has "
                                                 "no cases of it.");
    }
    for (const CaseTemplate *caseTemplate : templates) {
        plan.templateIds.push_back(caseTemplate->templateId);
        for (const std::string &fieldId : templateFieldIds(snapshot, *caseTemplate))
            addOnce(plan.fieldIds, fieldId);
    }
    const std::size_t searched = std::min(plan.fieldIds.size(), net::kMaxSearchCaseFields);
    plan.query.fieldIds.assign(plan.fieldIds.begin(),
                               plan.fieldIds.begin() + static_cast<std::ptrdiff_t>(searched));
    plan.extraFieldIds.assign(plan.fieldIds.begin() + static_cast<std::ptrdiff_t>(searched),
                              plan.fieldIds.end());

    std::vector<Json> filters;
    if (options.filter) {
        if (auto checked = net::checkCaseFilter(*options.filter); !checked) {
            Error error = checked.error();
            error.where.file = options.filterFile;
            return error;
        }
        filters.push_back(*options.filter);
    }
    if (!options.since.empty()) {
        auto since = normalizeSinceDate(options.since);
        if (!since)
            return since.error();
        filters.push_back(
            net::fieldFilter("greaterThanOrEqualTo", kCreatedDateTimeField, Json{{"stringValue", *since}}));
    }
    if (filters.size() == 1)
        plan.query.filter = filters.front();
    else if (filters.size() > 1)
        plan.query.filter = Json{{"andAll", filters}};
    plan.query.sorts.push_back({kCreatedDateTimeField, false}); // the newest cases first
    plan.maxCases = options.maxCases;
    return plan;
}

Json pulledCasesJson(const std::vector<net::FoundCase> &cases)
{
    Json list = Json::array();
    for (const net::FoundCase &found : cases)
        list.push_back({{"id", found.caseId}, {"templateId", found.templateId}, {"fields", found.fields}});
    return Json{{"cases", std::move(list)}};
}

Result<SampleCaseSet> pulledSampleCases(const std::vector<net::FoundCase> &cases)
{
    auto read = wire::readSampleCaseSet(pulledCasesJson(cases));
    if (!read)
        return pullCasesError("answer", "the service returned a case the samples format cannot hold: " +
                                            read.error().toString());
    return read;
}

std::string pulledCasesFileName(const std::string &projectDirectory, const QDate &day)
{
    const QDir samples(QDir(QString::fromStdString(projectDirectory)).filePath(QStringLiteral("samples")));
    const QString stem = QStringLiteral("pulled-") + day.toString(Qt::ISODate);
    QString name = stem + QStringLiteral(".json");
    for (int n = 2; QFileInfo::exists(samples.filePath(name)); ++n) // never overwrite an earlier pull
        name = stem + QStringLiteral("-%1.json").arg(n);
    return name.toStdString();
}

Result<PulledCasesFile> writePulledCases(const std::string &projectDirectory,
                                         const std::vector<net::FoundCase> &cases, const QDate &day)
{
    auto read = pulledSampleCases(cases);
    if (!read)
        return read.error();
    const QDir samples(QDir(QString::fromStdString(projectDirectory)).filePath(QStringLiteral("samples")));
    if (!samples.exists() && !QDir().mkpath(samples.path()))
        return pullCasesError("write", "cannot create the folder " + samples.path().toStdString() + ".");
    PulledCasesFile pulled;
    pulled.file.name = pulledCasesFileName(projectDirectory, day);
    pulled.path = samples.filePath(QString::fromStdString(pulled.file.name)).toStdString();
    // Written as saving the project writes a samples file, so a later save changes nothing.
    if (auto written = writeFileAtomically(pulled.path, toJsonText(wire::writeSampleCaseSet(*read)));
        !written)
        return written.error();
    pulled.file.cases = std::move(read).value();
    return pulled;
}

struct CasePullSession::Run {
    net::CasesClient *client = nullptr;
    CasePullPlan plan;
    std::function<void(const CasePullProgress &)> progress;
    std::function<void(Result<CasePullResult>)> done;
    std::optional<std::string> token;
    CasePullProgress counts;
    CasePullResult result;
    bool finished = false;
};

CasePullSession::CasePullSession(QObject *parent) : QObject(parent) {}

void CasePullSession::start(net::CasesClient &client, CasePullPlan plan,
                            std::function<void(const CasePullProgress &)> progress,
                            std::function<void(Result<CasePullResult>)> done)
{
    m_cancel = net::CancelToken();
    m_running = true;
    auto run = std::make_shared<Run>();
    run->client = &client;
    run->plan = std::move(plan);
    run->progress = std::move(progress);
    run->done = std::move(done);
    fetchPage(run);
}

void CasePullSession::cancel()
{
    m_cancel.cancel();
}

void CasePullSession::fetchPage(std::shared_ptr<Run> run)
{
    net::PageRequest page;
    page.maxResults = net::kMaxSearchCasesResults;
    if (run->plan.maxCases) // ask for no more than is still wanted (more when some may be skipped)
        page.maxResults = static_cast<int>(
            std::min<std::size_t>(static_cast<std::size_t>(net::kMaxSearchCasesResults),
                                  std::max<std::size_t>(1, *run->plan.maxCases - run->result.cases.size())));
    page.nextToken = run->token;
    run->client->searchCases(
        run->plan.domainId, run->plan.query, page,
        [this, run](Result<net::CaseSearchPage> answer) {
            if (!answer) {
                finish(run, answer.error());
                return;
            }
            run->counts.received += answer->cases.size();
            if (answer->totalCount && run->plan.everyTemplate && !run->counts.expected) {
                std::size_t expected = static_cast<std::size_t>(*answer->totalCount);
                if (run->plan.maxCases)
                    expected = std::min(expected, *run->plan.maxCases);
                run->counts.expected = expected;
            }
            std::vector<net::FoundCase> kept;
            for (net::FoundCase &found : answer->cases) {
                const bool wanted = std::find(run->plan.templateIds.begin(), run->plan.templateIds.end(),
                                              found.templateId) != run->plan.templateIds.end();
                if (!wanted) {
                    ++run->result.skipped;
                    continue;
                }
                if (run->plan.maxCases && run->result.cases.size() + kept.size() >= *run->plan.maxCases)
                    break;
                kept.push_back(std::move(found));
            }
            if (run->plan.extraFieldIds.empty() || kept.empty()) {
                pageDone(run, std::move(kept), answer->nextToken);
                return;
            }
            // Fields beyond SearchCases' 25: one GetCase per case (the executor paces them).
            auto pending = std::make_shared<std::size_t>(kept.size());
            auto cases = std::make_shared<std::vector<net::FoundCase>>(std::move(kept));
            auto failed = std::make_shared<bool>(false);
            const std::optional<std::string> token = answer->nextToken;
            for (std::size_t i = 0; i < cases->size(); ++i)
                net::getCaseFields(
                    *run->client, run->plan.domainId, (*cases)[i].caseId, run->plan.extraFieldIds,
                    [this, run, cases, pending, failed, token, i](Result<net::FoundCase> more) {
                        if (*failed)
                            return;
                        if (!more) {
                            *failed = true;
                            finish(run, more.error());
                            return;
                        }
                        for (const Json &field : more->fields)
                            (*cases)[i].fields.push_back(field);
                        if (--*pending == 0)
                            pageDone(run, std::move(*cases), token);
                    },
                    net::CallOptions{m_cancel, this});
        },
        net::CallOptions{m_cancel, this});
}

void CasePullSession::pageDone(std::shared_ptr<Run> run, std::vector<net::FoundCase> cases,
                               std::optional<std::string> token)
{
    for (net::FoundCase &found : cases)
        run->result.cases.push_back(std::move(found));
    run->counts.kept = run->result.cases.size();
    if (run->progress)
        run->progress(run->counts);
    const bool enough = run->plan.maxCases && run->result.cases.size() >= *run->plan.maxCases;
    if (enough || !token) {
        finish(run, std::move(run->result));
        return;
    }
    if (run->token == token) {
        finish(run,
               makeError("api.pagination-loop", "the service returned the same page token twice; the "
                                                "search stopped to avoid an endless loop. Try again later."));
        return;
    }
    run->token = token;
    fetchPage(run);
}

void CasePullSession::finish(std::shared_ptr<Run> run, Result<CasePullResult> result)
{
    if (run->finished)
        return;
    run->finished = true;
    m_running = false;
    if (!result)
        m_cancel.cancel(); // the first error ends the rest (GetCase calls still in flight)
    run->done(std::move(result));
}

} // namespace cw::project
