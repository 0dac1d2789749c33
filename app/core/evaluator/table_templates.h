#pragma once
// The templates the cases of a CaseTable use, each compiled once however many cases use it and
// bound to the table once: what `evaluate` and the expectation check both run cases through.

#include "common/result.h"
#include "evaluator/case_table.h"
#include "evaluator/compiled_template.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace cw {

struct TableTemplateRun {
    const CaseTemplate *caseTemplate = nullptr;
    std::unique_ptr<CompiledTemplate> compiled;
    TableBinding binding;
};

struct TableTemplates {
    static constexpr std::uint32_t kNoRun = ~std::uint32_t{0};
    std::vector<TableTemplateRun> runs;
    std::vector<std::uint32_t> runOfRow; // per row of the table: index into runs; kNoRun when not asked for
};

struct TableTemplateOptions {
    const CaseTemplate *forced = nullptr; // every case with this template (evaluate --template)
    // Where row `row`'s case is, for errors: the file and the case's JSON pointer ("/cases/3").
    std::function<Location(std::size_t row)> locate;
    // Added to "the case names no template; add \"templateId\"": e.g. " or pass --template".
    std::string noTemplateHint;
};

// `rows`: the rows to prepare (ascending), nullptr for all. The first row whose template is
// missing or unknown fails the whole call (evaluate.no-template / evaluate.unknown-template, at
// the case's "templateId").
Result<TableTemplates> compileTableTemplates(const DomainSnapshot &snapshot, const CaseTable &table,
                                             const TableTemplateOptions &options,
                                             const std::vector<std::size_t> *rows = nullptr);

} // namespace cw
