#pragma once
// QtTest helpers shared by the evaluator tests: compile a template of a snapshot, evaluate one
// case, compare std::string values with readable failure messages.

#include "evaluator_fixture.h"

#include <QtTest>

namespace cw::fixture {
inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

inline QStringList qsList(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << qs(value);
    return list;
}

// Compiles template `t1` of `snapshot` (after adding `caseTemplate`) and evaluates one case.
inline CaseOutcome run(DomainSnapshot snapshot, CaseTemplate caseTemplate, const SampleCase &sampleCase,
                       Explain explain = Explain::Yes)
{
    snapshot.templates.push_back(std::move(caseTemplate));
    const auto compiled = CompiledTemplate::compile(snapshot, snapshot.templates.back().templateId);
    if (!compiled) {
        QTest::qFail(compiled.error().toString().c_str(), __FILE__, __LINE__);
        return {};
    }
    return compiled->evaluate(sampleCase, explain);
}

// One required rule attached to "notes": the outcome for "notes".
inline FieldOutcome notesWith(std::vector<Condition> conditions, bool defaultValue,
                              std::vector<std::pair<std::string, Value>> values)
{
    DomainSnapshot snapshot = helpDesk();
    snapshot.caseRules = {requiredRule("r1", "Rule one", std::move(conditions), defaultValue)};
    const CaseOutcome outcome =
        run(snapshot, caseTemplate("t1", {}, {attach("r1", "notes")}), sample("c1", std::move(values)));
    const FieldOutcome *notes = outcome.find("notes");
    if (!notes) {
        QTest::qFail("notes is not in the outcome", __FILE__, __LINE__);
        return {};
    }
    return *notes;
}

inline bool requiredWhen(Condition condition, std::vector<std::pair<std::string, Value>> values)
{
    return notesWith({std::move(condition)}, false, std::move(values)).required;
}

inline Condition unknownCondition(std::string key)
{
    Condition condition;
    condition.kind = Condition::Kind::Unknown;
    condition.unknownKey = std::move(key);
    condition.unknownValue = Json::object();
    return condition;
}

inline Value unknownValue(std::string key)
{
    Value value;
    value.kind = Value::Kind::Unknown;
    value.text = std::move(key);
    value.raw = 1;
    return value;
}

inline Condition statusIs(const char *status, bool result = true)
{
    return Condition::equalTo("status", Value::string(status), result);
}

inline Condition priorityIs(const char *priority, bool result = true)
{
    return Condition::equalTo("priority", Value::string(priority), result);
}

} // namespace cw::fixture
