// The peer engines behind one interface: evaluate(values, out) fills out[k] with rule k's value
// (a boolean, or the options array of a fieldOptions rule) for one flattened case. ZEN is
// asynchronous (a native addon returning a promise), the JSON Logic engines are synchronous.
import { LogicEngine } from "json-logic-engine";
import jsonLogic from "json-logic-js";

// ZEN is a native addon with one npm package per platform: if this machine has none, the
// benchmark says so (zenUnavailable) instead of failing or pretending.
let ZenEngine = null;
export let zenUnavailable = null;
try {
  ({ ZenEngine } = await import("@gorules/zen-engine"));
} catch (error) {
  zenUnavailable = `@gorules/zen-engine cannot be loaded on ${process.platform}-${process.arch} ` +
                   `(node ${process.version}): ${error.message.split("\n")[0]}`;
}

// Evaluations ZEN may have in flight at once: its promises resolve off the JavaScript thread, so
// overlapping them is its fastest way through many cases (and lets it use more than one core --
// the timings report CPU time beside wall time for that reason).
export const kZenInFlight = 64;

export function makeJsonLogicJs(program) {
  const logics = program.rules.map((rule) => rule.jsonLogic);
  return {
    name: "json-logic-js",
    variant: "jsonLogic.apply per rule (the library has no compiled mode)",
    label: "apply",
    async: false,
    evaluate(values, out) {
      for (let k = 0; k < logics.length; k++) out[k] = jsonLogic.apply(logics[k], values);
    },
  };
}

export function makeJsonLogicEngine(program) {
  const engine = new LogicEngine();
  const built = program.rules.map((rule) => engine.build(rule.jsonLogic));
  return {
    name: "json-logic-engine",
    variant: "LogicEngine.build per rule (compiled mode)",
    label: "compiled",
    async: false,
    evaluate(values, out) {
      for (let k = 0; k < built.length; k++) out[k] = built[k](values);
    },
  };
}

function makeZen(graph, variant, label, ruleCount) {
  if (!ZenEngine) return null;
  const engine = new ZenEngine();
  const decision = engine.createDecision(graph);
  const keys = Array.from({ length: ruleCount }, (_, k) => `r${k}`);
  return {
    name: "zen-engine",
    variant,
    label,
    async: true,
    inFlight: kZenInFlight,
    async evaluate(values, out) {
      const { result } = await decision.evaluate(values);
      for (let k = 0; k < keys.length; k++) out[k] = result[keys[k]];
    },
    dispose() {
      engine.dispose();
    },
  };
}

export function makeZenTables(program, graph) {
  return makeZen(graph, "one decision table per rule, hit policy first", "decision tables", program.rules.length);
}

export function makeZenExpression(program, graph) {
  return makeZen(graph, "one expression node, a ternary chain per rule", "expression node", program.rules.length);
}

// Rule values -> per-field flags (bit 1 required, bit 2 hidden) and options, as
// CompiledTemplate::evaluate fills its OutcomeBuffer.
export function makeCombiner(program) {
  const templateFlags = Uint8Array.from(program.templateRequired, (required) => (required ? 1 : 0));
  const flagAttachments = program.attachments.filter((a) => a.aspect !== "options");
  const ruleOf = Int32Array.from(flagAttachments, (a) => a.rule);
  const fieldOf = Int32Array.from(flagAttachments, (a) => a.field);
  const bitOf = Uint8Array.from(flagAttachments, (a) => (a.aspect === "required" ? 1 : 2));
  const optionAttachments = program.attachments.filter((a) => a.aspect === "options");
  return {
    fieldCount: program.fields.length,
    combine(values, flags, options) {
      flags.set(templateFlags);
      for (let i = 0; i < ruleOf.length; i++) if (values[ruleOf[i]]) flags[fieldOf[i]] |= bitOf[i];
      for (const a of optionAttachments) options[a.field] = values[a.rule];
    },
    // The shape of `casewright-cli evaluate --json`'s "fields".
    report(flags, options) {
      const fields = {};
      program.fields.forEach((id, f) => {
        fields[id] = { required: (flags[f] & 1) !== 0, hidden: (flags[f] & 2) !== 0 };
        if (optionAttachments.some((a) => a.field === f)) fields[id].options = options[f];
      });
      return fields;
    },
  };
}
