// SDK conformance: AWS's own @aws-sdk/client-connectcases drives cases-emulator through every
// operation it implements, paginators included. The SDK must sign requests the emulator accepts
// and parse every response; errors must map to the SDK's modelled exception classes.
//
// Run by run_sdk_conformance.sh (ctest: emulator_sdk_conformance), which sets:
//   CASES_EMULATOR         path of the cases-emulator executable
//   CASES_EMULATOR_SAMPLE  the sample domain snapshot the emulator is seeded with
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import {
  BatchGetCaseRuleCommand,
  BatchGetFieldCommand,
  BatchPutFieldOptionsCommand,
  ConflictException,
  ConnectCasesClient,
  CreateCaseCommand,
  CreateCaseRuleCommand,
  CreateFieldCommand,
  CreateTemplateCommand,
  DeleteCaseRuleCommand,
  DeleteTemplateCommand,
  GetCaseCommand,
  GetDomainCommand,
  GetLayoutCommand,
  GetTemplateCommand,
  InternalServerException,
  ListCaseRulesCommand,
  ListDomainsCommand,
  ListFieldOptionsCommand,
  ListFieldsCommand,
  ListTemplatesCommand,
  ResourceNotFoundException,
  SearchCasesCommand,
  ThrottlingException,
  UpdateCaseRuleCommand,
  UpdateTemplateCommand,
  ValidationException,
  paginateListCaseRules,
  paginateListDomains,
  paginateListFieldOptions,
  paginateListFields,
  paginateListLayouts,
  paginateListTemplates,
  paginateSearchCases,
} from "@aws-sdk/client-connectcases";

const emulatorPath = process.env.CASES_EMULATOR;
const samplePath = process.env.CASES_EMULATOR_SAMPLE;
assert.ok(emulatorPath, "CASES_EMULATOR must name the cases-emulator executable");
assert.ok(samplePath, "CASES_EMULATOR_SAMPLE must name the sample snapshot");

const ACCESS_KEY = "SDKCONFORMANCEKEY";
const SECRET_KEY = "sdk-conformance-secret";
const sample = JSON.parse(readFileSync(samplePath, "utf8"));
const domainId = sample.domainId;
const live = (items) => items.filter((item) => !item.deleted);
const started = [];

