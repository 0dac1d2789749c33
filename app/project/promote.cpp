#include "promote.h"

#include "common/json_text.h"
#include "common/user_text.h"
#include "connect_arn.h"
#include "model/model_members.h"
#include "plan.h"
#include "slug.h"

#include <QFile>
#include <algorithm>
#include <set>
#include <tuple>

namespace cw::project {
namespace {
std::string quoteName(const std::string &text)
{
    return quoteUserText(text, '"');
}

// An ARN in a message, whole: what tells two users apart is at its end. Only texts that parsed as
// ARNs (no spaces or control characters) are quoted this way.
std::string quoteArn(const std::string &arn)
{
    return "\"" + arn + "\"";
}

std::string joinPath(const std::string &directory, const std::string &relative)
{
    return directory.empty() ? relative : directory + "/" + relative;
}

std::string ruleFilePath(const Project &project, const RuleFile &file)
{
    return joinPath(project.directory, "rules/" + file.slug + ".json");
}

std::string templateFilePath(const Project &project, const TemplateFile &file)
{
    return joinPath(project.directory, "templates/" + file.slug + ".json");
}

Error promoteError(const std::string &code, const std::string &message, const std::string &file,
                   const std::string &pointer, const std::string &entity)
{
    Location where;
    where.file = file;
    where.pointer = pointer;
    where.entity = entity;
    return makeError(code, message, where);
}

template <class Item, class NameOf>
std::vector<const Item *> byName(const std::vector<const Item *> &items, const std::string &name,
                                 NameOf nameOf)
{
    std::vector<const Item *> found;
    for (const Item *item : items)
        if (nameOf(*item) == name)
            found.push_back(item);
    return found;
}

// The items named `key`: the one whose id is `key`, else every one whose name is.
template <class Item, class IdOf, class NameOf>
std::vector<const Item *> lookUp(const std::vector<const Item *> &items, const std::string &key, IdOf idOf,
                                 NameOf nameOf)
{
    for (const Item *item : items)
        if (idOf(*item) == key)
            return {item};
    return byName(items, key, nameOf);
}

// The source key a map entry is for: the entity's id or its name, whichever the map holds.
const std::string *mapEntry(const std::map<std::string, std::string> &map, const std::string &id,
                            const std::string &name)
{
    if (const auto it = map.find(id); it != map.end())
        return &it->second;
    if (const auto it = map.find(name); it != map.end())
        return &it->second;
    return nullptr;
}

// The members a project edits (and the unknown ones, which are compared too), from `from`: what a
// promoted rule takes from the source. Its id, tags and the service's members stay the target's.
void copyEditableMembers(CaseRule &to, const CaseRule &from)
{
    std::apply(
        [&](const auto &...member) {
            const auto copy = [&](const auto &one) {
                if (one.role == MemberRole::Editable || one.role == MemberRole::Unknown)
                    to.*(one.pointer) = from.*(one.pointer);
            };
            (copy(member), ...);
        },
        kCaseRuleMembers);
}

Result<std::map<std::string, std::string>> readNameMap(const Json &json, const char *member,
                                                       const std::string &file)
{
    std::map<std::string, std::string> names;
    if (!json.contains(member))
        return names;
    const Json &object = json.at(member);
    const std::string pointer = pointerJoin("", std::string(member));
    if (!object.is_object())
        return promoteError("promote.map-shape",
                            std::string("\"") + member +
                                "\" must be an object of source name or id -> target name or id",
                            file, pointer, {});
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().is_string() || it.value().get<std::string>().empty())
            return promoteError("promote.map-shape", "the target must be a non-empty name or id", file,
                                pointerJoin(pointer, it.key()), {});
        names[it.key()] = it.value().get<std::string>();
    }
    return names;
}

// The "users" and "instances" of a map hold ARNs on both sides: a typo there would map nothing,
// or map into nowhere, so each is checked for the shape it must have.
Status checkArnMap(const std::map<std::string, std::string> &map, const char *member, bool users,
                   const std::string &file)
{
    const auto parse = [users](const std::string &text) {
        return users ? parseConnectUserArn(text) : parseConnectInstanceArn(text);
    };
    const std::string shape = users ? "a user ARN (arn:aws:connect:REGION:ACCOUNT:instance/ID/agent/ID)"
                                    : "an instance ARN (arn:aws:connect:REGION:ACCOUNT:instance/ID)";
    for (const auto &[key, value] : map) {
        const std::string pointer = pointerJoin(pointerJoin("", std::string(member)), key);
        if (!parse(key))
            return promoteError("promote.map-shape",
                                quoteName(key) + " is not " + shape + "; \"" + member +
                                    "\" maps one to another",
                                file, pointer, {});
        if (!parse(value))
            return promoteError("promote.map-shape", "the target " + quoteName(value) + " is not " + shape,
                                file, pointer, {});
    }
    return Ok{};
}

// Every text of a rule's conditions or a sample case that reads as a Connect user ARN, with `visit`.
template <class Visit> void forEachConditionText(const Condition &condition, Visit &visit)
{
    if (condition.isComparison() &&
        (condition.operand.kind == Value::Kind::String || condition.operand.kind == Value::Kind::UserArn))
        visit(condition.operand.text);
    for (const Condition &child : condition.children)
        forEachConditionText(child, visit);
}

