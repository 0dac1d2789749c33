// json-logic-engine's side of the whole-process benchmark: what `casewright-cli evaluate --json`
// does, in one node process -- read the cases file, parse it, evaluate every case with the
// compiled rules, and write the results in the CLI's exact shape and bytes (keys sorted,
// 2-space indent, trailing newline), so the two outputs can be compared byte for byte.
//
//   node whole_process_peer.mjs --program DIR --cases CASES.json --template ID --out RESULTS.json
//
// program.json (translate.mjs) is made beforehand, as the CLI's snapshot is: translating the
// domain is not the engine's work. Building the rules (LogicEngine.build) is, and is timed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { flattenCase } from "./flatten.mjs";
import { makeCombiner, makeJsonLogicEngine } from "./peers.mjs";

const { values: args } = parseArgs({
  options: { program: { type: "string" }, cases: { type: "string" }, template: { type: "string" }, out: { type: "string" } },
});
for (const name of ["program", "cases", "template", "out"])
  if (!args[name]) {
    console.error(`whole_process_peer: --${name} is required`);
    process.exit(2);
  }

const program = JSON.parse(readFileSync(join(args.program, "program.json"), "utf8"));
const engine = makeJsonLogicEngine(program);
const combiner = makeCombiner(program);
const hasOptions = program.fields.map((_, f) => program.attachments.some((a) => a.aspect === "options" && a.field === f));
// The CLI's JSON has its keys in byte order (nlohmann's std::map); ids here are ASCII.
const byId = program.fields.map((_, f) => f).sort((a, b) => (program.fields[a] < program.fields[b] ? -1 : 1));

const document = JSON.parse(readFileSync(args.cases, "utf8"));
const values = new Array(program.rules.length);
const flags = new Uint8Array(combiner.fieldCount);
const options = new Array(combiner.fieldCount);
const results = [];
for (const sampleCase of document.cases) {
  engine.evaluate(flattenCase(sampleCase), values);
  combiner.combine(values, flags, options);
  const fields = {};
  for (const f of byId) {
    const field = { hidden: (flags[f] & 2) !== 0 };
    if (hasOptions[f]) field.options = options[f];
    field.required = (flags[f] & 1) !== 0;
    fields[program.fields[f]] = field;
  }
  results.push({ case: sampleCase.id, fields, template: args.template });
}
writeFileSync(args.out, `${JSON.stringify({ results }, null, 2)}\n`);
