#pragma once
// The publish journal (.casewright/journal.json): what an unfinished publish has sent. Each step
// is marked "started" before its request goes out and "done" (with the new id, for creations)
// once the service answered, each time with an atomic write. After a crash or a lost
// connection, the next publish reads it back: done steps are re-applied to the files (that is
// idempotent), and a creation that was started but never confirmed is looked up remotely
// before anything is sent again -- so nothing is created twice.

#include "common/result.h"
#include "plan.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::project {

struct JournalStep {
    enum class State { Pending, Started, Done };
    PlanStep::Action action = PlanStep::Action::CreateRule;
    std::string slug;
    std::string id;   // the entity's id; for creations, filled in when done
    std::string arn;  // creations: the ARN the service returned
    std::string name; // for messages, and to find an unconfirmed creation remotely
    Json after;       // what was (or will be) sent: comparable wire form
    State state = State::Pending;
};

struct Journal {
    std::string startedAt;
    std::vector<JournalStep> steps;
};

std::string journalPath(const std::string &projectDirectory);
Result<std::optional<Journal>> readJournal(const std::string &projectDirectory);
Status writeJournal(const std::string &projectDirectory, const Journal &journal);
Status removeJournal(const std::string &projectDirectory);

Journal journalFromPlan(const Plan &plan, const std::string &startedAt);

} // namespace cw::project
