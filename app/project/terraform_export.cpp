#include "terraform_export.h"

#include "common/user_text.h"
#include "iac_export_scope.h"

#include <cstdio>
#include <map>
#include <set>

namespace cw::project {
namespace {
// An HCL value as `terraform fmt` lays it out: expressions on one line, non-empty objects and
// lists over several, with the "=" of consecutive one-line attributes aligned.
struct HclMember;

struct Hcl {
    enum class Kind { Expression, Object, List };
    Kind kind = Kind::Expression;
    std::string expression;
    std::vector<HclMember> members; // Object, in order
    std::vector<Hcl> items;         // List

    // Defined after HclMember, which needs Hcl complete.
    static Hcl expr(std::string text);
    static Hcl object();
    static Hcl list();
    Hcl &add(std::string key, Hcl value);
    bool oneLine() const;
};

// One "key = value" of an object. A named struct, not std::pair<std::string, Hcl>: the pair
// inside Hcl's own definition is refused by clang with libstdc++ (incomplete type).
struct HclMember {
    HclMember(std::string name, Hcl hcl) : key(std::move(name)), value(std::move(hcl)) {}
    std::string key;
    Hcl value;
};

Hcl Hcl::expr(std::string text)
{
    Hcl value;
    value.expression = std::move(text);
    return value;
}
Hcl Hcl::object()
{
    return Hcl{Kind::Object, {}, {}, {}};
}
Hcl Hcl::list()
{
    return Hcl{Kind::List, {}, {}, {}};
}
Hcl &Hcl::add(std::string key, Hcl value)
{
    members.emplace_back(std::move(key), std::move(value));
    return *this;
}
bool Hcl::oneLine() const
{
    return kind == Kind::Expression || (kind == Kind::Object && members.empty()) ||
           (kind == Kind::List && items.empty());
}

void writeValue(const Hcl &value, int indent, std::string &out);

// Attributes, one per line at `indent`; each run of one-line attributes aligns its "=" (a
// multi-line value ends the run, as terraform fmt does).
void writeBody(const std::vector<HclMember> &members, int indent, std::string &out)
{
    for (std::size_t i = 0; i < members.size();) {
        std::size_t end = i;
        std::size_t width = 0;
        while (end < members.size() && members[end].value.oneLine())
            width = std::max(width, members[end++].key.size());
        if (end == i) { // a multi-line value stands alone
            out += std::string(std::size_t(indent), ' ') + members[i].key + " = ";
            writeValue(members[i].value, indent, out);
            out += '\n';
            ++i;
            continue;
        }
        for (; i < end; ++i) {
            out += std::string(std::size_t(indent), ' ') + members[i].key +
                   std::string(width - members[i].key.size(), ' ') + " = ";
            writeValue(members[i].value, indent, out);
            out += '\n';
        }
    }
}

void writeValue(const Hcl &value, int indent, std::string &out)
{
    switch (value.kind) {
    case Hcl::Kind::Expression:
        out += value.expression;
        return;
    case Hcl::Kind::Object:
        if (value.members.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        writeBody(value.members, indent + 2, out);
        out += std::string(std::size_t(indent), ' ') + "}";
        return;
    case Hcl::Kind::List:
        if (value.items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (const Hcl &item : value.items) {
            out += std::string(std::size_t(indent + 2), ' ');
            writeValue(item, indent + 2, out);
            out += ",\n";
        }
        out += std::string(std::size_t(indent), ' ') + "]";
        return;
    }
}

void writeBlock(const std::string &header, const std::vector<HclMember> &members, std::string &out)
{
    out += "\n" + header + " {\n";
    writeBody(members, 2, out);
    out += "}\n";
}

Hcl boolean(bool value)
{
    return Hcl::expr(value ? "true" : "false");
}

Hcl number(const Value &operand)
{
    // The number as written (5 stays 5) unless a program changed it since it was read.
    if (operand.raw.is_number() && operand.raw.get<double>() == operand.number)
        return Hcl::expr(operand.raw.dump());
    return Hcl::expr(Json(operand.number).dump());
}

// A condition iacExportScope found expressible.
Hcl condition(const Condition &condition)
{
    Hcl operandTwo = Hcl::object();
    switch (condition.operand.kind) {
    case Value::Kind::String:
        operandTwo.add("string_value", Hcl::expr(hclString(condition.operand.text)));
        break;
    case Value::Kind::Double:
        operandTwo.add("double_value", number(condition.operand));
        break;
    case Value::Kind::Boolean:
        operandTwo.add("boolean_value", boolean(condition.operand.boolean));
        break;
    case Value::Kind::Empty:
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        // The provider types EmptyOperandValue, an object without members, as a JSON string.
        operandTwo.add("empty_value", Hcl::expr("jsonencode({})"));
        break;
    }
    Hcl operands = Hcl::object();
    operands.add("operand_one", Hcl::object().add("field_id", Hcl::expr(hclString(condition.fieldId))));
    operands.add("operand_two", std::move(operandTwo));
    operands.add("result", boolean(condition.result));
    return Hcl::object().add(condition.kind == Condition::Kind::EqualTo ? "equal_to" : "not_equal_to",
                             std::move(operands));
}

std::optional<Hcl> tags(const std::optional<Json> &tags)
{
    Hcl list = Hcl::list();
    if (tags && tags->is_object())
        for (auto it = tags->begin(); it != tags->end(); ++it)
            if (it->is_string())
                list.items.push_back(Hcl::object()
                                         .add("key", Hcl::expr(hclString(it.key())))
                                         .add("value", Hcl::expr(hclString(it->get<std::string>()))));
    if (list.items.empty())
        return std::nullopt;
    return list;
}

class UniqueNames {
public:
    std::string take(std::string name)
    {
        const std::string base = name;
        for (int n = 2; m_used.count(name) != 0; ++n)
            name = base + "_" + std::to_string(n);
        m_used.insert(name);
        return name;
    }

private:
    std::set<std::string> m_used;
};
} // namespace

std::string terraformName(const std::string &prefix, const std::string &name)
{
    std::string out;
    bool separator = false;
    for (const char c : name) {
        const bool lower = c >= 'a' && c <= 'z';
        const bool alnum = lower || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            separator = !out.empty();
            continue;
        }
        if (separator)
            out += '_';
        separator = false;
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    if (out.empty())
        return prefix;
    if (out[0] >= '0' && out[0] <= '9')
        out = prefix + "_" + out;
    return out.substr(0, 100);
}

std::string hclString(const std::string &text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool opensTemplate = (c == '$' || c == '%') && i + 1 < text.size() && text[i + 1] == '{';
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
                if (opensTemplate)
                    out += c; // "${" -> "$${", "%{" -> "%%{": literal, not interpolation
            }
        }
    }
    return out + "\"";
}

