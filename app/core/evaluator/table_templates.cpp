#include "evaluator/table_templates.h"

#include <map>
#include <optional>

namespace cw {

Result<TableTemplates> compileTableTemplates(const DomainSnapshot &snapshot, const CaseTable &table,
                                             const TableTemplateOptions &options,
                                             const std::vector<std::size_t> *rows)
{
    TableTemplates out;
    out.runOfRow.assign(table.rowCount(), TableTemplates::kNoRun);
    std::map<std::string, std::uint32_t> runOfTemplate;
    std::vector<std::optional<std::uint32_t>> runOfTemplateIndex(table.templateIds().size());
    const auto prepare = [&](std::size_t row) -> Status {
        std::optional<std::uint32_t> &known =
            runOfTemplateIndex[options.forced ? 0 : table.templateIndex(row)];
        if (!known) {
            const CaseTemplate *caseTemplate = options.forced;
            const std::string &templateId = table.templateId(row);
            if (caseTemplate == nullptr) {
                Location where = options.locate ? options.locate(row) : Location{};
                where.pointer = pointerJoin(where.pointer, "templateId");
                where.entity = table.caseId(row);
                if (templateId.empty())
                    return makeError(
                        "evaluate.no-template",
                        "the case names no template; add \"templateId\"" + options.noTemplateHint, where);
                caseTemplate = snapshot.findTemplate(templateId);
                if (caseTemplate == nullptr)
                    return makeError("evaluate.unknown-template",
                                     "no template \"" + templateId + "\" in the snapshot", where);
            }
            auto [it, added] = runOfTemplate.try_emplace(caseTemplate->templateId,
                                                         static_cast<std::uint32_t>(out.runs.size()));
            if (added) {
                auto made = CompiledTemplate::compile(snapshot, caseTemplate->templateId);
                if (!made)
                    return made.error();
                TableTemplateRun run;
                run.caseTemplate = caseTemplate;
                run.compiled = std::make_unique<CompiledTemplate>(std::move(made).value());
                run.binding = run.compiled->bindTable(table);
                out.runs.push_back(std::move(run));
            }
            known = it->second;
        }
        out.runOfRow[row] = *known;
        return Ok{};
    };
    if (rows) {
        for (std::size_t row : *rows)
            if (auto status = prepare(row); !status)
                return status.error();
    } else {
        for (std::size_t row = 0; row < table.rowCount(); ++row)
            if (auto status = prepare(row); !status)
                return status.error();
    }
    return out;
}

} // namespace cw
