// The domain snapshot document and sample-case files.
#include "common/user_text.h"
#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::wire {
namespace {
Result<CaseFieldValue> readCaseFieldValue(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "case field");
    CaseFieldValue field;
    field.id = reader.requiredString("id");
    const Json *value = reader.requiredMember("value");
    field.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    auto parsed = readFieldValue(*value, reader.pointerOf("value"));
    if (!parsed)
        return parsed.error();
    field.value = std::move(parsed).value();
    return field;
}

// One field's expectation: {"required"?: bool, "hidden"?: bool, "options"?: [string]}. Unlike
// the service's shapes, an unknown key is an error here: a misspelt "requried" would otherwise
// be a test that silently checks nothing.
Result<FieldExpectation> readFieldExpectation(const std::string &key, const Json &json,
                                              const std::string &pointer)
{
    ObjectReader reader(json, pointer, "field's expectation");
    FieldExpectation expectation;
    expectation.key = key;
    expectation.required = reader.optionalBool("required");
    expectation.hidden = reader.optionalBool("hidden");
    if (const Json *options = reader.optionalArray("options")) {
        expectation.options.emplace();
        for (std::size_t i = 0; i < options->size() && reader.ok(); ++i) {
            const Json &option = (*options)[i];
            if (!option.is_string()) {
                reader.fail(
                    "wire.type",
                    std::string("an expected option must be a string (the option's value), but this is ") +
                        jsonTypeName(option),
                    pointerJoin(reader.pointerOf("options"), i));
                break;
            }
            expectation.options->push_back(option.get<std::string>());
        }
    }
    if (reader.ok()) {
        const Json unknown = reader.rest();
        if (!unknown.empty())
            reader.fail("expect.unknown-key",
                        "an expectation takes \"required\", \"hidden\" and \"options\", not " +
                            quoteUserText(unknown.begin().key(), '"'),
                        reader.pointerOf(unknown.begin().key()));
    }
    if (!reader.ok())
        return reader.error();
    return expectation;
}

Json writeFieldExpectation(const FieldExpectation &expectation)
{
    Json out = Json::object();
    if (expectation.required)
        out["required"] = *expectation.required;
    if (expectation.hidden)
        out["hidden"] = *expectation.hidden;
    if (expectation.options)
        out["options"] = *expectation.options;
    return out;
}

template <typename T> Result<T> withFile(Result<T> result, const std::string &path)
{
    if (result)
        return result;
    Error error = result.error();
    error.where.file = path;
    return error;
}
} // namespace

Result<std::vector<FieldExpectation>> readCaseExpectations(const Json &json, const std::string &pointer)
{
    if (!json.is_object())
        return makeError("wire.type",
                         std::string("\"expect\" must be an object ({FIELD: {\"required\", \"hidden\", "
                                     "\"options\"}}), but it is ") +
                             jsonTypeName(json),
                         Location{{}, pointer, 0, 0, {}});
    std::vector<FieldExpectation> expectations;
    expectations.reserve(json.size());
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto read = readFieldExpectation(it.key(), it.value(), pointerJoin(pointer, it.key()));
        if (!read)
            return read.error();
        expectations.push_back(std::move(read).value());
    }
    return expectations;
}

Result<SampleCase> readSampleCase(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "sample case");
    SampleCase sampleCase;
    sampleCase.id = reader.requiredString("id");
    sampleCase.templateId = reader.optionalString("templateId").value_or(std::string());
    const Json *fields = reader.requiredArray("fields");
    readArray(reader, fields, reader.pointerOf("fields"), sampleCase.fields, readCaseFieldValue);
    if (const Json *expect = reader.optionalObject("expect")) {
        if (auto read = readCaseExpectations(*expect, reader.pointerOf("expect")); read)
            sampleCase.expect = std::move(read).value();
        else
            reader.fail(read.error());
    }
    sampleCase.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return sampleCase;
}

Json writeSampleCase(const SampleCase &sampleCase)
{
    Json out = sampleCase.extra;
    out["id"] = sampleCase.id;
    if (!sampleCase.templateId.empty())
        out["templateId"] = sampleCase.templateId;
    Json fields = Json::array();
    for (const CaseFieldValue &field : sampleCase.fields) {
        Json item = field.extra;
        item["id"] = field.id;
        item["value"] = writeFieldValue(field.value);
        fields.push_back(std::move(item));
    }
    out["fields"] = std::move(fields);
    if (sampleCase.expect) {
        Json expect = Json::object();
        for (const FieldExpectation &expectation : *sampleCase.expect)
            expect[expectation.key] = writeFieldExpectation(expectation);
        out["expect"] = std::move(expect);
    }
    return out;
}

