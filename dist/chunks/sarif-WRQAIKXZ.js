#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  findingFingerprint,
  relativeUri
} from "./chunk-GTEJDMJM.js";
import {
  rulePage
} from "./chunk-BRA3G5FL.js";
import {
  SEVERITY_RANK,
  plural
} from "./chunk-KYABPQAJ.js";
import {
  docsUrl
} from "./chunk-CIGZ5PDF.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import {
  REPOSITORY
} from "./chunk-4AEENPI5.js";
import "./chunk-CCFEVKPO.js";

// src/report/sarif.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = REPOSITORY;
var FINGERPRINT_KEY = "mxlintFingerprint/v1";
var MAX_RESULTS = 25e3;
var SECURITY_SEVERITY = {
  "spf-permissive-all": "8.1",
  "spf-broad-range": "7.5",
  "spf-multiple-records": "5.3",
  "spf-syntax": "5.3",
  "spf-too-many-lookups": "5.3",
  "spf-include-loop": "5.3",
  "spf-include-no-spf": "5.3",
  "spf-duplicate-modifier": "5.3",
  "spf-parked-domain": "5.3",
  "spf-weak-all": "4.3",
  "dmarc-missing": "5.3",
  "dmarc-missing-policy": "5.3",
  "dmarc-multiple-records": "5.3",
  "dmarc-syntax": "5.3",
  "dmarc-wrong-name": "5.3",
  "dmarc-policy-none": "4.3",
  "dmarc-testing": "3.1"
};
function toSarif(results, rules, opts) {
  const cwd = opts.cwd ?? process.cwd();
  const baseDir = opts.baseDir === void 0 ? void 0 : resolve(cwd, opts.baseDir);
  const metas = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const meta = "meta" in rule ? rule.meta : rule;
    metas.set(meta.id, meta);
  }
  const descriptors = [];
  const indexOf = /* @__PURE__ */ new Map();
  const artifact = (path) => artifactLocation(path, cwd, baseDir);
  const all = results.flatMap((result) => result.diagnostics.map((d) => ({ result, d })));
  const max = Math.max(0, opts.maxResults ?? MAX_RESULTS);
  let kept = all;
  let left = [];
  if (all.length > max) {
    const chosen = new Set([...all].sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity]).slice(0, max));
    kept = all.filter((e) => chosen.has(e));
    left = all.filter((e) => !chosen.has(e)).map((e) => e.d);
  }
  const sarifResults = [];
  for (const { result, d } of kept) {
    let ruleIndex = indexOf.get(d.ruleId);
    if (ruleIndex === void 0) {
      ruleIndex = descriptors.length;
      indexOf.set(d.ruleId, ruleIndex);
      descriptors.push(descriptor(d, metas.get(d.ruleId)));
    }
    const primary = artifact(result.path);
    const entry = {
      ruleId: d.ruleId,
      ruleIndex,
      level: level(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: primary, region: region(d.span) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(d, primary.uri) }
    };
    if (d.related && d.related.length > 0) {
      entry.relatedLocations = d.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: {
          artifactLocation: r.span.source === d.span.source ? primary : artifact(r.span.source.path),
          region: region(r.span)
        },
        message: { text: r.message }
      }));
    }
    sarifResults.push(entry);
  }
  const run = {
    tool: {
      driver: {
        name: "mxlint",
        version: opts.toolVersion,
        semanticVersion: opts.toolVersion,
        informationUri: INFORMATION_URI,
        rules: descriptors
      }
    },
    columnKind: "utf16CodeUnits",
    results: sarifResults
  };
  if (left.length > 0) run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: [omittedNote(left, kept.length, all.length)] }];
  if (baseDir !== void 0) {
    run.originalUriBaseIds = { "%SRCROOT%": { uri: directoryUri(baseDir) } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function formatSarif(results, rules, opts) {
  return JSON.stringify(toSarif(results, rules, opts), null, 2);
}
function omittedNote(left, kept, total) {
  const count = (severity) => left.filter((d) => d.severity === severity).length;
  const parts = [plural(count("error"), "error"), plural(count("warning"), "warning"), plural(count("info"), "note")];
  return {
    level: "warning",
    message: { text: `${plural(left.length, "result")} left out (${parts.join(", ")}): this log holds ${kept} of ${total}, errors first, as GitHub code scanning accepts at most ${MAX_RESULTS} results per run. Run mxlint with another format to see them all.` }
  };
}
function level(severity) {
  if (severity === "off") return "none";
  return severity === "info" ? "note" : severity;
}
function descriptor(d, meta) {
  let description;
  let defaultLevel;
  if (meta) {
    description = meta.description;
    defaultLevel = level(meta.severity);
  } else if (d.ruleId.startsWith("syntax/")) {
    description = `Zone file syntax: ${d.ruleId.slice("syntax/".length)}`;
    defaultLevel = level(d.severity);
  } else {
    description = d.ruleId;
    defaultLevel = level(d.severity);
  }
  const entry = {
    id: d.ruleId,
    name: pascalCase(d.ruleId),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: docsUrl(d.ruleId),
    defaultConfiguration: { level: defaultLevel },
    properties: { tags: tags(d.ruleId), precision: d.ruleId.startsWith("syntax/") ? "very-high" : "high" }
  };
  const page = rulePage(d.ruleId);
  if (page !== void 0) entry.help = { text: page, markdown: page };
  const security = SECURITY_SEVERITY[d.ruleId];
  if (security !== void 0) entry.properties["security-severity"] = security;
  if (defaultLevel === "none") entry.defaultConfiguration.enabled = false;
  return entry;
}
function tags(ruleId) {
  const family = /^[a-z0-9]+/.exec(ruleId)?.[0] ?? ruleId;
  const tags2 = ["dns", family];
  if (SECURITY_SEVERITY[ruleId] !== void 0) tags2.push("security");
  return tags2;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function region(span) {
  const loc = locate(span);
  return { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}
function artifactLocation(path, cwd, baseDir) {
  const absolute = resolve(cwd, path);
  if (baseDir !== void 0) {
    const rel = relative(baseDir, absolute);
    if (rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return { uri: relativeUri(rel), uriBaseId: "%SRCROOT%" };
    return { uri: pathToFileURL(absolute).href };
  }
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: relativeUri(path) };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
export {
  FINGERPRINT_KEY,
  INFORMATION_URI,
  MAX_RESULTS,
  SARIF_SCHEMA_URI,
  formatSarif,
  toSarif
};
