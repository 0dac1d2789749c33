// Compares the requests the SDK sent with the ones Casewright's client sent, call by call:
// method, path, query (as sorted name=value pairs, still percent-encoded), content type and JSON
// body. Signature, date and user agent differ by design and are not compared.
//   node compare.mjs sdk.json casewright.json
import { readFileSync } from 'node:fs';

const [sdkFile, oursFile] = process.argv.slice(2);
const sdk = JSON.parse(readFileSync(sdkFile, 'utf8'));
const ours = JSON.parse(readFileSync(oursFile, 'utf8'));

function normal(request) {
  const query = request.query === '' ? [] : request.query.split('&').sort();
  let body = null;
  if (request.body !== '') {
    try { body = JSON.parse(request.body); } catch { body = `not JSON: ${request.body}`; }
  }
  // An empty JSON object body and no body are different on the wire; keep them apart.
  return { method: request.method, path: request.path, query, contentType: request.contentType.split(';')[0], body };
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  return value;
}

let failures = 0;
if (sdk.length !== ours.length) {
  console.error(`the SDK sent ${sdk.length} requests, Casewright ${ours.length}`);
  failures++;
}
for (let i = 0; i < Math.min(sdk.length, ours.length); i++) {
  const a = JSON.stringify(canonical(normal(sdk[i])));
  const b = JSON.stringify(canonical(normal(ours[i])));
  if (a !== b) {
    failures++;
    console.error(`request ${i + 1} differs:\n  sdk:        ${a}\n  casewright: ${b}`);
  }
}
console.log(`${Math.min(sdk.length, ours.length) - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