Result<SampleCaseSet> readSampleCaseSet(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "sample case file");
    SampleCaseSet set;
    const Json *cases = reader.requiredArray("cases");
    readArray(reader, cases, reader.pointerOf("cases"), set.cases, readSampleCase);
    set.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return set;
}

Json writeSampleCaseSet(const SampleCaseSet &set)
{
    Json out = set.extra;
    Json cases = Json::array();
    for (const SampleCase &sampleCase : set.cases)
        cases.push_back(writeSampleCase(sampleCase));
    out["cases"] = std::move(cases);
    return out;
}

Result<DomainSnapshot> readSnapshot(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "domain snapshot");
    DomainSnapshot snapshot;
    snapshot.domainId = reader.requiredString("domainId");
    snapshot.domainArn = reader.optionalString("domainArn").value_or(std::string());
    snapshot.name = reader.optionalString("name").value_or(std::string());
    readArray(reader, reader.optionalArray("fields"), reader.pointerOf("fields"), snapshot.fields, readField);
    if (const Json *options = reader.optionalObject("fieldOptions")) {
        const std::string optionsPointer = reader.pointerOf("fieldOptions");
        for (auto it = options->begin(); it != options->end() && reader.ok(); ++it) {
            const std::string fieldPointer = pointerJoin(optionsPointer, it.key());
            if (!it->is_array()) {
                reader.fail("wire.type",
                            "the options of field " + quoteUserText(it.key(), '"') +
                                " must be an array, but they are " + jsonTypeName(*it),
                            fieldPointer);
                break;
            }
            auto &list = snapshot.fieldOptions[it.key()];
            readArray(reader, &*it, fieldPointer, list, readFieldOption);
        }
    }
    readArray(reader, reader.optionalArray("layouts"), reader.pointerOf("layouts"), snapshot.layouts,
              readLayout);
    readArray(reader, reader.optionalArray("templates"), reader.pointerOf("templates"), snapshot.templates,
              readTemplate);
    readArray(reader, reader.optionalArray("caseRules"), reader.pointerOf("caseRules"), snapshot.caseRules,
              readCaseRule);
    snapshot.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return snapshot;
}

Json writeSnapshot(const DomainSnapshot &snapshot)
{
    Json out = snapshot.extra;
    out["domainId"] = snapshot.domainId;
    if (!snapshot.domainArn.empty())
        out["domainArn"] = snapshot.domainArn;
    if (!snapshot.name.empty())
        out["name"] = snapshot.name;
    Json fields = Json::array();
    for (const Field &field : snapshot.fields)
        fields.push_back(writeField(field));
    out["fields"] = std::move(fields);
    Json options = Json::object();
    for (const auto &[fieldId, list] : snapshot.fieldOptions) {
        Json items = Json::array();
        for (const FieldOption &option : list)
            items.push_back(writeFieldOption(option));
        options[fieldId] = std::move(items);
    }
    out["fieldOptions"] = std::move(options);
    Json layouts = Json::array();
    for (const Layout &layout : snapshot.layouts)
        layouts.push_back(writeLayout(layout));
    out["layouts"] = std::move(layouts);
    Json templates = Json::array();
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        templates.push_back(writeTemplate(caseTemplate));
    out["templates"] = std::move(templates);
    Json rules = Json::array();
    for (const CaseRule &rule : snapshot.caseRules)
        rules.push_back(writeCaseRule(rule));
    out["caseRules"] = std::move(rules);
    return out;
}

Result<DomainSnapshot> loadSnapshotFile(const std::string &path)
{
    auto json = readJsonFile(path);
    if (!json)
        return json.error();
    return withFile(readSnapshot(*json), path);
}

Result<SampleCaseSet> loadSampleCasesFile(const std::string &path)
{
    auto json = readJsonFile(path);
    if (!json)
        return json.error();
    return withFile(readSampleCaseSet(*json), path);
}

} // namespace cw::wire
