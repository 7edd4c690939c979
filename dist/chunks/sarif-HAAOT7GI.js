#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  docsUrl
} from "./chunk-XKVZU7CZ.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import "./chunk-CCFEVKPO.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/mxlint/mxlint";
var FINGERPRINT_KEY = "mxlintFingerprint/v1";
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
  const sarifResults = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
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
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, primary.uri) }
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
  if (baseDir !== void 0) {
    run.originalUriBaseIds = { "%SRCROOT%": { uri: directoryUri(baseDir) } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function formatSarif(results, rules, opts) {
  return JSON.stringify(toSarif(results, rules, opts), null, 2);
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
    defaultConfiguration: { level: defaultLevel }
  };
  if (defaultLevel === "none") entry.defaultConfiguration.enabled = false;
  return entry;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function region(span) {
  const loc = locate(span);
  return { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}
function fingerprint(d, uri) {
  const identity = d.fingerprint === void 0 ? `message\0${d.message}` : `fingerprint\0${d.fingerprint}`;
  return createHash("sha256").update(`${d.ruleId}\0${uri}\0${identity}`).digest("hex");
}
function artifactLocation(path, cwd, baseDir) {
  const absolute = resolve(cwd, path);
  if (baseDir !== void 0) {
    const rel = relative(baseDir, absolute);
    if (rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return { uri: encodePath(rel), uriBaseId: "%SRCROOT%" };
    return { uri: pathToFileURL(absolute).href };
  }
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: encodePath(path) };
}
function encodePath(path) {
  const segments = sep === "\\" ? path.split(/[\\/]/) : path.split("/");
  return segments.map((s) => encodeURIComponent(s)).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
export {
  FINGERPRINT_KEY,
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  formatSarif,
  toSarif
};