template <class Visit> void forEachUserArn(const Project &project, Visit visit)
{
    const auto ifArn = [&](const std::string &text) {
        if (const auto arn = parseConnectUserArn(text))
            visit(*arn);
    };
    for (const RuleFile &file : project.rules)
        if (file.rule.rule.kind == RuleDetails::Kind::Required ||
            file.rule.rule.kind == RuleDetails::Kind::Hidden)
            for (const Condition &condition : file.rule.rule.boolean.conditions)
                forEachConditionText(condition, ifArn);
    for (const SampleFile &samples : project.samples)
        for (const SampleCase &sample : samples.cases.cases)
            for (const CaseFieldValue &field : sample.fields)
                if (field.value.kind == Value::Kind::String || field.value.kind == Value::Kind::UserArn)
                    ifArn(field.value.text);
}

// Same domain, or not: a Cases domain belongs to one Connect instance, so two domains mean two
// instances, whose users differ even in one account.
bool sameDomain(const ProjectConfig &a, const ProjectConfig &b)
{
    if (!a.domainArn.empty() && !b.domainArn.empty())
        return a.domainArn == b.domainArn;
    return !a.domainId.empty() && a.domainId == b.domainId;
}

class Promoter {
public:
    Promoter(const Project &source, const Project &target, const PromoteRequest &request)
        : m_source(source), m_target(target), m_request(request)
    {
        for (const Field &field : source.fields)
            if (!field.isDeleted())
                m_sourceFields.push_back(&field);
        for (const Field &field : target.fields)
            if (!field.isDeleted())
                m_targetFields.push_back(&field);
        for (const RuleFile &file : source.rules)
            m_sourceRules.push_back(&file);
        for (const RuleFile &file : target.rules)
            m_targetRules.push_back(&file);
        for (const TemplateFile &file : source.templates)
            if (!file.caseTemplate.isDeleted())
                m_sourceTemplates.push_back(&file);
        for (const TemplateFile &file : target.templates)
            if (!file.caseTemplate.isDeleted())
                m_targetTemplates.push_back(&file);
        m_sameDomain = sameDomain(source.config, target.config);
        m_targetPlace = arnPlace(target.config.domainArn);
        if (!m_targetPlace && !target.config.region.empty())
            m_targetPlace = ArnPlace{target.config.region, {}};
        forEachUserArn(target, [&](const ConnectArn &arn) {
            // Only the target's own instance counts: a stray ARN of another account is no evidence.
            if (!m_targetPlace || m_targetPlace->account.empty() || arn.account == m_targetPlace->account)
                m_targetInstances.insert(arn.instanceArn());
        });
        forEachUserArn(source, [&](const ConnectArn &arn) {
            m_sourceUsers.insert(arn.text());
            m_sourceInstances.insert(arn.instanceArn());
        });
    }

    PromoteOutcome run()
    {
        m_outcome.target = m_target;
        checkMapKeys();
        selectRules();
        for (const RuleFile *file : m_selected)
            m_promoted.push_back(mapRule(*file));
        mapTemplates();
        if (!m_outcome.errors.empty())
            return std::move(m_outcome);
        apply();
        return std::move(m_outcome);
    }

private:
    struct FieldMatch {
        const Field *source = nullptr;
        const Field *target = nullptr;
        std::string code; // why there is no target, when there is none
        std::string problem;
    };

    // One selected rule, remapped, and the target rule it replaces (none: it is added).
    struct PromotedRule {
        const RuleFile *source = nullptr;
        const RuleFile *target = nullptr;
        CaseRule remapped;
    };

    struct TemplatePair {
        const TemplateFile *source = nullptr;
        const TemplateFile *target = nullptr;
    };

    static std::string fieldId(const Field &field) { return field.fieldId; }
    static std::string fieldName(const Field &field) { return field.name; }
    static std::string ruleId(const RuleFile &file) { return Project::ruleRef(file); }
    static std::string ruleName(const RuleFile &file) { return file.rule.name; }
    static std::string templateId(const TemplateFile &file) { return Project::templateRef(file); }
    static std::string templateName(const TemplateFile &file) { return file.caseTemplate.name; }

    void fail(const std::string &code, const std::string &message, const std::string &file,
              const std::string &pointer, const std::string &entity)
    {
        m_outcome.errors.push_back(promoteError(code, message, file, pointer, entity));
    }

    // A map entry whose source names nothing in the source project is most likely a typo, which
    // would otherwise silently map nothing.
    void checkMapKeys()
    {
        const PromoteMap &map = m_request.map;
        const auto check = [&](const std::map<std::string, std::string> &entries, const char *member,
                               const char *what, auto known) {
            for (const auto &[key, value] : entries)
                if (!known(key))
                    fail("promote.map-unknown-source",
                         std::string("the map names ") + what + " " + quoteName(key) +
                             ", which is not in the source project (by name or id)",
                         map.file, pointerJoin(pointerJoin("", std::string(member)), key), {});
        };
        check(map.fields, "fields", "the field", [&](const std::string &key) {
            return !lookUp(m_sourceFields, key, fieldId, fieldName).empty();
        });
        check(map.templates, "templates", "the template", [&](const std::string &key) {
            return !lookUp(m_sourceTemplates, key, templateId, templateName).empty();
        });
        check(map.rules, "rules", "the rule",
              [&](const std::string &key) { return !lookUp(m_sourceRules, key, ruleId, ruleName).empty(); });
        check(map.users, "users", "the user ARN",
              [&](const std::string &key) { return m_sourceUsers.count(key) != 0; });
        check(map.instances, "instances", "the instance ARN",
              [&](const std::string &key) { return m_sourceInstances.count(key) != 0; });
    }

