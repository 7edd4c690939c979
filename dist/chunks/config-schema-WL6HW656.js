#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-QG3ZWQU6.js";
import {
  ConfigError,
  PRESETS
} from "./chunk-GYRZPTRP.js";
import {
  DOCS_REF,
  REPOSITORY
} from "./chunk-4AEENPI5.js";
import "./chunk-FO3ECEPE.js";
import {
  DEFAULT_LIMITS,
  LIMIT_NAMES
} from "./chunk-C7ZOMXXB.js";
import {
  __toESM
} from "./chunk-CCFEVKPO.js";

// src/engine/config-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var SCHEMA_ID = `${REPOSITORY.replace("https://github.com/", "https://raw.githubusercontent.com/")}/${DOCS_REF}/schema/mxlint.schema.json`;
function configSchema(rules) {
  const severity = { enum: ["off", "warn", "warning", "error", "info"] };
  const ruleProperties = {};
  for (const rule of rules) {
    const options = rule.meta.options ?? { type: "object", additionalProperties: false, properties: {} };
    ruleProperties[rule.meta.id] = {
      description: rule.meta.description,
      oneOf: [severity, { type: "array", minItems: 1, maxItems: 2, items: [severity, options], additionalItems: false }]
    };
  }
  const rulesSchema = { type: "object", properties: ruleProperties, additionalProperties: false };
  const globs = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "mxlint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "This schema, for completion and checks in editors (ignored by mxlint)." },
      extends: {
        description: "The preset to start from: mxlint:recommended (the default) or mxlint:strict (every rule an error).",
        oneOf: [{ enum: [...PRESETS] }, { type: "array", items: { enum: [...PRESETS] } }]
      },
      rules: { ...rulesSchema, description: `Rules by id: "off", "warn" or "error", or [severity, options]; each rule's page lists its options (mxlint --explain <rule>).` },
      overrides: {
        description: "Rules for some files: globs relative to this configuration file; later entries win.",
        type: "array",
        items: { type: "object", additionalProperties: false, required: ["files"], properties: { files: globs, excludedFiles: globs, rules: rulesSchema } }
      },
      limits: {
        type: "object",
        additionalProperties: false,
        description: "The resource budget of a run (read from --config or the configuration of the working directory). Defaults are far above any real repository: raise one only when a finding says it was reached.",
        properties: Object.fromEntries(LIMIT_NAMES.map((name) => [name, { type: "integer", minimum: 1, default: DEFAULT_LIMITS[name] }]))
      },
      zones: {
        description: "Which files are zones (include, exclude globs) and the origin of files that set no $ORIGIN and are not named after their zone.",
        type: "object",
        additionalProperties: false,
        properties: {
          include: { type: "array", items: { type: "string" }, description: "Globs of files read as zones (default: **/*.zone, **/db.*, **/*.db; JSON and YAML exports are recognised by content)." },
          exclude: { type: "array", items: { type: "string" } },
          origins: { type: "object", additionalProperties: { type: "string", pattern: "\\.$" }, description: "Origin (absolute, with the final dot) of files by glob or path, for files without $ORIGIN or SOA." }
        }
      },
      online: {
        type: "object",
        additionalProperties: false,
        properties: {
          nameservers: {
            type: "array",
            items: { type: "string" },
            description: "With --online: the authoritative servers (address or address:port) to compare these zones with, instead of each zone's NS."
          }
        }
      },
      views: {
        type: "object",
        description: 'Split-horizon views: view name \u2192 globs of the zone files of that view (e.g. {"external": ["zones/**"], "internal": ["internal/**"]}). Each view is its own set of zones for lookups; zone-view-mismatch compares the views of one zone. Files of no view are seen by every view.',
        additionalProperties: { type: "array", items: { type: "string" }, minItems: 1 }
      }
    }
  };
}
var compiled = /* @__PURE__ */ new WeakMap();
function validateConfig(config, path, rules) {
  const named = namedRules(config);
  const used = rules.filter((rule) => named.has(rule.meta.id));
  const key = used.map((rule) => rule.meta.id).join(" ");
  let byKey = compiled.get(rules);
  if (!byKey) compiled.set(rules, byKey = /* @__PURE__ */ new Map());
  let validate = byKey.get(key);
  if (!validate) byKey.set(key, validate = new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false }).compile(configSchema(used)));
  if (validate(config)) return;
  throw new ConfigError(`${path}: ${describe(validate.errors ?? [], rules)}`);
}
function namedRules(config) {
  const ids = /* @__PURE__ */ new Set();
  const add = (rules2) => {
    if (rules2 && typeof rules2 === "object" && !Array.isArray(rules2)) for (const id of Object.keys(rules2)) ids.add(id);
  };
  if (!config || typeof config !== "object") return ids;
  const { rules, overrides } = config;
  add(rules);
  if (Array.isArray(overrides)) {
    for (const o of overrides) if (o && typeof o === "object") add(o.rules);
  }
  return ids;
}
function describe(errors, rules) {
  const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!deepest) return "invalid configuration";
  const path = deepest.instancePath;
  const where = path ? path.slice(1).replace(/\//g, ".") : "the configuration";
  const option = /(?:^|\/)rules\/([^/]+)\/1(\/.*)?$/.exec(path);
  const severity = /(?:^|\/)rules\/([^/]+)(?:\/0)?$/.exec(path);
  if (severity && errors.some((e) => e.instancePath === path && e.keyword === "enum")) {
    const given = errors.find((e) => e.instancePath === path)?.data;
    if (typeof given === "string" || typeof given === "number" || typeof given === "boolean") {
      return `${JSON.stringify(given).replace(/^"|"$/g, "'")} is not a severity (rule ${severity[1]}, in ${where}); use off, warn, error or info`;
    }
    return `rule ${severity[1]} (in ${where}) needs a severity ("off", "warn", "error" or "info") or [severity, options]`;
  }
  if (deepest.keyword === "additionalProperties") {
    const key = deepest.params.additionalProperty;
    const valid = Object.keys(deepest.parentSchema?.properties ?? {});
    if (/(^|\/)rules$/.test(path)) {
      const near = closest(key, rules.map((r) => r.meta.id));
      return `unknown rule '${key}' in ${where}${near ? `; did you mean '${near}'?` : " (the rules are listed in the README)"}`;
    }
    const list = valid.length ? `; valid ${option ? "options" : "keys"}: ${valid.join(", ")}` : option ? "; this rule has no options" : "";
    if (option) return `unknown option '${key}' for rule ${option[1]} (in ${where})${list}`;
    return `unknown key '${key}' in ${where}${list}`;
  }
  if (option) return `option ${where.replace(/^.*?rules\.[^.]+\.1\.?/, "") || "object"} of rule ${option[1]} ${deepest.message ?? "is invalid"}`;
  if (deepest.keyword === "enum") {
    const allowed = deepest.params.allowedValues.map((v) => JSON.stringify(v)).join(", ");
    return `${where} is ${JSON.stringify(deepest.data)}; it must be one of ${allowed}`;
  }
  return `${where} ${deepest.message ?? "is invalid"}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
export {
  SCHEMA_ID,
  configSchema,
  validateConfig
};
