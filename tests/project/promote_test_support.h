#pragma once
// The sample domain as a second Connect instance would hold it: the same fields, templates and
// rules by name, but every id different (the domain's, each custom field's, rule's, template's and
// layout's; system fields keep theirs, as they do in Amazon Connect). Shared by the promote tests
// (tests/project) and the promote end-to-end test (tests/sync).

#include "common/json_text.h"
#include "model/domain_snapshot.h"
#include "wire/wire_json.h"

#include <QUuid>
#include <string>

namespace cw::promotetest {

// The id `id` has in the other domain: a name-based UUID, so every run agrees.
inline std::string otherId(const std::string &id)
{
    static const QUuid space(QStringLiteral("{6c2e0c44-3f4e-4d57-9a51-6b0f6b4c2a10}"));
    return QUuid::createUuidV5(space, QString::fromStdString(id))
        .toString(QUuid::WithoutBraces)
        .toStdString();
}

// Every id replaced wherever it appears (references and ARNs alike), by text, so nothing that
// refers to an id can be missed.
inline DomainSnapshot withOtherIds(const DomainSnapshot &snapshot)
{
    std::vector<std::string> ids{snapshot.domainId};
    for (const Field &field : snapshot.fields)
        if (field.nameSpace != "System")
            ids.push_back(field.fieldId);
    for (const CaseRule &rule : snapshot.caseRules)
        ids.push_back(rule.caseRuleId);
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        ids.push_back(caseTemplate.templateId);
    for (const Layout &layout : snapshot.layouts)
        ids.push_back(layout.layoutId);
    std::string text = wire::writeSnapshot(snapshot).dump();
    for (const std::string &id : ids) {
        const std::string replacement = otherId(id);
        for (std::size_t at = text.find(id); at != std::string::npos;
             at = text.find(id, at + replacement.size()))
            text.replace(at, id.size(), replacement);
    }
    return wire::readSnapshot(*parseJsonText(text)).value();
}

} // namespace cw::promotetest