    void selectRules()
    {
        if (m_request.deleteMissing && !m_request.all)
            fail("promote.delete-missing-needs-all",
                 "deleting the target's rules that are not promoted needs every rule promoted (--all): "
                 "with a selection it would delete every rule that was not selected",
                 m_target.directory, {}, {});
        std::set<std::string> names;
        for (const RuleFile *file : m_sourceRules)
            if (m_request.all)
                names.insert(file->rule.name);
        if (!m_request.all)
            names.insert(m_request.ruleNames.begin(), m_request.ruleNames.end());
        for (const std::string &name : names) {
            std::vector<const RuleFile *> found;
            for (const RuleFile *file : m_sourceRules)
                if (file->rule.name == name)
                    found.push_back(file);
            if (found.empty())
                fail("promote.unknown-rule", "there is no rule " + quoteName(name) + " in the source project",
                     m_source.directory, {}, name);
            else if (found.size() > 1)
                fail("promote.ambiguous-name",
                     std::to_string(found.size()) + " rules in the source project are named " +
                         quoteName(name) + "; rules are matched by name, so rename one",
                     ruleFilePath(m_source, *found[1]), "/name", name);
            else
                m_selected.push_back(found.front());
        }
        // Promote in the source's order, so new files and messages come in a stable order.
        std::sort(m_selected.begin(), m_selected.end());
    }

    const FieldMatch &matchField(const std::string &sourceFieldId)
    {
        if (const auto it = m_fieldMatches.find(sourceFieldId); it != m_fieldMatches.end())
            return it->second;
        FieldMatch match;
        PromoteMapping row;
        row.kind = PromoteMapping::Kind::Field;
        row.sourceId = sourceFieldId;
        const Field *const *known = nullptr;
        for (const Field *const &field : m_sourceFields)
            if (field->fieldId == sourceFieldId)
                known = &field;
        if (known == nullptr) {
            match.code = "promote.unknown-field";
            match.problem =
                "the field id " + quoteName(sourceFieldId) + " is not a field of the source project";
            row.source = sourceFieldId;
        } else {
            match.source = *known;
            row.source = match.source->name;
            const std::string *mapped =
                mapEntry(m_request.map.fields, match.source->fieldId, match.source->name);
            const std::string key = mapped != nullptr ? *mapped : match.source->name;
            row.match = mapped != nullptr ? PromoteMapping::Match::Overridden : PromoteMapping::Match::ByName;
            // By name, a field's id never stands for another field's name: the ids differ per domain.
            const auto targets = mapped != nullptr ? lookUp(m_targetFields, key, fieldId, fieldName)
                                                   : byName(m_targetFields, key, fieldName);
            if (targets.empty()) {
                match.code = "promote.missing-field";
                match.problem = "the target project has no field " + quoteName(key) +
                                (mapped != nullptr ? " (as the map says)" : "") + " for the source field " +
                                quoteName(match.source->name);
            } else if (targets.size() > 1) {
                match.code = "promote.ambiguous-name";
                match.problem = std::to_string(targets.size()) + " fields in the target project are named " +
                                quoteName(key) + "; map the field to one of their ids";
            } else if (targets.front()->type != match.source->type) {
                match.code = "promote.field-type";
                match.problem = "the target field " + quoteName(targets.front()->name) + " is " +
                                quoteName(targets.front()->type) + ", the source field " +
                                quoteName(match.source->name) + " is " + quoteName(match.source->type);
                row.target = targets.front()->name;
                row.targetId = targets.front()->fieldId;
            } else {
                match.target = targets.front();
                row.target = match.target->name;
                row.targetId = match.target->fieldId;
            }
        }
        if (match.target == nullptr) {
            row.match = PromoteMapping::Match::Missing;
            row.problem = match.problem;
        }
        m_outcome.mapping.push_back(row);
        return m_fieldMatches.emplace(sourceFieldId, match).first->second;
    }

    // The target's id for a source field reference at `pointer` of `file`; the source id (and an
    // error) when it has none.
    std::string remapField(const std::string &sourceFieldId, const std::string &file,
                           const std::string &pointer, const std::string &entity)
    {
        const FieldMatch &match = matchField(sourceFieldId);
        if (match.target == nullptr) {
            fail(match.code, match.problem, file, pointer, entity);
            return sourceFieldId;
        }
        return match.target->fieldId;
    }

    // A single-select option value the rule uses must be one of the target field's options.
    void checkOption(const std::string &sourceFieldId, const std::string &value, const std::string &file,
                     const std::string &pointer, const std::string &entity)
    {
        const FieldMatch &match = matchField(sourceFieldId);
        if (match.target == nullptr || match.target->fieldType() != FieldType::SingleSelect)
            return;
        const std::string key = match.target->fieldId + '\n' + value;
        bool known = false;
        if (const auto it = m_target.fieldOptions.find(match.target->fieldId);
            it != m_target.fieldOptions.end())
            known = std::any_of(it->second.begin(), it->second.end(),
                                [&](const FieldOption &option) { return option.value == value; });
        const std::string problem = "the target field " + quoteName(match.target->name) +
                                    " has no option with the value " + quoteName(value);
        if (m_optionsSeen.insert(key).second) {
            PromoteMapping row;
            row.kind = PromoteMapping::Kind::Option;
            row.source = match.source->name + " = " + value;
            row.sourceId = value;
            if (known) {
                row.target = match.target->name + " = " + value;
                row.targetId = value;
            } else {
                row.match = PromoteMapping::Match::Missing;
                row.problem = problem;
            }
            m_outcome.mapping.push_back(row);
        }
        if (!known)
            fail("promote.missing-option", problem, file, pointer, entity);
    }

