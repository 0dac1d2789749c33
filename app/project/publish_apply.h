#pragma once
// What a successful publish step changes in the project: the files get the service's ids, the
// templates' "local:<slug>" references become real ids, and the base learns the new remote
// state. Pure and idempotent (applying a step twice changes nothing more), which is what lets an
// interrupted publish resume from its journal.

#include "project.h"
#include "publish_journal.h"

namespace cw::project {

void applyDoneStep(Project &project, const JournalStep &step);

// Replaces "local:<slug>" with `caseRuleId` in every template file.
void rewriteLocalRuleRefs(Project &project, const std::string &slug, const std::string &caseRuleId);

// Accepts the remote version of one entity (a conflict resolved as "theirs"): the file and the
// base both become `remote`; a null `remote` means it was deleted there.
// Records `remote` as the base version of its entity, leaving the file alone: after "take mine",
// the remote state is what the local version replaces.
void rebaseRule(Project &project, const CaseRule &remote);
void rebaseTemplate(Project &project, const CaseTemplate &remote);

// Mine over a remote deletion: the id is gone for good, so the file (if any) becomes a new rule or
// template again -- its id cleared, templates attaching the rule pointing at "local:<slug>" -- and
// the base forgets the id. `kind` is "rule" or "template".
void publishAgainAsNew(Project &project, const std::string &kind, const std::string &id);

void adoptRemoteRule(Project &project, const std::string &caseRuleId, const std::optional<CaseRule> &remote);
void adoptRemoteTemplate(Project &project, const std::string &templateId, const std::optional<CaseTemplate> &remote);

} // namespace cw::project
