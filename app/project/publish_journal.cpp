#include "publish_journal.h"

#include "project_io.h"

#include <QDir>
#include <QFile>

namespace cw::project {
namespace {
const char *stateName(JournalStep::State state)
{
    switch (state) {
    case JournalStep::State::Pending:
        return "pending";
    case JournalStep::State::Started:
        return "started";
    case JournalStep::State::Done:
        return "done";
    }
    return "pending";
}

std::optional<JournalStep::State> stateFromName(const std::string &name)
{
    for (auto state : {JournalStep::State::Pending, JournalStep::State::Started, JournalStep::State::Done})
        if (name == stateName(state))
            return state;
    return std::nullopt;
}

// A string member, or "" when it is absent or of another type (checked by the caller where it
// matters); nlohmann's value() would throw on another type.
std::string stringMember(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<PlanStep::Action> actionFromCode(const std::string &code)
{
    for (auto action : {PlanStep::Action::CreateRule, PlanStep::Action::CreateTemplate,
                        PlanStep::Action::UpdateTemplate, PlanStep::Action::UpdateRule, PlanStep::Action::DeleteRule})
        if (code == actionCode(action))
            return action;
    return std::nullopt;
}
} // namespace

std::string journalPath(const std::string &projectDirectory)
{
    return QDir(QString::fromStdString(projectDirectory))
        .filePath(QStringLiteral(".casewright/journal.json"))
        .toStdString();
}

Result<std::optional<Journal>> readJournal(const std::string &projectDirectory)
{
    const std::string path = journalPath(projectDirectory);
    if (!QFile::exists(QString::fromStdString(path)))
        return std::optional<Journal>();
    auto json = readJsonFile(path);
    if (!json)
        return json.error();
    Journal journal;
    Location where;
    where.file = path;
    if (!json->is_object() || !json->contains("steps") || !(*json)["steps"].is_array())
        return makeError("journal.malformed", "the publish journal is damaged: it has no \"steps\" list", where);
    if (json->contains("startedAt") && !(*json)["startedAt"].is_string())
        return makeError("journal.malformed", "the publish journal's \"startedAt\" must be a string", where);
    journal.startedAt = stringMember(*json, "startedAt");
    const Json &steps = (*json)["steps"];
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Json &item = steps[i];
        where.pointer = pointerJoin("/steps", i);
        if (!item.is_object())
            return makeError("journal.malformed", "a journal step must be an object", where);
        const auto action = actionFromCode(stringMember(item, "action"));
        const auto state = stateFromName(stringMember(item, "state"));
        if (!action || !state)
            return makeError("journal.malformed", "a journal step has an unknown action or state", where);
        JournalStep step;
        step.action = *action;
        step.state = *state;
        for (const char *key : {"slug", "id", "arn", "name"})
            if (item.contains(key) && !item[key].is_string())
                return makeError("journal.malformed", std::string("a journal step's \"") + key + "\" must be a string",
                                 where);
        step.slug = stringMember(item, "slug");
        step.id = stringMember(item, "id");
        step.arn = stringMember(item, "arn");
        step.name = stringMember(item, "name");
        step.after = item.value("after", Json());
        journal.steps.push_back(std::move(step));
    }
    return std::optional<Journal>(std::move(journal));
}

Status writeJournal(const std::string &projectDirectory, const Journal &journal)
{
    Json steps = Json::array();
    for (const JournalStep &step : journal.steps)
        steps.push_back({{"action", actionCode(step.action)},
                         {"slug", step.slug},
                         {"id", step.id},
                         {"arn", step.arn},
                         {"name", step.name},
                         {"after", step.after},
                         {"state", stateName(step.state)}});
    return writeFileAtomically(journalPath(projectDirectory),
                               toJsonText(Json{{"startedAt", journal.startedAt}, {"steps", steps}}));
}

Status removeJournal(const std::string &projectDirectory)
{
    QFile file(QString::fromStdString(journalPath(projectDirectory)));
    if (file.exists() && !file.remove()) {
        Location where;
        where.file = journalPath(projectDirectory);
        return makeError("file.unwritable", "cannot remove the publish journal", where);
    }
    return Ok{};
}

Journal journalFromPlan(const Plan &plan, const std::string &startedAt)
{
    Journal journal;
    journal.startedAt = startedAt;
    for (const PlanStep &step : plan.steps) {
        JournalStep entry;
        entry.action = step.action;
        entry.slug = step.slug;
        entry.id = step.id;
        entry.name = step.name;
        entry.after = step.after;
        journal.steps.push_back(std::move(entry));
    }
    return journal;
}

} // namespace cw::project