// Starts the emulator on a free port and resolves with its URL once it says it is listening.
function startEmulator(extraArgs) {
  const args = ["--seed-sample", "--sample", samplePath, "--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY,
                ...extraArgs];
  const child = spawn(emulatorPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  started.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("cases-emulator did not report its URL within 15 s")), 15000);
    child.once("exit", (code) => reject(new Error(`cases-emulator exited early with code ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^cases-emulator listening on (http:\/\/\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

function clientFor(url, credentials = { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY }) {
  return new ConnectCasesClient({ endpoint: url, region: "us-east-1", credentials, maxAttempts: 1 });
}

async function collect(paginator, member) {
  const pages = [];
  for await (const page of paginator) pages.push(page);
  return { pages, items: pages.flatMap((page) => page[member]) };
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call succeeded but an error was expected");
}

function isTimestamp(value) {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

let url;
let client;

before(async () => {
  // A page holds at most 2 items whatever maxResults says, so every paginator turns pages.
  url = await startEmulator(["--page-size", "2"]);
  client = clientFor(url);
});

after(() => {
  for (const child of started) child.kill();
});

describe("domains", () => {
  test("ListDomains paginator and GetDomain", async () => {
    const { items } = await collect(paginateListDomains({ client, pageSize: 10 }, {}), "domains");
    assert.deepEqual(items.map((d) => d.domainId), [domainId]);
    assert.equal(items[0].name, sample.name);
    const domain = await client.send(new GetDomainCommand({ domainId }));
    assert.equal(domain.domainArn, sample.domainArn);
    assert.equal(domain.domainStatus, "Active");
    assert.ok(isTimestamp(domain.createdTime));
    assert.equal(domain.$metadata.httpStatusCode, 200);
    assert.ok(domain.$metadata.requestId, "x-amzn-RequestId reaches $metadata");
  });
});

describe("fields and options", () => {
  test("ListFields paginator walks several pages whose tokens need percent-encoding", async () => {
    const { pages, items } = await collect(paginateListFields({ client, pageSize: 3 }, { domainId }), "fields");
    assert.ok(pages.length >= 3, `expected several pages, got ${pages.length}`);
    assert.ok(pages.every((page) => page.fields.length <= 2));
    const token = pages[0].nextToken;
    assert.match(token, /\+/);
    assert.match(token, /\//);
    assert.match(token, /=/);
    assert.deepEqual(items.map((f) => f.fieldId), live(sample.fields).map((f) => f.fieldId));
    const status = items.find((f) => f.fieldId === "status");
    assert.equal(status.type, "SingleSelect");
    assert.equal(status.namespace, "System");
  });

  test("BatchGetField returns fields and per-id errors", async () => {
    const wanted = sample.fields.slice(0, 3).map((f) => ({ id: f.fieldId }));
    const result = await client.send(
      new BatchGetFieldCommand({ domainId, fields: [...wanted, { id: "no-such-field" }] }));
    assert.deepEqual(result.fields.map((f) => f.fieldId), wanted.map((w) => w.id));
    assert.equal(result.fields[0].name, sample.fields[0].name);
    assert.ok(isTimestamp(result.fields[0].createdTime));
    assert.equal(result.fields[0].deleted, false);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].id, "no-such-field");
    assert.equal(result.errors[0].errorCode, "ResourceNotFoundException");
  });

  test("ListFieldOptions paginator and its values filter", async () => {
    const { pages, items } = await collect(
      paginateListFieldOptions({ client, pageSize: 5 }, { domainId, fieldId: "status" }), "options");
    assert.ok(pages.length >= 2);
    assert.deepEqual(items.map((o) => o.value), sample.fieldOptions.status.map((o) => o.value));
    assert.equal(typeof items[0].active, "boolean");
    const filtered = await client.send(new ListFieldOptionsCommand({ domainId, fieldId: "status", values: ["closed"] }));
    assert.deepEqual(filtered.options.map((o) => o.name), ["Closed"]);
  });

  test("CreateField, BatchPutFieldOptions, then the options list", async () => {
    const created = await client.send(new CreateFieldCommand({ domainId, name: "SDK conformance field", type: "SingleSelect" }));
    assert.match(created.fieldArn, new RegExp(`domain/${domainId}/field/${created.fieldId}$`));
    const put = await client.send(new BatchPutFieldOptionsCommand({
      domainId, fieldId: created.fieldId,
      options: [{ name: "Yes", value: "yes", active: true }, { name: "No", value: "no", active: false }],
    }));
    assert.deepEqual(put.errors, []);
    const listed = await client.send(new ListFieldOptionsCommand({ domainId, fieldId: created.fieldId }));
    assert.deepEqual(listed.options, [{ name: "Yes", value: "yes", active: true }, { name: "No", value: "no", active: false }]);
    const duplicate = await rejection(client.send(new CreateFieldCommand({ domainId, name: "SDK conformance field", type: "Text" })));
    assert.ok(duplicate instanceof ConflictException);
  });
});

describe("layouts", () => {
  test("ListLayouts paginator and GetLayout", async () => {
    const { items } = await collect(paginateListLayouts({ client, pageSize: 1 }, { domainId }), "layouts");
    assert.deepEqual(items.map((l) => l.layoutId), live(sample.layouts).map((l) => l.layoutId));
    const layout = await client.send(new GetLayoutCommand({ domainId, layoutId: items[0].layoutId }));
    assert.equal(layout.name, sample.layouts[0].name);
    assert.deepEqual(layout.content, sample.layouts[0].content);
  });
});

describe("templates", () => {
  test("ListTemplates paginator, status filter and GetTemplate", async () => {
    const { items } = await collect(paginateListTemplates({ client, pageSize: 2 }, { domainId }), "templates");
    assert.deepEqual(items.map((t) => t.templateId).sort(), live(sample.templates).map((t) => t.templateId).sort());
    for (const status of ["Active", "Inactive"]) {
      const filtered = await collect(paginateListTemplates({ client }, { domainId, status: [status] }), "templates");
      assert.ok(filtered.items.every((t) => t.status === status));
      assert.equal(filtered.items.length, live(sample.templates).filter((t) => t.status === status).length);
    }
    const expected = sample.templates[0];
    const got = await client.send(new GetTemplateCommand({ domainId, templateId: expected.templateId }));
    assert.equal(got.name, expected.name);
    assert.deepEqual(got.rules, expected.rules);
    assert.deepEqual(got.requiredFields, expected.requiredFields);
    assert.deepEqual(got.layoutConfiguration, expected.layoutConfiguration);
    assert.ok(isTimestamp(got.lastModifiedTime));
  });

  test("GetTemplate of an unknown id is a ResourceNotFoundException", async () => {
    const error = await rejection(client.send(new GetTemplateCommand({ domainId, templateId: "no-such-template" })));
    assert.ok(error instanceof ResourceNotFoundException);
    assert.equal(error.$metadata.httpStatusCode, 404);
    assert.equal(error.resourceId, "no-such-template");
    assert.equal(error.resourceType, "Template");
  });

  test("a duplicate name is a ConflictException, an unknown field a ValidationException", async () => {
    const duplicate = await rejection(client.send(new CreateTemplateCommand({ domainId, name: sample.templates[0].name })));
    assert.ok(duplicate instanceof ConflictException);
    assert.equal(duplicate.$metadata.httpStatusCode, 409);
    assert.match(duplicate.message, /already exists/);
    const invalid = await rejection(client.send(new CreateTemplateCommand({
      domainId, name: "Refers to nothing", requiredFields: [{ fieldId: "no-such-field" }] })));
    assert.ok(invalid instanceof ValidationException);
    assert.equal(invalid.$metadata.httpStatusCode, 400);
  });
});

describe("case rules", () => {
  test("ListCaseRules paginator and BatchGetCaseRule return the sample's rules exactly", async () => {
    const { pages, items } = await collect(paginateListCaseRules({ client, pageSize: 4 }, { domainId }), "caseRules");
    assert.ok(pages.length >= 3);
    const expected = live(sample.caseRules);
    assert.deepEqual(items.map((r) => r.caseRuleId), expected.map((r) => r.caseRuleId));
    const types = { required: "Required", hidden: "Hidden", fieldOptions: "FieldOptions" };
    assert.deepEqual(items.map((r) => r.ruleType), expected.map((r) => types[Object.keys(r.rule)[0]]));
    const batch = await client.send(new BatchGetCaseRuleCommand({
      domainId, caseRules: [...expected.map((r) => ({ id: r.caseRuleId })), { id: "no-such-rule" }] }));
    assert.equal(batch.caseRules.length, expected.length);
    for (const rule of expected) {
      const got = batch.caseRules.find((r) => r.caseRuleId === rule.caseRuleId);
      assert.deepEqual(got.rule, rule.rule, `rule ${rule.name} survives the SDK's parser`);
      assert.equal(got.name, rule.name);
      assert.ok(isTimestamp(got.createdTime));
    }
    assert.deepEqual(batch.errors.map((e) => e.id), ["no-such-rule"]);
    assert.deepEqual(batch.unprocessedCaseRules, []);
  });

  test("create, attach, update, conflict on delete, detach, delete: the whole life cycle", async () => {
    const rule = {
      required: {
        defaultValue: false,
        conditions: [
          { equalTo: { operandOne: { fieldId: "status" }, operandTwo: { stringValue: "closed" }, result: true } },
          { orAll: { conditions: [
            { notEqualTo: { operandOne: { fieldId: "title" }, operandTwo: { emptyValue: {} }, result: true } },
            { equalTo: { operandOne: { fieldId: "status" }, operandTwo: { stringValue: "pending" }, result: true } },
          ] } },
        ],
      },
    };
    const created = await client.send(new CreateCaseRuleCommand({ domainId, name: "SDK rule", description: "made by the SDK", rule }));
    assert.match(created.caseRuleArn, new RegExp(`^arn:aws:cases:us-east-1:\\d{12}:domain/${domainId}/case-rule/${created.caseRuleId}$`));

    const template = await client.send(new CreateTemplateCommand({
      domainId, name: "SDK template", status: "Inactive",
      requiredFields: [{ fieldId: "title" }],
      rules: [{ caseRuleId: created.caseRuleId, fieldId: "status" }],
    }));
    const fetched = await client.send(new GetTemplateCommand({ domainId, templateId: template.templateId }));
    assert.equal(fetched.status, "Inactive");
    assert.deepEqual(fetched.rules, [{ caseRuleId: created.caseRuleId, fieldId: "status" }]);
    assert.equal(fetched.deleted, false);

    await client.send(new UpdateCaseRuleCommand({ domainId, caseRuleId: created.caseRuleId, name: "SDK rule, renamed" }));
    const [updated] = (await client.send(new BatchGetCaseRuleCommand({ domainId, caseRules: [{ id: created.caseRuleId }] }))).caseRules;
    assert.equal(updated.name, "SDK rule, renamed");
    assert.deepEqual(updated.rule, rule);
    assert.ok(updated.lastModifiedTime >= updated.createdTime);

    const inUse = await rejection(client.send(new DeleteCaseRuleCommand({ domainId, caseRuleId: created.caseRuleId })));
    assert.ok(inUse instanceof ConflictException);
    assert.equal(inUse.$metadata.httpStatusCode, 409);

    await client.send(new UpdateTemplateCommand({ domainId, templateId: template.templateId, rules: [], name: "SDK template 2" }));
    const renamed = await client.send(new GetTemplateCommand({ domainId, templateId: template.templateId }));
    assert.equal(renamed.name, "SDK template 2");
    assert.deepEqual(renamed.rules, []);
    assert.deepEqual(renamed.requiredFields, [{ fieldId: "title" }], "members not sent keep their value");

    await client.send(new DeleteCaseRuleCommand({ domainId, caseRuleId: created.caseRuleId }));
    const listed = await collect(paginateListCaseRules({ client }, { domainId }), "caseRules");
    assert.ok(!listed.items.some((r) => r.caseRuleId === created.caseRuleId), "a deleted rule leaves the list");
    const [deleted] = (await client.send(new BatchGetCaseRuleCommand({ domainId, caseRules: [{ id: created.caseRuleId }] }))).caseRules;
    assert.equal(deleted.deleted, true, "a deleted rule stays readable by id");

    await client.send(new DeleteTemplateCommand({ domainId, templateId: template.templateId }));
    const templates = await collect(paginateListTemplates({ client }, { domainId }), "templates");
    assert.ok(!templates.items.some((t) => t.templateId === template.templateId));
    assert.equal((await client.send(new GetTemplateCommand({ domainId, templateId: template.templateId }))).deleted, true);
  });

  test("a rule with no type or an unknown field is a ValidationException", async () => {
    const unknownField = await rejection(client.send(new CreateCaseRuleCommand({ domainId, name: "Bad", rule: {
      hidden: { defaultValue: true, conditions: [
        { equalTo: { operandOne: { fieldId: "no-such-field" }, operandTwo: { booleanValue: true }, result: false } }] } } })));
    assert.ok(unknownField instanceof ValidationException);
    assert.match(unknownField.message, /no-such-field/);
    const badName = await rejection(client.send(new CreateCaseRuleCommand({ domainId, name: "trailing space ", rule: {
      hidden: { defaultValue: true, conditions: [] } } })));
    assert.ok(badName instanceof ValidationException);
  });
});

