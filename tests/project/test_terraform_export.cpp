// Terraform export (awscc provider): the sample domain's output is the golden file; it is the
// CloudFormation export written in HCL (parsed back here and compared resource by resource, so
// attribute names, nesting and values agree with the CloudFormation schema awscc is generated
// from); the warnings are the CloudFormation export's (one gap analysis for both); templates
// refer to rules by resource reference; and `terraform fmt` (when installed) finds nothing to
// change, even for names and values that need escaping.
#include "project/cloudformation_export.h"
#include "project/terraform_export.h"
#include "project_test_support.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <cctype>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
// The HCL subset the export writes, parsed into JSON: blocks become {"type", "labels", "body"},
// attribute values JSON values, and references and function calls {"$expr": "text"}.
class HclReader {
public:
    explicit HclReader(const std::string &text) : m_text(text) {}

    // Every top-level block, or an error text.
    std::variant<Json, std::string> blocks()
    {
        Json blocks = Json::array();
        skipSpace();
        while (m_at < m_text.size()) {
            auto block = readBlock();
            if (!m_error.empty())
                return m_error;
            blocks.push_back(std::move(block));
            skipSpace();
        }
        return blocks;
    }

private:
    void fail(const std::string &what)
    {
        if (m_error.empty())
            m_error = what + " at offset " + std::to_string(m_at) + ": \"" + m_text.substr(m_at, 40) + "\"";
    }
    void skipSpace()
    {
        while (m_at < m_text.size()) {
            if (std::isspace(static_cast<unsigned char>(m_text[m_at])))
                ++m_at;
            else if (m_text[m_at] == '#')
                while (m_at < m_text.size() && m_text[m_at] != '\n')
                    ++m_at;
            else
                break;
        }
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    std::string identifier()
    {
        skipSpace();
        const std::size_t start = m_at;
        while (m_at < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_at])) ||
                                        m_text[m_at] == '_' || m_text[m_at] == '-'))
            ++m_at;
        if (start == m_at)
            fail("identifier expected");
        return m_text.substr(start, m_at - start);
    }
    std::string quoted()
    {
        std::string out;
        ++m_at; // the opening quote
        while (m_at < m_text.size() && m_text[m_at] != '"') {
            char c = m_text[m_at++];
            if (c == '\n')
                fail("newline in a string");
            if ((c == '$' || c == '%') && m_at < m_text.size() && m_text[m_at] == '{')
                fail("unescaped template sequence");
            if ((c == '$' || c == '%') && m_at + 1 < m_text.size() && m_text[m_at] == c &&
                m_text[m_at + 1] == '{')
                ++m_at; // "$${" is a literal "${"
            if (c == '\\') {
                const char e = m_text[m_at++];
                if (e == 'n')
                    c = '\n';
                else if (e == 't')
                    c = '\t';
                else if (e == 'r')
                    c = '\r';
                else if (e == 'u') {
                    c = char(std::stoi(m_text.substr(m_at, 4), nullptr, 16));
                    m_at += 4;
                } else
                    c = e;
            }
            out += c;
        }
        if (!eat('"'))
            fail("unterminated string");
        return out;
    }
    Json value()
    {
        skipSpace();
        if (m_at >= m_text.size()) {
            fail("value expected");
            return nullptr;
        }
        const char c = m_text[m_at];
        if (c == '"')
            return quoted();
        if (c == '{') {
            ++m_at;
            Json object = Json::object();
            while (m_error.empty() && !eat('}')) {
                const std::string key = identifier();
                if (!eat('='))
                    fail("'=' expected");
                object[key] = value();
            }
            return object;
        }
        if (c == '[') {
            ++m_at;
            Json list = Json::array();
            while (m_error.empty() && !eat(']')) {
                list.push_back(value());
                eat(',');
            }
            return list;
        }
        const std::size_t start = m_at;
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            while (m_at < m_text.size() &&
                   std::string("0123456789.eE+-").find(m_text[m_at]) != std::string::npos)
                ++m_at;
            return Json::parse(m_text.substr(start, m_at - start));
        }
        std::string text = identifier();
        while (m_at < m_text.size() && m_text[m_at] == '.') {
            ++m_at;
            text += "." + identifier();
        }
        if (text == "true" || text == "false")
            return text == "true";
        if (m_at < m_text.size() && m_text[m_at] == '(') {
            int depth = 0;
            do {
                depth += m_text[m_at] == '(' ? 1 : m_text[m_at] == ')' ? -1 : 0;
                text += m_text[m_at++];
            } while (depth > 0 && m_at < m_text.size());
        }
        return Json{{"$expr", text}};
    }
    Json readBlock()
    {
        Json block = {{"type", identifier()}, {"labels", Json::array()}, {"body", Json::object()}};
        skipSpace();
        while (m_at < m_text.size() && m_text[m_at] == '"') {
            block["labels"].push_back(quoted());
            skipSpace();
        }
        if (!eat('{'))
            fail("'{' expected");
        while (m_error.empty() && !eat('}')) {
            const std::size_t mark = m_at;
            const std::string key = identifier();
            if (eat('='))
                block["body"][key] = value();
            else {
                m_at = mark;
                block["body"][key] = readBlock()["body"]; // a nested block (required_providers)
            }
        }
        return block;
    }

    const std::string &m_text;
    std::size_t m_at = 0;
    std::string m_error;
};

