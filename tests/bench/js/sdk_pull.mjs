// The pull benchmark's peer: a whole Cases domain fetched with AWS's own
// @aws-sdk/client-connectcases, written the way most admin scripts are -- paginators and batch
// gets, one request after another:
//   GetDomain (the domain's name and ARN, which a project records too -- the same data both ways)
//   for each page of ListFields -> BatchGetField (<= 50 ids a call)
//   ListFieldOptions (all pages) for each SingleSelect field
//   ListLayouts -> GetLayout for each layout
//   ListTemplates -> GetTemplate for each template
//   for each page of ListCaseRules -> BatchGetCaseRule (<= 50 ids a call)
//
//   node sdk_pull.mjs --endpoint URL --domain ID --out FILE
// Credentials and region come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_REGION), as for casewright-cli. Writes everything to FILE as one JSON document and prints
// one line of JSON: {"fields", "templates", "rules", "layouts", "options", "seconds"} -- seconds
// measured inside the script, from the first request to the file written.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  BatchGetCaseRuleCommand,
  BatchGetFieldCommand,
  ConnectCasesClient,
  GetDomainCommand,
  GetLayoutCommand,
  GetTemplateCommand,
  paginateListCaseRules,
  paginateListFieldOptions,
  paginateListFields,
  paginateListLayouts,
  paginateListTemplates,
} from "@aws-sdk/client-connectcases";

const kBatchLimit = 50; // BatchGetField / BatchGetCaseRule accept at most 50 ids

function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function failIfErrors(errors, what) {
  if (errors?.length) throw new Error(`${what}: ${errors.length} errors, first ${JSON.stringify(errors[0])}`);
}

const { values: args } = parseArgs({ options: { endpoint: { type: "string" }, domain: { type: "string" }, out: { type: "string" } } });
if (!args.endpoint || !args.domain || !args.out) {
  console.error("usage: node sdk_pull.mjs --endpoint URL --domain ID --out FILE");
  process.exit(2);
}
const domainId = args.domain;
const client = new ConnectCasesClient({ endpoint: args.endpoint, region: process.env.AWS_REGION ?? "us-east-1" });
const started = process.hrtime.bigint();

const domain = await client.send(new GetDomainCommand({ domainId }));

const fields = [];
for await (const page of paginateListFields({ client }, { domainId })) {
  for (const batch of chunks(page.fields.map((f) => ({ id: f.fieldId })), kBatchLimit)) {
    const got = await client.send(new BatchGetFieldCommand({ domainId, fields: batch }));
    failIfErrors(got.errors, "BatchGetField");
    fields.push(...got.fields);
  }
}

const fieldOptions = {};
for (const field of fields.filter((f) => f.type === "SingleSelect")) {
  fieldOptions[field.fieldId] = [];
  for await (const page of paginateListFieldOptions({ client }, { domainId, fieldId: field.fieldId }))
    fieldOptions[field.fieldId].push(...page.options);
}

const layouts = [];
for await (const page of paginateListLayouts({ client }, { domainId }))
  for (const summary of page.layouts)
    layouts.push(await client.send(new GetLayoutCommand({ domainId, layoutId: summary.layoutId })));

const templates = [];
for await (const page of paginateListTemplates({ client }, { domainId }))
  for (const summary of page.templates)
    templates.push(await client.send(new GetTemplateCommand({ domainId, templateId: summary.templateId })));

const caseRules = [];
for await (const page of paginateListCaseRules({ client }, { domainId })) {
  for (const batch of chunks(page.caseRules.map((r) => ({ id: r.caseRuleId })), kBatchLimit)) {
    const got = await client.send(new BatchGetCaseRuleCommand({ domainId, caseRules: batch }));
    failIfErrors(got.errors, "BatchGetCaseRule");
    caseRules.push(...got.caseRules);
  }
}

const strip = ({ $metadata, ...rest }) => rest;
writeFileSync(args.out, JSON.stringify({ domainId, domainArn: domain.domainArn, name: domain.name, fields, fieldOptions, layouts: layouts.map(strip),
                                         templates: templates.map(strip), caseRules }, null, 1));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
  fields: fields.length, templates: templates.length, rules: caseRules.length, layouts: layouts.length,
  options: Object.values(fieldOptions).reduce((n, list) => n + list.length, 0), seconds,
}));