describe("cases", () => {
  test("CreateCase, GetCase and the SearchCases paginator over generated cases", async () => {
    const cases = clientFor(await startEmulator(["--generate-cases", "30", "--page-size", "7"]));
    const support = sample.templates.find((t) => t.name === "Customer support");
    const created = await cases.send(new CreateCaseCommand({
      domainId,
      templateId: support.templateId,
      clientToken: "sdk-conformance-1",
      fields: [
        { id: "customer_id", value: { stringValue: "arn:aws:profile:us-east-1:123456789012:domains/shop/profiles/7" } },
        { id: "title", value: { stringValue: "Created by the JavaScript SDK" } },
        { id: "10fd19fe-bb18-514b-978f-b601f0533303", value: { stringValue: "high" } },
        { id: "494a2506-681f-5d8b-9091-d436305b9d66", value: { stringValue: "billing" } },
        { id: "eb956ec4-562b-5f25-a901-b5602f529bb3", value: { booleanValue: true } },
      ],
    }));
    assert.match(created.caseArn, new RegExp(`/case/${created.caseId}$`));
    const got = await cases.send(new GetCaseCommand({
      domainId, caseId: created.caseId, fields: [{ id: "title" }, { id: "eb956ec4-562b-5f25-a901-b5602f529bb3" }],
    }));
    assert.equal(got.templateId, support.templateId);
    assert.deepEqual(got.fields.map((f) => f.id), ["title", "eb956ec4-562b-5f25-a901-b5602f529bb3"]);
    assert.equal(got.fields[1].value.booleanValue, true);

    const { pages, items } = await collect(
      paginateSearchCases({ client: cases, pageSize: 10 }, { domainId, fields: [{ id: "title" }] }), "cases");
    assert.equal(items.length, 31);
    assert.equal(pages.length, 5); // 7 a page: the server's page is the smaller
    assert.equal(pages[0].totalCount, 31);
    assert.equal(new Set(items.map((c) => c.caseId)).size, 31);
    assert.equal(items[0].caseId, created.caseId); // newest first

    const filtered = await cases.send(new SearchCasesCommand({
      domainId,
      filter: { andAll: [
        { field: { equalTo: { id: "eb956ec4-562b-5f25-a901-b5602f529bb3", value: { booleanValue: true } } } },
        { field: { contains: { id: "title", value: { stringValue: "javascript" } } } },
      ] },
      fields: [{ id: "title" }],
    }));
    assert.deepEqual(filtered.cases.map((c) => c.caseId), [created.caseId]);

    const missing = await rejection(cases.send(new GetCaseCommand({ domainId, caseId: "nope", fields: [{ id: "title" }] })));
    assert.ok(missing instanceof ResourceNotFoundException);
    const invalid = await rejection(cases.send(new CreateCaseCommand({
      domainId, templateId: support.templateId, fields: [{ id: "title", value: { stringValue: "no customer" } }],
    })));
    assert.ok(invalid instanceof ValidationException);
  });
});