    struct UserMatch {
        std::optional<std::string> target; // the ARN the target gets; none: unmappable
        std::string problem;
    };

    // Why the user ARN `arn` cannot stay as it is in the target; empty when it can.
    std::string foreignReason(const ConnectArn &arn) const
    {
        if (m_sameDomain)
            return {};
        const std::string where = "it is a user of the Connect instance " + quoteArn(arn.instanceArn());
        if (m_targetPlace && !m_targetPlace->account.empty() && arn.account != m_targetPlace->account)
            return where + " in account " + arn.account + ", and the target domain is in account " +
                   m_targetPlace->account;
        if (m_targetPlace && arn.region != m_targetPlace->region)
            return where + " in " + arn.region + ", and the target domain is in " + m_targetPlace->region;
        if (m_targetInstances.count(arn.instanceArn()) != 0)
            return {};
        return where + ", and the target is another domain, so another instance (a Cases domain belongs "
                       "to one instance)";
    }

    // A mapped ARN must name a user the target can have: in the target domain's account, of an
    // instance the target uses when that is known.
    std::string wrongTarget(const ConnectArn &mapped) const
    {
        if (m_targetPlace && !m_targetPlace->account.empty() && mapped.account != m_targetPlace->account)
            return "the map sends it to " + quoteArn(mapped.text()) + ", in account " + mapped.account +
                   ", but the target domain is in account " + m_targetPlace->account;
        if (!m_targetInstances.empty() && m_targetInstances.count(mapped.instanceArn()) == 0)
            return "the map sends it to " + quoteArn(mapped.text()) + ", a user of the instance " +
                   quoteArn(mapped.instanceArn()) +
                   ", which is not the instance the target's rules and "
                   "samples use";
        return {};
    }

    const UserMatch &matchUser(const std::string &text)
    {
        if (const auto it = m_userMatches.find(text); it != m_userMatches.end())
            return it->second;
        UserMatch match;
        match.target = text;
        const std::optional<ConnectArn> arn = parseConnectUserArn(text);
        if (!arn) // not an ARN: nothing of the source instance to map
            return m_userMatches.emplace(text, match).first->second;
        std::optional<ConnectArn> mapped;
        if (const auto it = m_request.map.users.find(text); it != m_request.map.users.end()) {
            mapped = parseConnectUserArn(it->second);
        } else if (const auto instance = m_request.map.instances.find(arn->instanceArn());
                   instance != m_request.map.instances.end()) {
            mapped = parseConnectInstanceArn(instance->second);
            if (mapped)
                mapped->userId = arn->userId;
        }
        const std::string foreign = foreignReason(*arn);
        if (!mapped && foreign.empty()) // stays valid in the target: not a row of the table
            return m_userMatches.emplace(text, match).first->second;
        PromoteMapping row;
        row.kind = PromoteMapping::Kind::User;
        row.source = text;
        row.sourceId = text;
        if (mapped) {
            match.problem = wrongTarget(*mapped);
            row.match = PromoteMapping::Match::Overridden;
            row.target = mapped->text();
            row.targetId = mapped->text();
            if (match.problem.empty())
                match.target = mapped->text();
        } else {
            match.problem = "the user ARN " + quoteArn(text) + " cannot be copied as it is: " + foreign +
                            "; map it in the promote map's \"users\" (user ARN -> user ARN) or its instance "
                            "in \"instances\" (instance ARN -> instance ARN)";
        }
        if (!match.problem.empty()) {
            match.target.reset();
            row.match = PromoteMapping::Match::Missing;
            row.problem = match.problem;
        }
        m_outcome.mapping.push_back(row);
        return m_userMatches.emplace(text, match).first->second;
    }

    // The text the target's condition compares the User field with: the user ARN mapped to the
    // target's instance; the source text (and an error) when it does not map.
    std::string remapUser(const std::string &text, const std::string &file, const std::string &pointer,
                          const std::string &entity)
    {
        const UserMatch &match = matchUser(text);
        if (!match.target) {
            fail("promote.unmapped-user", match.problem, file, pointer, entity);
            return text;
        }
        return *match.target;
    }

    void remapCondition(Condition &condition, const std::string &pointer, const std::string &file,
                        const std::string &entity)
    {
        switch (condition.kind) {
        case Condition::Kind::EqualTo:
        case Condition::Kind::NotEqualTo: {
            const std::string operands = pointerJoin(pointer, std::string(toString(condition.kind)));
            const std::string sourceFieldId = condition.fieldId;
            condition.fieldId = remapField(sourceFieldId, file, operands + "/operandOne/fieldId", entity);
            if (condition.operand.kind == Value::Kind::String && !condition.operand.text.empty()) {
                checkOption(sourceFieldId, condition.operand.text, file, operands + "/operandTwo/stringValue",
                            entity);
                const FieldMatch &match = matchField(sourceFieldId);
                if (match.source != nullptr && match.source->fieldType() == FieldType::User)
                    condition.operand.text =
                        remapUser(condition.operand.text, file, operands + "/operandTwo/stringValue", entity);
            }
            return;
        }
        case Condition::Kind::AndAll:
        case Condition::Kind::OrAll: {
            const std::string children = pointerJoin(
                pointerJoin(pointer, std::string(toString(condition.kind))), std::string("conditions"));
            for (std::size_t i = 0; i < condition.children.size(); ++i)
                remapCondition(condition.children[i], pointerJoin(children, i), file, entity);
            return;
        }
        case Condition::Kind::Unknown:
            fail("promote.unmappable",
                 "the condition " + quoteName(condition.unknownKey) +
                     " is of a kind this version does not know, so its field ids cannot be mapped",
                 file, pointer, entity);
            return;
        }
    }

