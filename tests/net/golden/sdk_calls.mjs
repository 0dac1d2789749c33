// Makes every call of calls.json with AWS's own SDK against the capture server.
//   node sdk_calls.mjs URL calls.json
import { readFileSync } from 'node:fs';
import * as cases from '@aws-sdk/client-connectcases';

const [url, callsFile] = process.argv.slice(2);
const { calls } = JSON.parse(readFileSync(callsFile, 'utf8'));
const client = new cases.ConnectCasesClient({
  endpoint: url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDGOLDEN', secretAccessKey: 'golden-secret' },
  maxAttempts: 1,
});

function page(call) {
  const input = {};
  if (call.maxResults !== undefined) input.maxResults = call.maxResults;
  if (call.nextToken !== undefined) input.nextToken = call.nextToken;
  return input;
}

function commandFor(call) {
  const d = { domainId: call.domainId };
  switch (call.op) {
    case 'ListDomains': return new cases.ListDomainsCommand(page(call));
    case 'GetDomain': return new cases.GetDomainCommand(d);
    case 'ListFields': return new cases.ListFieldsCommand({ ...d, ...page(call) });
    case 'BatchGetField': return new cases.BatchGetFieldCommand({ ...d, fields: call.ids.map((id) => ({ id })) });
    case 'ListFieldOptions': return new cases.ListFieldOptionsCommand({ ...d, fieldId: call.fieldId, ...page(call) });
    case 'ListLayouts': return new cases.ListLayoutsCommand({ ...d, ...page(call) });
    case 'GetLayout': return new cases.GetLayoutCommand({ ...d, layoutId: call.layoutId });
    case 'ListTemplates': return new cases.ListTemplatesCommand({ ...d, ...page(call), status: call.status });
    case 'GetTemplate': return new cases.GetTemplateCommand({ ...d, templateId: call.templateId });
    case 'CreateTemplate': return new cases.CreateTemplateCommand({ ...d, ...call.template });
    case 'UpdateTemplate': return new cases.UpdateTemplateCommand({ ...d, ...call.template });
    case 'ListCaseRules': return new cases.ListCaseRulesCommand({ ...d, ...page(call) });
    case 'BatchGetCaseRule': return new cases.BatchGetCaseRuleCommand({ ...d, caseRules: call.ids.map((id) => ({ id })) });
    case 'CreateCaseRule': return new cases.CreateCaseRuleCommand({ ...d, ...call.rule });
    case 'UpdateCaseRule': return new cases.UpdateCaseRuleCommand({ ...d, ...call.rule });
    case 'DeleteCaseRule': return new cases.DeleteCaseRuleCommand({ ...d, caseRuleId: call.caseRuleId });
    default: throw new Error(`unknown operation ${call.op}`);
  }
}

for (const call of calls) {
  try {
    await client.send(commandFor(call));
  } catch (error) {
    console.error(`SDK ${call.op} failed: ${error.name}: ${error.message}`);
    process.exitCode = 1;
  }
}
