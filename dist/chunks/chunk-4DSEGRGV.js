#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  ZoneSet,
  clearRuleCaches
} from "./chunk-LCN4Y2ZB.js";
import {
  matchesAny
} from "./chunk-5IQUQMGG.js";
import {
  parseName
} from "./chunk-OKHUKN6Z.js";

// src/engine/discover.ts
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function discover(paths, loader, readHead = headOf) {
  const files = [];
  const missing = [];
  const seen = /* @__PURE__ */ new Set();
  const consider = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const kind = classify(path, loader, readHead);
    if (kind) files.push({ path, kind });
  };
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
      } else if (entry.isFile()) consider(full);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) walk(path);
    else consider(path);
  }
  return { files, missing };
}
function classify(path, loader, readHead) {
  const config = loader.resolve(path);
  const rel = relative(loader.baseDir(path), path).split(sep).join("/");
  if (matchesAny(config.zones.exclude, rel)) return void 0;
  const name = basename(path).toLowerCase();
  if (name === "package.json" || name === "package-lock.json" || /^(\.mxlintrc|mxlint\.config)\.json$/.test(name)) return void 0;
  if (matchesAny(config.zones.include, rel) || matchesAny(config.zones.include, name)) return "bind";
  const head = readHead(path);
  if (head === void 0) return void 0;
  if (name.endsWith(".json")) return /"(ResourceRecordSets|Changes|result|rrsets|rrdatas|domain_records|type|properties|records)"/.test(head) ? "json" : void 0;
  if (name.endsWith(".yaml") || name.endsWith(".yml")) return looksLikeOctodns(head) ? "yaml" : void 0;
  return looksLikeBind(head) ? "bind" : void 0;
}
function looksLikeBind(head) {
  if (head.includes("\0")) return false;
  return /^\$(ORIGIN|TTL|INCLUDE)\s/im.test(head) || /^\S*\s+(\d+[smhdw]?\s+)?(IN\s+)?SOA\s/im.test(head);
}
function looksLikeOctodns(head) {
  return /^\s*(type|ttl|value|values):/m.test(head) && /^['"]?[\w.*-]*['"]?:\s*$/m.test(head);
}
function headOf(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const buffer = Buffer.alloc(8192);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString("latin1", 0, n);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function originFromName(path, origins, baseDir) {
  const rel = relative(baseDir, path).split(sep).join("/");
  for (const [pattern, origin] of Object.entries(origins)) {
    if (pattern === rel || matchesAny(pattern, rel)) return origin;
  }
  let name = basename(path);
  if (/^db\./i.test(name)) name = name.slice(3);
  name = name.replace(/\.(zone|db|signed|hosts|json|ya?ml)$/i, "").replace(/\.(zone|db)$/i, "");
  if (!name.includes(".") || /^\d+$/.test(name)) return void 0;
  const parsed = parseName(name.endsWith(".") ? name : name + ".", ".");
  return parsed.ok ? parsed.name : void 0;
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION = "mxlint/unused-suppression";
var BAD_SUPPRESSION = "mxlint/bad-suppression";
var DIRECTIVE = /^\s*mxlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;
function applySuppressions(diagnostics, comments, knownRules) {
  const bySource = /* @__PURE__ */ new Map();
  const problems = [];
  const open = /* @__PURE__ */ new Map();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, kind, rest] = match;
    const list = rest.split(/\s--\s|\s--$/)[0].trim();
    const rules = list === "" ? void 0 : list.split(/[\s,]+/).filter(Boolean);
    for (const id of rules ?? []) {
      if (!knownRules.has(id)) {
        problems.push({ ruleId: BAD_SUPPRESSION, severity: "warning", message: `'${id}' in this suppression comment is not a rule of mxlint`, span: { source: comment.source, start: comment.start, end: comment.end } });
      }
    }
    const line = comment.source.positionAt(comment.start).line;
    const suppressions = bySource.get(comment.source) ?? [];
    bySource.set(comment.source, suppressions);
    const add = (k, fromLine, toLine) => {
      const s = { kind: k, comment, rules, fromLine, toLine, used: /* @__PURE__ */ new Set() };
      suppressions.push(s);
      return s;
    };
    if (kind === "disable-next-line") add("next-line", line + 1, line + 1);
    else if (kind === "disable-line") add("next-line", line, line);
    else if (kind === "disable-file") add("file", 1, Number.MAX_SAFE_INTEGER);
    else if (kind === "disable") {
      for (const id of rules ?? ["*"]) open.set(`${comment.source.path}\0${id}`, add("range", line, Number.MAX_SAFE_INTEGER));
    } else {
      for (const id of rules ?? ["*"]) {
        const key = `${comment.source.path}\0${id}`;
        const started = open.get(key);
        if (started) {
          started.toLine = line;
          open.delete(key);
        } else {
          problems.push({ ruleId: BAD_SUPPRESSION, severity: "warning", message: `mxlint-enable ${id === "*" ? "" : id + " "}has no matching mxlint-disable above it`, span: { source: comment.source, start: comment.start, end: comment.end } });
        }
      }
    }
  }
  if (bySource.size === 0) return diagnostics.concat(problems);
  const kept = [];
  for (const d of diagnostics) {
    const suppressions = bySource.get(d.span.source);
    let suppressed = false;
    if (suppressions) {
      const line = d.span.source.positionAt(d.span.start).line;
      for (const s of suppressions) {
        if (line < s.fromLine || line > s.toLine) continue;
        if (s.rules && !s.rules.includes(d.ruleId)) continue;
        s.used.add(d.ruleId);
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(d);
  }
  for (const suppressions of bySource.values()) {
    for (const s of suppressions) {
      const unused = s.rules ? s.rules.filter((id) => knownRules.has(id) && !s.used.has(id)) : s.used.size === 0 ? ["(all rules)"] : [];
      if (unused.length === 0) continue;
      problems.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: "warning",
        message: `unused suppression: ${unused.join(", ")} reports nothing ${s.kind === "next-line" ? "on the line it covers" : s.kind === "file" ? "in this file" : "in the range it covers"}; remove the comment`,
        span: { source: s.comment.source, start: s.comment.start, end: s.comment.end }
      });
    }
  }
  return kept.concat(problems);
}

// src/engine/lint.ts
var INTERNAL_ERROR = "mxlint/internal-error";
function lintZones(zones, rules, configFor) {
  const zoneSet = new ZoneSet(zones);
  const knownRules = new Set(rules.map((r) => r.meta.id));
  const byFile = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let internalError = false;
  for (const zone of zones) {
    for (const file of zone.files) if (!byFile.has(file)) byFile.set(file, []);
    const config = configFor(zone);
    const found = [...zone.diagnostics];
    let family;
    for (const rule of rules) {
      const setting = config.rules.get(rule.meta.id);
      if (!setting) continue;
      const ruleFamily = familyOf(rule.meta.id);
      if (family !== void 0 && ruleFamily !== family) clearRuleCaches();
      family = ruleFamily;
      try {
        rule.check({
          zone,
          zones: zoneSet,
          options: setting.options,
          report: (r) => {
            found.push({
              ruleId: rule.meta.id,
              severity: lower(setting.severity, r.severity),
              message: fill(template(rule, r.messageId), r.data),
              span: r.span,
              related: r.related,
              fingerprint: `${rule.meta.id}|${r.fingerprint}`
            });
          }
        });
      } catch (error) {
        internalError = true;
        found.push({
          ruleId: INTERNAL_ERROR,
          severity: "error",
          message: `rule ${rule.meta.id} failed on this zone: ${error instanceof Error ? error.message : String(error)} (please report this)`,
          span: { source: zone.source, start: 0, end: 0 }
        });
      }
    }
    clearRuleCaches();
    for (const d of applySuppressions(found, zone.comments, knownRules)) {
      const key = `${d.span.source.path}\0${d.span.start}\0${d.ruleId}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byFile.get(d.span.source) ?? [];
      list.push(d);
      byFile.set(d.span.source, list);
    }
  }
  const results = [];
  for (const [source, diagnostics] of byFile) {
    diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    results.push({ path: source.path, source, diagnostics });
  }
  return { results, internalError };
}
function familyOf(id) {
  const dash = id.indexOf("-");
  return dash < 0 ? id : id.slice(0, dash);
}
var RANK = { info: 0, warning: 1, error: 2 };
function lower(configured, requested) {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}
function template(rule, messageId) {
  const text = rule.meta.messages[messageId];
  if (text === void 0) throw new Error(`message id '${messageId}' is not declared in meta.messages`);
  return text;
}
function fill(template2, data) {
  return template2.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => data && key in data ? String(data[key]) : whole);
}

export {
  discover,
  originFromName,
  lintZones
};