Json parseHcl(const std::string &text)
{
    HclReader reader(text);
    auto blocks = reader.blocks();
    if (std::holds_alternative<std::string>(blocks)) {
        qWarning("%s", std::get<std::string>(blocks).c_str());
        return nullptr;
    }
    return std::get<Json>(blocks);
}

// CloudFormation's PascalCase as the awscc provider spells it: DefaultValue -> default_value.
std::string snake(const std::string &pascal)
{
    std::string out;
    for (const char c : pascal) {
        if (c >= 'A' && c <= 'Z') {
            if (!out.empty())
                out += '_';
            out += char(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

// A CloudFormation property value as the Terraform export must write it: names in snake case,
// the domain parameter as the variable, EmptyValue ({}) as the JSON string the provider takes.
// Fn::GetAtt is left for the caller, which knows the resource names.
Json asTerraform(const Json &cfn)
{
    if (cfn.is_array()) {
        Json out = Json::array();
        for (const Json &item : cfn)
            out.push_back(asTerraform(item));
        return out;
    }
    if (!cfn.is_object())
        return cfn;
    if (cfn == Json{{"Ref", "DomainId"}})
        return Json{{"$expr", "var.domain_id"}};
    Json out = Json::object();
    for (auto it = cfn.begin(); it != cfn.end(); ++it)
        out[snake(it.key())] =
            it.key() == "EmptyValue" ? Json{{"$expr", "jsonencode({})"}} : asTerraform(it.value());
    return out;
}

std::vector<Json> blocksOf(const Json &blocks, const std::string &resourceType)
{
    std::vector<Json> found;
    for (const Json &block : blocks)
        if (block["type"] == "resource" && block["labels"][0] == resourceType)
            found.push_back(block);
    return found;
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// `terraform fmt` of the text, or nullopt when terraform is not installed.
std::optional<QByteArray> terraformFormatted(const std::string &text)
{
    const QString terraform = QStandardPaths::findExecutable(QStringLiteral("terraform"));
    if (terraform.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(terraform, {QStringLiteral("fmt"), QStringLiteral("-no-color"), QStringLiteral("-")});
    process.write(QByteArray::fromStdString(text));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QByteArray("terraform fmt failed: ") + process.readAllStandardError();
    return process.readAllStandardOutput();
}
} // namespace

class TestTerraformExport : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    TerraformExport m_export;
    Json m_blocks;

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
        m_export = exportTerraform(m_sample);
        m_blocks = parseHcl(m_export.text);
        QVERIFY2(m_blocks.is_array(), "the export is not the HCL it should be");
    }

    void goldenFile()
    {
        const std::string golden = sourcePath("tests/project/data/support-centre.tf");
        if (qEnvironmentVariableIsSet("CASEWRIGHT_UPDATE_GOLDEN"))
            QVERIFY(writeText(golden, m_export.text));
        QCOMPARE(QString::fromStdString(m_export.text), QString::fromStdString(readText(golden)));
    }

    void variableAndProvider()
    {
        bool variable = false;
        bool provider = false;
        for (const Json &block : m_blocks) {
            if (block["type"] == "variable" && block["labels"] == Json::array({"domain_id"})) {
                variable = true;
                COMPARE_JSON(block["body"]["default"], Json(kDomainId));
                COMPARE_JSON(block["body"]["type"], (Json{{"$expr", "string"}}));
            }
            if (block["type"] == "terraform") {
                provider = true;
                COMPARE_JSON(block["body"]["required_providers"]["awscc"]["source"], Json("hashicorp/awscc"));
            }
        }
        QVERIFY(variable && provider);
        // The domain id is written once, as the variable's default: every resource uses the variable.
        QCOMPARE(m_export.text.find(kDomainId), m_export.text.rfind(kDomainId));
    }

    void sameResourcesAndWarningsAsCloudFormation()
    {
        const CloudFormationExport cfn = exportCloudFormation(m_sample);
        // One gap analysis: the same warnings, naming the provider's resource type.
        QCOMPARE(m_export.warnings.size(), cfn.warnings.size());
        for (std::size_t i = 0; i < cfn.warnings.size(); ++i)
            COMPARE_STR(m_export.warnings[i],
                        replaced(cfn.warnings[i], "AWS::Cases::CaseRule", "awscc_cases_case_rule"));

        std::map<std::string, Json> tfRules;             // by Name
        std::map<std::string, std::string> tfRuleNameOf; // rule Name -> resource name
        for (const Json &block : blocksOf(m_blocks, "awscc_cases_case_rule")) {
            tfRules[block["body"]["name"]] = block["body"];
            tfRuleNameOf[block["body"]["name"]] = block["labels"][1];
        }
        std::map<std::string, Json> tfTemplates;
        for (const Json &block : blocksOf(m_blocks, "awscc_cases_template"))
            tfTemplates[block["body"]["name"]] = block["body"];
        std::map<std::string, std::string> cfnRuleNames; // logical id -> Name
        std::size_t cfnRules = 0;
        std::size_t cfnTemplates = 0;
        for (auto it = cfn.document["Resources"].begin(); it != cfn.document["Resources"].end(); ++it)
            if (it.value()["Type"] == "AWS::Cases::CaseRule")
                cfnRuleNames[it.key()] = it.value()["Properties"]["Name"];
        for (auto it = cfn.document["Resources"].begin(); it != cfn.document["Resources"].end(); ++it) {
            Json properties = it.value()["Properties"];
            const std::string name = properties["Name"];
            if (it.value()["Type"] == "AWS::Cases::CaseRule") {
                ++cfnRules;
                QVERIFY2(tfRules.count(name) == 1, name.c_str());
                const Json expected = asTerraform(properties);
                QVERIFY2(tfRules[name] == expected, describeDifference(expected, tfRules[name]));
            } else {
                ++cfnTemplates;
                QVERIFY2(tfTemplates.count(name) == 1, name.c_str());
                // Fn::GetAtt of a rule becomes a reference to its awscc_cases_case_rule resource.
                for (Json &attachment : properties["Rules"]) {
                    const std::string logical = attachment["CaseRuleId"]["Fn::GetAtt"][0];
                    attachment["CaseRuleId"] =
                        Json{{"$expr", "awscc_cases_case_rule." + tfRuleNameOf.at(cfnRuleNames.at(logical)) +
                                           ".case_rule_id"}};
                }
                const Json expected = asTerraform(properties);
                QVERIFY2(tfTemplates[name] == expected, describeDifference(expected, tfTemplates[name]));
            }
        }
        QCOMPARE(tfRules.size(), cfnRules);
        QCOMPARE(tfTemplates.size(), cfnTemplates);
        QCOMPARE(cfnRules, std::size_t(5));
    }

    void formattedAsTerraformFmtWould()
    {
        const auto formatted = terraformFormatted(m_export.text);
        if (!formatted)
            QSKIP("terraform is not installed; the HCL structure is checked by the other tests");
        QCOMPARE(QString::fromUtf8(*formatted), QString::fromStdString(m_export.text));
    }

    void namesAndValuesThatNeedEscaping()
    {
        DomainSnapshot snapshot;
        snapshot.domainId = kDomainId;
        snapshot.name = "Quotes \" and ${interpolation}\nnewline";
        const std::vector<std::string> names = {
            "Say \"hi\" ${var.x} %{if} \\ back", "Say hi",        "say-hi",
            "123 starts with a digit",           "\u00e9t\u00e9", ""};
        for (std::size_t i = 0; i < names.size(); ++i) {
            CaseRule rule = requiredRule(names[i], kStatusField, "a \"b\"\t${c}\n");
            rule.caseRuleId = "id-" + std::to_string(i);
            rule.description = "line one\nline two \x01";
            snapshot.caseRules.push_back(rule);
        }
        CaseTemplate caseTemplate =
            simpleTemplate("T", {"id-0", "id-1", "id-2", "id-3", "id-4", "id-5"}, kTitleField);
        caseTemplate.templateId = "t";
        snapshot.templates.push_back(caseTemplate);
        const TerraformExport exported = exportTerraform(snapshot);
        const Json blocks = parseHcl(exported.text);
        QVERIFY(blocks.is_array());
        std::set<std::string> resourceNames;
        std::set<std::string> ruleNames;
        for (const Json &block : blocksOf(blocks, "awscc_cases_case_rule")) {
            resourceNames.insert(block["labels"][1].get<std::string>());
            ruleNames.insert(block["body"]["name"].get<std::string>());
            COMPARE_JSON(
                block["body"]["rule"]["required"]["conditions"][0]["equal_to"]["operand_two"]["string_value"],
                Json("a \"b\"\t${c}\n"));
            COMPARE_JSON(block["body"]["description"], Json("line one\nline two \x01"));
        }
        QCOMPARE(ruleNames, std::set<std::string>(names.begin(), names.end()));
        QCOMPARE(resourceNames, (std::set<std::string>{"say_hi_var_x_if_back", "say_hi", "say_hi_2",
                                                       "rule_123_starts_with_a_digit", "t", "rule"}));
        // Every reference names a declared rule.
        const Json rules = blocksOf(blocks, "awscc_cases_template").at(0)["body"]["rules"];
        QCOMPARE(rules.size(), std::size_t(6));
        for (const Json &attachment : rules) {
            const std::string reference = attachment["case_rule_id"]["$expr"];
            const std::string name = reference.substr(
                std::string("awscc_cases_case_rule.").size(),
                reference.size() - std::string("awscc_cases_case_rule..case_rule_id").size());
            QVERIFY2(resourceNames.count(name) == 1, reference.c_str());
        }
        if (const auto formatted = terraformFormatted(exported.text))
            QCOMPARE(QString::fromUtf8(*formatted), QString::fromStdString(exported.text));
    }

    void terraformNameBehaviour()
    {
        COMPARE_STR(terraformName("rule", "Resolution notes required when closed"),
                    std::string("resolution_notes_required_when_closed"));
        COMPARE_STR(terraformName("template", "Complaint (legacy)"), std::string("complaint_legacy"));
        COMPARE_STR(terraformName("rule", "VIP customer"), std::string("vip_customer"));
        COMPARE_STR(terraformName("rule", "24h target"), std::string("rule_24h_target"));
        COMPARE_STR(terraformName("rule", "!!!"), std::string("rule"));
        COMPARE_STR(hclString("a\"b\\c${d}%{e}$f"), std::string("\"a\\\"b\\\\c$${d}%%{e}$f\""));
    }
};

QTEST_GUILESS_MAIN(TestTerraformExport)
#include "test_terraform_export.moc"
