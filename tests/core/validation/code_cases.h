#pragma once
// One row per way of breaking the realistic snapshot: the code it must produce and where, plus a
// near miss (a legal variant just inside the limit) that must not produce it. The tables are
// split by area; test_validation_catalogue checks that together they cover every code.

#include "model/domain_snapshot.h"
#include "validation/finding.h"

#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace cw::test {

using Mutation = std::function<void(DomainSnapshot &)>;

struct CodeCase {
    CodeCase(std::string code_, std::string name_, Mutation breakIt_, std::string pointer_,
             Mutation nearMiss_ = nullptr, std::vector<std::string> alsoExpected_ = {})
        : code(std::move(code_)), name(std::move(name_)), breakIt(std::move(breakIt_)),
          pointer(std::move(pointer_)), nearMiss(std::move(nearMiss_)), alsoExpected(std::move(alsoExpected_))
    {
    }

    std::string code;
    std::string name; // unique row name
    Mutation breakIt;
    std::string pointer; // where the finding must point
    Mutation nearMiss;   // legal variant that must not give `code`; empty when there is no near miss
    std::vector<std::string> alsoExpected; // other codes the broken snapshot legitimately yields
};

std::vector<CodeCase> domainCodeCases();   // domain, fields, field options, layouts
std::vector<CodeCase> templateCodeCases(); // templates and their references
std::vector<CodeCase> ruleCodeCases();     // rule members, conditions, operands
std::vector<CodeCase> optionsCodeCases();  // fieldOptions rules
std::vector<CodeCase> lintCodeCases();     // lint.*

// Runs one case with QtTest checks (the caller is a QtTest slot): the broken snapshot yields
// exactly {code} + alsoExpected, a finding with `code` at `pointer`, with the right severity, file
// and entity, and every finding's pointer resolves in the snapshot's wire JSON; the near miss
// does not yield `code`.
void verifyCodeCase(const CodeCase &codeCase);

// The findings, one per line, for the message of a failing check.
QString describeFindings(const std::vector<Finding> &findings);

} // namespace cw::test