    PromotedRule mapRule(const RuleFile &file)
    {
        PromotedRule promoted;
        promoted.source = &file;
        promoted.remapped = file.rule;
        const std::string path = ruleFilePath(m_source, file);
        const std::string &entity = file.rule.name;
        RuleDetails &details = promoted.remapped.rule;
        switch (details.kind) {
        case RuleDetails::Kind::Required:
        case RuleDetails::Kind::Hidden: {
            const std::string conditions = std::string("/rule/") + toString(details.kind) + "/conditions";
            for (std::size_t i = 0; i < details.boolean.conditions.size(); ++i)
                remapCondition(details.boolean.conditions[i], pointerJoin(conditions, i), path, entity);
            break;
        }
        case RuleDetails::Kind::FieldOptions: {
            FieldOptionsRule &options = details.options;
            const std::string base = "/rule/fieldOptions";
            const std::optional<std::string> parent = options.parentFieldId;
            const std::optional<std::string> child = options.childFieldId;
            if (parent)
                options.parentFieldId = remapField(*parent, path, base + "/parentFieldId", entity);
            if (child)
                options.childFieldId = remapField(*child, path, base + "/childFieldId", entity);
            for (std::size_t i = 0; i < options.mappings.size(); ++i) {
                const OptionsMapping &mapping = options.mappings[i];
                const std::string at = pointerJoin(base + "/parentChildFieldOptionsMappings", i);
                if (parent)
                    checkOption(*parent, mapping.parentValue, path, at + "/parentFieldOptionValue", entity);
                for (std::size_t j = 0; child && j < mapping.childValues.size(); ++j)
                    checkOption(*child, mapping.childValues[j], path,
                                pointerJoin(at + "/childFieldOptionValues", j), entity);
            }
            break;
        }
        case RuleDetails::Kind::Unknown:
            fail("promote.unmappable",
                 "the rule kind " + quoteName(details.unknownKey) +
                     " is one this version does not know, so its field ids cannot be mapped",
                 path, "/rule", entity);
            break;
        }

        PromoteMapping row;
        row.kind = PromoteMapping::Kind::Rule;
        row.source = file.rule.name;
        row.sourceId = Project::ruleRef(file);
        const std::string *mapped = mapEntry(m_request.map.rules, row.sourceId, file.rule.name);
        std::vector<const RuleFile *> targets;
        if (mapped != nullptr) {
            targets = lookUp(m_targetRules, *mapped, ruleId, ruleName);
            row.match = PromoteMapping::Match::Overridden;
        }
        // A rule promoted once through the map carries the source's name from then on.
        if (targets.empty()) {
            targets = byName(m_targetRules, file.rule.name, ruleName);
            if (!targets.empty())
                row.match = PromoteMapping::Match::ByName;
        }
        if (targets.size() > 1) {
            fail("promote.ambiguous-name",
                 std::to_string(targets.size()) + " rules in the target project are named " +
                     quoteName(mapped != nullptr ? *mapped : file.rule.name) +
                     "; map the rule to one of their ids",
                 path, "/name", entity);
            row.match = PromoteMapping::Match::Missing;
            row.problem = "ambiguous";
        } else if (targets.empty() && mapped != nullptr) {
            fail("promote.map-target-missing",
                 "the map sends the rule to " + quoteName(*mapped) + ", which is not in the target project",
                 m_request.map.file, pointerJoin(std::string("/rules"), file.rule.name), entity);
            row.match = PromoteMapping::Match::Missing;
            row.problem = "the map names a rule the target does not have";
        } else if (targets.empty()) {
            row.match = PromoteMapping::Match::New;
        } else {
            promoted.target = targets.front();
            row.target = promoted.target->rule.name;
            row.targetId = Project::ruleRef(*promoted.target);
        }
        m_outcome.mapping.push_back(row);
        return promoted;
    }