TerraformExport exportTerraform(const DomainSnapshot &snapshot)
{
    TerraformExport result;
    const IacExportScope scope = iacExportScope(snapshot, "awscc_cases_case_rule");
    result.warnings = scope.warnings;
    std::string &out = result.text;
    out += "# Amazon Connect Cases rules and templates exported by Casewright from domain " +
           quoteUserText(snapshot.name, '"') +
           ".\n# What the awscc provider cannot express (field-options rules, andAll/orAll groups) is left "
           "out.\n";
    writeBlock("terraform",
               {{"required_providers",
                 Hcl::object().add("awscc", Hcl::object().add("source", Hcl::expr("\"hashicorp/awscc\"")))}},
               out);
    // required_providers is a block, not an attribute: rewrite its "=" away.
    const std::string attribute = "  required_providers = {";
    out.replace(out.find(attribute), attribute.size(), "  required_providers {");
    writeBlock("variable \"domain_id\"",
               {{"description", Hcl::expr(hclString("The Cases domain to deploy into"))},
                {"type", Hcl::expr("string")},
                {"default", Hcl::expr(hclString(snapshot.domainId))}},
               out);

    UniqueNames ruleNames;
    std::map<std::string, std::string> ruleNameOf; // caseRuleId -> resource name
    for (const CaseRule *rule : scope.rules) {
        const std::string name = ruleNames.take(terraformName("rule", rule->name));
        ruleNameOf[rule->caseRuleId] = name;
        Hcl conditions = Hcl::list();
        for (const Condition &c : rule->rule.boolean.conditions)
            conditions.items.push_back(condition(c));
        std::vector<HclMember> body;
        body.emplace_back("domain_id", Hcl::expr("var.domain_id"));
        body.emplace_back("name", Hcl::expr(hclString(rule->name)));
        if (rule->description)
            body.emplace_back("description", Hcl::expr(hclString(*rule->description)));
        body.emplace_back(
            "rule", Hcl::object().add(toString(rule->rule.kind),
                                      Hcl::object()
                                          .add("default_value", boolean(rule->rule.boolean.defaultValue))
                                          .add("conditions", std::move(conditions))));
        if (auto list = tags(rule->tags))
            body.emplace_back("tags", std::move(*list));
        writeBlock("resource \"awscc_cases_case_rule\" \"" + name + "\"", body, out);
    }

    UniqueNames templateNames;
    for (const IacTemplateScope &templateScope : scope.templates) {
        const CaseTemplate &caseTemplate = *templateScope.caseTemplate;
        std::vector<HclMember> body;
        body.emplace_back("domain_id", Hcl::expr("var.domain_id"));
        body.emplace_back("name", Hcl::expr(hclString(caseTemplate.name)));
        if (caseTemplate.description)
            body.emplace_back("description", Hcl::expr(hclString(*caseTemplate.description)));
        if (!caseTemplate.status.empty())
            body.emplace_back("status", Hcl::expr(hclString(caseTemplate.status)));
        if (caseTemplate.layoutConfiguration && caseTemplate.layoutConfiguration->defaultLayout)
            body.emplace_back(
                "layout_configuration",
                Hcl::object().add("default_layout",
                                  Hcl::expr(hclString(*caseTemplate.layoutConfiguration->defaultLayout))));
        if (caseTemplate.requiredFields) {
            Hcl required = Hcl::list();
            for (const RequiredField &field : *caseTemplate.requiredFields)
                required.items.push_back(Hcl::object().add("field_id", Hcl::expr(hclString(field.fieldId))));
            body.emplace_back("required_fields", std::move(required));
        }
        if (caseTemplate.rules) {
            Hcl rules = Hcl::list();
            for (const TemplateRule *attachment : templateScope.attachments) {
                Hcl item = Hcl::object().add("case_rule_id", Hcl::expr("awscc_cases_case_rule." +
                                                                       ruleNameOf.at(attachment->caseRuleId) +
                                                                       ".case_rule_id"));
                if (attachment->fieldId)
                    item.add("field_id", Hcl::expr(hclString(*attachment->fieldId)));
                rules.items.push_back(std::move(item));
            }
            body.emplace_back("rules", std::move(rules));
        }
        if (auto list = tags(caseTemplate.tags))
            body.emplace_back("tags", std::move(*list));
        writeBlock("resource \"awscc_cases_template\" \"" +
                       templateNames.take(terraformName("template", caseTemplate.name)) + "\"",
                   body, out);
    }
    return result;
}

} // namespace cw::project
