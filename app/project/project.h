#pragma once
// An offline project: a folder of small, git-friendly JSON files that hold one Cases domain's
// rules and templates as the user edits them, plus the last pulled remote state (the base).
//
//   casewright.json        format version; domain id/ARN; region, endpoint and profile name
//   fields.json            {"fields": [...], "fieldOptions": {...}} as pulled (read-only)
//   layouts.json           {"layouts": [...]} as pulled (read-only)
//   rules/<slug>.json      one case rule per file: {caseRuleId?, name, description?, rule}
//   templates/<slug>.json  one template per file, API wire shape, templateId absent when new
//   samples/*.json         sample cases ({"cases": [...]})
//   .casewright/           base.json (last pulled state), state.json (conflicts, last pull),
//                          journal.json (an unfinished publish), recovery.json (autosave)

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cw::project {

constexpr int kProjectFormatVersion = 1;

struct ProjectConfig {
    int formatVersion = kProjectFormatVersion;
    std::string domainId;
    std::string domainArn;
    std::string domainName;
    std::string region;
    std::string endpoint; // empty: the region's standard endpoint
    std::string profile;  // an AWS profile *name*; never a secret
    Json extra = Json::object();
};

struct RuleFile {
    std::string slug; // file name without ".json"
    CaseRule rule;    // caseRuleId empty when the rule is new
};

struct TemplateFile {
    std::string slug;
    CaseTemplate caseTemplate; // templateId empty when the template is new
};

struct SampleFile {
    std::string name; // file name, e.g. "support.json"
    SampleCaseSet cases;
};

// An entity where local and remote edits collided at pull time: both versions are kept.
struct Conflict {
    std::string kind; // "rule" | "template"
    std::string slug;
    std::string id;
    Json theirs; // the remote version (wire shape), or null when the remote deleted it
};

struct ProjectState {
    std::string lastPullTime; // RFC 3339
    std::vector<Conflict> conflicts;
    Json extra = Json::object();
};

// A rule, template or samples file that a lenient load (project_io.h: LoadMode::KeepUnreadable)
// opened the project without: where it is and why it cannot be read. What it holds is left out of
// the project -- not evaluated, not published -- and the file is never written or removed while it
// stays unreadable.
struct UnreadableFile {
    std::string relative; // "rules/x.json", relative to the project folder
    Error error;          // file, line/column or JSON pointer, as the strict load reports it
    // The caseRuleIds (rules/) or templateIds (templates/) its text still names, so the plan can
    // tell which pulled rule or template it holds (unreadable_file_ids.h); empty when none.
    std::vector<std::string> ids;

    // The file's slug when it is a "<folder>/<slug>.json" ("rules", "templates"), else empty.
    std::string slugIn(const std::string &folder) const;
};

struct Project {
    std::string directory;
    ProjectConfig config;
    std::vector<Field> fields;
    std::map<std::string, std::vector<FieldOption>> fieldOptions;
    std::vector<Layout> layouts;
    std::vector<RuleFile> rules;
    std::vector<TemplateFile> templates;
    std::vector<SampleFile> samples;
    std::optional<DomainSnapshot> base; // absent until the first pull
    ProjectState state;
    std::vector<UnreadableFile> unreadable; // empty unless loaded with LoadMode::KeepUnreadable

    const RuleFile *findRuleBySlug(const std::string &slug) const;
    const RuleFile *findRuleById(const std::string &caseRuleId) const;
    const TemplateFile *findTemplateBySlug(const std::string &slug) const;
    const TemplateFile *findTemplateById(const std::string &templateId) const;

    // The id a template uses for a rule: its caseRuleId, or "local:<slug>" while it is new.
    static std::string ruleRef(const RuleFile &file);
    static std::string templateRef(const TemplateFile &file);
    // The slugs of the unreadable files in `folder` ("rules", "templates"): names a new or renamed
    // file must not take, since the unreadable file is never overwritten.
    std::set<std::string> unreadableSlugs(const std::string &folder) const;

    // The project as one domain snapshot, for validation and evaluation: new rules and templates
    // carry "local:<slug>" ids, and read-only metadata (ARNs, timestamps) comes from the base.
    DomainSnapshot workingSnapshot() const;
};

// The file (relative to the project folder) and JSON pointer inside it that a pointer into
// workingSnapshot() refers to, e.g. "/caseRules/2/name" -> {"rules/x.json", "/name"}.
Location locateInProject(const Project &project, const std::string &snapshotPointer);

} // namespace cw::project