    void mapTemplates()
    {
        std::set<std::string> promotedRefs;
        for (const PromotedRule &rule : m_promoted)
            promotedRefs.insert(Project::ruleRef(*rule.source));
        for (const TemplateFile *source : m_sourceTemplates) {
            const CaseTemplate &caseTemplate = source->caseTemplate;
            std::vector<std::size_t> attachments; // of promoted rules, by position
            if (caseTemplate.rules)
                for (std::size_t i = 0; i < caseTemplate.rules->size(); ++i)
                    if (promotedRefs.count((*caseTemplate.rules)[i].caseRuleId) != 0)
                        attachments.push_back(i);
            PromoteMapping row;
            row.kind = PromoteMapping::Kind::Template;
            row.source = caseTemplate.name;
            row.sourceId = Project::templateRef(*source);
            const std::string *mapped = mapEntry(m_request.map.templates, row.sourceId, caseTemplate.name);
            const std::string key = mapped != nullptr ? *mapped : caseTemplate.name;
            row.match = mapped != nullptr ? PromoteMapping::Match::Overridden : PromoteMapping::Match::ByName;
            const std::vector<const TemplateFile *> targets =
                mapped != nullptr ? lookUp(m_targetTemplates, key, templateId, templateName)
                                  : byName(m_targetTemplates, key, templateName);
            const std::string path = templateFilePath(m_source, *source);
            if (targets.size() == 1) {
                row.target = targets.front()->caseTemplate.name;
                row.targetId = Project::templateRef(*targets.front());
                m_templates.push_back({source, targets.front()});
                for (std::size_t i : attachments)
                    if (const auto &attachedField = (*caseTemplate.rules)[i].fieldId)
                        remapField(*attachedField, path,
                                   pointerJoin(pointerJoin("/rules", i), std::string("fieldId")),
                                   caseTemplate.name);
            } else if (attachments.empty() && mapped == nullptr) {
                continue; // nothing of the promoted rules there, and no counterpart: not a concern
            } else {
                row.match = PromoteMapping::Match::Missing;
                row.problem = targets.empty() ? "the target project has no template " + quoteName(key)
                                              : std::to_string(targets.size()) +
                                                    " templates in the target project are named " +
                                                    quoteName(key) + "; map the template to one of their ids";
                fail(targets.empty() ? "promote.missing-template" : "promote.ambiguous-name",
                     row.problem + (attachments.empty() ? std::string()
                                                        : " (it holds " + std::to_string(attachments.size()) +
                                                              " attachment(s) of promoted rules)"),
                     mapped != nullptr ? m_request.map.file : path,
                     mapped != nullptr ? pointerJoin(std::string("/templates"), caseTemplate.name)
                                       : (attachments.empty() ? std::string("/name")
                                                              : pointerJoin("/rules", attachments.front())),
                     caseTemplate.name);
            }
            m_outcome.mapping.push_back(row);
        }
    }

    RuleFile *targetRuleFile(Project &target, const std::string &slug)
    {
        for (RuleFile &file : target.rules)
            if (file.slug == slug)
                return &file;
        return nullptr;
    }

    void apply()
    {
        Project &target = m_outcome.target;
        std::set<std::string> slugs;
        for (const RuleFile &file : target.rules)
            slugs.insert(file.slug);
        // Source rule reference -> target rule reference, for the attachments.
        std::map<std::string, std::string> refs;
        std::set<std::string> keptTargetSlugs;
        for (PromotedRule &promoted : m_promoted) {
            PromoteChange change;
            if (promoted.target != nullptr) {
                RuleFile *file = targetRuleFile(target, promoted.target->slug);
                const Json before = comparableRule(file->rule);
                copyEditableMembers(file->rule, promoted.remapped);
                const Json after = comparableRule(file->rule);
                change.action = before == after ? PromoteChange::Action::UnchangedRule
                                                : PromoteChange::Action::UpdateRule;
                change.changes = changedMembers(before, after);
                change.slug = file->slug;
                change.name = file->rule.name;
                refs[Project::ruleRef(*promoted.source)] = Project::ruleRef(*file);
            } else {
                RuleFile file;
                file.slug = uniqueSlug(promoted.remapped.name, slugs);
                slugs.insert(file.slug);
                copyEditableMembers(file.rule, promoted.remapped);
                change.action = PromoteChange::Action::AddRule;
                change.slug = file.slug;
                change.name = file.rule.name;
                refs[Project::ruleRef(*promoted.source)] = Project::ruleRef(file);
                target.rules.push_back(std::move(file));
            }
            keptTargetSlugs.insert(change.slug);
            m_outcome.changes.push_back(change);
        }

        std::vector<std::string> deletedRefs;
        if (m_request.deleteMissing) {
            std::vector<RuleFile> kept;
            for (RuleFile &file : target.rules) {
                if (keptTargetSlugs.count(file.slug) != 0) {
                    kept.push_back(std::move(file));
                    continue;
                }
                deletedRefs.push_back(Project::ruleRef(file));
                m_outcome.changes.push_back(
                    {PromoteChange::Action::DeleteRule, file.rule.name, file.slug, {}});
            }
            target.rules = std::move(kept);
        }

        for (TemplateFile &file : target.templates) {
            const Json before = comparableTemplate(file.caseTemplate);
            for (const TemplatePair &pair : m_templates)
                if (pair.target->slug == file.slug)
                    for (const PromotedRule &promoted : m_promoted)
                        placeAttachments(file.caseTemplate, *pair.source, Project::ruleRef(*promoted.source),
                                         refs.at(Project::ruleRef(*promoted.source)));
            if (file.caseTemplate.rules && !deletedRefs.empty()) {
                auto &rules = *file.caseTemplate.rules;
                rules.erase(std::remove_if(rules.begin(), rules.end(),
                                           [&](const TemplateRule &attachment) {
                                               return std::find(deletedRefs.begin(), deletedRefs.end(),
                                                                attachment.caseRuleId) != deletedRefs.end();
                                           }),
                            rules.end());
            }
            const Json after = comparableTemplate(file.caseTemplate);
            if (before != after)
                m_outcome.changes.push_back({PromoteChange::Action::UpdateTemplate, file.caseTemplate.name,
                                             file.slug, changedMembers(before, after)});
        }
    }