describe("pagination and auth errors", () => {
  test("a garbled nextToken is a ValidationException", async () => {
    const error = await rejection(client.send(new ListCaseRulesCommand({ domainId, nextToken: "not+a/token==" })));
    assert.ok(error instanceof ValidationException);
    const first = await client.send(new ListFieldsCommand({ domainId }));
    const wrongList = await rejection(client.send(new ListTemplatesCommand({ domainId, nextToken: first.nextToken })));
    assert.ok(wrongList instanceof ValidationException, "a token only works for the list that issued it");
  });

  test("a wrong secret key or an unknown access key is refused with 403", async () => {
    const wrongSecret = clientFor(url, { accessKeyId: ACCESS_KEY, secretAccessKey: "not-the-secret" });
    const invalid = await rejection(wrongSecret.send(new ListDomainsCommand({})));
    assert.equal(invalid.name, "InvalidSignatureException");
    assert.equal(invalid.$metadata.httpStatusCode, 403);
    const unknownKey = clientFor(url, { accessKeyId: "SOMEONEELSE", secretAccessKey: SECRET_KEY });
    const unrecognized = await rejection(unknownKey.send(new ListDomainsCommand({})));
    assert.equal(unrecognized.name, "UnrecognizedClientException");
    assert.equal(unrecognized.$metadata.httpStatusCode, 403);
  });
});

describe("injected faults", () => {
  test("throttling and server errors map to the SDK's retryable exceptions", async () => {
    const throttled = clientFor(await startEmulator(["--throttle-rate", "1"]));
    const throttle = await rejection(throttled.send(new ListDomainsCommand({})));
    assert.ok(throttle instanceof ThrottlingException);
    assert.equal(throttle.$metadata.httpStatusCode, 429);
    const failing = clientFor(await startEmulator(["--error-rate", "1"]));
    const internal = await rejection(failing.send(new ListDomainsCommand({})));
    assert.ok(internal instanceof InternalServerException);
    assert.equal(internal.$metadata.httpStatusCode, 500);
  });
});
