#pragma once
// Promote: copies case rules from one project (say, a staging domain's) into another (the
// production domain's), where every field, rule and template has another id. Both are ordinary
// project folders; the result is ordinary local edits in the target, which `plan` shows and
// `publish` sends.
//
// Mapping is by name: fields by name (their option values by value), templates by name, rules by
// name. A PromoteMap overrides any of it for things that were renamed. Nothing is changed unless
// everything maps: each field, option value or template the promoted rules need and the target
// lacks (or a field of another type under the same name) is one error, with the source file and
// the JSON pointer of the reference.
//
// What changes in the target, and nothing else:
//   - each promoted rule: a target rule of the same name gets the source's editable members (its
//     id, tags and service members stay), else the rule is added as "local:<slug>"; field ids
//     inside are the target's;
//   - in each target template named like a source template, the promoted rule's attachments
//     become exactly its attachments in the source (field ids remapped), where the source ones
//     stood (else at the end); other rules' attachments are not touched;
//   - with deleteMissing (only with every rule selected): each target rule that no source rule
//     mapped to is deleted -- its file removed and its attachments removed from every target
//     template -- so the target's rules become the source's. Rules that exist only in the target
//     and were never published ("local:") are deleted too.
// Promoting again with nothing changed changes nothing.
//
// User ARNs: a condition comparing a User field with a user's ARN ("arn:aws:connect:<region>:
// <account>:instance/<instance id>/agent/<user id>") names a user of the source's Connect
// instance, which the target's instance does not have: every id differs there. Unless source and
// target are the same domain, or the ARN's instance is one the target itself uses (its own rules
// or samples hold users of it, in the target domain's account), each such ARN needs a map entry
// -- "users" (user ARN -> user ARN) first, else "instances" (instance ARN -> instance ARN, the
// user id kept, for instances whose users have the same ids) -- or it is an error, with the rule
// file and the JSON pointer of the operand, and nothing is written.

#include "common/result.h"
#include "project.h"

#include <map>
#include <string>
#include <vector>

namespace cw::project {

// `{"fields": {SOURCE: TARGET}, "templates": {...}, "rules": {...}}`: each SOURCE a source name
// or id, each TARGET a target name or id. `"users": {SOURCE_USER_ARN: TARGET_USER_ARN}` and
// `"instances": {SOURCE_INSTANCE_ARN: TARGET_INSTANCE_ARN}` map the user ARNs rules compare with.
struct PromoteMap {
    std::map<std::string, std::string> fields;
    std::map<std::string, std::string> templates;
    std::map<std::string, std::string> rules;
    std::map<std::string, std::string> users;
    std::map<std::string, std::string> instances;
    std::string file; // where it was read, for error locations; empty when built in memory
};

Result<PromoteMap> promoteMapFromJson(const Json &json, const std::string &file = {});
Result<PromoteMap> loadPromoteMap(const std::string &path);

struct PromoteRequest {
    bool all = true;
    std::vector<std::string> ruleNames; // the rules to promote when !all
    PromoteMap map;
    bool deleteMissing = false;
};

// How one source entity found (or did not find) its target: a row of the mapping table.
struct PromoteMapping {
    enum class Kind { Rule, Field, Option, Template, User };
    enum class Match { ByName, Overridden, New, Missing };
    Kind kind = Kind::Field;
    Match match = Match::ByName;
    std::string source;   // the source name ("Category = billing" for an option value, the ARN for a user)
    std::string sourceId; // the source id (the option's value)
    std::string target;   // the target name; empty when missing or new
    std::string targetId;
    std::string problem; // why it is missing, when it is
};

struct PromoteChange {
    enum class Action { AddRule, UpdateRule, UnchangedRule, DeleteRule, UpdateTemplate };
    Action action = Action::AddRule;
    std::string name;                 // the target rule's or template's name
    std::string slug;                 // its file's slug in the target
    std::vector<std::string> changes; // the members that differ, as the plan names them
};

const char *toString(PromoteMapping::Kind kind);      // "field", ...
const char *toString(PromoteMapping::Match match);    // "by name", "overridden", "new", "missing"
const char *toString(PromoteChange::Action action);   // "add rule", ...
const char *actionCode(PromoteChange::Action action); // "addRule", ...

struct PromoteOutcome {
    std::vector<PromoteMapping> mapping;
    // Everything that does not map. When not empty, `target` is the target as it was and
    // `changes` is empty: nothing may be written.
    std::vector<Error> errors;
    Project target;
    std::vector<PromoteChange> changes;

    // True when `target` differs from the target promote was given (a save would write).
    bool changed() const;
};

PromoteOutcome promote(const Project &source, const Project &target, const PromoteRequest &request);

// The names in `--rules a,b`: comma-separated, each trimmed; a name holding a comma (or a quote,
// or space at its ends) is written in double quotes as in CSV, a quote inside doubled:
// `"Refunds, large",Other` and `"Say ""hi"""`. Error "promote.rule-list" for an unclosed quote
// or text after a closing one.
Result<std::vector<std::string>> splitRuleNames(const std::string &list);

// For `casewright-cli promote`: one line per change (+ add, ~ update, = unchanged, - delete) and a
// count; or the errors, one per line.
std::string promoteToText(const PromoteOutcome &outcome);
Json promoteToJson(const PromoteOutcome &outcome);

} // namespace cw::project