    // The attachments of the rule `targetRef` in `caseTemplate` become those of `sourceRef` in the
    // source template, in the source's order, where the first of the old ones stood (else at the
    // end). Already equal: nothing moves, so promoting twice changes nothing.
    void placeAttachments(CaseTemplate &caseTemplate, const TemplateFile &source,
                          const std::string &sourceRef, const std::string &targetRef)
    {
        std::vector<TemplateRule> wanted;
        if (source.caseTemplate.rules)
            for (const TemplateRule &attachment : *source.caseTemplate.rules) {
                if (attachment.caseRuleId != sourceRef)
                    continue;
                TemplateRule copy = attachment;
                copy.caseRuleId = targetRef;
                if (copy.fieldId)
                    copy.fieldId = m_fieldMatches.at(*copy.fieldId).target->fieldId;
                wanted.push_back(copy);
            }
        if (!caseTemplate.rules) {
            if (wanted.empty())
                return;
            caseTemplate.rules.emplace();
        }
        auto &rules = *caseTemplate.rules;
        std::vector<TemplateRule> existing;
        std::optional<std::size_t> first;
        std::vector<TemplateRule> others;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (rules[i].caseRuleId == targetRef) {
                existing.push_back(rules[i]);
                if (!first)
                    first = others.size();
            } else {
                others.push_back(rules[i]);
            }
        }
        if (existing == wanted)
            return;
        const auto at = others.begin() + static_cast<std::ptrdiff_t>(first.value_or(others.size()));
        others.insert(at, wanted.begin(), wanted.end());
        rules = std::move(others);
    }

    const Project &m_source;
    const Project &m_target;
    const PromoteRequest &m_request;
    std::vector<const Field *> m_sourceFields, m_targetFields;
    std::vector<const RuleFile *> m_sourceRules, m_targetRules;
    std::vector<const TemplateFile *> m_sourceTemplates, m_targetTemplates;
    std::vector<const RuleFile *> m_selected;
    std::vector<PromotedRule> m_promoted;
    std::vector<TemplatePair> m_templates;
    std::map<std::string, FieldMatch> m_fieldMatches;
    std::set<std::string> m_optionsSeen;
    bool m_sameDomain = false;
    std::optional<ArnPlace> m_targetPlace;   // the target domain's account and region
    std::set<std::string> m_targetInstances; // instance ARNs of users the target itself holds
    std::set<std::string> m_sourceUsers;     // user ARNs the source holds (for the map's keys)
    std::set<std::string> m_sourceInstances; // and their instances
    std::map<std::string, UserMatch> m_userMatches;
    PromoteOutcome m_outcome;
};

const char *marker(PromoteChange::Action action)
{
    switch (action) {
    case PromoteChange::Action::AddRule:
        return "+";
    case PromoteChange::Action::UpdateRule:
    case PromoteChange::Action::UpdateTemplate:
        return "~";
    case PromoteChange::Action::UnchangedRule:
        return "=";
    case PromoteChange::Action::DeleteRule:
        return "-";
    }
    return "?";
}

Json errorToJson(const Error &error)
{
    return {{"code", error.code},
            {"message", error.message},
            {"file", error.where.file},
            {"pointer", error.where.pointer},
            {"entity", error.where.entity}};
}
} // namespace

Result<PromoteMap> promoteMapFromJson(const Json &json, const std::string &file)
{
    if (!json.is_object())
        return promoteError(
            "promote.map-shape",
            "a promote map is an object: {\"fields\": {…}, \"templates\": {…}, \"rules\": {…}}", file, {},
            {});
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != "fields" && it.key() != "templates" && it.key() != "rules" && it.key() != "users" &&
            it.key() != "instances")
            return promoteError("promote.map-shape",
                                "unknown member " + quoteName(it.key()) +
                                    "; a promote map has fields, templates, rules, users and instances",
                                file, pointerJoin("", it.key()), {});
    PromoteMap map;
    map.file = file;
    for (auto [member, names] : {std::pair{"fields", &map.fields}, std::pair{"templates", &map.templates},
                                 std::pair{"rules", &map.rules}, std::pair{"users", &map.users},
                                 std::pair{"instances", &map.instances}}) {
        auto read = readNameMap(json, member, file);
        if (!read)
            return read.error();
        *names = std::move(read).value();
    }
    if (auto status = checkArnMap(map.users, "users", true, file); !status)
        return status.error();
    if (auto status = checkArnMap(map.instances, "instances", false, file); !status)
        return status.error();
    return map;
}

Result<PromoteMap> loadPromoteMap(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        Location where;
        where.file = path;
        return makeError("file.unreadable", "cannot read the promote map", where);
    }
    auto json = parseJsonText(file.readAll().toStdString(), path);
    if (!json)
        return json.error();
    return promoteMapFromJson(*json, path);
}

const char *toString(PromoteMapping::Kind kind)
{
    switch (kind) {
    case PromoteMapping::Kind::Rule:
        return "rule";
    case PromoteMapping::Kind::Field:
        return "field";
    case PromoteMapping::Kind::Option:
        return "option";
    case PromoteMapping::Kind::Template:
        return "template";
    case PromoteMapping::Kind::User:
        return "user";
    }
    return "?";
}

const char *toString(PromoteMapping::Match match)
{
    switch (match) {
    case PromoteMapping::Match::ByName:
        return "by name";
    case PromoteMapping::Match::Overridden:
        return "overridden";
    case PromoteMapping::Match::New:
        return "new";
    case PromoteMapping::Match::Missing:
        return "missing";
    }
    return "?";
}

