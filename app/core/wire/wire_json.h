#pragma once
// Wire JSON <-> model, exactly as the Cases API (restJson1) spells it. Reading keeps every member
// this version does not know in `extra`, and writing puts it back: a round trip is lossless.
// Readers take the JSON pointer of the value they read, so errors say where.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

namespace cw::wire {

// Each reader reports the first problem found, with `where.pointer` set (relative to the
// document root when `pointer` is the value's own pointer).
Result<Value> readOperandTwo(const Json &json, const std::string &pointer = {});
Result<Value> readFieldValue(const Json &json, const std::string &pointer = {});
Result<Condition> readCondition(const Json &json, const std::string &pointer = {});
Result<RuleDetails> readRuleDetails(const Json &json, const std::string &pointer = {});
Result<CaseRule> readCaseRule(const Json &json, const std::string &pointer = {});
Result<FieldOption> readFieldOption(const Json &json, const std::string &pointer = {});
Result<Field> readField(const Json &json, const std::string &pointer = {});
Result<Layout> readLayout(const Json &json, const std::string &pointer = {});
Result<CaseTemplate> readTemplate(const Json &json, const std::string &pointer = {});
Result<SampleCase> readSampleCase(const Json &json, const std::string &pointer = {});
// A sample case's "expect" object (its pointer is the object's own).
Result<std::vector<FieldExpectation>> readCaseExpectations(const Json &json, const std::string &pointer = {});
Result<SampleCaseSet> readSampleCaseSet(const Json &json, const std::string &pointer = {});
Result<DomainSnapshot> readSnapshot(const Json &json, const std::string &pointer = {});

Json writeOperandTwo(const Value &value);
Json writeFieldValue(const Value &value);
Json writeCondition(const Condition &condition);
Json writeRuleDetails(const RuleDetails &details);
Json writeCaseRule(const CaseRule &rule);
Json writeFieldOption(const FieldOption &option);
Json writeField(const Field &field);
Json writeLayout(const Layout &layout);
Json writeTemplate(const CaseTemplate &caseTemplate);
Json writeSampleCase(const SampleCase &sampleCase);
Json writeSampleCaseSet(const SampleCaseSet &set);
Json writeSnapshot(const DomainSnapshot &snapshot);

// File helpers: parse + read, with `where.file` filled in on every error.
Result<DomainSnapshot> loadSnapshotFile(const std::string &path);
Result<SampleCaseSet> loadSampleCasesFile(const std::string &path);

} // namespace cw::wire