const char *toString(PromoteChange::Action action)
{
    switch (action) {
    case PromoteChange::Action::AddRule:
        return "add rule";
    case PromoteChange::Action::UpdateRule:
        return "update rule";
    case PromoteChange::Action::UnchangedRule:
        return "unchanged rule";
    case PromoteChange::Action::DeleteRule:
        return "delete rule";
    case PromoteChange::Action::UpdateTemplate:
        return "update template";
    }
    return "?";
}

const char *actionCode(PromoteChange::Action action)
{
    switch (action) {
    case PromoteChange::Action::AddRule:
        return "addRule";
    case PromoteChange::Action::UpdateRule:
        return "updateRule";
    case PromoteChange::Action::UnchangedRule:
        return "unchangedRule";
    case PromoteChange::Action::DeleteRule:
        return "deleteRule";
    case PromoteChange::Action::UpdateTemplate:
        return "updateTemplate";
    }
    return "?";
}

bool PromoteOutcome::changed() const
{
    return std::any_of(changes.begin(), changes.end(), [](const PromoteChange &change) {
        return change.action != PromoteChange::Action::UnchangedRule;
    });
}

PromoteOutcome promote(const Project &source, const Project &target, const PromoteRequest &request)
{
    return Promoter(source, target, request).run();
}

Result<std::vector<std::string>> splitRuleNames(const std::string &list)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    const auto listError = [&](const std::string &message) {
        Location where;
        where.entity = list;
        return makeError("promote.rule-list", message + " in the rule list " + quoteName(list), where);
    };
    std::vector<std::string> names;
    std::size_t at = 0;
    while (at <= list.size()) {
        while (at < list.size() && isSpace(list[at]))
            ++at;
        std::string name;
        if (at < list.size() && list[at] == '"') {
            const std::size_t open = at++;
            bool closed = false;
            while (at < list.size()) {
                if (list[at] == '"' && at + 1 < list.size() && list[at + 1] == '"') {
                    name += '"';
                    at += 2;
                } else if (list[at] == '"') {
                    ++at;
                    closed = true;
                    break;
                } else {
                    name += list[at++];
                }
            }
            if (!closed)
                return listError("the quote at character " + std::to_string(open + 1) + " is not closed");
            while (at < list.size() && isSpace(list[at]))
                ++at;
            if (at < list.size() && list[at] != ',')
                return listError("after the quoted name " + quoteName(name) +
                                 " comes text, not a comma (a quote inside a quoted name is written twice)");
            names.push_back(name); // quoted: kept exactly, even when empty or spaced
        } else {
            const std::size_t comma = std::min(list.find(',', at), list.size());
            name = list.substr(at, comma - at);
            while (!name.empty() && isSpace(name.back()))
                name.pop_back();
            at = comma;
            if (!name.empty())
                names.push_back(name);
        }
        ++at; // past the comma (or the end)
    }
    return names;
}

std::string promoteToText(const PromoteOutcome &outcome)
{
    std::string text;
    if (!outcome.errors.empty()) {
        for (const Error &error : outcome.errors)
            text += error.toString() + "\n";
        text += std::to_string(outcome.errors.size()) + " reference(s) do not map; nothing was changed\n";
        return text;
    }
    int added = 0, updated = 0, unchanged = 0, deleted = 0, templates = 0;
    for (const PromoteChange &change : outcome.changes) {
        text += std::string("  ") + marker(change.action) + " " + toString(change.action) + " " +
                quoteName(change.name) + " (" +
                (change.action == PromoteChange::Action::UpdateTemplate ? "templates/" : "rules/") +
                change.slug + ".json)\n";
        for (const std::string &member : change.changes)
            text += "      " + member + "\n";
        switch (change.action) {
        case PromoteChange::Action::AddRule:
            ++added;
            break;
        case PromoteChange::Action::UpdateRule:
            ++updated;
            break;
        case PromoteChange::Action::UnchangedRule:
            ++unchanged;
            break;
        case PromoteChange::Action::DeleteRule:
            ++deleted;
            break;
        case PromoteChange::Action::UpdateTemplate:
            ++templates;
            break;
        }
    }
    text += "Rules: " + std::to_string(added) + " to add, " + std::to_string(updated) + " to update, " +
            std::to_string(unchanged) + " unchanged, " + std::to_string(deleted) + " to delete; " +
            std::to_string(templates) + " template(s) to update.\n";
    return text;
}

Json promoteToJson(const PromoteOutcome &outcome)
{
    Json json = {{"errors", Json::array()}, {"mapping", Json::array()}, {"changes", Json::array()}};
    for (const Error &error : outcome.errors)
        json["errors"].push_back(errorToJson(error));
    for (const PromoteMapping &row : outcome.mapping) {
        Json item = {{"kind", toString(row.kind)},
                     {"match", toString(row.match)},
                     {"source", row.source},
                     {"sourceId", row.sourceId}};
        if (!row.target.empty())
            item["target"] = row.target;
        if (!row.targetId.empty())
            item["targetId"] = row.targetId;
        if (!row.problem.empty())
            item["problem"] = row.problem;
        json["mapping"].push_back(item);
    }
    for (const PromoteChange &change : outcome.changes)
        json["changes"].push_back({{"action", actionCode(change.action)},
                                   {"name", change.name},
                                   {"slug", change.slug},
                                   {"changes", change.changes}});
    return json;
}

} // namespace cw::project
