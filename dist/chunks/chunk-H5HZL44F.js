#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-CIGZ5PDF.js";
import {
  spanText
} from "./chunk-VOD57E3I.js";
import {
  abbreviate,
  formatIp,
  name,
  nameKey,
  nameLabels,
  parseClientIp,
  parseIPv4,
  parseIPv6,
  parseName,
  parseRdata,
  prefixMatch,
  rdataToWire,
  relativeName,
  reverseLabels,
  reverseName,
  txtOffset,
  txtText,
  typeName,
  typeNumber,
  typeSpec
} from "./chunk-CUWRVAA3.js";

// src/model/zoneset.ts
var ZoneSet = class _ZoneSet {
  /** `views`: the zones of every view of the run, for comparing one zone across views. */
  constructor(zones, views = zones) {
    this.zones = zones;
    this.views = views;
  }
  zones;
  views;
  byOrigin;
  /** zoneForKey's answers (null: no zone of the set holds the name). */
  holders = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  /**
   * One set per view: a zone sees the zones of its own view (configuration `views`) and those of
   * no view; with no views configured, one set of all zones.
   */
  static perView(zones) {
    const names = [...new Set(zones.map((z) => z.view).filter((v) => v !== void 0))];
    if (names.length === 0) {
      const all = new _ZoneSet(zones);
      return () => all;
    }
    const sets = /* @__PURE__ */ new Map();
    const shared = zones.filter((z) => z.view === void 0);
    for (const view of [void 0, ...names]) sets.set(view, new _ZoneSet(view === void 0 ? shared : [...zones.filter((z) => z.view === view), ...shared], zones));
    return (zone) => sets.get(zone.view);
  }
  /**
   * The same zone in the other views (the first file of each view, as lookups use it); empty for a
   * zone of no view, and for a second copy of a zone in its view (reported as a duplicate).
   */
  otherViews(zone) {
    if (zone.view === void 0 || !takesPart(zone)) return [];
    const key = nameKey(zone.origin);
    const first = /* @__PURE__ */ new Map();
    for (const z of this.views) if (z.view !== void 0 && takesPart(z) && nameKey(z.origin) === key && !first.has(z.view)) first.set(z.view, z);
    if (first.get(zone.view) !== zone) return [];
    return [...first.values()].filter((z) => z !== zone);
  }
  /** The zone whose origin is the closest enclosing one of `name`, if any zone of the run holds it. */
  zoneFor(name2) {
    return this.zoneForKey(nameKey(name2));
  }
  /** zoneFor of a name key (`nameKey`), answered once per key: rules ask about the same names again and again. */
  zoneForKey(key) {
    let found = this.holders.get(key);
    if (found === void 0) {
      const origins = this.origins();
      for (let at = key; ; ) {
        const zones = origins.get(at);
        if (zones) {
          found = zones[0];
          break;
        }
        if (at === ".") {
          found = null;
          break;
        }
        const dot = nextLabel(at);
        at = dot < 0 ? "." : at.slice(dot);
      }
      this.holders.set(key, found);
    }
    return found ?? void 0;
  }
  /**
   * True when another zone of the set has the origin of `zone` (two views of it, or a copy): only
   * then do names resolve differently from it (in its own file) than from any other zone.
   */
  sharesOrigin(zone) {
    const zones = this.origins().get(nameKey(zone.origin));
    return zones !== void 0 && (zones.length > 1 || zones[0] !== zone);
  }
  /** The zones that take part in lookups, by origin key. */
  origins() {
    if (!this.byOrigin) {
      this.byOrigin = /* @__PURE__ */ new Map();
      for (const zone of this.zones) {
        if (!takesPart(zone)) continue;
        const key = nameKey(zone.origin);
        const list2 = this.byOrigin.get(key);
        if (list2) list2.push(zone);
        else this.byOrigin.set(key, [zone]);
      }
    }
    return this.byOrigin;
  }
  /** Records owned by `name` in `zone` (all types, in file order). */
  recordsAt(zone, name2) {
    return this.index(zone).get(nameKey(name2)) ?? [];
  }
  index(zone) {
    let index = this.names.get(zone);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const record of zone.records) {
        const key = nameKey(record.owner);
        const list2 = index.get(key);
        if (list2) list2.push(record);
        else index.set(key, [record]);
      }
      this.names.set(zone, index);
    }
    return index;
  }
};
function takesPart(zone) {
  return zone.originFrom !== "unknown" && zone.origin !== ".";
}
function nextLabel(key) {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 92) i += 3;
    else if (key.charCodeAt(i) === 46) return i + 1 < key.length ? i + 1 : -1;
  }
  return -1;
}

// src/engine/timing.ts
var setting = process.env.TIMING;
var timingEnabled = setting !== void 0 && setting !== "" && setting !== "0";
var phases = /* @__PURE__ */ new Map();
var phaseCpu = /* @__PURE__ */ new Map();
var rules = /* @__PURE__ */ new Map();
var facts = /* @__PURE__ */ new Map();
async function timePhase(phase, work) {
  if (!timingEnabled) return work();
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    phases.set(phase, (phases.get(phase) ?? 0) + performance.now() - start);
    const used = process.cpuUsage(cpu);
    phaseCpu.set(phase, (phaseCpu.get(phase) ?? 0) + (used.user + used.system) / 1e3);
  }
}
function addRuleTime(ruleId, ms) {
  rules.set(ruleId, (rules.get(ruleId) ?? 0) + ms);
}
function addFactTime(fact, ms) {
  facts.set(fact, (facts.get(fact) ?? 0) + ms);
}
function timingReport() {
  const table = (title, entries) => {
    const total = entries.reduce((sum, [, ms]) => sum + ms, 0) || 1;
    const width = Math.max(title.length, ...entries.map(([name2]) => name2.length));
    const lines = entries.map(([name2, ms]) => `${name2.padEnd(width)} | ${ms.toFixed(3).padStart(10)} | ${(100 * ms / total).toFixed(1).padStart(5)}%`);
    return [`${title.padEnd(width)} | Time (ms) | Relative`, `${":".padEnd(width, "-")}|----------:|--------:`, ...lines].join("\n");
  };
  const count = setting === "all" ? Infinity : Number(setting) > 1 ? Number(setting) : 10;
  const byTime = [...rules].sort((a, b) => b[1] - a[1]).slice(0, count);
  const factsByTime = [...facts].sort((a, b) => b[1] - a[1]).slice(0, count);
  const cpu = [...phaseCpu].map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`).join(", ");
  return `${table("Phase", [...phases])}
CPU time of the phases (ms, all threads): ${cpu}

${table("Rule", byTime)}

${table("Fact (inclusive)", factsByTime)}
`;
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION = "mxlint/unused-suppression";
var BAD_SUPPRESSION = "mxlint/bad-suppression";
var SUPPRESSION_MARK = "mxlint-";
var DIRECTIVE = /^\s*mxlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;
function applySuppressions(diagnostics, comments, knownRules) {
  const bySource = /* @__PURE__ */ new Map();
  const problems = [];
  const open = /* @__PURE__ */ new Map();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, kind, rest] = match;
    const list2 = rest.split(/\s--\s|\s--$/)[0].trim();
    const rules3 = list2 === "" ? void 0 : list2.split(/[\s,]+/).filter(Boolean);
    for (const id of rules3 ?? []) {
      if (!knownRules.has(id)) {
        problems.push({ ruleId: BAD_SUPPRESSION, severity: "warning", message: `'${id}' in this suppression comment is not a rule of mxlint`, span: { source: comment.source, start: comment.start, end: comment.end } });
      }
    }
    const line = comment.source.positionAt(comment.start).line;
    const suppressions = bySource.get(comment.source) ?? [];
    bySource.set(comment.source, suppressions);
    const add = (k, fromLine, toLine) => {
      const s = { kind: k, comment, rules: rules3, fromLine, toLine, used: /* @__PURE__ */ new Set() };
      suppressions.push(s);
      return s;
    };
    if (kind === "disable-next-line") add("next-line", line + 1, line + 1);
    else if (kind === "disable-line") add("next-line", line, line);
    else if (kind === "disable-file") add("file", 1, Number.MAX_SAFE_INTEGER);
    else if (kind === "disable") {
      for (const id of rules3 ?? ["*"]) open.set(`${comment.source.path}\0${id}`, add("range", line, Number.MAX_SAFE_INTEGER));
    } else {
      for (const id of rules3 ?? ["*"]) {
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
function lintZones(zones, rules3, configFor, base) {
  const zoneSetOf = ZoneSet.perView(zones);
  const baseSet = base ? new ZoneSet(base) : void 0;
  const knownRules = new Set(rules3.map((r) => r.meta.id));
  const byFile = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let found = [];
  const enabledBy = /* @__PURE__ */ new Map();
  const enabledFor = (config, zone, zoneSet) => {
    let enabled = enabledBy.get(config);
    if (!enabled) {
      enabled = [];
      for (const rule of rules3) {
        const setting2 = config.rules.get(rule.meta.id);
        if (!setting2) continue;
        const report2 = (r) => {
          found.push({
            ruleId: rule.meta.id,
            severity: lower(setting2.severity, r.severity),
            message: fill(template(rule, r.messageId), r.data),
            span: r.span,
            related: r.related,
            fingerprint: `${rule.meta.id}|${r.fingerprint}`
          });
        };
        const context = { zone, zones: zoneSet, base: baseSet, options: setting2.options, report: report2 };
        enabled.push({ rule, context });
      }
      enabledBy.set(config, enabled);
    }
    return enabled;
  };
  let internalError = false;
  for (const zone of zones) {
    for (const file of zone.files) if (!byFile.has(file)) byFile.set(file, []);
    const zoneSet = zoneSetOf(zone);
    found = [...zone.diagnostics];
    for (const { rule, context } of enabledFor(configFor(zone), zone, zoneSet)) {
      const start = timingEnabled ? performance.now() : 0;
      context.zone = zone;
      context.zones = zoneSet;
      try {
        rule.check(context);
      } catch (error) {
        internalError = true;
        found.push({
          ruleId: INTERNAL_ERROR,
          severity: "error",
          message: `rule ${rule.meta.id} failed on this zone: ${error instanceof Error ? error.message : String(error)} (please report this)`,
          span: { source: zone.source, start: 0, end: 0 }
        });
      }
      if (timingEnabled) addRuleTime(rule.meta.id, performance.now() - start);
    }
    const comments = zone.files.some((file) => file.includes(SUPPRESSION_MARK)) ? zone.comments : [];
    for (const d of applySuppressions(found, comments, knownRules)) {
      const key = `${d.span.source.path}\0${d.span.start}\0${d.ruleId}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list2 = byFile.get(d.span.source) ?? [];
      list2.push(d);
      byFile.set(d.span.source, list2);
    }
  }
  const results = [];
  for (const [source, diagnostics] of byFile) {
    diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    results.push({ path: source.path, source, diagnostics });
  }
  return { results, internalError };
}
var RANK = { info: 0, warning: 1, error: 2 };
function lower(configured, requested) {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}
var templates = /* @__PURE__ */ new WeakMap();
function template(rule, messageId) {
  let byId = templates.get(rule);
  if (!byId) templates.set(rule, byId = /* @__PURE__ */ new Map());
  let pieces = byId.get(messageId);
  if (!pieces) {
    const text = rule.meta.messages[messageId];
    if (text === void 0) throw new Error(`message id '${messageId}' is not declared in meta.messages`);
    byId.set(messageId, pieces = text.split(/(\{\{\s*(\w+)\s*\}\})/));
  }
  return pieces;
}
function fill(pieces, data) {
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 3) {
    const key = pieces[i + 1];
    out += (data && key in data ? String(data[key]) : pieces[i]) + pieces[i + 2];
  }
  return out;
}

// src/posture/posture.ts
import { createRequire } from "node:module";

// src/engine/facts.ts
function recordFacts(record) {
  let facts2 = record.memo;
  if (!facts2) record.memo = facts2 = {};
  return facts2;
}
var bags = /* @__PURE__ */ new WeakMap();
function derived(name2, derive) {
  const key = Symbol(name2);
  return (of) => {
    let bag = bags.get(of);
    if (!bag) bags.set(of, bag = /* @__PURE__ */ new Map());
    if (bag.has(key)) return bag.get(key);
    const start = timingEnabled ? performance.now() : 0;
    const value = derive(of);
    if (timingEnabled) addFactTime(name2, performance.now() - start);
    bag.set(key, value);
    return value;
  };
}
function zoneFact(name2, derive) {
  return derived(name2, derive);
}
function runFact(name2, derive) {
  return derived(name2, derive);
}
function nameFact(name2, derive) {
  const known = runFact(name2, () => /* @__PURE__ */ new Map());
  return (zones, name3, zone) => {
    const byZone = known(zones);
    let byName = byZone.get(zone);
    if (!byName) byZone.set(zone, byName = /* @__PURE__ */ new Map());
    const key = nameKey(name3);
    if (byName.has(key)) return byName.get(key);
    const value = derive(zones, name3, zone);
    byName.set(key, value);
    return value;
  };
}
function byOwner(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const group = groups.get(entry.ownerKey);
    if (group) group.push(entry);
    else groups.set(entry.ownerKey, [entry]);
  }
  return groups;
}

// src/engine/records.ts
var byType = zoneFact("records by type", (zone) => {
  const lists = /* @__PURE__ */ new Map();
  for (const record of zone.records) {
    const type = record.type;
    const list2 = lists.get(type);
    if (list2) list2.push(record);
    else lists.set(type, [record]);
  }
  return lists;
});
var NONE = [];
function recordsOfType(zone, type) {
  return byType(zone).get(type) ?? NONE;
}
function typesOf(zone) {
  return byType(zone).keys();
}
function rdataOf(record, type, fields) {
  if (record.type !== type) return void 0;
  let rdata = record.keptRdata;
  if (!rdata) {
    const facts2 = recordFacts(record);
    rdata = facts2.rdata;
    if (rdata === void 0) {
      const parsed = parseRdata(type, fields ?? record.fields, record.origin);
      facts2.rdata = rdata = parsed.ok ? parsed.rdata : null;
    }
  }
  return rdata && rdata.type === type ? rdata : void 0;
}
var TxtView = class {
  constructor(record, text, rdata) {
    this.record = record;
    this.text = text;
    this.rdata = rdata;
  }
  record;
  text;
  rdata;
  /** Span in the file of characters [start, end) of `text`; may cover several quoted strings and lines. */
  span(start, end) {
    const fields = this.record.fields;
    const source = fields.length ? fields[0].span.source : this.record.source;
    const from = txtOffset(this.rdata, fields, start);
    const last = end > start ? txtOffset(this.rdata, fields, end - 1) : from;
    const lastLength = end > start ? escapeLength(source, last) : 0;
    return { source, start: from, end: last + lastLength };
  }
  /** Number of character-strings and each one's octet length (SPF and DKIM rules care). */
  get stringLengths() {
    return this.rdata.strings.map((s) => s.value.length);
  }
};
function txtOf(record) {
  if (record.type !== "TXT" && record.type !== "SPF") return void 0;
  const facts2 = recordFacts(record);
  if (facts2.txt === void 0) {
    const rdata = rdataOf(record, record.type);
    facts2.txt = rdata ? new TxtView(record, txtText(rdata), rdata) : null;
  }
  return facts2.txt ?? void 0;
}
function textSpan(entry, range) {
  const length = entry.view.text.length;
  if (range.end > range.start || length === 0) return entry.view.span(range.start, range.end);
  const start = Math.min(range.start, length - 1);
  return entry.view.span(start, start + 1);
}
function escapeLength(source, offset) {
  if (source.charCodeAt(offset) !== 92) return 1;
  const d = source.charCodeAt(offset + 1);
  return d >= 48 && d <= 57 ? 4 : 2;
}

// src/engine/resolver.ts
var factsOf = zoneFact("zone cuts", (zone) => {
  const originKey = nameKey(zone.origin);
  const facts2 = { originKey, cuts: /* @__PURE__ */ new Map(), dnames: /* @__PURE__ */ new Map(), hasWildcard: false };
  for (const record of zone.records) {
    if (record.type === "NS" || record.type === "DNAME") {
      const key = nameKey(record.owner);
      if (record.type === "DNAME") {
        if (!facts2.dnames.has(key)) facts2.dnames.set(key, record);
      } else if (key !== originKey && !facts2.cuts.has(key)) {
        facts2.cuts.set(key, record);
      }
    }
    if (record.owner.charCodeAt(0) === 42 && record.owner.charCodeAt(1) === 46) facts2.hasWildcard = true;
  }
  return facts2;
});
function parentKey(key) {
  const dot = key.indexOf(".");
  return dot < 0 || dot === key.length - 1 ? "." : key.slice(dot + 1);
}
function existingNames(zones, zone, facts2) {
  if (!facts2.existing) {
    const existing = /* @__PURE__ */ new Set([facts2.originKey]);
    for (const key of zones.index(zone).keys()) {
      for (let k = key; !existing.has(k) && k !== "."; k = parentKey(k)) existing.add(k);
    }
    facts2.existing = existing;
  }
  return facts2.existing;
}
function authoritativeZone(zones, name2, preferred) {
  return authoritativeZoneOfKey(zones, nameKey(name2), preferred);
}
function authoritativeZoneOfKey(zones, key, preferred) {
  const zone = zones.zoneForKey(key);
  if (zone && preferred && zone !== preferred && nameKey(zone.origin) === nameKey(preferred.origin)) return preferred;
  return zone;
}
var answersOfRun = runFact("resolutions", () => ({ shared: newAnswers(), byZone: /* @__PURE__ */ new Map() }));
function newAnswers() {
  return { resolutions: /* @__PURE__ */ new Map(), chases: /* @__PURE__ */ new Map() };
}
function answersFrom(zones, preferred) {
  const run = answersOfRun(zones);
  if (!preferred) return run.shared;
  let answers2 = run.byZone.get(preferred);
  if (!answers2) run.byZone.set(preferred, answers2 = zones.sharesOrigin(preferred) ? newAnswers() : run.shared);
  return answers2;
}
function resolveName(zones, name2, preferred) {
  return remembered(answersFrom(zones, preferred).resolutions, nameKey(name2), (key) => resolveKey(zones, key, preferred));
}
function remembered(known, key, work) {
  let answer = known.get(key);
  if (answer === void 0) known.set(key, answer = work(key));
  return answer;
}
function resolveKey(zones, key, preferred) {
  const zone = authoritativeZoneOfKey(zones, key, preferred);
  if (!zone) return { kind: "outside" };
  const facts2 = factsOf(zone);
  const index = zones.index(zone);
  if (facts2.cuts.size > 0 || facts2.dnames.size > 0) {
    let found;
    for (let k = key; ; k = parentKey(k)) {
      const cut = facts2.cuts.get(k);
      if (cut) found = { kind: "delegated", zone, cut, glue: addressesOf(index.get(key) ?? []) };
      const dname = k !== key ? facts2.dnames.get(k) : void 0;
      if (dname) found = { kind: "dname", zone, dname };
      if (k === facts2.originKey || k === ".") break;
    }
    if (found) return found;
  }
  const records = index.get(key);
  if (records) return foundAt(zone, records, false);
  if (existingNames(zones, zone, facts2).has(key)) return foundAt(zone, [], false);
  if (facts2.hasWildcard) {
    const existing = existingNames(zones, zone, facts2);
    let encloser = parentKey(key);
    while (!existing.has(encloser) && encloser !== facts2.originKey && encloser !== ".") encloser = parentKey(encloser);
    const wild = index.get(encloser === "." ? "*." : "*." + encloser);
    if (wild) return foundAt(zone, wild, true);
  }
  return { kind: "missing", zone };
}
function foundAt(zone, records, wildcard) {
  const cname = records.find((r) => r.type === "CNAME");
  return { kind: "found", zone, records, wildcard, cname, addresses: addressesOf(records) };
}
function addressesOf(records) {
  return records.filter((r) => r.type === "A" || r.type === "AAAA" || r.type === "ALIAS");
}
var MAX_CNAME_CHAIN = 8;
function chase(zones, name2, preferred) {
  return remembered(answersFrom(zones, preferred).chases, nameKey(name2), () => follow(zones, name2, preferred));
}
function follow(zones, name2, preferred) {
  const cnames = [];
  const seen = /* @__PURE__ */ new Set();
  let current = name2;
  for (; ; ) {
    const end = resolveName(zones, current, preferred);
    if (end.kind !== "found" || !end.cname) return { name: current, end, cnames, broken: false };
    const target = rdataOf(end.cname, "CNAME")?.target;
    seen.add(nameKey(current));
    if (!target || seen.has(nameKey(target)) || cnames.length >= MAX_CNAME_CHAIN) {
      return { name: current, end, cnames: [...cnames, end.cname], broken: true };
    }
    cnames.push(end.cname);
    current = target;
  }
}
var ZoneSetResolver = class {
  /** `preferred` is the zone being linted: a run with two files of its origin resolves in its own file. */
  constructor(zones, preferred) {
    this.zones = zones;
    this.preferred = preferred;
  }
  zones;
  preferred;
  cache = /* @__PURE__ */ new Map();
  /** The answer for `name` (absolute or not; any letter case) and `type`. */
  answer(name2, type) {
    const absolute = name2.endsWith(".") ? name2 : name2 + ".";
    const key = `${nameKey(absolute)}|${type}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.resolve(absolute, type);
      this.cache.set(key, found);
    }
    return found;
  }
  query(name2, type) {
    const { rcode, records } = this.answer(name2, type);
    const answers2 = [];
    for (const record of records) {
      const value = answerValue(record, type);
      if (value !== void 0) answers2.push(value);
    }
    return { rcode, answers: answers2 };
  }
  resolve(name2, type) {
    const { name: end, end: resolution, broken } = chase(this.zones, name2, this.preferred);
    if (broken) return { rcode: "SERVFAIL", records: [], name: end };
    switch (resolution.kind) {
      case "outside":
      case "delegated":
      case "dname":
        return { rcode: "UNKNOWN", records: [], name: end };
      case "missing":
        return { rcode: "NXDOMAIN", records: [], name: end };
      case "found":
        return { rcode: "NOERROR", records: resolution.records.filter((r) => r.type === type), name: end };
    }
  }
};
function answerValue(record, type) {
  switch (type) {
    case "TXT":
      return txtOf(record)?.text;
    case "A":
      return rdataOf(record, "A")?.address;
    case "AAAA":
      return rdataOf(record, "AAAA")?.address;
    case "MX": {
      const mx = rdataOf(record, "MX");
      return mx ? { preference: mx.preference, exchange: mx.exchange } : void 0;
    }
    case "PTR":
      return rdataOf(record, "PTR")?.target;
  }
}
var resolvers = runFact("resolvers", () => /* @__PURE__ */ new Map());
function resolverFor(zones, zone) {
  const byAnswers = resolvers(zones);
  const answers2 = answersFrom(zones, zone);
  let resolver = byAnswers.get(answers2);
  if (!resolver) {
    resolver = new ZoneSetResolver(zones, zone);
    byAnswers.set(answers2, resolver);
  }
  return resolver;
}

// src/engine/mx.ts
var mxRecords = zoneFact("mx", (zone) => {
  const list2 = [];
  for (const record of recordsOfType(zone, "MX")) {
    const rdata = rdataOf(record, "MX");
    const written = record.fieldText(1);
    if (!rdata || written === void 0) continue;
    const exchangeKey = nameKey(rdata.exchange);
    list2.push({
      written,
      record,
      preference: rdata.preference,
      exchange: rdata.exchange,
      ownerKey: nameKey(record.owner),
      exchangeKey,
      isNull: exchangeKey === "."
    });
  }
  return list2;
});
var mxByOwner = zoneFact("MX records by owner", (zone) => byOwner(mxRecords(zone)));
function preferenceSpan(mx) {
  return mx.record.fields[0].span;
}
function exchangeSpan(mx) {
  return mx.record.fields[1].span;
}
function exchangeText(mx) {
  return mx.written;
}
function mxFingerprint(mx, ...rest) {
  return [mx.ownerKey, "MX", mx.exchangeKey, ...rest].join("|");
}
function ownerOrTypeSpan(record) {
  return record.ownerEnd > record.ownerStart ? record.ownerSpan : record.typeSpan;
}
var addressesOfChases = runFact("resolved addresses", () => /* @__PURE__ */ new Map());
function resolvedAddresses(zones, name2, preferred) {
  const chain2 = chase(zones, name2, preferred);
  const known = addressesOfChases(zones);
  let list2 = known.get(chain2);
  if (!list2) {
    const { end } = chain2;
    const records = end.kind === "found" ? end.addresses : end.kind === "delegated" ? end.glue : [];
    list2 = [];
    for (const record of records) {
      const address = addressBytes(record);
      if (address) list2.push({ record, text: address.text, bytes: address.bytes });
    }
    known.set(chain2, list2);
  }
  return list2;
}
var exchangersOfRun = runFact("exchangers", (zones) => {
  const set = /* @__PURE__ */ new Set();
  for (const zone of zones.zones) for (const mx of mxRecords(zone)) if (!mx.isNull) set.add(mx.exchangeKey);
  return set;
});
function relativePart(mx) {
  const text = exchangeText(mx);
  if (text === "@" || text.endsWith(".") || mx.record.origin === ".") return void 0;
  return text;
}
function exchangeAsIp(mx) {
  const text = exchangeText(mx);
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return void 0;
  const bare2 = text.endsWith(".") ? text.slice(0, -1) : text;
  if (!/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(bare2) || !parseIPv4(bare2)) return void 0;
  return { ip: bare2, relative: relativePart(mx) !== void 0 };
}
var GENERIC_TLDS = ["com", "net", "org", "edu", "gov", "mil", "info", "biz", "mobi", "asia", "aero", "coop", "museum", "travel", "xyz"];
var CC_TLDS = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split(" ");
var TLDS = /* @__PURE__ */ new Set([...GENERIC_TLDS, ...CC_TLDS]);
function missingDotGuess(zones, zone, mx) {
  return forgottenDotGuess(zones, zone, exchangeText(mx), mx.record.origin, mx.exchange);
}
function forgottenDotGuess(zones, zone, written, origin, name2) {
  if (written === "@" || written.endsWith(".") || origin === ".") return void 0;
  const writtenKey = nameKey(written + ".");
  const originKey = nameKey(origin);
  const at = writtenKey.length - originKey.length;
  if (at === 0 ? writtenKey === originKey : at > 0 && writtenKey.endsWith(originKey) && writtenKey.charCodeAt(at - 1) === 46) {
    return { meant: written + ".", doubled: true };
  }
  const dot = writtenKey.lastIndexOf(".", writtenKey.length - 2);
  if (dot < 0 || !TLDS.has(writtenKey.slice(dot + 1, -1))) return void 0;
  const where2 = chase(zones, name2, zone);
  if (where2.cnames.length > 0 || where2.end.kind !== "missing" && where2.end.kind !== "outside") return void 0;
  return { meant: written + ".", doubled: false };
}
function isMiswrittenExchange(zones, zone, mx) {
  return exchangeAsIp(mx) !== void 0 || missingDotGuess(zones, zone, mx) !== void 0;
}
function namePatternsOption(description) {
  return { type: "array", items: { type: "string", minLength: 1 }, default: [], description };
}
function namePattern(pattern) {
  const text = nameKey(pattern.endsWith(".") ? pattern : pattern + ".");
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "*" && text[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (c === "*") source += "[^.]*";
    else if (c === "?") source += "[^.]";
    else source += c.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`);
  return (name2) => re.test(nameKey(name2));
}
function parseNetwork(text) {
  const slash = text.indexOf("/");
  const address = slash < 0 ? text : text.slice(0, slash);
  const bytes = parseIPv4(address) ?? parseIPv6(address);
  if (!bytes) return void 0;
  const max = bytes.length * 8;
  if (slash < 0) return { text, bytes, prefix: max };
  const prefixText = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > max) return void 0;
  return { text, bytes, prefix: Number(prefixText) };
}
function addressBytes(record) {
  const fields = record.fields;
  const address = record.type === "A" ? rdataOf(record, "A", fields)?.address : rdataOf(record, "AAAA", fields)?.address;
  const bytes = address === void 0 ? void 0 : record.type === "A" ? parseIPv4(address) : parseIPv6(address);
  return bytes ? { text: fields[0]?.text ?? address ?? "", bytes } : void 0;
}
function inNetwork(bytes, network2) {
  return prefixMatch(bytes, network2.bytes, network2.prefix);
}
var RANGES = [
  ["0.0.0.0/8", '"this network" (RFC 1122)'],
  ["10.0.0.0/8", "private (RFC 1918)"],
  ["100.64.0.0/10", "carrier-grade NAT (RFC 6598)"],
  ["127.0.0.0/8", "loopback (RFC 1122)"],
  ["169.254.0.0/16", "link-local (RFC 3927)"],
  ["172.16.0.0/12", "private (RFC 1918)"],
  ["192.168.0.0/16", "private (RFC 1918)"],
  ["198.18.0.0/15", "benchmarking (RFC 2544)"],
  ["224.0.0.0/4", "multicast (RFC 5771)"],
  ["240.0.0.0/4", "reserved (RFC 1112)"],
  ["192.0.2.0/24", "documentation (RFC 5737)", true],
  ["198.51.100.0/24", "documentation (RFC 5737)", true],
  ["203.0.113.0/24", "documentation (RFC 5737)", true],
  ["::/128", "unspecified (RFC 4291)"],
  ["::1/128", "loopback (RFC 4291)"],
  ["fc00::/7", "unique-local (RFC 4193)"],
  ["fe80::/10", "link-local (RFC 4291)"],
  ["fec0::/10", "site-local (RFC 3879)"],
  ["ff00::/8", "multicast (RFC 4291)"],
  ["2001:db8::/32", "documentation (RFC 3849)", true],
  ["3fff::/20", "documentation (RFC 9637)", true]
].map(([cidr, what, documentation]) => ({ network: parseNetwork(cidr), what, documentation }));
var MAPPED = parseNetwork("::ffff:0:0/96");
function specialRange(bytes, allowDocumentation) {
  const address = bytes.length === 16 && inNetwork(bytes, MAPPED) ? bytes.subarray(12) : bytes;
  return RANGES.find((r) => (allowDocumentation ? !r.documentation : true) && inNetwork(address, r.network));
}

// src/mail/common.ts
function spanned(text, start, end) {
  return { text: text.slice(start, end), start, end };
}
function valued(piece, value) {
  return { text: piece.text, start: piece.start, end: piece.end, value };
}
function quote(text, max = 60) {
  let out = "";
  for (const ch of text.length > max ? text.slice(0, max) : text) {
    const c = ch.charCodeAt(0);
    out += c >= 32 && c < 127 ? ch : `\\x${c.toString(16).padStart(2, "0").toUpperCase()}`;
  }
  return `"${out}${text.length > max ? "\u2026" : ""}"`;
}
var isWsp = (c) => c === 32 || c === 9;
function sortProblems(problems) {
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
function sharedParse(parse, limit = 4096) {
  let known = /* @__PURE__ */ new Map();
  return (text) => {
    let parsed = known.get(text);
    if (parsed === void 0) {
      if (known.size >= limit) known = /* @__PURE__ */ new Map();
      parsed = parse(text);
      known.set(text, parsed);
    }
    return parsed;
  };
}

// src/mail/spf.ts
var MECHANISMS = /* @__PURE__ */ new Set(["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]);
var MACRO_LETTERS = "slodiphcrtv";
function isSpfRecord(text) {
  return /^v=spf1(?: |$)/i.test(text);
}
function parseMacroString(text, start, end, context, problems) {
  const parts = [];
  let lit = -1;
  const flush = (at) => {
    if (lit >= 0) parts.push({ type: "literal", text: text.slice(lit, at), start: lit, end: at });
    lit = -1;
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 37) {
      const ok = c >= 33 && c <= 126 || c === 32 && context === "explain";
      if (!ok) {
        problems.push({
          code: "invalid-character",
          message: `The octet ${quote(text[i])} is not allowed in ${quote(text.slice(start, end))}; SPF text is printable 7-bit ASCII.`,
          start: i,
          end: i + 1
        });
      }
      if (lit < 0) lit = i;
      i++;
      continue;
    }
    flush(i);
    const next = i + 1 < end ? text[i + 1] : "";
    if (next === "%" || next === "_" || next === "-") {
      parts.push({ type: "escape", char: next, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (next !== "{") {
      problems.push({
        code: "invalid-macro",
        message: `${quote(text.slice(i, Math.min(end, i + 2)))} is not a macro: a "%" must start "%{letter}", "%%", "%_" or "%-"; write "%%" for a literal percent sign.`,
        start: i,
        end: Math.min(end, i + 2)
      });
      i += next === "" ? 1 : 2;
      continue;
    }
    const close = text.indexOf("}", i + 2);
    const macroEnd = close >= 0 && close < end ? close + 1 : end;
    const body = text.slice(i + 2, close >= 0 && close < end ? close : end);
    const m = /^([A-Za-z])([0-9]*)([rR]?)([-.+,/_=]*)$/.exec(body);
    const bad = (code, message) => {
      problems.push({ code, message, start: i, end: macroEnd });
    };
    if (close < 0 || close >= end) {
      bad("invalid-macro", `The macro ${quote(text.slice(i, end))} is not closed with "}".`);
      i = end;
      continue;
    }
    if (!m || !MACRO_LETTERS.includes(m[1].toLowerCase())) {
      bad(
        "invalid-macro",
        `The macro ${quote(text.slice(i, macroEnd))} is malformed: write "%{" letter [digits] ["r"] [delimiters] "}", with a letter from s l o d i p h v (c r t in exp text only).`
      );
      i = macroEnd;
      continue;
    }
    const letter = m[1].toLowerCase();
    if (context === "domain" && (letter === "c" || letter === "r" || letter === "t")) {
      bad("exp-only-macro", `The macro ${quote(text.slice(i, macroEnd))} may only be used in explanation text, not in a domain name.`);
    }
    let keep;
    if (m[2] !== "") {
      keep = Number(m[2]);
      if (keep === 0) bad("invalid-macro", `The macro ${quote(text.slice(i, macroEnd))} keeps zero labels; the digit count must be at least 1.`);
    }
    const delimiters = m[4] === "" ? "." : m[4];
    parts.push({
      type: "macro",
      letter,
      urlEscape: m[1] !== letter,
      ...keep !== void 0 ? { keep } : {},
      reverse: m[3] !== "",
      delimiters,
      start: i,
      end: macroEnd
    });
    i = macroEnd;
  }
  flush(end);
  return { text: text.slice(start, end), start, end, parts };
}
function isToplabel(label) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label) && /[A-Za-z-]/.test(label);
}
function domainEndProblem(spec) {
  const last = spec.parts[spec.parts.length - 1];
  if (!last) return "is empty";
  if (last.type !== "literal") return null;
  let tail = last.text;
  if (tail.endsWith(".")) tail = tail.slice(0, -1);
  const dot = tail.lastIndexOf(".");
  if (dot < 0) {
    return spec.parts.length === 1 ? 'has no dot: a domain-spec must end in "." and a top-level label such as ".com"' : 'must end in a macro or in "." and a top-level label';
  }
  const top = tail.slice(dot + 1);
  if (!isToplabel(top)) {
    if (top === "") return "ends in an empty label";
    if (/^[0-9]+$/.test(top)) return `ends in the all-numeric label "${top}"; an IP address needs ip4:/ip6:, not a domain mechanism`;
    return `ends in "${top}", which is not a valid top-level label (letters, digits and inner hyphens only)`;
  }
  return null;
}
function parseDomainSpec(text, start, end, what, problems) {
  const before = problems.length;
  const spec = parseMacroString(text, start, end, "domain", problems);
  if (problems.length === before) {
    const why = domainEndProblem(spec);
    if (why) {
      problems.push({
        code: "invalid-domain",
        message: `The ${what} domain ${quote(spec.text)} ${why}.`,
        start,
        end
      });
    }
  }
  return spec;
}
function parseCidr(text, start, end, max, family, problems, slashes = 1) {
  const digits = text.slice(start + slashes, end);
  if (!/^(0|[1-9][0-9]*)$/.test(digits)) {
    problems.push({
      code: "invalid-cidr",
      message: `The ${family} prefix length ${quote(text.slice(start, end))} is malformed; write "/" and a number 0\u2013${max} without leading zeros.`,
      start,
      end
    });
    return null;
  }
  const length = Number(digits);
  if (length > max) {
    problems.push({
      code: "cidr-out-of-range",
      message: `The ${family} prefix length ${quote(text.slice(start, end))} is larger than ${max}.`,
      start,
      end
    });
    return null;
  }
  return { length, start, end };
}
function dualCidrStart(text, from, end) {
  const digitsBefore = (at2) => {
    let i2 = at2;
    while (i2 > from && text.charCodeAt(i2 - 1) >= 48 && text.charCodeAt(i2 - 1) <= 57) i2--;
    return i2;
  };
  let at = end;
  let i = digitsBefore(at);
  if (i < at && i - 2 >= from && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 47) at = i - 2;
  i = digitsBefore(at);
  if (i < at && i - 1 >= from && text.charCodeAt(i - 1) === 47 && !(i - 2 >= from && text.charCodeAt(i - 2) === 47)) at = i - 1;
  return at;
}
function parseMechanism(text, start, end, problems) {
  const before = problems.length;
  let nameStart = start;
  let qualifier = "+";
  let qualifierSpan;
  if ("+-~?".includes(text[start])) {
    qualifier = text[start];
    qualifierSpan = { start, end: start + 1 };
    nameStart++;
  }
  let nameEnd = nameStart;
  while (nameEnd < end && text[nameEnd] !== ":" && text[nameEnd] !== "/") nameEnd++;
  const nameText = text.slice(nameStart, nameEnd);
  const kind = nameText.toLowerCase();
  const termText2 = text.slice(start, end);
  if (!MECHANISMS.has(kind)) {
    const eq = nameText.indexOf("=");
    let code = "unknown-mechanism";
    let message = `Unknown mechanism ${quote(nameText)} in ${quote(termText2)}; mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.`;
    if (nameText === "") {
      code = "invalid-term";
      message = `The term ${quote(termText2)} has no mechanism name after the qualifier.`;
    } else if (eq >= 0 && !qualifierSpan) {
      code = "invalid-modifier-name";
      message = `The modifier name ${quote(nameText.slice(0, eq))} in ${quote(termText2)} is invalid; a modifier name starts with a letter and has only letters, digits, "-", "_" and ".".`;
    } else if (MECHANISMS.has(kind.replace(/[^a-z0-9]+$/, ""))) {
      const meant = nameText.replace(/[^A-Za-z0-9]+$/, "");
      message = `Unknown mechanism ${quote(nameText)} in ${quote(termText2)}; did you mean "${text.slice(start, nameStart)}${meant}"?`;
    } else if (kind === "redirect" || kind === "exp") {
      message = `${quote(nameText)} is a modifier, not a mechanism: write "${kind}=domain" instead of ${quote(termText2)}.`;
    }
    problems.push({ code, message, start, end });
    return { type: "invalid", text: termText2, start, end, valid: false };
  }
  const mech = {
    type: "mechanism",
    kind,
    qualifier,
    name: spanned(text, nameStart, nameEnd),
    start,
    end,
    valid: true
  };
  if (qualifierSpan) mech.qualifierSpan = qualifierSpan;
  if (nameEnd < end) mech.argument = spanned(text, nameEnd, end);
  const hasColon = text[nameEnd] === ":";
  const valueStart = hasColon ? nameEnd + 1 : nameEnd;
  const needsValue = (what) => {
    if (!hasColon) {
      problems.push({
        code: "missing-value",
        message: `The ${kind} mechanism ${quote(termText2)} needs ${what}: write "${kind}:${what === "a domain" ? "example.com" : kind === "ip4" ? "192.0.2.0/24" : "2001:db8::/32"}".`,
        start,
        end
      });
      return false;
    }
    if (valueStart === end) {
      problems.push({
        code: kind === "ip4" || kind === "ip6" ? "missing-value" : "empty-domain",
        message: `The ${kind} mechanism ${quote(termText2)} has nothing after ":"; write ${what} or drop the ":".`,
        start,
        end
      });
      return false;
    }
    return true;
  };
  switch (kind) {
    case "all":
      if (nameEnd < end) {
        problems.push({
          code: "unexpected-argument",
          message: `The all mechanism takes no argument; write "${qualifierSpan ? qualifier : ""}all" instead of ${quote(termText2)}.`,
          start: nameEnd,
          end
        });
      }
      break;
    case "include":
    case "exists":
      if (needsValue("a domain")) {
        mech.value = spanned(text, valueStart, end);
        mech.domainSpec = parseDomainSpec(text, valueStart, end, kind, problems);
      }
      break;
    case "ptr":
      if (!hasColon && nameEnd < end) {
        problems.push({
          code: "unexpected-cidr",
          message: `The ptr mechanism takes no prefix length; remove ${quote(text.slice(nameEnd, end))} (and prefer ip4:/ip6: over ptr).`,
          start: nameEnd,
          end
        });
      } else if (hasColon && needsValue("a domain")) {
        mech.value = spanned(text, valueStart, end);
        mech.domainSpec = parseDomainSpec(text, valueStart, end, kind, problems);
      }
      break;
    case "a":
    case "mx": {
      const from = hasColon ? valueStart : nameEnd;
      const cidrStart = dualCidrStart(text, from, end);
      if (!hasColon && cidrStart !== from) {
        problems.push({
          code: "invalid-cidr",
          message: `${quote(text.slice(nameEnd, end))} after "${kind}" is not a prefix length; write "/24", "//64" or "/24//64".`,
          start: nameEnd,
          end
        });
        break;
      }
      if (hasColon && cidrStart === valueStart) {
        needsValue("a domain");
        if (valueStart !== end) {
          problems.push({ code: "empty-domain", message: `The ${kind} mechanism ${quote(termText2)} has no domain before the prefix length.`, start, end });
        }
        break;
      }
      if (hasColon) {
        mech.value = spanned(text, valueStart, cidrStart);
        mech.domainSpec = parseDomainSpec(text, valueStart, cidrStart, kind, problems);
      }
      if (cidrStart < end) {
        const six = text.indexOf("//", cidrStart);
        const v4End = six >= 0 ? six : end;
        if (v4End > cidrStart) {
          const c = parseCidr(text, cidrStart, v4End, 32, "IPv4", problems);
          if (c) mech.cidr4 = c;
        }
        if (six >= 0) {
          const c = parseCidr(text, six, end, 128, "IPv6", problems, 2);
          if (c) mech.cidr6 = c;
        }
      }
      break;
    }
    case "ip4":
    case "ip6": {
      const v4 = kind === "ip4";
      if (!needsValue(v4 ? "an IPv4 network" : "an IPv6 network")) break;
      const slash = text.indexOf("/", valueStart);
      const addrEnd = slash >= 0 && slash < end ? slash : end;
      mech.value = spanned(text, valueStart, addrEnd);
      const addrText = mech.value.text;
      const bytes = v4 ? parseIPv4(addrText) : parseIPv6(addrText);
      if (!bytes) {
        let hint = v4 ? "four decimal numbers 0\u2013255 without leading zeros, such as 192.0.2.1" : "an RFC 4291 address such as 2001:db8::1";
        if (v4 && /^[0-9.]+$/.test(addrText) && addrText.split(".").length < 4) hint = "all four parts; use a prefix length such as 192.0.2.0/24 for a network";
        if (v4 && parseIPv6(addrText)) hint = "ip6: for an IPv6 address";
        if (!v4 && parseIPv4(addrText)) hint = "ip4: for an IPv4 address";
        problems.push({
          code: v4 ? "invalid-ip4" : "invalid-ip6",
          message: `${quote(addrText)} is not a valid ${v4 ? "IPv4" : "IPv6"} address; write ${hint}.`,
          start: valueStart,
          end: addrEnd
        });
      } else {
        mech.address = bytes;
      }
      if (addrEnd < end) {
        const c = parseCidr(text, addrEnd, end, v4 ? 32 : 128, v4 ? "IPv4" : "IPv6", problems);
        if (c) mech[v4 ? "cidr4" : "cidr6"] = c;
      }
      break;
    }
  }
  mech.valid = problems.length === before;
  return mech;
}
function parseTerm(text, start, end, record) {
  const problems = record.problems;
  const termText2 = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126) {
      const what = c === 9 ? "a tab" : c === 10 || c === 13 ? "a line break" : c > 126 ? "a non-ASCII octet" : "a control character";
      problems.push({
        code: "invalid-character",
        message: `The term ${quote(termText2)} contains ${what} (${quote(text[i])}); SPF records are 7-bit ASCII with terms separated by single spaces.`,
        start: i,
        end: i + 1
      });
      return { type: "invalid", text: termText2, start, end, valid: false };
    }
  }
  const mod = /^([A-Za-z][A-Za-z0-9\-_.]*)=/.exec(termText2);
  if (!mod) return parseMechanism(text, start, end, problems);
  const before = problems.length;
  const nameEnd = start + mod[1].length;
  const lower2 = mod[1].toLowerCase();
  const kind = lower2 === "redirect" || lower2 === "exp" ? lower2 : "unknown";
  const valueStart = nameEnd + 1;
  let macro;
  if (kind === "unknown") {
    macro = parseMacroString(text, valueStart, end, "modifier", problems);
  } else if (valueStart === end) {
    problems.push({
      code: "empty-domain",
      message: `The ${kind} modifier ${quote(termText2)} has no domain; write "${kind}=example.com" or remove it.`,
      start,
      end
    });
    macro = { text: "", start: end, end, parts: [] };
  } else {
    macro = parseDomainSpec(text, valueStart, end, kind, problems);
  }
  const modifier = {
    type: "modifier",
    kind,
    name: spanned(text, start, nameEnd),
    value: spanned(text, valueStart, end),
    macro,
    start,
    end,
    valid: true
  };
  if (kind !== "unknown") {
    const first = record[kind];
    if (first) {
      problems.push({
        code: "duplicate-modifier",
        message: `The ${kind}= modifier appears more than once (first at offset ${first.start}); keep only one.`,
        start,
        end
      });
    } else {
      record[kind] = modifier;
    }
  }
  modifier.valid = problems.length === before;
  return modifier;
}
function parseSpf(text) {
  const record = { text, version: null, terms: [], problems: [] };
  if (!isSpfRecord(text)) {
    record.problems.push({
      code: "not-spf",
      message: /^v=spf1/i.test(text) ? `The record starts ${quote(text.slice(0, 12))}; "v=spf1" must be followed by a space or the end of the record.` : `The record ${quote(text, 30)} does not start with "v=spf1".`,
      start: 0,
      end: Math.min(text.length, /^\S*/.exec(text)?.[0].length ?? 0)
    });
    return record;
  }
  record.version = spanned(text, 0, 6);
  let i = 6;
  while (i < text.length) {
    while (i < text.length && text[i] === " ") i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && text[j] !== " ") j++;
    record.terms.push(parseTerm(text, i, j, record));
    i = j;
  }
  sortProblems(record.problems);
  return record;
}
function parseExplanation(text) {
  const problems = [];
  const macro = parseMacroString(text, 0, text.length, "explain", problems);
  return { macro, problems };
}

// src/engine/spf.ts
var spfOfText = sharedParse(parseSpf);
function spfEntryOf(record) {
  if (record.type !== "TXT") return void 0;
  const facts2 = recordFacts(record);
  if (facts2.spf === void 0) {
    const view = txtOf(record);
    facts2.spf = view && isSpfRecord(view.text) ? { record, view, spf: spfOfText(view.text), ownerKey: nameKey(record.owner) } : null;
  }
  return facts2.spf ?? void 0;
}
function authorisingSpf(records) {
  for (const record of records) {
    const entry = spfEntryOf(record);
    if (entry && (entry.spf.redirect !== void 0 || entry.spf.terms.some((t) => t.type === "mechanism" && t.qualifier === "+"))) return entry;
  }
  return void 0;
}
var spfRecords = zoneFact("SPF records", (zone) => {
  const list2 = [];
  const candidates = recordsOfType(zone, "SPF").length ? zone.records : recordsOfType(zone, "TXT");
  for (const record of candidates) {
    const entry = spfEntryOf(record);
    if (entry) list2.push(entry);
  }
  return list2;
});
var spfByOwner = zoneFact("SPF records by owner", (zone) => byOwner(spfRecords(zone)));
function spanOf(entry, range) {
  return entry.view.span(range.start, range.end);
}
function recordTextSpan(entry) {
  return entry.view.span(0, entry.view.text.length);
}
function textOf(entry, range) {
  return entry.view.text.slice(range.start, range.end);
}
function spfFingerprint(entry, ...rest) {
  return [entry.ownerKey, "TXT", "spf", ...rest].join("|");
}
function flowOf(spf) {
  let flow = flows.get(spf);
  if (!flow) {
    const reached = [];
    const after = [];
    let all;
    for (const term of spf.terms) {
      if (term.type !== "mechanism") continue;
      if (all) after.push(term);
      else {
        reached.push(term);
        if (term.kind === "all") all = term;
      }
    }
    flow = all ? { reached, after, all } : spf.redirect ? { reached, after, redirect: spf.redirect } : { reached, after };
    flows.set(spf, flow);
  }
  return flow;
}
var flows = /* @__PURE__ */ new WeakMap();
var lookups = /* @__PURE__ */ new WeakMap();
function isLookupTerm(term) {
  if (term.type === "mechanism") return term.kind === "include" || term.kind === "a" || term.kind === "mx" || term.kind === "ptr" || term.kind === "exists";
  return term.type === "modifier" && term.kind === "redirect";
}
function lookupTerms(spf) {
  let out = lookups.get(spf);
  if (!out) {
    const flow = flowOf(spf);
    out = flow.reached.filter(isLookupTerm);
    if (flow.redirect) out.push(flow.redirect);
    lookups.set(spf, out);
  }
  return out;
}
function targetOf(domain, term) {
  const spec = term.type === "modifier" ? term.macro : term.domainSpec;
  if (!spec) return term.type === "mechanism" && (term.kind === "a" || term.kind === "mx" || term.kind === "ptr") && term.valid ? domain : void 0;
  if (!term.valid) return void 0;
  let out = "";
  for (const part of spec.parts) {
    if (part.type === "literal") out += part.text;
    else if (part.type === "macro" && part.letter === "d" && !part.urlEscape) {
      let labels = stripDot(domain).split(new RegExp(`[${part.delimiters.replace(/[-\\\]^/]/g, "\\$&")}]`));
      if (part.reverse) labels.reverse();
      if (part.keep !== void 0 && part.keep < labels.length) labels = labels.slice(labels.length - part.keep);
      out += labels.join(".");
    } else return void 0;
  }
  if (out === "" || out.startsWith(".") || out.includes("..")) return void 0;
  return out.endsWith(".") ? out : out + ".";
}
function stripDot(name2) {
  return name2.endsWith(".") ? name2.slice(0, -1) : name2;
}
function policyAt(resolver, name2) {
  const answer = resolver.answer(name2, "TXT");
  if (answer.rcode === "UNKNOWN") return { kind: "unknown" };
  if (answer.rcode === "NXDOMAIN") return { kind: "none", why: "nxdomain", txt: [] };
  if (answer.rcode !== "NOERROR") return { kind: "error" };
  const entries = [];
  for (const record of answer.records) {
    const entry = spfEntryOf(record);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return { kind: "none", why: answer.records.length ? "no-spf" : "no-txt", txt: answer.records };
  const distinct = distinctEntries(entries);
  return distinct.length === 1 ? { kind: "found", entry: distinct[0] } : { kind: "multiple", entries: distinct };
}
function distinctEntries(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((e) => {
    const key = `${e.view.stringLengths.join(",")}|${e.view.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var includedNames = runFact("SPF include targets", (zones) => {
  const set = /* @__PURE__ */ new Set();
  for (const zone of zones.zones) {
    for (const entry of spfRecords(zone)) {
      for (const term of entry.spf.terms) {
        if (term.type !== "mechanism" || term.kind !== "include") continue;
        const target = targetOf(entry.record.owner, term);
        if (target) set.add(nameKey(target));
      }
    }
  }
  return set;
});
var MAX_DEPTH = 24;
var analyses = runFact("SPF analyses", () => /* @__PURE__ */ new Map());
function analyze(zones, zone, entry, domain = entry.record.owner) {
  const resolver = resolverFor(zones, zone);
  const byResolver = analyses(zones);
  let memo = byResolver.get(resolver);
  if (!memo) {
    memo = { own: /* @__PURE__ */ new Map(), other: /* @__PURE__ */ new Map() };
    byResolver.set(resolver, memo);
  }
  return walk(resolver, memo, entry, domain, []);
}
function walk(resolver, memo, entry, domain, stack) {
  const key = nameKey(domain);
  const own = key === entry.ownerKey;
  const cached = own ? memo.own.get(entry) : memo.other.get(entry)?.get(key);
  if (cached) return cached;
  const parts = [];
  const voids4 = [];
  const voids6 = [];
  const loops = [];
  let lookups2 = 0;
  let atLeast = false;
  stack.push(key);
  for (const term of lookupTerms(entry.spf)) {
    const part = { term, count: 1, atLeast: false, voids4: NONE2, voids6: NONE2, loops: NONE2 };
    const target = targetOf(domain, term);
    const includes = term.type === "modifier" || term.kind === "include";
    if (includes) {
      const policy = target ? policyAt(resolver, target) : { kind: "unknown" };
      if (policy.kind === "unknown") part.atLeast = true;
      else if (policy.kind === "found" && target) {
        const at = stack.indexOf(nameKey(target));
        if (at >= 0) {
          part.loops = [{ path: [...stack.slice(at), nameKey(target)], entry, term }];
        } else if (stack.length < MAX_DEPTH) {
          const nested = walk(resolver, memo, policy.entry, target, stack);
          part.nested = nested;
          part.count += nested.lookups;
          part.atLeast = nested.atLeast;
          part.voids4 = nested.voids4;
          part.voids6 = nested.voids6;
          part.loops = nested.loops;
        }
      }
    } else if (target && term.type === "mechanism") {
      voidsOf(resolver, entry, term, target, part);
    }
    parts.push(part);
    lookups2 += part.count;
    atLeast ||= part.atLeast;
    voids4.push(...part.voids4);
    voids6.push(...part.voids6);
    loops.push(...part.loops);
  }
  const analysis = { domain, entry, lookups: lookups2, atLeast, parts, voids4: orNone(voids4), voids6: orNone(voids6), loops: orNone(loops) };
  stack.pop();
  if (analysis.loops.length === 0) {
    if (own) memo.own.set(entry, analysis);
    else {
      let byDomain = memo.other.get(entry);
      if (!byDomain) memo.other.set(entry, byDomain = /* @__PURE__ */ new Map());
      byDomain.set(key, analysis);
    }
  }
  return analysis;
}
var NONE2 = Object.freeze([]);
function orNone(list2) {
  return list2.length > 0 ? list2 : NONE2;
}
function voidsOf(resolver, entry, term, target, part) {
  const hit = (type) => {
    const answer = resolver.answer(target, type);
    if (answer.rcode === "NXDOMAIN") return { entry, term, name: target, type, why: "nxdomain" };
    if (answer.rcode === "NOERROR" && answer.records.length === 0) return { entry, term, name: target, type, why: "nodata" };
    return void 0;
  };
  if (term.kind === "a") {
    const v4 = hit("A");
    const v6 = hit("AAAA");
    if (v4) part.voids4 = [v4];
    if (v6) part.voids6 = [v6];
  } else if (term.kind === "mx" || term.kind === "exists") {
    const v = hit(term.kind === "mx" ? "MX" : "A");
    if (v) part.voids4 = part.voids6 = [v];
  }
}

// src/mail/tag-list.ts
var printable = (c) => c >= 33 && c <= 126 && c !== 59;
var isSpaceIn = (c, fws) => isWsp(c) || fws && (c === 13 || c === 10);
function tokenizeTagList(text, options) {
  const problems = [];
  const tags = [];
  const byKey = /* @__PURE__ */ new Map();
  const isSpace = (c) => isSpaceIn(c, options.fws === true);
  const valueChar = options.valueChar ?? printable;
  let segStart = 0;
  while (segStart <= text.length) {
    let segEnd = text.indexOf(";", segStart);
    if (segEnd < 0) segEnd = text.length;
    let a = segStart;
    let b = segEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      if (segEnd < text.length) {
        problems.push({
          code: "empty-tag",
          message: `There is an empty ${options.label} tag at ${quote(text.slice(segStart, Math.min(text.length, segEnd + 1)))}; remove the extra ";".`,
          start: segStart,
          end: Math.min(text.length, segEnd + 1)
        });
      }
    } else {
      if (a > segStart && segStart === 0 && !options.leadingSpace) {
        problems.push({
          code: "leading-space",
          message: `The ${options.label} record starts with whitespace; it must start with its "v=" tag.`,
          start: 0,
          end: a
        });
      }
      readTag(text, a, b, options, isSpace, valueChar, problems, tags, byKey);
    }
    if (segEnd >= text.length) break;
    segStart = segEnd + 1;
  }
  return { tags, problems, byKey };
}
function readTag(text, a, b, options, isSpace, valueChar, problems, tags, byKey) {
  let n = a;
  while (n < b && text[n] !== "=" && !isSpace(text.charCodeAt(n))) n++;
  let eq = n;
  while (eq < b && isSpace(text.charCodeAt(eq))) eq++;
  if (eq >= b || text[eq] !== "=") {
    problems.push({
      code: "missing-equals",
      message: `${quote(text.slice(a, b))} is not a ${options.label} tag; write "name=value".`,
      start: a,
      end: b
    });
    return;
  }
  let v = eq + 1;
  while (v < b && isSpace(text.charCodeAt(v))) v++;
  if (!options.spaceAroundEquals && (eq > n || v > eq + 1)) {
    problems.push({
      code: "space-around-equals",
      message: `${quote(text.slice(a, b))} has whitespace around "="; ${options.label} records allow none: write "${text.slice(a, n)}=${text.slice(v, b)}".`,
      start: n,
      end: v
    });
  }
  const name2 = spanned(text, a, n);
  if (!options.namePattern.test(name2.text)) {
    problems.push({
      code: name2.text === "" ? "missing-tag-name" : "invalid-tag-name",
      message: name2.text === "" ? `${quote(text.slice(a, b))} has no tag name before "=".` : `${quote(name2.text)} is not a valid ${options.label} tag name.`,
      start: a,
      end: name2.text === "" ? eq + 1 : n
    });
  }
  const allowed = valueTable(valueChar, options.spaceInValues === true, options.fws === true);
  for (let i = v; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 256 ? allowed[c] === 0 : !valueChar(c)) {
      problems.push({
        code: "invalid-character",
        message: `The value of ${quote(name2.text)} contains ${quote(text[i])}, which ${options.label} records do not allow.`,
        start: i,
        end: i + 1
      });
      break;
    }
  }
  const key = options.caseInsensitiveNames ? name2.text.toLowerCase() : name2.text;
  const first = byKey.get(key);
  const tag = { name: name2, value: spanned(text, v, b), key, duplicate: first !== void 0, start: a, end: b };
  if (first) {
    problems.push({
      code: "duplicate-tag",
      message: `The ${options.label} tag "${name2.text}" appears more than once (first as ${quote(text.slice(first.start, first.end))}); keep one.`,
      start: a,
      end: b
    });
  } else {
    byKey.set(key, tag);
  }
  tags.push(tag);
}
var valueTables = /* @__PURE__ */ new WeakMap();
function valueTable(valueChar, spaceInValues, fws) {
  let tables = valueTables.get(valueChar);
  if (!tables) valueTables.set(valueChar, tables = []);
  const index = (spaceInValues ? 1 : 0) + (fws ? 2 : 0);
  let table = tables[index];
  if (!table) {
    table = tables[index] = new Uint8Array(256);
    for (let c = 0; c < 256; c++) {
      if (valueChar(c) || spaceInValues && isSpaceIn(c, fws)) table[c] = 1;
    }
  }
  return table;
}
function checkVersion(list2, text, expected, label, problems, caseSensitiveValue = true) {
  const first = list2.tags[0];
  const v = list2.tags.find((t) => t.key === "v");
  if (!first || first.key !== "v") {
    problems.push({
      code: "missing-version",
      message: v ? `The v=${expected} tag must come first in a ${label} record; move it to the start.` : `A ${label} record must start with "v=${expected}"; ${quote(text.slice(0, 20))} does not.`,
      start: v ? v.start : 0,
      end: v ? v.end : Math.min(text.length, first ? first.end : text.length)
    });
    return null;
  }
  const same2 = caseSensitiveValue ? first.value.text === expected : first.value.text.toLowerCase() === expected.toLowerCase();
  if (!same2) {
    problems.push({
      code: "invalid-version",
      message: `The version ${quote(first.value.text)} is not "${expected}"; write "v=${expected}".`,
      start: first.value.start,
      end: first.value.end
    });
    return null;
  }
  return first.value;
}
function splitList(text, start, end, sep, fws = false) {
  const out = [];
  const isSpace = (c) => isSpaceIn(c, fws);
  let i = start;
  while (i <= end) {
    let j = text.indexOf(sep, i);
    if (j < 0 || j > end) j = end;
    let a = i;
    let b = j;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    out.push(spanned(text, a, b));
    if (j >= end) break;
    i = j + 1;
  }
  return out;
}
function nonEmptyItems(items, what, problems) {
  const out = [];
  for (const item of items) {
    if (item.text === "") {
      problems.push({ code: "empty-list-item", message: `The ${what} list has an empty entry; remove the extra separator.`, start: item.start, end: item.end });
    } else {
      out.push(item);
    }
  }
  return out;
}

// src/mail/uri.ts
var NOT_URI_CHAR = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
var BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
function parseUri(text, at, allowed, what, problems) {
  const raw = text.slice(at.start, at.end);
  const bad = (code, message) => {
    problems.push({ code, message, start: at.start, end: at.end });
    return null;
  };
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw);
  if (!m) {
    if (/^[^@\s:]+@[^@\s]+$/.test(raw) && allowed.includes("mailto")) {
      return bad("invalid-uri", `The ${what} ${quote(raw)} is a bare address; write "mailto:${raw}".`);
    }
    return bad("invalid-uri", `The ${what} ${quote(raw)} is not a URI; write a full URI such as "${allowed[0]}:${allowed[0] === "mailto" ? "reports@example.com" : "//example.com/"}".`);
  }
  const badChar = NOT_URI_CHAR.exec(raw);
  const badPercent = BAD_PERCENT.exec(raw);
  if (badChar && (!badPercent || badChar.index < badPercent.index)) {
    const i = badChar.index;
    problems.push({
      code: "invalid-uri",
      message: `The ${what} ${quote(raw)} contains ${quote(raw[i])}, which must be percent-encoded in a URI.`,
      start: at.start + i,
      end: at.start + i + 1
    });
    return null;
  }
  if (badPercent) {
    const i = badPercent.index;
    problems.push({
      code: "invalid-uri",
      message: `The ${what} ${quote(raw)} has a "%" that does not start a %HH escape.`,
      start: at.start + i,
      end: Math.min(at.end, at.start + i + 3)
    });
    return null;
  }
  const scheme = m[1].toLowerCase();
  const rest = raw.slice(m[0].length);
  if (!allowed.includes(scheme)) {
    return bad("unsupported-uri-scheme", `The ${what} ${quote(raw)} uses "${m[1]}:"; only ${allowed.map((s) => `${s}:`).join(" or ")} is supported here.`);
  }
  if (scheme === "mailto") {
    const addr = rest.split("?")[0];
    const at2 = addr.lastIndexOf("@");
    if (at2 <= 0 || at2 === addr.length - 1 || !addr.slice(at2 + 1).includes(".")) {
      return bad("invalid-uri", `The ${what} ${quote(raw)} has no valid mail address after "mailto:"; write "mailto:reports@example.com".`);
    }
    return { scheme, target: addr };
  }
  if (scheme === "http" || scheme === "https") {
    const hm = /^\/\/([^/?#:]*)(?::([0-9]*))?/.exec(rest);
    if (!hm || hm[1] === "" || hm[1].includes("@")) {
      return bad("invalid-uri", `The ${what} ${quote(raw)} has no host; write "${scheme}://host/path".`);
    }
    return { scheme, target: hm[1] };
  }
  return { scheme, target: rest };
}

// src/mail/bimi.ts
function isBimiRecord(text) {
  return /^v[ \t]*=[ \t]*BIMI1[ \t]*(?:;|$)/.test(text);
}
function parseBimi(text) {
  const list2 = tokenizeTagList(text, { label: "BIMI", spaceAroundEquals: true, namePattern: /^[A-Za-z][A-Za-z0-9_]*$/ });
  const problems = list2.problems;
  const record = { text, tags: list2.tags, version: checkVersion(list2, text, "BIMI1", "BIMI", problems), problems };
  for (const tag of list2.tags) {
    if (tag.duplicate || tag.key === "v") continue;
    if (tag.key === "l" || tag.key === "a") {
      const what = tag.key === "l" ? "logo location (l=)" : "evidence (a=)";
      const before = problems.length;
      if (tag.value.text !== "") {
        if (tag.value.text.includes(",")) {
          problems.push({ code: "invalid-uri", message: `The ${what} holds several URIs; BIMI takes exactly one https URI.`, start: tag.value.start, end: tag.value.end });
        } else {
          parseUri(text, tag.value, ["https"], what, problems);
        }
      }
      const uri = { text: tag.value.text, start: tag.value.start, end: tag.value.end, declined: tag.value.text === "", valid: problems.length === before };
      if (tag.key === "l") record.location = uri;
      else record.evidence = uri;
    } else if (tag.key === "avp") {
      record.avatarPreference = tag.value;
      if (!["brand", "personal"].includes(tag.value.text.toLowerCase())) {
        problems.push({ code: "invalid-value", message: `avp=${tag.value.text} is not valid; write avp=brand or avp=personal.`, start: tag.value.start, end: tag.value.end });
      }
    } else {
      problems.push({ code: "unknown-tag", message: `"${tag.name.text}" is not a BIMI tag and is ignored; known tags are v, l, a and avp.`, start: tag.start, end: tag.end });
    }
  }
  if (!list2.byKey.has("l") && record.version) {
    problems.push({ code: "missing-location", message: "A BIMI record needs an l= tag: the https URI of the logo, or empty to decline.", start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}

// src/mail/dmarc.ts
var CURRENT = /* @__PURE__ */ new Set(["v", "p", "sp", "np", "psd", "t", "adkim", "aspf", "rua", "ruf", "fo"]);
var REMOVED = /* @__PURE__ */ new Set(["pct", "rf", "ri"]);
function isDmarcRecord(text) {
  return /^v[ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/.test(text);
}
function enumValue(tag, allowed, hint, problems) {
  const v = tag.value.text.toLowerCase();
  if (allowed.includes(v)) return valued(tag.value, v);
  problems.push({
    code: "invalid-value",
    message: `${tag.name.text}=${tag.value.text} is not valid; ${hint}.`,
    start: tag.value.start,
    end: tag.value.end
  });
  return void 0;
}
var UNITS = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
function parseUriList(text, tag, problems) {
  const out = [];
  for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ","), `${tag.name.text}=`, problems)) {
    const bang = item.text.lastIndexOf("!");
    const uriEnd = bang >= 0 ? item.start + bang : item.end;
    const entry = { text: item.text, start: item.start, end: item.end, uri: spanned(text, item.start, uriEnd), scheme: void 0, size: void 0, valid: true };
    const before = problems.length;
    if (bang >= 0) {
      const m = /^!([0-9]+)([kmgtKMGT]?)$/.exec(item.text.slice(bang));
      const sizeSpan = { start: uriEnd, end: item.end };
      if (!m) {
        problems.push({
          code: "invalid-size-limit",
          message: `The size limit ${quote(item.text.slice(bang))} is malformed; write "!" and a number with an optional k, m, g or t, such as "!10m".`,
          ...sizeSpan
        });
      } else if (BigInt(m[1]) > 0xffffffffffffffffn) {
        problems.push({ code: "invalid-size-limit", message: `The size limit ${quote(item.text.slice(bang))} does not fit in 64 bits.`, ...sizeSpan });
      } else {
        const unit = m[2].toLowerCase();
        entry.size = { ...spanned(text, sizeSpan.start, sizeSpan.end), amount: Number(m[1]), unit, bytes: Number(m[1]) * UNITS[unit] };
      }
    }
    const parsed = parseUri(text, entry.uri, ["mailto", "https", "http"], `${tag.name.text}= address`, problems);
    if (parsed) entry.scheme = parsed.scheme;
    else {
      const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(entry.uri.text);
      if (m) entry.scheme = m[1].toLowerCase();
    }
    entry.valid = problems.length === before;
    out.push(entry);
  }
  return out;
}
function parseDmarc(text) {
  const list2 = tokenizeTagList(text, {
    label: "DMARC",
    spaceAroundEquals: true,
    namePattern: /^[A-Za-z]+$/,
    caseInsensitiveNames: true,
    // dmarc-value = %x20-3A / %x3C-7E: printable ASCII and space, no ";".
    valueChar: (c) => c >= 32 && c <= 126 && c !== 59
  });
  const problems = list2.problems;
  const record = { text, version: null, tags: [], removedTags: [], problems };
  record.version = checkVersion(list2, text, "DMARC1", "DMARC", problems);
  for (const raw of list2.tags) {
    const removed = REMOVED.has(raw.key);
    const tag = { name: raw.name, value: raw.value, key: raw.key, duplicate: raw.duplicate, start: raw.start, end: raw.end, known: removed || CURRENT.has(raw.key), removed };
    record.tags.push(tag);
    if (tag.removed) record.removedTags.push(tag);
    if (tag.duplicate || tag.key === "v") continue;
    if (!tag.known) {
      problems.push({
        code: "unknown-tag",
        message: `"${tag.name.text}" is not a DMARC tag and is ignored; known tags are p, sp, np, psd, t, adkim, aspf, rua, ruf and fo.`,
        start: tag.start,
        end: tag.end
      });
      continue;
    }
    if (tag.value.text === "") {
      problems.push({ code: "empty-value", message: `The DMARC tag "${tag.name.text}" has no value.`, start: tag.start, end: tag.end });
      continue;
    }
    const policies2 = ["none", "quarantine", "reject"];
    switch (tag.key) {
      case "p":
      case "sp":
      case "np": {
        const v = enumValue(tag, policies2, "write none, quarantine or reject", problems);
        if (v) record[tag.key] = v;
        break;
      }
      case "adkim":
      case "aspf": {
        const v = enumValue(tag, ["r", "s"], "write r (relaxed) or s (strict)", problems);
        if (v) record[tag.key] = v;
        break;
      }
      case "t": {
        const v = enumValue(tag, ["y", "n"], "write y (testing) or n", problems);
        if (v) record.t = v;
        break;
      }
      case "psd": {
        const v = enumValue(tag, ["y", "n", "u"], "write y, n or u", problems);
        if (v) record.psd = v;
        break;
      }
      case "fo": {
        const opts = [];
        for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ":"), "fo=", problems)) {
          const v = enumValue({ name: tag.name, value: item }, ["0", "1", "d", "s"], 'each fo= option is 0, 1, d or s, separated by ":"', problems);
          if (v) opts.push(v);
        }
        record.fo = opts;
        break;
      }
      case "rua":
      case "ruf":
        record[tag.key] = parseUriList(text, tag, problems);
        break;
      case "pct":
      case "ri": {
        const max = tag.key === "pct" ? 100 : 4294967295;
        const ok = tag.key === "pct" ? /^[0-9]{1,3}$/ : /^[0-9]{1,32}$/;
        const n = Number(tag.value.text);
        if (!ok.test(tag.value.text) || n > max) {
          problems.push({
            code: "invalid-value",
            message: tag.key === "pct" ? `pct=${tag.value.text} is not a percentage 0\u2013100.` : `ri=${tag.value.text} is not a number of seconds.`,
            start: tag.value.start,
            end: tag.value.end
          });
        } else {
          record[tag.key] = valued(tag.value, n);
        }
        break;
      }
      case "rf": {
        const formats = [];
        for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ":"), "rf=", problems)) {
          if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(item.text)) {
            problems.push({ code: "invalid-value", message: `rf= format ${quote(item.text)} is not a keyword such as "afrf".`, start: item.start, end: item.end });
          } else {
            formats.push(valued(item, item.text.toLowerCase()));
          }
        }
        record.rf = formats;
        break;
      }
    }
  }
  sortProblems(problems);
  return record;
}

// src/mail/spf-eval.ts
var SpfAbort = class {
  constructor(result, code, message, domain) {
    this.result = result;
    this.code = code;
    this.message = message;
    this.domain = domain;
  }
  result;
  code;
  message;
  domain;
};
function isQueryableName(name2) {
  if (name2.length === 0 || name2.length > 253) return false;
  return name2.split(".").every((l) => l.length > 0 && l.length <= 63);
}
function stripDot2(name2) {
  return name2.endsWith(".") ? name2.slice(0, -1) : name2;
}
function query(ctx, name2, type) {
  let res;
  try {
    res = ctx.resolver.query(name2, type);
  } catch {
    res = { rcode: "SERVFAIL", answers: [] };
  }
  if (res.rcode === "UNKNOWN" && !ctx.unresolved.includes(name2.toLowerCase())) ctx.unresolved.push(name2.toLowerCase());
  return res;
}
function dnsAbort(ctx, name2, type, rcode) {
  if (rcode === "UNKNOWN") return new SpfAbort("temperror", "unresolved-name", `The ${type} records of ${name2} are not known to this resolver.`, name2);
  return new SpfAbort("temperror", "dns-error", `The ${type} lookup for ${name2} failed (${rcode}).`, name2);
}
function countLookup(ctx, domain, what) {
  ctx.lookups++;
  if (ctx.lookups > ctx.maxLookups) {
    throw new SpfAbort(
      "permerror",
      "too-many-lookups",
      `Evaluating ${what} needs DNS lookup number ${ctx.lookups}; SPF allows at most ${ctx.maxLookups} (RFC 7208 \xA74.6.4).`,
      domain
    );
  }
}
function countVoid(ctx, domain, name2, res) {
  if (res.rcode === "NXDOMAIN" || res.rcode === "NOERROR" && res.answers.length === 0) {
    ctx.voids++;
    if (ctx.voids > ctx.maxVoids) {
      throw new SpfAbort(
        "permerror",
        "too-many-void-lookups",
        `The lookup for ${name2} is void lookup number ${ctx.voids}; SPF allows at most ${ctx.maxVoids} (RFC 7208 \xA74.6.4).`,
        domain
      );
    }
  }
}
function addresses(ctx, domain, name2, countVoids) {
  const type = ctx.ip.family === 4 ? "A" : "AAAA";
  const res = query(ctx, name2, type);
  if (res.rcode !== "NOERROR" && res.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name2, type, res.rcode);
  if (countVoids) countVoid(ctx, domain, name2, res);
  const out = [];
  for (const a of res.answers) {
    const bytes = ctx.ip.family === 4 ? parseIPv4(a) : parseIPv6(a);
    if (bytes) out.push(bytes);
  }
  return out;
}
function validatedNames(ctx, domain, countVoids) {
  const rev = reverseName(ctx.ip);
  const res = query(ctx, rev, "PTR");
  if (countVoids) countVoid(ctx, domain, rev, res);
  if (res.rcode !== "NOERROR") return [];
  const out = [];
  for (const raw of res.answers.slice(0, 10)) {
    const name2 = stripDot2(raw);
    if (!isQueryableName(name2)) continue;
    const type = ctx.ip.family === 4 ? "A" : "AAAA";
    const a = query(ctx, name2, type);
    if (a.rcode !== "NOERROR") continue;
    const hit = a.answers.some((t) => {
      const bytes = ctx.ip.family === 4 ? parseIPv4(t) : parseIPv6(t);
      return bytes !== null && prefixMatch(bytes, ctx.ip.bytes, bytes.length * 8);
    });
    if (hit) out.push(name2);
  }
  return out;
}
function isSubdomainOrSame(name2, target) {
  const n = name2.toLowerCase();
  const t = target.toLowerCase();
  return n === t || n.endsWith(`.${t}`);
}
function urlEscape(s) {
  let out = "";
  for (const ch of s) {
    out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function macroValue(ctx, domain, letter) {
  switch (letter) {
    case "s":
      return ctx.sender;
    case "l":
      return ctx.localPart;
    case "o":
      return ctx.senderDomain;
    case "d":
      return domain;
    case "i":
      return ctx.ip.family === 4 ? formatIp(ctx.ip) : reverseLabels(ctx.ip).reverse().join(".");
    case "p": {
      const names = validatedNames(ctx, domain, false);
      const exact = names.find((n) => n.toLowerCase() === domain.toLowerCase());
      return exact ?? names.find((n) => isSubdomainOrSame(n, domain)) ?? names[0] ?? "unknown";
    }
    case "v":
      return ctx.ip.family === 4 ? "in-addr" : "ip6";
    case "h":
      return ctx.helo;
    case "c":
      return formatIp(ctx.ip);
    case "r":
      return ctx.receiver;
    case "t":
      return String(ctx.now);
    default:
      return "";
  }
}
function expand(ctx, domain, macro) {
  let out = "";
  for (const part of macro.parts) {
    if (part.type === "literal") out += part.text;
    else if (part.type === "escape") out += part.char === "%" ? "%" : part.char === "_" ? " " : "%20";
    else {
      const value = macroValue(ctx, domain, part.letter);
      let pieces = value.split(new RegExp(`[${part.delimiters.replace(/[-\\\]^/]/g, "\\$&")}]`));
      if (part.reverse) pieces.reverse();
      if (part.keep !== void 0 && part.keep < pieces.length) pieces = pieces.slice(pieces.length - part.keep);
      const joined = pieces.join(".");
      out += part.urlEscape ? urlEscape(joined) : joined;
    }
  }
  return out;
}
function targetName(ctx, domain, macro) {
  let name2 = stripDot2(expand(ctx, domain, macro));
  while (name2.length > 253 && name2.includes(".")) name2 = name2.slice(name2.indexOf(".") + 1);
  return name2;
}
function qualifierResult(q) {
  return q === "+" ? "pass" : q === "-" ? "fail" : q === "~" ? "softfail" : "neutral";
}
function matches(ctx, domain, mech) {
  const target = () => mech.domainSpec ? targetName(ctx, domain, mech.domainSpec) : domain;
  switch (mech.kind) {
    case "all":
      return true;
    case "ip4":
    case "ip6": {
      const family = mech.kind === "ip4" ? 4 : 6;
      if (ctx.ip.family !== family || !mech.address) return false;
      const len = (family === 4 ? mech.cidr4 : mech.cidr6)?.length ?? (family === 4 ? 32 : 128);
      return prefixMatch(mech.address, ctx.ip.bytes, len);
    }
    case "include": {
      countLookup(ctx, domain, `include:${mech.value?.text ?? ""}`);
      const name2 = target();
      const sub = evaluate(ctx, name2);
      if (sub.result === "pass") return true;
      if (sub.result === "none") {
        throw new SpfAbort("permerror", "include-none", `include:${name2} found no SPF record; an included domain must publish one (RFC 7208 \xA75.2).`, domain);
      }
      return false;
    }
    case "a":
    case "mx":
    case "ptr":
    case "exists": {
      countLookup(ctx, domain, mech.name.text + (mech.argument?.text ?? ""));
      const name2 = target();
      if (!isQueryableName(name2)) return false;
      const len = (ctx.ip.family === 4 ? mech.cidr4 : mech.cidr6)?.length ?? (ctx.ip.family === 4 ? 32 : 128);
      const inPrefix = (list2) => list2.some((b) => prefixMatch(b, ctx.ip.bytes, len));
      if (mech.kind === "a") return inPrefix(addresses(ctx, domain, name2, true));
      if (mech.kind === "exists") {
        const res2 = query(ctx, name2, "A");
        if (res2.rcode !== "NOERROR" && res2.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name2, "A", res2.rcode);
        countVoid(ctx, domain, name2, res2);
        return res2.answers.length > 0;
      }
      if (mech.kind === "ptr") return validatedNames(ctx, domain, true).some((n) => isSubdomainOrSame(n, name2));
      const res = query(ctx, name2, "MX");
      if (res.rcode !== "NOERROR" && res.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name2, "MX", res.rcode);
      countVoid(ctx, domain, name2, res);
      if (res.answers.length > 10) {
        throw new SpfAbort("permerror", "too-many-mx", `${name2} has ${res.answers.length} MX records; the mx mechanism allows at most 10 (RFC 7208 \xA74.6.4).`, domain);
      }
      for (const mx of res.answers) {
        const host = stripDot2(mx.exchange);
        if (!isQueryableName(host)) continue;
        if (inPrefix(addresses(ctx, domain, host, false))) return true;
      }
      return false;
    }
  }
}
function explain(ctx, domain, spec) {
  try {
    const name2 = targetName(ctx, domain, spec);
    if (!isQueryableName(name2)) return void 0;
    const res = query(ctx, name2, "TXT");
    if (res.rcode !== "NOERROR" || res.answers.length !== 1) return void 0;
    const parsed = parseExplanation(res.answers[0]);
    if (parsed.problems.length > 0) return void 0;
    return expand(ctx, domain, parsed.macro);
  } catch {
    return void 0;
  }
}
function evaluate(ctx, rawDomain) {
  const domain = stripDot2(rawDomain);
  if (!isQueryableName(domain) || !domain.includes(".") || domain.startsWith("[")) return { result: "none" };
  const res = query(ctx, domain, "TXT");
  if (res.rcode === "NXDOMAIN") return { result: "none" };
  if (res.rcode !== "NOERROR") throw dnsAbort(ctx, domain, "TXT", res.rcode);
  const records = res.answers.filter(isSpfRecord);
  if (records.length === 0) return { result: "none" };
  if (records.length > 1) {
    throw new SpfAbort("permerror", "multiple-records", `${domain} publishes ${records.length} SPF records; it must publish exactly one (RFC 7208 \xA74.5).`, domain);
  }
  const record = parseSpf(records[0]);
  if (record.problems.length > 0) {
    const p = record.problems[0];
    throw new SpfAbort("permerror", p.code, p.message, domain);
  }
  for (const term of record.terms) {
    if (term.type !== "mechanism") continue;
    if (matches(ctx, domain, term)) {
      const result = qualifierResult(term.qualifier);
      if (result === "fail" && record.exp) {
        const explanation = explain(ctx, domain, record.exp.macro);
        if (explanation !== void 0) return { result, explanation };
      }
      return { result };
    }
  }
  if (record.redirect) {
    countLookup(ctx, domain, `redirect=${record.redirect.value.text}`);
    const name2 = targetName(ctx, domain, record.redirect.macro);
    const sub = evaluate(ctx, name2);
    if (sub.result === "none") {
      throw new SpfAbort("permerror", "redirect-none", `redirect=${name2} found no SPF record; the target of a redirect must publish one (RFC 7208 \xA76.1).`, domain);
    }
    return sub;
  }
  return { result: "neutral" };
}
function checkHost(ip, domain, sender, resolver, options = {}) {
  const at = sender.lastIndexOf("@");
  const localPart = at > 0 ? sender.slice(0, at) : "postmaster";
  const senderDomain = at >= 0 ? sender.slice(at + 1) : sender;
  const ctx = {
    ip: { family: 4, bytes: new Uint8Array(4) },
    sender: `${localPart}@${senderDomain}`,
    localPart,
    senderDomain,
    helo: options.helo ?? senderDomain,
    resolver,
    receiver: options.receiver ?? "unknown",
    now: options.now ?? Math.floor(Date.now() / 1e3),
    maxLookups: options.maxLookups ?? 10,
    maxVoids: options.maxVoidLookups ?? 2,
    lookups: 0,
    voids: 0,
    unresolved: []
  };
  const done = (o, reason) => ({
    result: o.result,
    ...o.explanation !== void 0 ? { explanation: o.explanation } : {},
    lookups: ctx.lookups,
    voidLookups: ctx.voids,
    ...reason ? { reason } : {},
    unresolved: ctx.unresolved
  });
  const client = parseClientIp(ip);
  if (!client) return done({ result: "permerror" }, { code: "invalid-ip", message: `${JSON.stringify(ip)} is not an IP address.`, domain });
  ctx.ip = client;
  try {
    return done(evaluate(ctx, domain));
  } catch (e) {
    if (e instanceof SpfAbort) return done({ result: e.result }, { code: e.code, message: e.message, domain: e.domain });
    return done({ result: "temperror" }, { code: "internal-error", message: String(e), domain });
  }
}

// src/mail/der.ts
function readTlv(bytes, pos, limit = bytes.length) {
  if (pos + 2 > limit) return null;
  const tag = bytes[pos];
  if ((tag & 31) === 31) return null;
  let len = bytes[pos + 1];
  let start = pos + 2;
  if (len & 128) {
    const n = len & 127;
    if (n === 0 || n > 4 || start + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[start + i];
    start += n;
  }
  const end = start + len;
  return end > limit ? null : { tag, start, end };
}
function readChildren(bytes, parent) {
  const out = [];
  let pos = parent.start;
  while (pos < parent.end) {
    const child = readTlv(bytes, pos, parent.end);
    if (!child) return null;
    out.push(child);
    pos = child.end;
  }
  return out;
}
function oidText(bytes, tlv) {
  const parts = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    value = value * 128 + (bytes[i] & 127);
    if (!(bytes[i] & 128)) {
      parts.push(value);
      value = 0;
    }
  }
  if (parts.length === 0) return "";
  const first = parts[0];
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts.slice(1)].join(".");
}
function integerBits(bytes, tlv) {
  let i = tlv.start;
  while (i < tlv.end && bytes[i] === 0) i++;
  if (i === tlv.end) return 0;
  return (tlv.end - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}
var DER_SEQUENCE = 48;
var DER_INTEGER = 2;
var DER_BIT_STRING = 3;
var DER_OID = 6;

// src/mail/dkim.ts
var RSA_OID = "1.2.840.113549.1.1.1";
var ED25519_OID = "1.3.101.112";
var FWS = (c) => c === 32 || c === 9 || c === 13 || c === 10;
var BASE64 = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") BASE64[c.charCodeAt(0)] = 1;
var PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeBase64(text, start, end, what, problems) {
  const whole = text.slice(start, end);
  if (whole.length % 4 === 0 && PLAIN_BASE64.test(whole)) return { clean: whole, bytes: base64Octets(whole) };
  let clean = "";
  let run = start;
  let pad = 0;
  let firstPad = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (FWS(c)) {
      clean += text.slice(run, i);
      run = i + 1;
      continue;
    }
    if (c === 61) {
      if (firstPad < 0) firstPad = i;
      pad++;
      continue;
    }
    if (c >= 128 || BASE64[c] === 0 || pad > 0) {
      clean += text.slice(run, i);
      const ch = text[i];
      problems.push({
        code: "invalid-base64",
        message: pad > 0 ? `The ${what} has ${quote(ch)} after "=" padding; padding may only end the data.` : `The ${what} contains ${quote(ch)}, which is not a base64 character (A\u2013Z, a\u2013z, 0\u20139, +, /).`,
        start: i,
        end: i + 1
      });
      return { clean, bytes: null };
    }
  }
  clean += text.slice(run, end);
  if (pad > 2 || clean.length % 4 !== 0) {
    problems.push({
      code: "invalid-base64",
      message: `The ${what} is ${clean.length} base64 characters${pad > 2 ? ' with more than two "=" at the end' : ', not a multiple of 4: it is truncated or lacks "=" padding'}.`,
      start: firstPad >= 0 ? firstPad : start,
      end
    });
    return { clean, bytes: null };
  }
  return { clean, bytes: base64Octets(clean) };
}
function base64Octets(clean) {
  const buffer = Buffer.from(clean, "base64");
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
function describeKey(bytes) {
  const top = readTlv(bytes, 0);
  if (!top || top.tag !== DER_SEQUENCE || top.end !== bytes.length) return null;
  const kids = readChildren(bytes, top);
  if (!kids) return null;
  const rsaKey = (seq2) => {
    if (seq2.length !== 2 || seq2[0].tag !== DER_INTEGER || seq2[1].tag !== DER_INTEGER) return null;
    let exponent = 0;
    for (let i = seq2[1].start; i < seq2[1].end; i++) exponent = exponent * 256 + bytes[i];
    return { rsaModulusBits: integerBits(bytes, seq2[0]), rsaExponent: exponent };
  };
  const pkcs1 = rsaKey(kids);
  if (pkcs1) return { algorithm: "rsa", encoding: "pkcs1", ...pkcs1 };
  if (kids.length !== 2 || kids[0].tag !== DER_SEQUENCE || kids[1].tag !== DER_BIT_STRING) return null;
  const alg = readChildren(bytes, kids[0]);
  if (!alg || alg.length === 0 || alg[0].tag !== DER_OID) return null;
  const oid = oidText(bytes, alg[0]);
  if (oid === ED25519_OID) return { algorithm: "ed25519", encoding: "spki", oid };
  if (oid !== RSA_OID) return { algorithm: "unknown", encoding: "spki", oid };
  const inner = readTlv(bytes, kids[1].start + 1, kids[1].end);
  if (!inner || inner.tag !== DER_SEQUENCE) return null;
  const seq = readChildren(bytes, inner);
  const key = seq ? rsaKey(seq) : null;
  return key ? { algorithm: "rsa", encoding: "spki", oid, ...key } : null;
}
function colonList(text, tag, problems) {
  return nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ":", true), `${tag.name.text}=`, problems).map((item) => valued(item, item.text.toLowerCase()));
}
function parseDkimKey(text) {
  const list2 = tokenizeTagList(text, {
    label: "DKIM key",
    fws: true,
    spaceAroundEquals: true,
    leadingSpace: true,
    spaceInValues: true,
    namePattern: /^[A-Za-z][A-Za-z0-9_]*$/
  });
  const problems = list2.problems;
  const record = { text, tags: list2.tags, keyType: { value: "rsa", implicit: true }, problems };
  for (const tag of list2.tags) {
    if (tag.duplicate) continue;
    switch (tag.key) {
      case "v":
        record.version = tag.value;
        if (tag !== list2.tags[0]) {
          problems.push({ code: "version-not-first", message: "The v= tag of a DKIM key record must come first; move it to the start or remove it.", start: tag.start, end: tag.end });
        } else if (tag.value.text !== "DKIM1") {
          problems.push({ code: "invalid-version", message: `The version ${quote(tag.value.text)} is not "DKIM1"; write "v=DKIM1".`, start: tag.value.start, end: tag.value.end });
        }
        break;
      case "h":
        record.hashAlgorithms = colonList(text, tag, problems);
        break;
      case "k":
        record.keyType = valued(tag.value, tag.value.text.toLowerCase());
        if (!["rsa", "ed25519"].includes(record.keyType.value)) {
          problems.push({
            code: "unknown-key-type",
            message: `k=${tag.value.text} is not a key type verifiers know; write k=rsa or k=ed25519.`,
            start: tag.value.start,
            end: tag.value.end
          });
        }
        break;
      case "n":
        record.notes = tag.value;
        break;
      case "s":
        record.serviceTypes = colonList(text, tag, problems);
        break;
      case "t":
        record.flags = colonList(text, tag, problems);
        break;
      case "p": {
        const { clean, bytes } = decodeBase64(text, tag.value.start, tag.value.end, "public key (p=)", problems);
        const key2 = { text: tag.value.text, start: tag.value.start, end: tag.value.end, base64: clean, revoked: clean === "" };
        if (bytes && bytes.length > 0) {
          key2.bytes = bytes;
          const info = describeKey(bytes);
          if (info) Object.assign(key2, info);
          else if (bytes.length === 32) Object.assign(key2, { algorithm: "ed25519", encoding: "raw" });
          else {
            problems.push({
              code: "invalid-public-key",
              message: `The p= data decodes to ${bytes.length} octets that are neither a DER public key nor a 32-octet Ed25519 key.`,
              start: tag.value.start,
              end: tag.value.end
            });
          }
        }
        record.publicKey = key2;
        break;
      }
      default:
        problems.push({
          code: "unknown-tag",
          message: `"${tag.name.text}" is not a DKIM key tag and is ignored; known tags are v, h, k, n, p, s and t.`,
          start: tag.start,
          end: tag.end
        });
    }
  }
  const key = record.publicKey;
  if (!list2.byKey.has("p")) {
    problems.push({ code: "missing-public-key", message: "A DKIM key record needs a p= tag with the public key (an empty p= revokes the key).", start: 0, end: text.length });
  } else if (key?.algorithm && key.algorithm !== "unknown") {
    const k = record.keyType.value;
    const matches2 = k === "rsa" && key.algorithm === "rsa" || k === "ed25519" && key.algorithm === "ed25519" && key.encoding === "raw";
    if (!matches2 && (k === "rsa" || k === "ed25519")) {
      const why = k === "ed25519" && key.algorithm === "ed25519" ? "k=ed25519 needs the raw 32-octet key (RFC 8463), not a SubjectPublicKeyInfo; publish only its last 32 octets" : `k=${k}${"implicit" in record.keyType ? " (the default)" : ""} does not match the ${key.algorithm === "rsa" ? "RSA" : "Ed25519"} key in p=; write k=${key.algorithm}`;
      problems.push({ code: "key-type-mismatch", message: `${why}.`, start: key.start, end: key.end });
    }
  }
  sortProblems(problems);
  return record;
}

// src/mail/mta-sts.ts
var EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
var extValueChar = (c) => c >= 33 && c <= 126 && c !== 59 && c !== 61;
function isMtaStsRecord(text) {
  return /^v=STSv1(?:[ \t]*;|[ \t]*$)/.test(text);
}
function parseMtaSts(text) {
  const list2 = tokenizeTagList(text, { label: "MTA-STS", namePattern: EXT_NAME, valueChar: extValueChar });
  const problems = list2.problems;
  const record = { text, tags: list2.tags, version: checkVersion(list2, text, "STSv1", "MTA-STS", problems), extensions: [], problems };
  for (const tag of list2.tags) {
    if (tag.duplicate || tag.key === "v") continue;
    if (tag.key !== "id") {
      record.extensions.push(tag);
      if (tag.value.text === "") problems.push({ code: "empty-value", message: `The MTA-STS tag "${tag.name.text}" has no value.`, start: tag.start, end: tag.end });
      continue;
    }
    record.id = tag.value;
    if (!/^[A-Za-z0-9]{1,32}$/.test(tag.value.text)) {
      problems.push({
        code: "invalid-id",
        message: tag.value.text === "" ? 'The MTA-STS id= is empty; write 1\u201332 letters and digits, such as the timestamp "20240101000000".' : `The MTA-STS id "${tag.value.text}" must be 1\u201332 letters and digits (no punctuation); for example "${tag.value.text.replace(/[^A-Za-z0-9]/g, "").slice(0, 32) || "20240101"}".`,
        start: tag.value.start,
        end: tag.value.end
      });
    }
  }
  if (!list2.byKey.has("id")) {
    problems.push({ code: "missing-id", message: "An MTA-STS record needs an id= tag (1\u201332 letters and digits) that changes whenever the policy changes.", start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}

// src/mail/tls-rpt.ts
function isTlsRptRecord(text) {
  return /^v=TLSRPTv1(?:[ \t]*;|[ \t]*$)/.test(text);
}
function parseTlsRpt(text) {
  const list2 = tokenizeTagList(text, {
    label: "TLS-RPT",
    namePattern: EXT_NAME,
    // tlsrpt-rua allows *WSP around the commas of its URI list.
    spaceInValues: true,
    valueChar: extValueChar
  });
  const problems = list2.problems;
  const record = { text, tags: list2.tags, version: checkVersion(list2, text, "TLSRPTv1", "TLS-RPT", problems), extensions: [], problems };
  for (const tag of list2.tags) {
    if (tag.duplicate || tag.key === "v") continue;
    if (tag.key !== "rua") {
      record.extensions.push(tag);
      continue;
    }
    record.rua = [];
    if (tag.value.text === "") {
      problems.push({ code: "empty-value", message: 'rua= is empty; write at least one "mailto:" or "https:" URI.', start: tag.start, end: tag.end });
      continue;
    }
    for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ","), "rua=", problems)) {
      const before = problems.length;
      const parsed = parseUri(text, item, ["mailto", "https"], "rua= address", problems);
      record.rua.push({ text: item.text, start: item.start, end: item.end, scheme: parsed?.scheme, valid: problems.length === before });
    }
  }
  if (!list2.byKey.has("rua")) {
    problems.push({ code: "missing-rua", message: 'A TLS-RPT record needs rua= with a "mailto:" or "https:" address for reports.', start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}

// src/engine/mail-records.ts
var mtaStsOfText = sharedParse(parseMtaSts);
var tlsRptOfText = sharedParse(parseTlsRpt);
function splitLabels(name2) {
  const labels = [];
  let start = 0;
  for (let i = 0; i < name2.length; i++) {
    const c = name2.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) {
      labels.push(name2.slice(start, i));
      start = i + 1;
    }
  }
  if (start < name2.length) labels.push(name2.slice(start));
  return labels;
}
function dropLabels(name2, count) {
  let at = 0;
  for (let i = 0; i < count; i++) {
    for (; at < name2.length && name2[at] !== "."; at++) if (name2[at] === "\\") at++;
    at++;
  }
  return at >= name2.length ? "." : name2.slice(at);
}
function mailNameRole(key) {
  if (key.charCodeAt(0) === 95 || key.includes("._")) return "service";
  return key.charCodeAt(0) === 42 ? "wildcard" : "domain";
}
function bare(name2) {
  return name2.length > 1 && name2.endsWith(".") ? name2.slice(0, -1) : name2;
}
var DKIM_LIKE = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|p[ \t\r\n]*=)/;
var mailFacts = zoneFact("policy TXT records", (zone) => {
  const facts2 = { dkim: [], mtaSts: [], tlsRpt: [] };
  for (const record of recordsOfType(zone, "TXT")) {
    const ownerKey = nameKey(record.owner);
    if (ownerKey.charCodeAt(0) !== 95 && !ownerKey.includes("._domainkey.")) continue;
    if (ownerKey.startsWith("_mta-sts.")) {
      const view = txtOf(record);
      if (!view) continue;
      const domain = dropLabels(record.owner, 1);
      facts2.mtaSts.push({ record, view, parsed: mtaStsOfText(view.text), ownerKey, domain, domainKey: nameKey(domain), indicator: isMtaStsRecord(view.text) });
    } else if (ownerKey.startsWith("_smtp._tls.")) {
      const view = txtOf(record);
      if (!view) continue;
      const domain = dropLabels(record.owner, 2);
      facts2.tlsRpt.push({ record, view, parsed: tlsRptOfText(view.text), ownerKey, domain, domainKey: nameKey(domain), indicator: isTlsRptRecord(view.text) });
    } else {
      const at = ownerKey.split(".").indexOf("_domainkey");
      if (at < 1) continue;
      const view = txtOf(record);
      if (!view || !DKIM_LIKE.test(view.text)) continue;
      const labels = splitLabels(record.owner);
      const domain = dropLabels(record.owner, at + 1);
      facts2.dkim.push({ record, view, parsed: parseDkimKey(view.text), ownerKey, domain, domainKey: nameKey(domain), selector: labels.slice(0, at).join(".") });
    }
  }
  return facts2;
});
function dkimKeys(zone) {
  return mailFacts(zone).dkim;
}
function mtaStsRecords(zone) {
  return mailFacts(zone).mtaSts;
}
function tlsRptRecords(zone) {
  return mailFacts(zone).tlsRpt;
}
var tlsaRecords = zoneFact("TLSA records", (zone) => {
  const list2 = [];
  for (const record of recordsOfType(zone, "TLSA")) {
    const entry = tlsaEntry(record);
    if (entry) list2.push(entry);
  }
  return list2;
});
function tagOf(tags, key) {
  return tags.find((t) => t.key === key && !t.duplicate);
}
function crowdedOwners(entries, keep) {
  return [...byOwner(entries.filter(keep)).values()].filter((g) => g.length > 1);
}
function reportProblems(context, entry, family, skip = /* @__PURE__ */ new Set(), lowered = /* @__PURE__ */ new Map()) {
  for (const problem of entry.parsed.problems) {
    if (skip.has(problem.code)) continue;
    const text = entry.view.text.slice(problem.start, problem.end);
    context.report({
      messageId: "problem",
      data: { message: problem.message, code: problem.code },
      span: textSpan(entry, problem),
      fingerprint: `${entry.ownerKey}|TXT|${family}|${problem.code}|${quote(text, 32)}`,
      severity: lowered.get(problem.code)
    });
  }
}
var VERSION_PROBLEMS = /* @__PURE__ */ new Set(["missing-version", "invalid-version", "leading-space"]);
function reportVersionedProblems(context, entry, family) {
  const problems = entry.parsed.problems;
  const discarded = !entry.indicator && problems.some((p) => VERSION_PROBLEMS.has(p.code));
  const others = discarded ? new Set(problems.filter((p) => !VERSION_PROBLEMS.has(p.code)).map((p) => p.code)) : void 0;
  reportProblems(context, entry, family, others);
}
function reportMultiple(context, entries, family, kind) {
  for (const group of crowdedOwners(entries, (e) => e.indicator)) {
    for (const extra of group.slice(1)) {
      context.report({
        messageId: "multiple",
        data: { owner: extra.record.owner, count: group.length, kind },
        span: extra.view.span(0, extra.view.text.length),
        related: group.filter((e) => e !== extra).map((e) => ({ span: e.view.span(0, e.view.text.length), message: `another ${kind} record of \`${e.record.owner}\` is here` })),
        fingerprint: `${extra.ownerKey}|TXT|${family}|multiple|${quote(extra.view.text, 64)}`
      });
    }
  }
}
function tlsaEntry(record) {
  const rdata = rdataOf(record, "TLSA");
  if (!rdata) return void 0;
  const ownerKey = nameKey(record.owner);
  return { record, ownerKey, usage: rdata.usage, selector: rdata.selector, matchingType: rdata.matchingType, data: rdata.data, smtp: ownerKey.startsWith("_25._tcp.") };
}
function isGeneric(entry) {
  return entry.record.fields[0]?.text === "\\#";
}
function usageSpan(entry) {
  return isGeneric(entry) ? entry.record.rdataSpan : entry.record.fields[0].span;
}
function dataSpan(entry) {
  const fields = entry.record.fields;
  if (isGeneric(entry) || fields.length < 4) return entry.record.rdataSpan;
  return { source: fields[3].span.source, start: fields[3].span.start, end: fields[fields.length - 1].span.end };
}
function tlsaFingerprint(entry, ...rest) {
  const head = Buffer.from(entry.data.subarray(0, 8)).toString("hex");
  return [entry.ownerKey, "TLSA", `${entry.usage} ${entry.selector} ${entry.matchingType} ${head}`, ...rest].join("|");
}
var coverage = nameFact("DANE coverage", (zones, exchanger, zone) => computeCoverage(zones, zone, exchanger));
function daneCoverage(zones, zone, exchanger) {
  return coverage(zones, exchanger, zone);
}
function computeCoverage(zones, zone, exchanger) {
  const hosts = [exchanger];
  const expanded = chase(zones, exchanger, zone);
  if (!expanded.broken && expanded.cnames.length > 0) hosts.unshift(expanded.name);
  let unknown = false;
  for (const host of hosts) {
    const at = tlsaAt(zones, zone, `_25._tcp.${host}`);
    if (at.state === "yes") return at;
    if (at.state === "unknown") unknown = true;
  }
  return unknown ? { state: "unknown" } : { state: "no" };
}
function tlsaAt(zones, zone, name2) {
  const chain2 = chase(zones, name2, zone);
  if (chain2.broken || !judged(chain2.end)) return { state: "unknown" };
  if (chain2.end.kind !== "found") return { state: "no" };
  const tlsa = chain2.end.records.filter((r) => r.type === "TLSA");
  return tlsa.length > 0 ? { state: "yes", tlsa } : { state: "no" };
}
function hasAddress(zones, zone, exchanger) {
  const chain2 = chase(zones, exchanger, zone);
  return chain2.broken || !judged(chain2.end) || chain2.end.kind === "found" && chain2.end.addresses.length > 0;
}
function judged(resolution) {
  return resolution.kind === "missing" || resolution.kind === "found";
}

// src/engine/dmarc.ts
function labelsOf(key) {
  return key === "." ? [] : key.slice(0, -1).split(".");
}
function keyOf(labels) {
  return labels.length === 0 ? "." : labels.join(".") + ".";
}
var CC_SECOND_LEVEL = /* @__PURE__ */ new Set([
  "ac",
  "co",
  "com",
  "edu",
  "gen",
  "go",
  "gob",
  "gov",
  "govt",
  "gv",
  "ltd",
  "me",
  "mil",
  "ne",
  "net",
  "nic",
  "nom",
  "or",
  "org",
  "plc",
  "sch"
]);
function organizationalDomain(name2) {
  const key = nameKey(name2);
  if (key === ".") return key;
  const last = key.length - 1;
  const d1 = key.lastIndexOf(".", last - 1);
  if (d1 < 0) return key;
  const d2 = key.lastIndexOf(".", d1 - 1);
  if (d2 < 0) return key;
  if (last - d1 - 1 !== 2 || !CC_SECOND_LEVEL.has(key.slice(d2 + 1, d1))) return key.slice(d2 + 1);
  const d3 = key.lastIndexOf(".", d2 - 1);
  return d3 < 0 ? key : key.slice(d3 + 1);
}
function keyAtOrBelow(key, ancestor) {
  return ancestor === "." || key === ancestor || key.endsWith("." + ancestor);
}
var dmarcOfText = sharedParse(parseDmarc);
var bimiOfText = sharedParse(parseBimi);
var LOOKS_LIKE_DMARC = /(?:^|;)[ \t]*v[ \t]*=[ \t]*dmarc1[ \t]*(?:;|$)/i;
function placeOf(key) {
  const labels = labelsOf(key);
  if (labels[0] === "_dmarc") return { place: "policy", domainKey: keyOf(labels.slice(1)) };
  const report2 = labels.indexOf("_report");
  if (report2 >= 1 && labels[report2 + 1] === "_dmarc") return { place: "authorization", domainKey: keyOf(labels.slice(0, report2)) };
  return { place: "elsewhere", domainKey: key };
}
function dmarcEntry(record) {
  const facts2 = recordFacts(record);
  let entry = facts2.dmarc;
  if (entry === void 0) {
    entry = null;
    const view = record.type === "TXT" ? txtOf(record) : void 0;
    const valid = view !== void 0 && isDmarcRecord(view.text);
    if (view && (valid || LOOKS_LIKE_DMARC.test(view.text))) {
      const ownerKey = nameKey(record.owner);
      const { place, domainKey } = placeOf(ownerKey);
      if (valid || place !== "elsewhere") {
        const domain = place === "policy" ? dropLabels(record.owner, 1) : record.owner;
        entry = { record, view, dmarc: dmarcOfText(view.text), valid, place, ownerKey, domainKey, domain };
      }
    }
    facts2.dmarc = entry;
  }
  return entry ?? void 0;
}
var dmarcEntries = zoneFact("DMARC records", (zone) => {
  const list2 = [];
  for (const record of recordsOfType(zone, "TXT")) {
    const entry = dmarcEntry(record);
    if (entry) list2.push(entry);
  }
  return list2;
});
var policiesOf = zoneFact("DMARC policies", (zone) => {
  const list2 = dmarcEntries(zone).filter((e) => e.valid && e.place === "policy");
  return { list: list2, owners: new Set(list2.map((e) => e.ownerKey)) };
});
function policyRecords(zone) {
  return policiesOf(zone).list;
}
function coveredInZone(zone, domain) {
  const { owners } = policiesOf(zone);
  if (owners.size === 0) return false;
  const org = organizationalDomain(domain);
  for (let key = domain; ; key = parentKey(key)) {
    if (owners.has(`_dmarc.${key === "." ? "" : key}`)) return true;
    if (key === org || key === "." || !keyAtOrBelow(key, org)) return false;
  }
}
function versionSpan(entry) {
  const tags = entry.dmarc?.tags ?? entry.bimi?.tags ?? [];
  const first = tags[0];
  return first ? entry.view.span(first.start, first.end) : entry.view.span(0, Math.max(1, entry.view.text.length));
}
function dmarcFingerprint(entry, ...rest) {
  return [entry.ownerKey, "TXT", "dmarc", ...rest].join("|");
}
function problemReports(entry, family, problems) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const problem of problems) {
    const where2 = `${problem.start}:${problem.end}`;
    if (seen.has(where2)) continue;
    seen.add(where2);
    out.push({
      messageId: "problem",
      data: { message: problem.message },
      span: textSpan(entry, problem),
      fingerprint: [entry.ownerKey, "TXT", family, problem.code, entry.view.text.slice(problem.start, problem.end)].join("|")
    });
  }
  return out;
}
function mailtoDomain(uri) {
  if (uri.scheme !== "mailto" || !uri.valid) return void 0;
  const address = uri.uri.text.slice("mailto:".length).split("?")[0];
  const host = address.slice(address.lastIndexOf("@") + 1).replace(/\.$/, "");
  if (host === "" || !/^[A-Za-z0-9_.-]+$/.test(host) || host.includes("..")) return void 0;
  return nameKey(host + ".");
}
function externalDestinations(entry) {
  const org = organizationalDomain(entry.domainKey);
  const out = [];
  for (const tag of ["rua", "ruf"]) {
    for (const uri of entry.dmarc[tag] ?? []) {
      const destination = mailtoDomain(uri);
      if (!destination || organizationalDomain(destination) === org) continue;
      out.push({ tag, uri, destination, name: `${entry.domainKey === "." ? "" : entry.domainKey}_report._dmarc.${destination}` });
    }
  }
  return out;
}
function discoverPolicy(zones, domain, preferred) {
  const org = organizationalDomain(domain);
  for (let key = domain; ; key = parentKey(key)) {
    const at = resolveName(zones, `_dmarc.${key === "." ? "" : key}`, preferred);
    if (at.kind === "outside" || at.kind === "delegated" || at.kind === "dname") return { kind: "unknown" };
    if (at.kind === "found") {
      if (at.cname) return { kind: "unknown" };
      const entries = [];
      for (const record of at.records) {
        const entry = dmarcEntry(record);
        if (entry?.valid) entries.push(entry);
      }
      if (entries.length > 0) return { kind: "found", at: key, entries, self: key === domain };
    }
    if (key === org || key === "." || !keyAtOrBelow(key, org)) return { kind: "missing", org };
  }
}
var LOOKS_LIKE_BIMI = /(?:^|;)[ \t]*v[ \t]*=[ \t]*bimi1[ \t]*(?:;|$)/i;
var bimiEntries = zoneFact("BIMI records", (zone) => {
  const list2 = [];
  for (const record of recordsOfType(zone, "TXT")) {
    const ownerKey = nameKey(record.owner);
    const labels = labelsOf(ownerKey);
    if (labels.length < 2 || labels[1] !== "_bimi") continue;
    const view = txtOf(record);
    if (!view) continue;
    const valid = isBimiRecord(view.text);
    if (!valid && !LOOKS_LIKE_BIMI.test(view.text)) continue;
    list2.push({
      record,
      view,
      bimi: bimiOfText(view.text),
      valid,
      ownerKey,
      selector: labels[0],
      domainKey: keyOf(labels.slice(2)),
      domain: dropLabels(record.owner, 2)
    });
  }
  return list2;
});

// src/posture/posture.ts
var indexOf = zoneFact("mail domains and their policy records", (zone) => {
  {
    const records = /* @__PURE__ */ new Map();
    const at = (key) => {
      let found = records.get(key);
      if (!found) records.set(key, found = { dkim: [], bimi: [] });
      return found;
    };
    for (const entry of dkimKeys(zone)) at(entry.domainKey).dkim.push(entry);
    for (const entry of mtaStsRecords(zone)) if (entry.indicator) at(entry.domainKey).mtaSts ??= entry;
    for (const entry of tlsRptRecords(zone)) if (entry.indicator) at(entry.domainKey).tlsRpt ??= entry;
    for (const entry of bimiEntries(zone)) if (entry.valid) at(entry.domainKey).bimi.push(entry);
    const keys = new Set(records.keys());
    for (const key of mxByOwner(zone).keys()) keys.add(key);
    for (const key of spfByOwner(zone).keys()) if (mailNameRole(key) !== "service") keys.add(key);
    for (const entry of policyRecords(zone)) keys.add(entry.domainKey);
    return { domains: sortNames([...keys].filter((key) => mailNameRole(key) === "domain")), records };
  }
});
function mailDomains(zone) {
  return indexOf(zone).domains;
}
var domainSet = zoneFact("mail domain set", (zone) => new Set(mailDomains(zone)));
function isMailDomainOf(zone, key) {
  return domainSet(zone).has(key);
}
function sortNames(keys) {
  const reversed = [...keys].map((key) => ({ key, order: key.split(".").reverse().join(".") }));
  reversed.sort((a, b) => a.order < b.order ? -1 : a.order > b.order ? 1 : 0);
  return reversed.map((r) => r.key);
}
function postureSet(zones) {
  const out = /* @__PURE__ */ new Map();
  for (const zone of zones.zones) {
    for (const key of mailDomains(zone)) if (!out.has(key)) out.set(key, postureOf(zones, zone, key));
  }
  return new Map(sortNames(out.keys()).map((key) => [key, out.get(key)]));
}
function postureOf(zones, zone, key) {
  const records = { mx: [], exchangers: /* @__PURE__ */ new Map(), dkim: /* @__PURE__ */ new Map(), senders: /* @__PURE__ */ new Map(), addresses: /* @__PURE__ */ new Map() };
  const at = zones.recordsAt(zone, key);
  const domain = at[0]?.owner ?? key;
  const posture = {
    domain: bare(domain),
    inbound: inbound(zones, zone, key, at, records),
    dkim: [],
    bimi: []
  };
  senders(zones, zone, key, posture, records);
  dmarc(zones, zone, key, posture, records);
  const own = indexOf(zone).records.get(key);
  for (const entry of own?.dkim ?? []) {
    if (records.dkim.has(entry.selector)) continue;
    records.dkim.set(entry.selector, entry);
    const pk = entry.parsed.publicKey;
    posture.dkim.push({
      selector: entry.selector,
      keyType: pk?.algorithm && pk.algorithm !== "unknown" ? pk.algorithm : entry.parsed.keyType.value,
      ...pk?.rsaModulusBits ? { bits: pk.rsaModulusBits } : {},
      fingerprint: !pk || pk.revoked ? "revoked" : sha256(pk.bytes ?? pk.base64).slice(0, 12)
    });
  }
  posture.dkim.sort((a, b) => a.selector < b.selector ? -1 : a.selector > b.selector ? 1 : 0);
  const sts = own?.mtaSts;
  if (sts) {
    records.mtaSts = sts;
    posture.mtaSts = { ...sts.parsed.id ? { id: sts.parsed.id.text } : {}, ttl: sts.record.ttl };
  }
  const rpt = own?.tlsRpt;
  if (rpt) posture.tlsRpt = { rua: (rpt.parsed.rua ?? []).map((u) => u.text) };
  for (const entry of own?.bimi ?? []) {
    const { location, evidence } = entry.bimi;
    posture.bimi.push({ selector: entry.selector, ...location ? { logo: location.text } : {}, ...evidence ? { evidence: evidence.text } : {} });
  }
  return { key, zone, posture, records };
}
function inbound(zones, zone, key, at, records) {
  const mx = mxByOwner(zone).get(key) ?? [];
  if (mx.length === 0) {
    const addresses2 = at.filter((r) => r.type === "A" || r.type === "AAAA");
    return addresses2.length ? { kind: "implicit", addresses: addresses2.map((r) => r.fields.map((f) => f.text).join(" ")) } : { kind: "none" };
  }
  records.mx = mx.map((m) => m.record);
  if (mx.some((m) => m.isNull)) return { kind: "null-mx" };
  const seen = /* @__PURE__ */ new Set();
  const exchangers = [];
  for (const m of [...mx].sort((a, b) => a.preference - b.preference || (a.exchangeKey < b.exchangeKey ? -1 : 1))) {
    if (seen.has(m.exchangeKey)) continue;
    seen.add(m.exchangeKey);
    records.exchangers.set(m.exchangeKey, m.record);
    const resolved = resolvedAddresses(zones, m.exchange, zone);
    records.addresses.set(m.exchangeKey, resolved.map((r) => r.record));
    const coverage2 = daneCoverage(zones, zone, m.exchange);
    exchangers.push({
      name: bare(m.exchange),
      preference: m.preference,
      ttl: m.record.ttl,
      addresses: resolved.map((r) => ({ address: r.text, ttl: r.record.ttl })),
      dane: coverage2.state === "yes" ? { state: "yes", tlsa: coverage2.tlsa.map(tlsaText) } : coverage2
    });
  }
  return { kind: "mx", ttl: Math.max(...mx.map((m) => m.record.ttl)), exchangers };
}
function tlsaText(record) {
  const fields = record.fields.map((f) => f.text);
  const data = fields.slice(3).join("").toLowerCase();
  return `${fields.slice(0, 3).join(" ")} ${data.length > 16 ? data.slice(0, 16) + "\u2026" : data}`;
}
function senders(zones, zone, key, posture, records) {
  const entries = spfByOwner(zone).get(key);
  if (!entries?.length) return;
  const distinct = new Set(entries.map((e) => e.view.text));
  if (distinct.size > 1) {
    posture.sendersProblem = `${distinct.size} SPF records (receivers return permerror)`;
    return;
  }
  const entry = entries[0];
  records.spf = entry;
  const analysis = analyze(zones, zone, entry);
  const authorised = [];
  const all = flatten(analysis, [], authorised, records.senders, true);
  posture.senders = {
    ttl: entry.record.ttl,
    record: entry.view.text,
    authorised,
    all: all ?? "none",
    lookups: analysis.lookups,
    lookupsAtLeast: analysis.atLeast
  };
}
function flatten(analysis, via, out, where2, top) {
  const { entry, domain } = analysis;
  const flow = flowOf(entry.spf);
  const parts = new Map(analysis.parts.map((p) => [p.term, p]));
  for (const term of flow.reached) {
    if (term.kind === "all") continue;
    const part = parts.get(term);
    if (term.kind === "include" && part?.nested) {
      flatten(part.nested, [...via, bare(part.nested.domain)], out, where2, false);
      continue;
    }
    const text = termText(entry, term, domain);
    out.push({ term: text, via, ...part && (top || term.kind === "include") ? { lookups: part.count } : {} });
    if (!where2.has(text)) where2.set(text, entry.record);
  }
  if (flow.all) return `${flow.all.qualifier}all`;
  if (flow.redirect) {
    const part = parts.get(flow.redirect);
    if (part?.nested) return flatten(part.nested, [...via, bare(part.nested.domain)], out, where2, false);
    out.push({ term: `redirect=${textOf(entry, flow.redirect.value)}`, via, ...part ? { lookups: part.count } : {} });
  }
  return void 0;
}
function termText(entry, term, domain) {
  const target = !term.domainSpec && (term.kind === "a" || term.kind === "mx") ? targetOf(domain, term) : void 0;
  const written = target ? `${term.kind}:${bare(target)}${term.argument ? textOf(entry, term.argument) : ""}` : textOf(entry, term).replace(/^[+?~-]/, "");
  return qualified(term.qualifier, written.toLowerCase());
}
function qualified(qualifier, text) {
  return qualifier === "+" ? text : qualifier + text;
}
function dmarc(zones, zone, key, posture, records) {
  const found = discoverPolicy(zones, key, zone);
  if (found.kind !== "found" || found.entries.length !== 1) return;
  const entry = found.entries[0];
  if (found.self) records.dmarc = entry;
  const d = entry.dmarc;
  posture.dmarc = {
    from: bare(entry.domain),
    inherited: !found.self,
    ttl: entry.record.ttl,
    ...d.p ? { p: d.p.value } : {},
    ...d.sp ? { sp: d.sp.value } : {},
    ...d.np ? { np: d.np.value } : {},
    adkim: d.adkim?.value ?? "r",
    aspf: d.aspf?.value ?? "r",
    ...d.t ? { t: d.t.value } : {},
    rua: (d.rua ?? []).map((u) => u.uri.text),
    ruf: (d.ruf ?? []).map((u) => u.uri.text)
  };
}
function sha256(data) {
  const { createHash } = createRequire(import.meta.url)("node:crypto");
  return createHash("sha256").update(data).digest("hex");
}

// src/posture/diff.ts
function impactOf(diffs) {
  if (diffs.some((d) => d.changes.some((c) => c.weakens))) return "weakened";
  return diffs.length ? "changed" : "none";
}
function diffPostures(base, head) {
  const keys = sortNames(/* @__PURE__ */ new Set([...base.keys(), ...head.keys()]));
  const out = [];
  for (const key of keys) {
    const b = base.get(key);
    const h = head.get(key);
    const changes = diffDomain(b, h);
    if (changes.length === 0) continue;
    out.push({ domain: (h ?? b).posture.domain, status: !b ? "added" : !h ? "removed" : "changed", changes, base: b?.posture, head: h?.posture });
  }
  return out;
}
function diffDomain(base, head) {
  if (!base && !head) return [];
  if (!base) return [{ aspect: "domain", text: `new mail domain: ${describe(head.posture)}`, weakens: false }];
  if (!head) {
    const b = base.posture;
    const protectedBefore = b.dmarc !== void 0 || b.senders !== void 0 || b.inbound.kind === "null-mx";
    return [{ aspect: "domain", text: `no longer a mail domain in the zones (was: ${describe(b)})`, weakens: protectedBefore }];
  }
  return [...inbound2(base, head), ...senders2(base, head), ...dmarc2(base, head), ...dkim(base, head), ...policies(base, head), ...ttls(base, head)];
}
function describe(p) {
  const parts = [inboundText(p)];
  if (p.senders) parts.push(`senders ${[...p.senders.authorised.map((s) => s.term), p.senders.all === "none" ? "" : p.senders.all].filter(Boolean).join(" ")}`);
  if (p.dmarc) parts.push(`DMARC ${dmarcText(p.dmarc)}${p.dmarc.inherited ? ` (from ${p.dmarc.from})` : ""}`);
  if (p.dkim.length) parts.push(`DKIM ${p.dkim.map((d) => d.selector).join(", ")}`);
  return parts.join("; ");
}
function inboundText(p) {
  const i = p.inbound;
  switch (i.kind) {
    case "mx":
      return `inbound ${i.exchangers.map((e) => `${e.name} (${e.preference})`).join(", ")}`;
    case "null-mx":
      return "accepts no mail (null MX)";
    case "implicit":
      return `inbound to its own address (no MX: ${i.addresses.join(", ")})`;
    case "none":
      return "no inbound mail";
  }
}
function primaries(list2) {
  const best = Math.min(...list2.map((e) => e.preference));
  return list2.filter((e) => e.preference === best).map((e) => e.name);
}
function inbound2(base, head) {
  const b = base.posture.inbound;
  const h = head.posture.inbound;
  const mxRecord = head.records.mx[0];
  if (b.kind !== "mx" || h.kind !== "mx") {
    if (b.kind === h.kind && (b.kind !== "implicit" || same(b.addresses, h.addresses))) return [];
    return [{ aspect: "inbound", text: `${inboundText(base.posture)} \u2192 ${inboundText(head.posture)}`, weakens: false, kind: "inbound-moved", record: mxRecord }];
  }
  const out = [];
  const baseNames = new Set(b.exchangers.map((e) => e.name.toLowerCase()));
  const headNames = new Set(h.exchangers.map((e) => e.name.toLowerCase()));
  const added = h.exchangers.filter((e) => !baseNames.has(e.name.toLowerCase()));
  const removed = b.exchangers.filter((e) => !headNames.has(e.name.toLowerCase()));
  const recordOf = (name2) => head.records.exchangers.get(keyOf2(name2)) ?? mxRecord;
  const addedNames = added.map((e) => e.name);
  if (removed.length === b.exchangers.length && added.length > 0) {
    out.push({ aspect: "inbound", text: `all exchangers replaced: ${list(b.exchangers)} \u2192 ${list(h.exchangers)}`, weakens: false, kind: "inbound-moved", record: recordOf(h.exchangers[0].name), added: addedNames });
  } else {
    const bp = primaries(b.exchangers);
    const hp = primaries(h.exchangers);
    if (!same(bp, hp)) {
      out.push({ aspect: "inbound", text: `primary exchanger ${bp.join(", ")} \u2192 ${hp.join(", ")}`, weakens: false, kind: "inbound-moved", record: recordOf(hp[0]), added: addedNames });
    }
    const primaryMoved = out.length > 0;
    for (const e of added) if (!primaryMoved || !hp.includes(e.name)) out.push({ aspect: "inbound", text: `+${e.name} (preference ${e.preference})`, weakens: false, kind: "inbound-moved", backup: true, record: recordOf(e.name), added: [e.name] });
    for (const e of removed) out.push({ aspect: "inbound", text: `-${e.name}`, weakens: false });
    for (const e of h.exchangers) {
      const was = b.exchangers.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
      if (was && was.preference !== e.preference && !(primaryMoved && hp.includes(e.name))) out.push({ aspect: "inbound", text: `${e.name} preference ${was.preference} \u2192 ${e.preference}`, weakens: false });
      if (was && !same(was.addresses.map((a) => a.address), e.addresses.map((a) => a.address))) {
        out.push({ aspect: "inbound", text: `${e.name} addresses ${addressList(was)} \u2192 ${addressList(e)}`, weakens: false, record: head.records.addresses.get(keyOf2(e.name))?.[0] });
      }
    }
  }
  out.push(...dane(b.exchangers, h.exchangers, recordOf));
  const sts = head.posture.mtaSts;
  if ((added.length || removed.length) && sts?.id !== void 0 && base.posture.mtaSts?.id === sts.id) {
    out.push({
      aspect: "MTA-STS",
      text: `exchangers changed but id=${sts.id} did not: senders keep the cached policy and may defer mail to ${added.length ? list(added) : "the new set"}`,
      weakens: true,
      kind: "mta-sts-not-updated",
      record: head.records.mtaSts?.record
    });
  }
  return out;
}
function dane(base, head, recordOf) {
  const out = [];
  const others = head.filter((e) => e.dane.state === "yes");
  for (const e of head) {
    const was = base.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
    if (!was && e.dane.state === "no" && others.length > 0) {
      out.push({ aspect: "DANE", text: `${e.name} added without TLSA while ${list(others)} ${others.length === 1 ? "has" : "have"} it`, weakens: true, kind: "dane-broken", record: recordOf(e.name) });
    } else if (was?.dane.state === "yes" && e.dane.state === "no") {
      out.push({ aspect: "DANE", text: `${e.name} lost its TLSA records`, weakens: true, kind: "dane-broken", record: recordOf(e.name) });
    } else if (was?.dane.state === "yes" && e.dane.state === "yes" && !same(was.dane.tlsa, e.dane.tlsa)) {
      out.push({ aspect: "DANE", text: `${e.name} TLSA ${was.dane.tlsa.join(", ")} \u2192 ${e.dane.tlsa.join(", ")}`, weakens: false });
    } else if (was && was.dane.state !== "yes" && e.dane.state === "yes") {
      out.push({ aspect: "DANE", text: `${e.name} now has TLSA`, weakens: false });
    }
  }
  return out;
}
var ALL_RANK = { "-all": 3, "~all": 2, "?all": 1, none: 1, "+all": 0 };
function senders2(base, head) {
  const b = base.posture.senders;
  const h = head.posture.senders;
  const record = head.records.spf?.record;
  if (base.posture.sendersProblem !== head.posture.sendersProblem && head.posture.sendersProblem) {
    return [{ aspect: "senders", text: head.posture.sendersProblem, weakens: false }];
  }
  if (!b && !h) return [];
  if (!h) return [{ aspect: "senders", text: `SPF record removed (was ${spfSummary(b)})`, weakens: true, kind: "spf-widened" }];
  if (!b) return [{ aspect: "senders", text: `SPF added: ${spfSummary(h)}`, weakens: false, record }];
  const out = [];
  const baseTerms = new Set(b.authorised.map((s) => s.term));
  const headTerms = new Set(h.authorised.map((s) => s.term));
  const limit = `${h.lookupsAtLeast ? "at least " : ""}${h.lookups} of 10 used`;
  const baseNetworks = b.authorised.map((s) => network(s.term)).filter((n) => n !== void 0);
  for (const s of h.authorised) {
    if (baseTerms.has(s.term) || withinBase(s.term, baseNetworks)) continue;
    const notes = [];
    if (s.lookups) notes.push(`adds ${s.lookups} lookup${s.lookups === 1 ? "" : "s"}, ${limit}`);
    if (s.via.length) notes.push(`via ${s.via.join(" \u2192 ")}`);
    const open = s.term === "all";
    out.push({ aspect: "senders", text: `+${s.term}${notes.length ? ` (${notes.join("; ")})` : ""}`, weakens: open, kind: "spf-widened", record: head.records.senders.get(s.term) ?? record });
  }
  for (const s of b.authorised) if (!headTerms.has(s.term)) out.push({ aspect: "senders", text: `-${s.term}${s.via.length ? ` (via ${s.via.join(" \u2192 ")})` : ""}`, weakens: false });
  if (b.all !== h.all) {
    const softer = (ALL_RANK[h.all] ?? 1) < (ALL_RANK[b.all] ?? 1);
    out.push({ aspect: "senders", text: `${b.all} \u2192 ${h.all}${h.all === "+all" ? " (anyone may send)" : ""}`, weakens: softer, kind: softer ? "spf-widened" : void 0, record });
  }
  if (out.length && b.lookups !== h.lookups && h.lookups > 10) out.push({ aspect: "senders", text: `lookups ${b.lookups} \u2192 ${h.lookups}: over the limit of 10, receivers return permerror`, weakens: true, record });
  return out;
}
function network(term) {
  const m = /^([+?~-]?)ip[46]:(.+)$/.exec(term);
  const parsed = m ? parseNetwork(m[2]) : void 0;
  return parsed && m ? { ...parsed, qualifier: m[1] } : void 0;
}
function withinBase(term, base) {
  const n = network(term);
  return n !== void 0 && base.some((b) => b.qualifier === n.qualifier && b.bytes.length === n.bytes.length && b.prefix <= n.prefix && inNetwork(n.bytes, b));
}
function spfSummary(s) {
  return [...s.authorised.map((a) => a.term), s.all === "none" ? "" : s.all].filter(Boolean).join(" ");
}
var POLICY_RANK = { none: 0, quarantine: 1, reject: 2 };
function dmarcText(d) {
  const tags = [`p=${d.p ?? "?"}`];
  if (d.sp) tags.push(`sp=${d.sp}`);
  if (d.np) tags.push(`np=${d.np}`);
  if (d.t) tags.push(`t=${d.t}`);
  return tags.join(" ");
}
function dmarc2(base, head) {
  const b = base.posture.dmarc;
  const h = head.posture.dmarc;
  const record = head.records.dmarc?.record;
  if (!b && !h) return [];
  if (!h) return [{ aspect: "DMARC", text: `no policy any more (was ${dmarcText(b)}${b.inherited ? ` from ${b.from}` : ""})`, weakens: true, kind: "dmarc-weakened" }];
  if (!b) return [{ aspect: "DMARC", text: `added ${dmarcText(h)}${h.inherited ? ` (from ${h.from})` : ""}`, weakens: false, record }];
  if (b.inherited && h.inherited && b.from === h.from) return [];
  const out = [];
  if (b.from !== h.from) out.push({ aspect: "DMARC", text: `policy now from ${h.from}${h.inherited ? " (inherited)" : ""}, was ${b.from}`, weakens: false, record });
  const eff = (d) => ({ p: d.p ?? "none", sp: d.sp ?? d.p ?? "none", np: d.np ?? d.sp ?? d.p ?? "none" });
  const be = eff(b);
  const he = eff(h);
  for (const tag of ["p", "sp", "np"]) {
    if (be[tag] === he[tag] || tag !== "p" && b[tag] === void 0 && h[tag] === void 0) continue;
    const lowered = POLICY_RANK[he[tag]] < POLICY_RANK[be[tag]];
    out.push({ aspect: "DMARC", text: `${tag}=${be[tag]} \u2192 ${tag}=${he[tag]}`, weakens: lowered, kind: lowered ? "dmarc-weakened" : void 0, record });
  }
  if (b.t !== h.t) {
    const testing = h.t === "y";
    out.push({ aspect: "DMARC", text: `t=${b.t ?? "n"} \u2192 t=${h.t ?? "n"}${testing ? " (testing: receivers apply one policy level lower)" : ""}`, weakens: testing, kind: testing ? "dmarc-weakened" : void 0, record });
  }
  for (const tag of ["adkim", "aspf"]) {
    if (b[tag] === h[tag]) continue;
    const relaxed = h[tag] === "r";
    out.push({ aspect: "DMARC", text: `${tag}=${b[tag]} \u2192 ${tag}=${h[tag]}`, weakens: relaxed, kind: relaxed ? "dmarc-weakened" : void 0, record });
  }
  for (const tag of ["rua", "ruf"]) {
    if (same(b[tag], h[tag])) continue;
    const stopped = b[tag].length > 0 && h[tag].length === 0;
    out.push({
      aspect: "DMARC",
      text: stopped ? `${tag} removed (no more ${tag === "rua" ? "aggregate" : "failure"} reports; was ${b[tag].join(", ")})` : `${tag} ${b[tag].join(", ") || "(none)"} \u2192 ${h[tag].join(", ")}`,
      weakens: stopped,
      kind: stopped ? "dmarc-weakened" : void 0,
      record
    });
  }
  return out;
}
function keyText(d) {
  return d.fingerprint === "revoked" ? "revoked" : `${d.keyType}${d.bits ? ` ${d.bits}` : ""}, ${d.fingerprint}`;
}
function dkim(base, head) {
  const out = [];
  for (const h of head.posture.dkim) {
    const b = base.posture.dkim.find((x) => x.selector === h.selector);
    const record = head.records.dkim.get(h.selector)?.record;
    if (!b) out.push({ aspect: "DKIM", text: `+selector ${h.selector} (${keyText(h)})`, weakens: false, record });
    else if (b.fingerprint !== h.fingerprint) {
      const revoked = h.fingerprint === "revoked";
      out.push({ aspect: "DKIM", text: `selector ${h.selector} ${revoked ? "revoked" : "key replaced"} (${keyText(b)} \u2192 ${keyText(h)})`, weakens: false, kind: revoked ? "dkim-selector-removed" : void 0, record });
    }
  }
  for (const b of base.posture.dkim) {
    if (head.posture.dkim.some((x) => x.selector === b.selector)) continue;
    out.push({ aspect: "DKIM", text: `-selector ${b.selector} (${keyText(b)}): mail in flight signed with it fails DKIM`, weakens: false, kind: "dkim-selector-removed" });
  }
  return out;
}
function policies(base, head) {
  const out = [];
  const bs = base.posture.mtaSts;
  const hs = head.posture.mtaSts;
  const stsRecord = head.records.mtaSts?.record;
  if (bs && !hs) out.push({ aspect: "MTA-STS", text: `record removed (was id=${bs.id ?? "?"}): senders stop refreshing the policy`, weakens: true });
  else if (!bs && hs) out.push({ aspect: "MTA-STS", text: `added id=${hs.id ?? "?"}`, weakens: false, record: stsRecord });
  else if (bs && hs && bs.id !== hs.id) out.push({ aspect: "MTA-STS", text: `id=${bs.id ?? "?"} \u2192 id=${hs.id ?? "?"}`, weakens: false, record: stsRecord });
  const br = base.posture.tlsRpt;
  const hr = head.posture.tlsRpt;
  if (br && !hr) out.push({ aspect: "TLS-RPT", text: `removed (was ${br.rua.join(", ")}): no more TLS failure reports`, weakens: true });
  else if (!br && hr) out.push({ aspect: "TLS-RPT", text: `added ${hr.rua.join(", ")}`, weakens: false });
  else if (br && hr && !same(br.rua, hr.rua)) out.push({ aspect: "TLS-RPT", text: `${br.rua.join(", ")} \u2192 ${hr.rua.join(", ")}`, weakens: false });
  const bimi = (p) => p.bimi.map((x) => `${x.selector}: ${x.logo ?? ""}${x.evidence ? ` (${x.evidence})` : ""}`);
  const bb = bimi(base.posture);
  const hb = bimi(head.posture);
  if (!same(bb, hb)) out.push({ aspect: "BIMI", text: `${bb.join(", ") || "none"} \u2192 ${hb.join(", ") || "none"}`, weakens: false });
  return out;
}
function ttls(base, head) {
  const out = [];
  const raised = (what, before, after, record) => {
    if (after > before) out.push({ aspect: "TTL", text: `${what} TTL raised ${before} \u2192 ${after} in the same change as its content`, weakens: false, kind: "ttl-raised", record });
  };
  const b = base.posture;
  const h = head.posture;
  if (b.inbound.kind === "mx" && h.inbound.kind === "mx") {
    const text = (i) => i.exchangers.map((e) => `${e.preference} ${e.name}`).join(",");
    if (text(b.inbound) !== text(h.inbound)) raised("MX", b.inbound.ttl, h.inbound.ttl, head.records.mx.find((r) => r.ttl === h.inbound.ttl));
  }
  if (b.inbound.kind === "mx" && h.inbound.kind === "mx") {
    for (const e of h.inbound.exchangers) {
      const was = b.inbound.exchangers.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
      if (!was || same(was.addresses.map((a) => a.address), e.addresses.map((a) => a.address))) continue;
      const ttl = (x) => Math.max(0, ...x.addresses.map((a) => a.ttl));
      raised(`${e.name} address`, ttl(was), ttl(e), head.records.addresses.get(keyOf2(e.name))?.[0]);
    }
  }
  if (b.senders && h.senders && b.senders.record !== h.senders.record) raised("SPF", b.senders.ttl, h.senders.ttl, head.records.spf?.record);
  if (b.dmarc && h.dmarc && !b.dmarc.inherited && !h.dmarc.inherited && dmarcText(b.dmarc) !== dmarcText(h.dmarc)) raised("DMARC", b.dmarc.ttl, h.dmarc.ttl, head.records.dmarc?.record);
  if (b.mtaSts && h.mtaSts && b.mtaSts.id !== h.mtaSts.id) raised("MTA-STS", b.mtaSts.ttl, h.mtaSts.ttl, head.records.mtaSts?.record);
  return out;
}
function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function list(exchangers) {
  return exchangers.map((e) => e.name).join(", ");
}
function addressList(e) {
  return e.addresses.map((a) => a.address).join(", ") || "(none in the zones)";
}
function keyOf2(name2) {
  return nameKey(name2 + ".");
}

// rules/mx-dangling-target/rule.ts
var rule_default = defineRule({
  meta: {
    id: "mx-dangling-target",
    description: "MX exchangers defined in the linted zones must exist and have an A or AAAA record.",
    severity: "error",
    messages: {
      missing: "MX target `{{target}}` does not exist in zone `{{zone}}`, so senders cannot deliver mail for `{{owner}}` to it; add an A or AAAA record for it, or point the MX at a host that has one.",
      noAddress: "MX target `{{target}}` exists but has no A or AAAA record, so senders cannot deliver mail for `{{owner}}` to it; add an address record for it, or point the MX at a host that has one.",
      aliasMissing: "MX target `{{target}}` is an alias of `{{end}}`, which does not exist in zone `{{zone}}`; point the MX at a host name with an A or AAAA record.",
      aliasNoAddress: "MX target `{{target}}` is an alias of `{{end}}`, which has no A or AAAA record; point the MX at a host name with an A or AAAA record."
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull || isMiswrittenExchange(zones, zone, mx)) continue;
      const chain2 = chase(zones, mx.exchange, zone);
      const { end } = chain2;
      if (chain2.broken || end.kind !== "missing" && end.kind !== "found") continue;
      if (end.kind === "found" && end.addresses.length > 0) continue;
      const aliased = chain2.cnames.length > 0;
      const related = chain2.cnames.map((r) => ({ span: r.span, message: `\`${r.owner}\` is an alias (CNAME) here` }));
      if (end.kind === "found" && end.records.length > 0) {
        related.push({ span: end.records[0].span, message: `\`${chain2.name}\` is defined here, without an address` });
      }
      context.report({
        messageId: end.kind === "missing" ? aliased ? "aliasMissing" : "missing" : aliased ? "aliasNoAddress" : "noAddress",
        data: { target: mx.exchange, owner: mx.record.owner, end: chain2.name, zone: end.zone.origin },
        span: exchangeSpan(mx),
        related: related.length ? related : void 0,
        fingerprint: mxFingerprint(mx)
      });
    }
  }
});

// rules/mx-target-cname/rule.ts
var rule_default2 = defineRule({
  meta: {
    id: "mx-target-cname",
    description: "MX exchangers must be host names, not aliases (CNAME or below a DNAME).",
    severity: "error",
    messages: {
      cname: "MX target `{{target}}` is an alias (CNAME) of `{{canonical}}`; an MX must name the host itself (RFC 2181 \xA710.3, RFC 5321 \xA75.1) and many mail servers refuse aliases: point the MX at `{{canonical}}` instead.",
      cnameLoop: "MX target `{{target}}` is an alias (CNAME) whose chain loops or is longer than 8 links; an MX must name a host with an A or AAAA record (RFC 2181 \xA710.3): point the MX at the mail host itself.",
      dname: "MX target `{{target}}` lies below `{{dnameOwner}}`, a DNAME to `{{dnameTarget}}`, so it is an alias too (RFC 6672 \xA73); point the MX at `{{canonical}}` instead."
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const chain2 = chase(zones, mx.exchange, zone);
      const { end } = chain2;
      if (chain2.cnames.length === 0 && end.kind === "dname") {
        const dnameTarget = rdataOf(end.dname, "DNAME")?.target;
        if (!dnameTarget) continue;
        const rest = relativeName(mx.exchange, end.dname.owner);
        context.report({
          messageId: "dname",
          data: {
            target: mx.exchange,
            dnameOwner: end.dname.owner,
            dnameTarget,
            canonical: dnameTarget === "." ? `${rest}.` : `${rest}.${dnameTarget}`
          },
          span: exchangeSpan(mx),
          related: [{ span: end.dname.span, message: `\`${end.dname.owner}\` redirects its subtree to \`${dnameTarget}\` here` }],
          fingerprint: mxFingerprint(mx, "DNAME")
        });
        continue;
      }
      const alias = chain2.cnames[0];
      if (!alias) continue;
      const wildcard = nameKey(alias.owner) !== mx.exchangeKey;
      context.report({
        messageId: chain2.broken ? "cnameLoop" : "cname",
        data: { target: mx.exchange, canonical: chain2.name },
        span: exchangeSpan(mx),
        related: [
          {
            span: alias.span,
            message: wildcard ? `the wildcard \`${alias.owner}\` makes \`${mx.exchange}\` an alias here` : `\`${alias.owner}\` is an alias here`
          }
        ],
        fingerprint: mxFingerprint(mx, "CNAME")
      });
    }
  }
});

// rules/mx-target-ip/rule.ts
var rule_default3 = defineRule({
  meta: {
    id: "mx-target-ip",
    description: "MX exchangers must be host names, not IP addresses.",
    severity: "error",
    messages: {
      absolute: "MX target `{{written}}` is an IP address written as a name; an MX names a host (RFC 1035 \xA73.3.9, RFC 5321 \xA75.1), and senders look up `{{written}}` as a name and find nothing: point it at a host name with an A record for {{ip}}.",
      relative: "MX target `{{written}}` is an IP address written as a relative name, so it became `{{exchange}}`; an MX names a host (RFC 1035 \xA73.3.9, RFC 5321 \xA75.1): point it at a host name with an A record for {{ip}}."
    }
  },
  check(context) {
    for (const mx of mxRecords(context.zone)) {
      const ip = exchangeAsIp(mx);
      if (!ip) continue;
      context.report({
        messageId: ip.relative ? "relative" : "absolute",
        data: { written: exchangeText(mx), exchange: mx.exchange, ip: ip.ip },
        span: exchangeSpan(mx),
        fingerprint: mxFingerprint(mx)
      });
    }
  }
});

// rules/mx-target-missing-dot/rule.ts
var rule_default4 = defineRule({
  meta: {
    id: "mx-target-missing-dot",
    description: "MX exchangers written as relative names that were meant to be absolute (the final dot forgotten).",
    severity: "error",
    messages: {
      doubled: "MX target `{{written}}` has no final dot, so the origin was appended again and it became `{{exchange}}`; did you mean `{{meant}}`?",
      tld: "MX target `{{written}}` has no final dot, so the origin was appended and it became `{{exchange}}`, which does not exist; did you mean `{{meant}}`?"
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      const guess2 = missingDotGuess(zones, zone, mx);
      if (!guess2) continue;
      context.report({
        messageId: guess2.doubled ? "doubled" : "tld",
        data: { written: exchangeText(mx), exchange: mx.exchange, meant: guess2.meant },
        span: exchangeSpan(mx),
        fingerprint: mxFingerprint(mx)
      });
    }
  }
});

// rules/mx-duplicate-preference/rule.ts
var rule_default5 = defineRule({
  meta: {
    id: "mx-duplicate-preference",
    description: "Each MX exchanger of a name should have its own preference.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowLoadSharing: {
          type: "boolean",
          default: false,
          description: "Accept several exchangers at one preference (deliberate load sharing, RFC 5321 \xA75.1)."
        }
      }
    },
    messages: {
      shared: "MX preference {{preference}} of `{{exchange}}` is also the preference of `{{first}}` at `{{owner}}`, so senders pick between them at random; give each exchanger its own preference, or set `allowLoadSharing` if the load sharing is deliberate."
    }
  },
  check(context) {
    if (context.options.allowLoadSharing) return;
    for (const group of mxByOwner(context.zone).values()) {
      if (group.length < 2 || group.some((mx) => mx.isNull)) continue;
      const firstAt = /* @__PURE__ */ new Map();
      for (const mx of group) {
        const first = firstAt.get(mx.preference);
        if (!first) firstAt.set(mx.preference, mx);
        else if (first.exchangeKey !== mx.exchangeKey) {
          context.report({
            messageId: "shared",
            data: { preference: mx.preference, exchange: mx.exchange, first: first.exchange, owner: mx.record.owner },
            span: preferenceSpan(mx),
            related: [{ span: preferenceSpan(first), message: `\`${first.exchange}\` has preference ${first.preference} here` }],
            fingerprint: mxFingerprint(mx, "preference", mx.preference)
          });
        }
      }
    }
  }
});

// rules/mx-duplicate-exchanger/rule.ts
var rule_default6 = defineRule({
  meta: {
    id: "mx-duplicate-exchanger",
    description: "An MX exchanger should appear once per name, at one preference.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      twice: "`{{exchange}}` is already an exchanger of `{{owner}}` at preference {{firstPreference}}; listing it again at preference {{preference}} adds no fallback (senders try each host once): remove one of the two records, or point the backup at another host."
    }
  },
  check(context) {
    for (const group of mxByOwner(context.zone).values()) {
      if (group.length < 2) continue;
      const first = /* @__PURE__ */ new Map();
      for (const mx of group) {
        if (mx.isNull) continue;
        const earlier = first.get(mx.exchangeKey);
        if (!earlier) first.set(mx.exchangeKey, mx);
        else if (earlier.preference !== mx.preference) {
          context.report({
            messageId: "twice",
            data: { exchange: mx.exchange, owner: mx.record.owner, firstPreference: earlier.preference, preference: mx.preference },
            span: exchangeSpan(mx),
            related: [{ span: earlier.record.rdataSpan, message: `\`${earlier.exchange}\` is listed at preference ${earlier.preference} here` }],
            fingerprint: mxFingerprint(mx, "preference", mx.preference)
          });
        }
      }
    }
  }
});

// rules/mx-null-mx/rule.ts
var rule_default7 = defineRule({
  meta: {
    id: "mx-null-mx",
    description: "A null MX (`MX 0 .`) must have preference 0 and be the only MX record of its name.",
    severity: "error",
    messages: {
      preference: "Null MX `{{preference}} .` must have preference 0 (RFC 7505 \xA73); write `MX 0 .`.",
      mixed: "Null MX `.` says `{{owner}}` accepts no mail, yet it also has {{count}} other MX {{records}} ({{others}}); RFC 7505 \xA73 forbids mixing them: remove the null MX if the name takes mail, or the other MX records if it does not."
    }
  },
  check(context) {
    for (const group of mxByOwner(context.zone).values()) {
      const nulls = group.filter((mx) => mx.isNull);
      if (nulls.length === 0) continue;
      for (const mx of nulls) {
        if (mx.preference === 0) continue;
        context.report({
          messageId: "preference",
          data: { preference: mx.preference },
          span: preferenceSpan(mx),
          fingerprint: mxFingerprint(mx, "preference", mx.preference)
        });
      }
      const others = group.filter((mx) => !mx.isNull);
      if (others.length === 0) continue;
      const shown2 = others.slice(0, 3).map((mx) => `\`${mx.preference} ${mx.exchange}\``);
      if (others.length > 3) shown2.push("\u2026");
      context.report({
        messageId: "mixed",
        data: { owner: nulls[0].record.owner, count: others.length, records: others.length === 1 ? "record" : "records", others: shown2.join(", ") },
        span: exchangeSpan(nulls[0]),
        related: others.map((mx) => ({ span: mx.record.rdataSpan, message: `\`${mx.exchange}\` is an exchanger of \`${mx.record.owner}\` here` })),
        fingerprint: mxFingerprint(nulls[0], "mixed")
      });
    }
  }
});

// rules/mx-private-address/rule.ts
var rule_default8 = defineRule({
  meta: {
    id: "mx-private-address",
    description: "MX exchangers must resolve to addresses that are reachable from the Internet.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowDocumentationRanges: {
          type: "boolean",
          default: true,
          description: "Accept the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 and 3fff::/20, which examples and test zones use."
        }
      }
    },
    messages: {
      private: "This {{type}} record gives mail exchanger `{{host}}` the {{range}} address {{address}}, which senders on the Internet cannot reach; publish the exchanger's public address here (an internal address leaked from split-horizon DNS?)."
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    for (const { address, ranges: ranges2, mxs } of specialAddresses(zones).get(zone)?.values() ?? []) {
      const range = options.allowDocumentationRanges ? ranges2.outsideDocumentation : ranges2.any;
      if (!range) continue;
      const { record } = address;
      context.report({
        messageId: "private",
        data: { type: record.type, host: record.owner, address: address.text, range: range.what },
        span: record.rdataSpan,
        related: mxs.map((mx) => ({ span: exchangeSpan(mx), message: `\`${mx.record.owner}\` sends its mail to \`${mx.exchange}\` (MX ${mx.preference})` })),
        fingerprint: `${nameKey(record.owner)}|${record.type}|${address.text}|private`
      });
    }
  }
});
var specialAddresses = runFact("mx private addresses", (zones) => {
  const found = /* @__PURE__ */ new Map();
  const holders = /* @__PURE__ */ new Map();
  for (const z of zones.zones) for (const file of z.files) holders.set(file, [...holders.get(file) ?? [], z]);
  const specialOf = /* @__PURE__ */ new Map();
  for (const zone of zones.zones) {
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const addresses2 = resolvedAddresses(zones, mx.exchange, zone);
      let special = specialOf.get(addresses2);
      if (!special) {
        special = [];
        for (const address of addresses2) {
          const any = specialRange(address.bytes, false);
          if (any) special.push({ address, ranges: { any, outsideDocumentation: specialRange(address.bytes, true) } });
        }
        specialOf.set(addresses2, special);
      }
      for (const { address, ranges: ranges2 } of special) {
        const owners = holders.get(address.record.source) ?? [];
        const home = owners.includes(zone) ? zone : owners[0];
        if (!home) continue;
        let byRecord = found.get(home);
        if (!byRecord) found.set(home, byRecord = /* @__PURE__ */ new Map());
        const lead = byRecord.get(address.record);
        if (lead) lead.mxs.push(mx);
        else byRecord.set(address.record, { address, ranges: ranges2, mxs: [mx] });
      }
    }
  }
  return found;
});

// rules/mx-exchanger-policy/rule.ts
var IP_OR_CIDR = "^([0-9]{1,3}(\\.[0-9]{1,3}){3}(/([0-9]|[12][0-9]|3[0-2]))?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/([0-9]{1,2}|1[01][0-9]|12[0-8]))?)$";
function patterns(list2) {
  return list2.map((text) => ({ text, matches: namePattern(text) }));
}
function networks(list2) {
  return list2.map((text) => {
    const network2 = parseNetwork(text);
    if (!network2) throw new Error(`retiredAddresses: '${text}' is not an IP address or CIDR block`);
    return network2;
  });
}
var rule_default9 = defineRule({
  meta: {
    id: "mx-exchanger-policy",
    description: "MX exchangers must follow the configured policy: allowed exchangers, retired exchangers and retired addresses.",
    severity: "off",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowedExchangers: namePatternsOption(
          "Name patterns every exchanger must match when the list is not empty: `*` is any characters within a label, `?` one character, `**` one or more labels; the final dot is optional (`*.mail.protection.outlook.com.`, `mx?.example.com.`)."
        ),
        retiredExchangers: namePatternsOption("Name patterns of exchangers that must no longer appear (a provider left behind)."),
        retiredAddresses: {
          type: "array",
          items: { type: "string", pattern: IP_OR_CIDR },
          default: [],
          description: "IP addresses or CIDR blocks that exchangers must no longer resolve to, through A/AAAA records of the zones in the run."
        }
      }
    },
    messages: {
      notAllowed: "MX target `{{target}}` is not an allowed exchanger (allowed: {{allowed}}); point the MX at an allowed exchanger, or add it to `allowedExchangers`.",
      retired: "MX target `{{target}}` is a retired exchanger (`{{pattern}}` in `retiredExchangers`); remove this MX record.",
      retiredAddress: "MX target `{{target}}` resolves to {{address}}, a retired address (`{{network}}` in `retiredAddresses`); move the exchanger to its new address or remove this MX record."
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    const allowed = patterns(options.allowedExchangers);
    const retired = patterns(options.retiredExchangers);
    const retiredNetworks = networks(options.retiredAddresses);
    const allowedText = allowed.map((p) => `\`${p.text}\``).join(", ");
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const retiredBy = retired.find((p) => p.matches(mx.exchange));
      if (retiredBy) {
        context.report({
          messageId: "retired",
          data: { target: mx.exchange, pattern: retiredBy.text },
          span: exchangeSpan(mx),
          fingerprint: mxFingerprint(mx, "retired")
        });
      } else if (allowed.length > 0 && !allowed.some((p) => p.matches(mx.exchange))) {
        context.report({
          messageId: "notAllowed",
          data: { target: mx.exchange, allowed: allowedText },
          span: exchangeSpan(mx),
          fingerprint: mxFingerprint(mx, "not-allowed")
        });
      }
      if (retiredNetworks.length === 0) continue;
      for (const address of resolvedAddresses(zones, mx.exchange, zone)) {
        const network2 = retiredNetworks.find((n) => inNetwork(address.bytes, n));
        if (!network2) continue;
        context.report({
          messageId: "retiredAddress",
          data: { target: mx.exchange, address: address.text, network: network2.text },
          span: exchangeSpan(mx),
          related: [{ span: address.record.rdataSpan, message: `\`${address.record.owner}\` has the retired address ${address.text} here` }],
          fingerprint: mxFingerprint(mx, "retired-address", address.text)
        });
      }
    }
  }
});

// rules/mx-implicit/rule.ts
var DKIM_LABEL = "_domainkey.";
function dkimOwners(index) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, records] of index) {
    let at = 0;
    if (!key.startsWith(DKIM_LABEL)) {
      at = key.lastIndexOf("." + DKIM_LABEL) + 1;
      if (at === 0) continue;
    }
    const name2 = key.slice(at + DKIM_LABEL.length) || ".";
    if (!out.has(name2)) out.set(name2, records[0]);
  }
  return out;
}
var rule_default10 = defineRule({
  meta: {
    id: "mx-implicit",
    description: "Names that send mail and have an address should publish an MX (or a null MX) instead of relying on the implicit MX.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        ignore: {
          type: "array",
          items: { type: "string", minLength: 1 },
          default: [],
          description: "Name patterns to leave alone (`*` is any characters within a label, `?` one character, `**` one or more labels; the final dot is optional), e.g. hosts that deliberately receive their own mail: `relay?.example.com.`."
        }
      }
    },
    messages: {
      implicit: "`{{name}}` has an address and is used for mail ({{evidence}}) but has no MX record, so mail to it goes to its A/AAAA address (implicit MX, RFC 5321 \xA75.1); add an MX record, or a null MX `MX 0 .` (RFC 7505) if it receives no mail."
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    const index = zones.index(zone);
    const ignore = options.ignore.map(namePattern);
    let dkim2;
    for (const [key, records] of index) {
      if (mailNameRole(key) !== "domain") continue;
      const address = records.find((r) => r.type === "A" || r.type === "AAAA");
      if (!address || records.some((r) => r.type === "MX" || r.type === "CNAME")) continue;
      const spf = authorisingSpf(records);
      let evidence = spf && { record: spf.record, what: `SPF \`${abbreviate(spf.view.text)}\`` };
      if (!evidence) {
        const dmarc3 = index.get(`_dmarc.${key}`)?.find((r) => dmarcEntry(r)?.valid);
        if (dmarc3) evidence = { record: dmarc3, what: `a DMARC record at \`${dmarc3.owner}\`` };
      }
      if (!evidence) {
        dkim2 ??= dkimOwners(index);
        const dkimKey = dkim2.get(key);
        if (dkimKey) evidence = { record: dkimKey, what: `a DKIM key at \`${dkimKey.owner}\`` };
      }
      if (!evidence) continue;
      if (exchangersOfRun(zones).has(key)) continue;
      if (ignore.some((matches2) => matches2(address.owner))) continue;
      const at = resolveName(zones, address.owner, zone);
      if (at.kind !== "found" || at.zone !== zone) continue;
      context.report({
        messageId: "implicit",
        data: { name: address.owner, evidence: evidence.what },
        span: ownerOrTypeSpan(address),
        related: [{ span: evidence.record.span, message: `this record says \`${address.owner}\` is used for mail` }],
        fingerprint: `${key}|MX|implicit`
      });
    }
  }
});

// rules/mx-target-proxied/rule.ts
var rule_default11 = defineRule({
  meta: {
    id: "mx-target-proxied",
    description: "An MX exchanger must not be proxied by Cloudflare: the proxy carries HTTP(S), not SMTP.",
    severity: "error",
    messages: {
      proxied: "MX target `{{target}}` is proxied by Cloudflare (`proxied: true` on its {{type}} record), so it resolves to Cloudflare's HTTP proxy, which does not accept mail for `{{owner}}`; set `proxied: false` on that record (DNS only), or point the MX at a host that is not proxied."
    }
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== "cloudflare" && !zone.records.some((r) => r.proxied)) return;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const chain2 = chase(zones, mx.exchange, zone);
      const candidates = [...chain2.cnames];
      if (chain2.end.kind === "found") candidates.push(...chain2.end.records.filter((r) => r.type === "A" || r.type === "AAAA" || r.type === "CNAME"));
      const culprit = candidates.find((r) => r.proxied);
      if (!culprit) continue;
      const related = [{ span: culprit.span, message: `\`${culprit.owner}\` ${culprit.type} is proxied here` }];
      context.report({
        messageId: "proxied",
        data: { target: mx.exchange, owner: mx.record.owner, type: culprit.type },
        span: exchangeSpan(mx),
        related,
        fingerprint: mxFingerprint(mx)
      });
    }
  }
});

// src/engine/zone-checks.ts
var crowdedOfRun = runFact("owners of several records", () => /* @__PURE__ */ new Map());
function crowdedOwners2(zone, zones) {
  const byZone = crowdedOfRun(zones);
  let owners = byZone.get(zone);
  if (!owners) {
    const found = [];
    zones.index(zone).forEach((records, key) => {
      if (records.length > 1) found.push([key, records]);
    });
    byZone.set(zone, owners = found);
  }
  return owners;
}
var rrsetsOfRun = runFact("RRsets", () => /* @__PURE__ */ new Map());
function multiRecordRRsets(zone, zones) {
  const byZone = rrsetsOfRun(zones);
  let sets = byZone.get(zone);
  if (sets) return sets;
  sets = [];
  for (const [key, records] of crowdedOwners2(zone, zones)) {
    const byType2 = /* @__PURE__ */ new Map();
    for (const r of records) {
      const covered = r.type === "RRSIG" ? coveredType(r) : void 0;
      const id = covered === void 0 ? r.type : `RRSIG/${covered}`;
      const set = byType2.get(id);
      if (set) set.records.push(r);
      else byType2.set(id, covered === void 0 ? { key, type: r.type, records: [r] } : { key, type: r.type, covered, records: [r] });
    }
    for (const set of byType2.values()) if (set.records.length > 1) sets.push(set);
  }
  byZone.set(zone, sets);
  return sets;
}
function coveredType(record) {
  const first = record.fields[0];
  if (first && first.text !== "\\#") {
    const n = typeNumber(first.text);
    return n === void 0 ? first.text.toUpperCase() : typeName(n);
  }
  const rdata = rdataOf(record, "RRSIG");
  return rdata ? typeName(rdata.typeCovered) : "?";
}
function rrsetLabel(set) {
  return set.covered === void 0 ? set.type : `${set.type} (covering ${set.covered})`;
}
function canonicalRdata(record) {
  const parsed = parseRdata(record.type, record.fields, record.origin);
  if (!parsed.ok) return void 0;
  const rdata = parsed.rdata;
  let typed = rdata;
  const spec = rdata.type === "unknown" ? void 0 : typeSpec(rdata.type);
  if (spec?.fields.some((f) => f.codec === name)) {
    const copy = { ...rdata };
    for (const f of spec.fields) if (f.codec === name) copy[f.key] = nameKey(copy[f.key]);
    typed = copy;
  }
  const wire = rdataToWire(typed);
  return wire ? Buffer.from(wire.buffer, wire.byteOffset, wire.byteLength).toString("latin1") : `text:${record.rdataText}`;
}
function shortHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
var soaRecords = zoneFact("SOA records", (zone) => zone.records.filter((r) => r.type === "SOA"));
function apexSoa(zone, zones) {
  for (const record of zones.recordsAt(zone, zone.origin)) {
    if (record.type !== "SOA") continue;
    const soa = rdataOf(record, "SOA");
    if (soa) return { record, soa };
  }
  return void 0;
}
var SOA_TIMERS = { refresh: 3, retry: 4, expire: 5, minimum: 6 };
function checkSoaTimer(context, timer, judge2) {
  const found = apexSoa(context.zone, context.zones);
  if (!found || isProviderSoa(found.soa)) return;
  const { record, soa } = found;
  const fields = record.fields;
  const field = fields[SOA_TIMERS[timer]];
  if (!field) return;
  for (const finding of judge2(soa)) {
    const other = finding.against ? fields[SOA_TIMERS[finding.against]] : void 0;
    context.report({
      messageId: finding.messageId,
      data: { value: spanText(field.span), seconds: soa[timer], duration: duration(soa[timer]), ...other ? { against: spanText(other.span) } : {}, ...finding.data },
      span: field.span,
      related: other ? [{ span: other.span, message: `the SOA ${finding.against} is ${spanText(other.span)}` }] : void 0,
      fingerprint: `${nameKey(record.owner)}|SOA|${timer}|${finding.aspect}`
    });
  }
}
var PROVIDER_MNAMES = [
  /\.awsdns-\d+\.(?:com|net|org|co\.uk)\.$/,
  /(?:^|\.)ns\.cloudflare\.com\.$/,
  /^ns-cloud-[a-z]\d+\.googledomains\.com\.$/,
  /\.azure-dns\.(?:com|net|org|info)\.$/,
  /^ns\d\.digitalocean\.com\.$/
];
function isProviderSoa(soa) {
  const mname = nameKey(soa.mname);
  return PROVIDER_MNAMES.some((re) => re.test(mname));
}
function duration(seconds) {
  const units = [[604800, "week"], [86400, "day"], [3600, "hour"], [60, "minute"]];
  for (const [size2, unit] of units) {
    if (seconds >= size2 && seconds % size2 === 0) {
      const n = seconds / size2;
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}
function secondsOption(defaultValue, description) {
  return { type: "integer", minimum: 0, maximum: 4294967295, default: defaultValue, description };
}
var mxTargets = runFact("MX targets", (zones) => {
  const targets = /* @__PURE__ */ new Set();
  for (const zone of zones.zones) {
    for (const record of recordsOfType(zone, "MX")) {
      const exchange = mxExchange(record);
      if (exchange !== void 0 && exchange !== ".") targets.add(nameKey(exchange));
    }
  }
  return targets;
});
function mxExchange(record) {
  const fields = record.fields;
  if (fields.length === 2 && fields[0].text !== "\\#" && !fields[1].quoted) {
    const parsed = parseName(fields[1].text, record.origin);
    if (parsed.ok) return parsed.name;
  }
  return rdataOf(record, "MX")?.exchange;
}
var includedFiles = runFact("included files", (zones) => {
  const included = /* @__PURE__ */ new Set();
  for (const z of zones.zones) for (const file of z.files) if (file !== z.source) included.add(file.path);
  return included;
});
function isIncludedElsewhere(zone, zones) {
  return includedFiles(zones).has(zone.source.path);
}
var SIGNER_SET = /* @__PURE__ */ new Set(["RRSIG", "NSEC", "NSEC3", "NSEC3PARAM"]);
function ttlLimitsSchema(defaults, bound) {
  const seconds = { type: ["integer", "null"], minimum: 0, maximum: 4294967295 };
  const properties = {};
  for (const [key, value] of Object.entries(defaults)) {
    const what = key === "exchangerAddress" ? "A and AAAA records of names that are MX targets in the run (takes precedence over A and AAAA)" : key === "default" ? "every type not named in these options (except RRSIG, NSEC, NSEC3 and NSEC3PARAM, whose TTL the signer sets)" : key === "TXT" ? "mail TXT records (SPF, and TXT at _dmarc, _domainkey, _mta-sts and _smtp._tls names; other TXT records fall under `default`)" : `${key} records`;
    properties[key] = { ...seconds, default: value, description: `The ${bound} TTL in seconds of ${what}; null to not judge them.` };
  }
  return {
    type: "object",
    additionalProperties: false,
    properties,
    patternProperties: { "^(?:[A-Z][A-Z0-9-]*|TYPE[0-9]+)$": { ...seconds, description: `The ${bound} TTL in seconds of records of this type (upper-case mnemonic); null to not judge them.` } }
  };
}
function ttlLimitHits(context, past) {
  const options = context.options;
  const exchanger = typeof options.exchangerAddress === "number" ? options.exchangerAddress : void 0;
  const fallback = typeof options.default === "number" ? options.default : void 0;
  const targets = exchanger === void 0 ? void 0 : mxTargets(context.zones);
  const hits = [];
  context.zones.index(context.zone).forEach((records, key) => {
    const isTarget = targets !== void 0 && targets.has(key);
    for (const record of records) {
      if (record.automaticTtl) continue;
      let hit;
      if (isTarget && exchanger !== void 0 && (record.type === "A" || record.type === "AAAA")) {
        hit = { record, limit: exchanger, option: "exchangerAddress", what: `${record.type} record of mail exchanger ${record.owner}` };
      } else {
        const typed = Object.prototype.hasOwnProperty.call(options, record.type) && (record.type !== "TXT" || isMailTxt(key, record));
        const own = typed ? options[record.type] : void 0;
        if (typeof own === "number") hit = { record, limit: own, option: record.type, what: `${record.type} record` };
        else if (own === void 0 && fallback !== void 0 && !SIGNER_SET.has(record.type)) {
          hit = { record, limit: fallback, option: "default", what: `${record.type} record` };
        }
      }
      if (hit && past(record.ttl, hit.limit)) hits.push(hit);
    }
  });
  return hits;
}
function isMailTxt(key, record) {
  if (key.startsWith("_dmarc.") || key.includes("._domainkey.") || key.startsWith("_mta-sts.") || key.startsWith("_smtp._tls.")) return true;
  const view = txtOf(record);
  return view !== void 0 && isSpfRecord(view.text);
}
function reportTtlHits(context, hits, explicitId, inheritedId) {
  for (const { record, limit, what, option } of hits) {
    const explicit = record.ttlStart >= 0;
    const span = record.ttlSpan;
    context.report({
      messageId: explicit ? explicitId : inheritedId,
      data: { ttl: explicit ? spanText(span) : String(record.ttl), seconds: record.ttl, duration: duration(record.ttl), limit, limitDuration: duration(limit), what, option },
      span,
      fingerprint: `${nameKey(record.owner)}|${record.type}|ttl|${shortHash(record.rdataText)}`
    });
  }
}

// rules/ttl-too-short/rule.ts
var rule_default12 = defineRule({
  meta: {
    id: "ttl-too-short",
    description: "A mail record (MX, SPF or another mail TXT record, the address of an MX target) has a TTL too short to ride out a name-server outage.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: ttlLimitsSchema({ MX: 300, TXT: 300, exchangerAddress: 300, default: null }, "minimum"),
    messages: {
      short: "TTL '{{ttl}}' on this {{what}} is below the {{limit}}-second minimum: resolvers must ask again every {{duration}}, so an outage of your name servers breaks mail almost at once; write a TTL of at least {{limit}}.",
      shortInherited: "This {{what}} has no TTL of its own and inherits {{ttl}} seconds ($TTL or an earlier record), below the {{limit}}-second minimum: resolvers must ask again every {{duration}}, so an outage of your name servers breaks mail almost at once; write a TTL of at least {{limit}} before the type."
    }
  },
  check(context) {
    reportTtlHits(context, ttlLimitHits(context, (ttl, limit) => ttl < limit), "short", "shortInherited");
  }
});

// rules/ttl-too-long/rule.ts
var rule_default13 = defineRule({
  meta: {
    id: "ttl-too-long",
    description: "A mail record (MX, SPF or another mail TXT record, the address of an MX target) has a TTL so long that changes take days to reach senders.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: ttlLimitsSchema({ MX: 604800, TXT: 604800, exchangerAddress: 604800, default: null }, "maximum"),
    messages: {
      long: "TTL '{{ttl}}' ({{duration}}) on this {{what}} is above the {{limit}}-second maximum ({{limitDuration}}): a move to another mail provider or an emergency fix waits that long in resolver caches; write a TTL of at most {{limit}}.",
      longInherited: "This {{what}} has no TTL of its own and inherits {{ttl}} seconds ({{duration}}, from $TTL or an earlier record), above the {{limit}}-second maximum ({{limitDuration}}): a move to another mail provider or an emergency fix waits that long in resolver caches; write a TTL of at most {{limit}} before the type."
    }
  },
  check(context) {
    reportTtlHits(context, ttlLimitHits(context, (ttl, limit) => ttl > limit), "long", "longInherited");
  }
});

// rules/ttl-rrset-mismatch/rule.ts
var rule_default14 = defineRule({
  meta: {
    id: "ttl-rrset-mismatch",
    description: "Records of one RRset (same owner and type) have different TTLs.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      mismatch: "TTL '{{ttl}}' differs from the TTL {{first}} of the first {{type}} record of {{owner}}: an RRset has one TTL (RFC 2181 \xA75.2), so BIND serves the whole set with {{first}} and other servers may pick either TTL; write {{first}} here or change all records of the set together.",
      mismatchInherited: "This {{type}} record of {{owner}} inherits the TTL {{ttl}} ($TTL or an earlier record), which differs from the TTL {{first}} of the first record of the set: an RRset has one TTL (RFC 2181 \xA75.2), so BIND serves the whole set with {{first}} and other servers may pick either TTL; write {{first}} before the type or change all records of the set together."
    }
  },
  check(context) {
    for (const set of multiRecordRRsets(context.zone, context.zones)) {
      const first = set.records[0];
      for (const record of set.records) {
        if (record.ttl === first.ttl) continue;
        const explicit = record.ttlStart >= 0;
        context.report({
          messageId: explicit ? "mismatch" : "mismatchInherited",
          data: { ttl: explicit ? spanText(record.ttlSpan) : record.ttl, first: first.ttl, type: rrsetLabel(set), owner: record.owner },
          span: record.ttlSpan,
          related: [{ span: first.ttlSpan, message: `the first ${rrsetLabel(set)} record of ${first.owner} has TTL ${first.ttl}` }],
          fingerprint: `${set.key}|${set.covered === void 0 ? set.type : `RRSIG/${set.covered}`}|ttl|${shortHash(record.rdataText)}`
        });
      }
    }
  }
});

// rules/soa-refresh/rule.ts
var rule_default15 = defineRule({
  meta: {
    id: "soa-refresh",
    description: "The SOA refresh timer is shorter than Zonemaster ZONE02 recommends (4 hours).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { min: secondsOption(14400, "Smallest acceptable SOA refresh, in seconds (Zonemaster ZONE02: 14400).") }
    },
    messages: {
      low: "SOA refresh '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): secondaries poll the primary that often for nothing, since NOTIFY already tells them of changes; write at least {{min}}."
    }
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(
      context,
      "refresh",
      (soa) => soa.refresh < min ? [{ messageId: "low", data: { min, minDuration: duration(min) }, aspect: "min" }] : []
    );
  }
});

// rules/soa-retry/rule.ts
var rule_default16 = defineRule({
  meta: {
    id: "soa-retry",
    description: "The SOA retry timer is shorter than an hour (Zonemaster ZONE04) or not shorter than refresh (ZONE03).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { min: secondsOption(3600, "Smallest acceptable SOA retry, in seconds (Zonemaster ZONE04: 3600).") }
    },
    messages: {
      low: "SOA retry '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): secondaries hammer an unreachable primary that often; write at least {{min}}.",
      notBelowRefresh: "SOA retry '{{value}}' is not below the refresh '{{against}}': retry is the shorter wait used after a failed refresh, so a retry at or above refresh means failed transfers are never retried sooner; write a retry that is a fraction of the refresh."
    }
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(context, "retry", (soa) => {
      const findings = [];
      if (soa.retry < min) findings.push({ messageId: "low", data: { min, minDuration: duration(min) }, aspect: "min" });
      if (soa.retry >= soa.refresh) findings.push({ messageId: "notBelowRefresh", against: "refresh", aspect: "refresh" });
      return findings;
    });
  }
});

// rules/soa-expire/rule.ts
var rule_default17 = defineRule({
  meta: {
    id: "soa-expire",
    description: "The SOA expire timer is shorter than a week or than the refresh timer (Zonemaster ZONE05).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { min: secondsOption(604800, "Smallest acceptable SOA expire, in seconds (Zonemaster ZONE05: 604800).") }
    },
    messages: {
      low: "SOA expire '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): if the primary is down longer than that, every secondary stops answering and mail to the domain is deferred, then bounced; write at least {{min}}.",
      belowRefresh: "SOA expire '{{value}}' is below the refresh '{{against}}': secondaries would drop the zone before they even try to refresh it; write an expire well above the refresh."
    }
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(context, "expire", (soa) => {
      const findings = [];
      if (soa.expire < min) findings.push({ messageId: "low", data: { min, minDuration: duration(min) }, aspect: "min" });
      if (soa.expire < soa.refresh) findings.push({ messageId: "belowRefresh", against: "refresh", aspect: "refresh" });
      return findings;
    });
  }
});

// rules/soa-minimum/rule.ts
var rule_default18 = defineRule({
  meta: {
    id: "soa-minimum",
    description: "The SOA minimum (negative-caching TTL) is outside 5 minutes to 1 day (Zonemaster ZONE06).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        min: secondsOption(300, "Smallest acceptable SOA minimum, in seconds (Zonemaster ZONE06: 300)."),
        max: secondsOption(86400, "Largest acceptable SOA minimum, in seconds (Zonemaster ZONE06: 86400).")
      }
    },
    messages: {
      low: "SOA minimum '{{value}}' ({{duration}}) is below {{min}} seconds: resolvers forget that a name does not exist almost at once and ask your servers again for every lookup; write at least {{min}}.",
      high: "SOA minimum '{{value}}' ({{duration}}) is above {{max}} seconds ({{maxDuration}}): a name you add, such as a new DKIM selector or MX host, stays unknown to resolvers that already asked for that long; write at most {{max}}."
    }
  },
  check(context) {
    const { min, max } = context.options;
    checkSoaTimer(context, "minimum", (soa) => {
      if (soa.minimum < min) return [{ messageId: "low", data: { min }, aspect: "min" }];
      if (soa.minimum > max) return [{ messageId: "high", data: { max, maxDuration: duration(max) }, aspect: "max" }];
      return [];
    });
  }
});

// rules/soa-count/rule.ts
var rule_default19 = defineRule({
  meta: {
    id: "soa-count",
    description: "A BIND zone file has no SOA record, more than one, or one away from the zone apex.",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      missing: "This zone file for {{origin}} has no SOA record: name servers refuse to load a zone without one; start the zone with `@ IN SOA <primary-ns> <hostmaster> <serial> <refresh> <retry> <expire> <minimum>`.",
      extra: "A second SOA record at {{owner}}: a zone has exactly one SOA, at its apex, and servers refuse to load it with two; delete this one.",
      notAtApex: "SOA record at {{owner}}, below the apex {{origin}}: an SOA marks the top of a zone, so a child zone belongs in its own file, delegated with NS records; delete this SOA or move it, with the records below it, to a zone file of its own."
    }
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== "bind" || isIncludedElsewhere(zone, zones)) return;
    const soas = soaRecords(zone);
    if (soas.length === 0) {
      if (zone.records.length === 0) return;
      const first2 = zone.records[0];
      context.report({ messageId: "missing", data: { origin: zone.origin }, span: first2.ownerSpan.end > first2.ownerSpan.start ? first2.ownerSpan : first2.typeSpan, fingerprint: `${nameKey(zone.origin)}|SOA|missing` });
      return;
    }
    const apex = nameKey(zone.origin);
    const first = soas.find((r) => nameKey(r.owner) === apex) ?? soas[0];
    for (const record of soas) {
      if (record === first) continue;
      const key = nameKey(record.owner);
      context.report({
        messageId: key === apex ? "extra" : "notAtApex",
        data: { owner: record.owner, origin: zone.origin },
        span: record.typeSpan,
        related: [{ span: first.typeSpan, message: `the zone's SOA at ${first.owner}` }],
        fingerprint: `${key}|SOA|${key === apex ? "extra" : "not-at-apex"}`
      });
    }
  }
});

// rules/soa-mname-cname/rule.ts
var rule_default20 = defineRule({
  meta: {
    id: "soa-mname-cname",
    description: "The SOA MNAME (primary name server) is an alias (CNAME) in a zone of the run.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      cname: "SOA MNAME '{{mname}}' is a CNAME to {{target}}: a name server's name must own its address records (RFC 1912 \xA72.4, RFC 2181 \xA710.3), or NOTIFY and dynamic updates go astray; write the canonical name {{target}} instead."
    }
  },
  check(context) {
    for (const record of soaRecords(context.zone)) {
      const soa = rdataOf(record, "SOA");
      if (!soa) continue;
      const at = resolveName(context.zones, soa.mname, context.zone);
      const cname = at.kind === "found" && !at.wildcard ? at.cname : void 0;
      const target = cname && rdataOf(cname, "CNAME");
      if (!cname || !target) continue;
      context.report({
        messageId: "cname",
        data: { mname: record.fields[0].text, target: target.target },
        span: record.fields[0].span,
        related: [{ span: cname.typeSpan, message: `${cname.owner} is a CNAME to ${target.target}` }],
        fingerprint: `${nameKey(record.owner)}|SOA|mname|${nameKey(soa.mname)}`
      });
    }
  }
});

// rules/zone-cname-and-other-data/rule.ts
var ALLOWED = /* @__PURE__ */ new Set(["CNAME", "RRSIG", "NSEC", "SIG", "KEY", "NSEC3"]);
var rule_default21 = defineRule({
  meta: {
    id: "zone-cname-and-other-data",
    description: "A name has a CNAME and other records (RFC 1034 \xA73.6.2, RFC 2181 \xA710.1).",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      otherAfterCname: "{{owner}} is a CNAME, so this {{type}} record beside it is ignored or makes servers reject the zone (RFC 1034 \xA73.6.2): an alias has no data of its own; put the {{type}} record at the CNAME target or replace the CNAME with the records it points to.",
      cnameAfterOther: "{{owner}} already has {{type}} records, so it cannot also be a CNAME (RFC 1034 \xA73.6.2) and servers reject the zone or drop the alias; remove this CNAME or move the other records elsewhere (at the apex, use your provider's ALIAS/flattening instead)."
    }
  },
  check(context) {
    for (const [key, records] of crowdedOwners2(context.zone, context.zones)) {
      const cname = records.find((r) => r.type === "CNAME");
      if (!cname) continue;
      const cnameAt = records.indexOf(cname);
      const firstOther = records.find((r) => !ALLOWED.has(r.type));
      if (!firstOther) continue;
      if (records.indexOf(firstOther) < cnameAt) {
        context.report({
          messageId: "cnameAfterOther",
          data: { owner: cname.owner, type: firstOther.type },
          span: cname.typeSpan,
          related: [{ span: firstOther.typeSpan, message: `the ${firstOther.type} record of ${firstOther.owner}` }],
          fingerprint: `${key}|CNAME|other-data`
        });
      }
      for (let i = cnameAt + 1; i < records.length; i++) {
        const record = records[i];
        if (ALLOWED.has(record.type)) continue;
        context.report({
          messageId: "otherAfterCname",
          data: { owner: cname.owner, type: record.type },
          span: record.typeSpan,
          related: [{ span: cname.typeSpan, message: `the CNAME of ${cname.owner}` }],
          fingerprint: `${key}|${record.type}|beside-cname|${shortHash(record.rdataText)}`
        });
      }
    }
  }
});

// rules/zone-multiple-cname/rule.ts
var rule_default22 = defineRule({
  meta: {
    id: "zone-multiple-cname",
    description: "A name has more than one CNAME record (RFC 2181 \xA710.1).",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      multiple: "{{owner}} already is a CNAME to {{first}}, so this second CNAME to '{{target}}' makes servers reject the zone or answer with either alias at random (RFC 2181 \xA710.1); keep one CNAME and delete the other."
    }
  },
  check(context) {
    for (const set of multiRecordRRsets(context.zone, context.zones)) {
      if (set.type !== "CNAME") continue;
      const first = set.records[0];
      const firstTarget = rdataOf(first, "CNAME")?.target;
      if (firstTarget === void 0) continue;
      const seen = /* @__PURE__ */ new Set([nameKey(firstTarget)]);
      for (const record of set.records.slice(1)) {
        const target = rdataOf(record, "CNAME")?.target;
        if (target === void 0 || seen.has(nameKey(target))) continue;
        seen.add(nameKey(target));
        const field = record.fields[0];
        context.report({
          messageId: "multiple",
          data: { owner: record.owner, first: firstTarget, target: field.text },
          span: field.span,
          related: [{ span: first.fields[0].span, message: `the first CNAME of ${first.owner}` }],
          fingerprint: `${set.key}|CNAME|target|${nameKey(target)}`
        });
      }
    }
  }
});

// rules/zone-duplicate-record/rule.ts
var rule_default23 = defineRule({
  meta: {
    id: "zone-duplicate-record",
    description: "The same record (owner, type and rdata) appears twice.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      duplicate: "This {{type}} record of {{owner}} repeats the one at {{where}}: an RRset holds each record once (RFC 2181 \xA75), so the copy is silently dropped and any edit to only one of them is lost; delete this copy."
    }
  },
  check(context) {
    for (const set of multiRecordRRsets(context.zone, context.zones)) {
      const firstOf = /* @__PURE__ */ new Map();
      const copies = /* @__PURE__ */ new Map();
      for (const record of set.records) {
        const canonical = canonicalRdata(record);
        if (canonical === void 0) continue;
        const first = firstOf.get(canonical);
        if (!first) {
          firstOf.set(canonical, record);
          continue;
        }
        const span = record.rdataSpan;
        const copy = (copies.get(canonical) ?? 0) + 1;
        copies.set(canonical, copy);
        context.report({
          messageId: "duplicate",
          data: { type: record.type, owner: record.owner, where: where(first, record) },
          span,
          related: [{ span: first.rdataSpan, message: `the first ${record.type} record of ${first.owner} with this data` }],
          fingerprint: `${set.key}|${record.type}|rdata|${shortHash(canonical)}${copy > 1 ? `#${copy}` : ""}`
        });
      }
    }
  }
});
function where(first, record) {
  const line = first.source.positionAt(first.start).line;
  return first.source === record.source ? `line ${line}` : `${first.source.path}:${line}`;
}

// rules/zone-apex-ns-missing/rule.ts
var rule_default24 = defineRule({
  meta: {
    id: "zone-apex-ns-missing",
    description: "A BIND zone with an SOA has no NS records at its apex.",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      missing: "Zone {{origin}} has an SOA but no NS records at its apex: name servers refuse to load a zone without them (RFC 1035 \xA75.2), so the domain and its mail go dark; add `@ IN NS <name server>` for each server that serves the zone."
    }
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== "bind") return;
    const found = apexSoa(zone, zones);
    if (!found) return;
    if (zones.recordsAt(zone, zone.origin).some((r) => r.type === "NS")) return;
    context.report({
      messageId: "missing",
      data: { origin: zone.origin },
      span: found.record.typeSpan,
      fingerprint: `${nameKey(zone.origin)}|NS|missing`
    });
  }
});

// rules/zone-out-of-zone/rule.ts
var rule_default25 = defineRule({
  meta: {
    id: "zone-out-of-zone",
    description: 'A record whose owner is not at or below the zone apex (BIND: "ignoring out-of-zone data").',
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    messages: {
      outside: `Owner '{{owner}}' is outside zone {{origin}}, so name servers ignore this {{type}} record (BIND: "ignoring out-of-zone data"); did you mean {{suggestion}}, or does the record belong in the zone file of its own domain?`
    }
  },
  check(context) {
    const { zone, zones } = context;
    const origin = zone.origin;
    const apex = nameKey(origin);
    if (apex === "." || isIncludedElsewhere(zone, zones)) return;
    const below = "." + apex;
    zones.index(zone).forEach((records, key) => {
      if (key === apex || key.endsWith(below)) return;
      const suggestion2 = suggest(records[0].owner, origin);
      for (const record of records) {
        const written = record.ownerSpan.end > record.ownerSpan.start;
        context.report({
          messageId: "outside",
          data: { owner: record.owner, origin, type: record.type, suggestion: suggestion2 },
          span: written ? record.ownerSpan : record.typeSpan,
          fingerprint: `${key}|${record.type}|owner|${shortHash(record.rdataText)}`
        });
      }
    });
  }
});
function suggest(owner, origin) {
  const keep = nameLabels(owner).length - nameLabels(origin).length;
  if (keep <= 0) return origin;
  const written = owner.slice(0, -1).split(/(?<!\\)\./);
  return `${written.slice(0, keep).join(".")}.${origin}`;
}

// rules/zone-name-doubled/rule.ts
var rule_default26 = defineRule({
  meta: {
    id: "zone-name-doubled",
    description: "An owner name holds the zone name twice (`_dmarc.example.com.example.com.`): the zone name was written in a relative owner.",
    severity: "error",
    messages: {
      doubled: "Owner `{{written}}` names the zone `{{zone}}` twice: a name without a final dot gets the zone name appended, so this {{type}} record is at `{{owner}}`, where nobody looks for it; write `{{relative}}` (or `{{meant}}` with the final dot)."
    }
  },
  check(context) {
    const { zone } = context;
    const originKey = nameKey(zone.origin);
    if (originKey === ".") return;
    const twice = originKey.slice(0, -1) + "." + originKey;
    const suffix = "." + twice;
    const reported = /* @__PURE__ */ new Set();
    for (const record of zone.records) {
      if (record.ownerEnd <= record.ownerStart || record.type === "SOA") continue;
      const owner = record.owner;
      const key = nameKey(owner);
      if (key !== twice && !key.endsWith(suffix) || reported.has(key)) continue;
      reported.add(key);
      const meant = owner.slice(0, owner.length - zone.origin.length);
      const relative = meant.length > zone.origin.length ? meant.slice(0, meant.length - zone.origin.length - 1) : "@";
      context.report({
        messageId: "doubled",
        data: { written: spanText(record.ownerSpan), zone: zone.origin, type: record.type, owner, meant, relative },
        span: record.ownerSpan,
        fingerprint: `${key}|owner|doubled`
      });
    }
  }
});

// rules/zone-target-missing-dot/rule.ts
var SKIP = /* @__PURE__ */ new Set(["MX", "RRSIG", "NSEC", "SIG", "NXT"]);
var FIELD_WORDS = { mname: "primary name server (MNAME)", rname: "mailbox (RNAME)" };
var nameFieldsByType = /* @__PURE__ */ new Map();
function nameFields(type) {
  let found = nameFieldsByType.get(type);
  if (!found) {
    const spec = SKIP.has(type) ? void 0 : typeSpec(type);
    found = (spec?.fields ?? []).flatMap((field, index) => field.codec === name ? [{ index, key: field.key }] : []);
    nameFieldsByType.set(type, found);
  }
  return found;
}
var rule_default27 = defineRule({
  meta: {
    id: "zone-target-missing-dot",
    description: "Names in rdata (NS, CNAME, DNAME, SRV, PTR, SOA\u2026) written as relative names that were meant to be absolute (the final dot forgotten).",
    severity: "error",
    messages: {
      doubled: "{{type}} {{field}} `{{written}}` has no final dot, so the zone name was appended again and it became `{{name}}`; did you mean `{{meant}}`?",
      tld: "{{type}} {{field}} `{{written}}` has no final dot, so the zone name was appended and it became `{{name}}`, which does not exist; did you mean `{{meant}}`?"
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const type of typesOf(zone)) {
      const wanted = nameFields(type);
      if (wanted.length > 0) for (const record of recordsOfType(zone, type)) check(record, wanted);
    }
    function check(record, wanted) {
      const fields = record.fields;
      if (fields.length === 0 || fields[0].text === "\\#") return;
      for (const { index, key } of wanted) {
        const field = fields[index];
        if (!field || field.quoted) continue;
        const parsed = parseName(field.text, record.origin);
        if (!parsed.ok) continue;
        const guess2 = forgottenDotGuess(zones, zone, field.text, record.origin, parsed.name);
        if (!guess2) continue;
        context.report({
          messageId: guess2.doubled ? "doubled" : "tld",
          data: { type: record.type, field: FIELD_WORDS[key] ?? (key === "target" ? "target" : `${key} name`), written: field.text, name: parsed.name, meant: guess2.meant },
          span: field.span,
          fingerprint: `${nameKey(record.owner)}|${record.type}|${key}|${nameKey(parsed.name)}`
        });
      }
    }
  }
});

// rules/zone-views-differ/rule.ts
var WHAT = { mx: "the MX set of", addresses: "the addresses of exchanger", spf: "the SPF record of", dmarc: "the DMARC record at" };
function answers(zone) {
  const out = /* @__PURE__ */ new Map();
  const add = (question, ownerKey, text, record) => {
    const key = `${question}|${ownerKey}`;
    const answer = out.get(key) ?? { texts: [], records: [] };
    answer.texts.push(text);
    answer.records.push(record);
    out.set(key, answer);
  };
  const exchangers = /* @__PURE__ */ new Set();
  for (const mx of mxRecords(zone)) {
    add("mx", mx.ownerKey, `${mx.preference} ${mx.exchangeKey}`, mx.record);
    exchangers.add(mx.exchangeKey);
  }
  for (const record of zone.records) {
    if (record.type !== "A" && record.type !== "AAAA") continue;
    const owner = nameKey(record.owner);
    if (exchangers.has(owner)) add("addresses", owner, record.fields.map((f) => f.text).join(" ").toLowerCase(), record);
  }
  for (const entry of spfRecords(zone)) add("spf", entry.ownerKey, entry.view.text, entry.record);
  for (const entry of policyRecords(zone)) add("dmarc", entry.ownerKey, entry.view.text, entry.record);
  for (const answer of out.values()) answer.texts.sort();
  return out;
}
function shown(answer) {
  return answer ? answer.texts.map((t) => `\`${t}\``).join(", ") : "none";
}
var rule_default28 = defineRule({
  meta: {
    id: "zone-views-differ",
    description: "The views of one zone (split-horizon DNS) must agree on MX, exchanger addresses, SPF and DMARC.",
    severity: "warning",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        externalViews: {
          type: "array",
          items: { type: "string" },
          default: ["external", "public", "outside"],
          description: "Names of the views the Internet sees; a difference is reported in the zone file of such a view (else in the view whose name sorts first)."
        }
      }
    },
    messages: {
      differs: "The views disagree on {{what}} {{owner}}: view {{view}} has {{here}}, view {{other}} ({{file}}) has {{there}}. Senders on the Internet see only the external view, so mail that works from inside may fail from outside; make the views agree, or confirm the difference is meant."
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    const others = zones.otherViews(zone);
    if (others.length === 0 || zone.view === void 0) return;
    const view = zone.view;
    const external = (v) => options.externalViews.includes(v);
    const here = (other) => external(view) !== external(other) ? external(view) : view < other;
    const mine = answers(zone);
    for (const other of others) {
      const otherView = other.view;
      if (!here(otherView)) continue;
      const theirs = answers(other);
      for (const key of [.../* @__PURE__ */ new Set([...mine.keys(), ...theirs.keys()])].sort()) {
        const a = mine.get(key);
        const b = theirs.get(key);
        if (a?.texts.join("\n") === b?.texts.join("\n")) continue;
        const [question, owner] = key.split("|");
        if ((!a || !b) && !(question === "mx" && owner === nameKey(zone.origin))) continue;
        const at = a?.records[0];
        context.report({
          messageId: "differs",
          data: { what: WHAT[question], owner, view, here: shown(a), other: otherView, file: other.source.path, there: shown(b) },
          span: at ? at.typeSpan : { source: zone.source, start: 0, end: 0 },
          related: b ? [{ span: b.records[0].typeSpan, message: `view ${otherView} has ${shown(b)}` }] : void 0,
          fingerprint: `${key}|${otherView}`
        });
      }
    }
  }
});

// rules/spf-permissive-all/rule.ts
var rule_default29 = defineRule({
  meta: {
    id: "spf-permissive-all",
    description: "An SPF record ends with `+all` (or a bare `all`), which lets every host on the Internet send as the domain.",
    severity: "error",
    messages: {
      explicit: "`{{term}}` lets every host on the Internet pass SPF for `{{owner}}`, so anyone can send mail as this domain; end the record with `-all` (or `~all` while you roll it out).",
      implicit: "`{{term}}` has the implicit qualifier `+`, so it lets every host on the Internet pass SPF for `{{owner}}`; write `-all` (or `~all` while you roll it out)."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const all = flowOf(entry.spf).all;
      if (!all || all.qualifier !== "+") continue;
      context.report({
        messageId: all.qualifierSpan ? "explicit" : "implicit",
        data: { term: textOf(entry, all), owner: entry.record.owner },
        span: spanOf(entry, all),
        fingerprint: spfFingerprint(entry, "all")
      });
    }
  }
});

// rules/spf-weak-all/rule.ts
function dmarcEnforces(zones, domain, zone) {
  const found = discoverPolicy(zones, domain, zone);
  if (found.kind !== "found" || found.entries.length !== 1) return false;
  const { dmarc: dmarc3 } = found.entries[0];
  const policy = (found.self ? dmarc3.p : dmarc3.sp ?? dmarc3.p)?.value;
  return policy === "quarantine" || policy === "reject";
}
var rule_default30 = defineRule({
  meta: {
    id: "spf-weak-all",
    description: "An SPF record ends neutral (`?all`, or no `all` and no `redirect=`), so it does not tell receivers to reject forged mail.",
    severity: "warning",
    messages: {
      neutral: "`{{term}}` gives mail from unlisted hosts the result `neutral`, which receivers treat like no policy at all for `{{owner}}`; end the record with `-all` (or `~all`).",
      missing: "The SPF record of `{{owner}}` has neither an `all` mechanism nor `redirect=`, so mail from unlisted hosts gets `neutral`, as if there were no policy; end it with `-all` (or `~all`)."
    }
  },
  check(context) {
    const included = includedNames(context.zones);
    for (const entry of spfRecords(context.zone)) {
      if (mailNameRole(entry.ownerKey) === "service" || included.has(entry.ownerKey)) continue;
      const flow = flowOf(entry.spf);
      if (flow.all ? flow.all.qualifier !== "?" : entry.spf.redirect) continue;
      if (dmarcEnforces(context.zones, entry.ownerKey, context.zone)) continue;
      if (flow.all) {
        context.report({
          messageId: "neutral",
          data: { term: textOf(entry, flow.all), owner: entry.record.owner },
          span: spanOf(entry, flow.all),
          fingerprint: spfFingerprint(entry, "all")
        });
      } else {
        context.report({
          messageId: "missing",
          data: { owner: entry.record.owner },
          span: recordTextSpan(entry),
          fingerprint: spfFingerprint(entry, "no-all")
        });
      }
    }
  }
});

// rules/spf-multiple-records/rule.ts
var rule_default31 = defineRule({
  meta: {
    id: "spf-multiple-records",
    description: "A name publishes more than one SPF record, so every SPF check of it ends in permerror.",
    severity: "error",
    messages: {
      multiple: "`{{owner}}` publishes {{count}} SPF records, and RFC 7208 \xA74.5 makes receivers return permerror when there is more than one, so none of them applies; merge them into a single `v=spf1 \u2026 -all` record."
    }
  },
  check(context) {
    for (const group of spfByOwner(context.zone).values()) {
      const distinct = distinctEntries(group);
      if (distinct.length < 2) continue;
      const [first, second] = distinct;
      context.report({
        messageId: "multiple",
        data: { owner: first.record.owner, count: distinct.length },
        span: recordTextSpan(second),
        related: distinct.filter((e) => e !== second).map((e) => ({ span: recordTextSpan(e), message: `another SPF record of \`${first.record.owner}\`` })),
        fingerprint: spfFingerprint(first, "multiple")
      });
    }
  }
});

// rules/spf-syntax/rule.ts
var OWNED_ELSEWHERE = /* @__PURE__ */ new Set(["duplicate-modifier"]);
var LOOKALIKE = /^(\s*)(["']?)(v\s*=\s*spf\S*|spf1(?=\s|$))/i;
function lookalike(text) {
  if (isSpfRecord(text)) return void 0;
  if (/^v=spf2\.0\//i.test(text)) return void 0;
  const m = LOOKALIKE.exec(text);
  if (!m) return void 0;
  const start = m[1].length + m[2].length;
  const token = m[3];
  const end = start + token.length;
  if (m[1] !== "") return { messageId: "leadingSpace", start: 0, end, token };
  if (m[2] !== "") return { messageId: "quoted", start: m[1].length, end, token };
  if (/^spf1$/i.test(token)) return { messageId: "noPrefix", start, end, token };
  if (/\s/.test(token)) return { messageId: "spaced", start, end, token };
  if (/^v=spf1(?![0-9])/i.test(token)) return { messageId: "glued", start, end, token };
  return { messageId: "version", start, end, token };
}
var rule_default32 = defineRule({
  meta: {
    id: "spf-syntax",
    description: "An SPF record breaks the RFC 7208 grammar (a permerror), or a TXT record meant as SPF is not recognised as one.",
    severity: "error",
    messages: {
      problem: "{{problem}} (RFC 7208 \xA74.6: receivers return permerror for the whole record).",
      version: "`{{token}}` is not an SPF version, so receivers ignore this record and `{{owner}}` has no SPF policy; start the record with `v=spf1`, the only version.",
      noPrefix: "`{{token}}` lacks the `v=` prefix, so receivers ignore this record and `{{owner}}` has no SPF policy; start the record with `v=spf1`.",
      spaced: "`{{token}}` has spaces around `=`, so receivers ignore this record and `{{owner}}` has no SPF policy; write `v=spf1` without spaces.",
      glued: "`{{token}}`: `v=spf1` must be followed by a space, so receivers ignore this record and `{{owner}}` has no SPF policy; write `v=spf1 ` and then the terms.",
      leadingSpace: "The record starts with a space before `{{token}}`, so receivers ignore it and `{{owner}}` has no SPF policy; remove the leading space.",
      quoted: "The record text starts with a quote character before `{{token}}` (escaped quotes inside the string), so receivers ignore it and `{{owner}}` has no SPF policy; remove the inner quotes."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      for (const p of entry.spf.problems) {
        if (OWNED_ELSEWHERE.has(p.code)) continue;
        context.report({
          messageId: "problem",
          data: { problem: p.message.replace(/\.$/, "") },
          span: spanOf(entry, p),
          fingerprint: spfFingerprint(entry, "syntax", p.code, entry.view.text.slice(p.start, p.end))
        });
      }
    }
    for (const record of recordsOfType(context.zone, "TXT")) {
      const view = txtOf(record);
      const found = view && lookalike(view.text);
      if (!view || !found) continue;
      context.report({
        messageId: found.messageId,
        data: { token: quote(found.token).slice(1, -1), owner: record.owner },
        span: view.span(found.start, found.end),
        fingerprint: [nameKey(record.owner), "TXT", "spf", "version", found.token].join("|")
      });
    }
  }
});

// rules/spf-too-many-lookups/rule.ts
var LIMIT = 10;
var rule_default33 = defineRule({
  meta: {
    id: "spf-too-many-lookups",
    description: "Evaluating an SPF record takes more than 10 DNS lookups (include, a, mx, ptr, exists, redirect), a permerror.",
    severity: "error",
    options: {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        warnAt: {
          type: "integer",
          minimum: 1,
          maximum: LIMIT,
          default: 9,
          description: "Warn when a record needs this many lookups or more (and at most 10): it is one new include away from the limit."
        }
      }
    },
    messages: {
      over: "Evaluating the SPF record of `{{owner}}` takes {{count}} DNS lookups ({{chain}}), but RFC 7208 \xA74.6.4 allows 10 and receivers return permerror beyond that; replace includes with the `ip4:`/`ip6:` networks they stand for, or drop the ones you no longer use.",
      near: "Evaluating the SPF record of `{{owner}}` takes {{count}} DNS lookups ({{chain}}), close to the limit of 10 of RFC 7208 \xA74.6.4 past which receivers return permerror; replace includes with `ip4:`/`ip6:` networks before adding another one."
    }
  },
  check(context) {
    const warnAt = context.options.warnAt;
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      if (analysis.lookups < warnAt) continue;
      const count = analysis.atLeast ? `at least ${analysis.lookups}` : String(analysis.lookups);
      const related = [];
      for (const part of analysis.parts) {
        if (!part.nested) continue;
        related.push({
          span: recordTextSpan(part.nested.entry),
          message: `\`${textOf(entry, part.term)}\` adds ${describe2(part)} lookups from the policy of \`${part.nested.domain}\` here`
        });
      }
      context.report({
        messageId: analysis.lookups > LIMIT ? "over" : "near",
        data: { owner: entry.record.owner, count, chain: chain(entry, analysis.parts) },
        span: recordTextSpan(entry),
        related,
        fingerprint: spfFingerprint(entry, "lookups"),
        ...analysis.lookups > LIMIT ? {} : { severity: "warning" }
      });
    }
  }
});
function describe2(part) {
  return part.atLeast ? `at least ${part.count}` : String(part.count);
}
function chain(entry, parts) {
  const known = [];
  const outside = [];
  for (const p of parts) {
    if (p.atLeast && !p.nested) outside.push(`\`${textOf(entry, p.term)}\``);
    else known.push(`\`${textOf(entry, p.term)}\` ${describe2(p)}`);
  }
  if (outside.length === 1) known.push(`at least 1 for ${outside[0]} (outside the zones linted)`);
  else if (outside.length > 1) known.push(`at least 1 each for ${outside.join(", ")} (outside the zones linted)`);
  return known.join(", ");
}

// rules/spf-void-lookups/rule.ts
var LIMIT2 = 2;
var rule_default34 = defineRule({
  meta: {
    id: "spf-void-lookups",
    description: "Evaluating an SPF record makes more than two void lookups (names that do not exist or have no records), a permerror.",
    severity: "warning",
    messages: {
      voids: "Evaluating the SPF record of `{{owner}}` makes {{count}} void lookups {{clients}} ({{names}}), and RFC 7208 \xA74.6.4 lets receivers return permerror after 2; remove the mechanisms whose names no longer exist or add the missing records."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      const v4 = analysis.voids4.length;
      const v6 = analysis.voids6.length;
      if (v4 <= LIMIT2 && v6 <= LIMIT2) continue;
      const family = v4 >= v6 ? 4 : 6;
      const hits = family === 4 ? analysis.voids4 : analysis.voids6;
      const both = v4 > LIMIT2 && v6 > LIMIT2;
      const clients = both && v4 === v6 ? "for every client" : `for ${family === 4 ? "IPv4" : "IPv6"} clients`;
      let seen = 0;
      const part = analysis.parts.find((p) => (seen += (family === 4 ? p.voids4 : p.voids6).length) > LIMIT2) ?? analysis.parts[0];
      context.report({
        messageId: "voids",
        data: { owner: entry.record.owner, count: hits.length, clients, names: hits.map(describe3).join(", ") },
        span: spanOf(entry, part.term),
        related: hits.map((hit, i) => ({ span: spanOf(hit.entry, hit.term), message: `void lookup ${i + 1}: ${describe3(hit)}` })),
        fingerprint: spfFingerprint(entry, "void-lookups")
      });
    }
  }
});
function describe3(hit) {
  const term = textOf(hit.entry, hit.term);
  return hit.why === "nxdomain" ? `\`${term}\`: \`${hit.name}\` does not exist` : `\`${term}\`: \`${hit.name}\` has no ${hit.type} record`;
}

// rules/spf-include-no-spf/rule.ts
var rule_default35 = defineRule({
  meta: {
    id: "spf-include-no-spf",
    description: "`include:` or `redirect=` points at a name of the run that publishes no SPF record, a permerror.",
    severity: "error",
    messages: {
      nxdomain: "`{{term}}` points at `{{target}}`, which does not exist, and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; fix the name or publish a `v=spf1 \u2026 -all` TXT record there.",
      "no-txt": "`{{term}}` points at `{{target}}`, which has no TXT record, and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; publish a `v=spf1 \u2026 -all` TXT record there or fix the name.",
      "no-spf": "`{{term}}` points at `{{target}}`, whose TXT records are not SPF (none starts with `v=spf1`), and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; publish a `v=spf1 \u2026 -all` TXT record there or fix the name."
    }
  },
  check(context) {
    const resolver = resolverFor(context.zones, context.zone);
    for (const entry of spfRecords(context.zone)) {
      for (const term of lookupTerms(entry.spf)) {
        const isInclude = term.type === "mechanism" && term.kind === "include";
        if (!isInclude && term.type !== "modifier") continue;
        const target = targetOf(entry.record.owner, term);
        if (!target) continue;
        const policy = policyAt(resolver, target);
        if (policy.kind !== "none") continue;
        context.report({
          messageId: policy.why,
          data: { term: textOf(entry, term), target, owner: entry.record.owner, section: isInclude ? "\xA75.2" : "\xA76.1" },
          span: spanOf(entry, term),
          related: policy.txt.map((record) => ({ span: record.rdataSpan, message: `a TXT record of \`${target}\`: ${quote(txtOf(record)?.text ?? "", 40)}` })),
          fingerprint: spfFingerprint(entry, "no-spf", textOf(entry, term))
        });
      }
    }
  }
});

// rules/spf-include-loop/rule.ts
var rule_default36 = defineRule({
  meta: {
    id: "spf-include-loop",
    description: "An `include:`/`redirect=` chain leads back to the policy it started from, so its evaluation never ends.",
    severity: "error",
    messages: {
      self: "`{{term}}` makes the SPF policy of `{{owner}}` include itself, so its evaluation never ends and receivers return permerror once it passes 10 lookups; remove it.",
      loop: "`{{term}}` leads back to `{{owner}}` ({{path}}), so the evaluation never ends and receivers return permerror once it passes 10 lookups (RFC 7208 \xA74.6.4); remove one `include:`/`redirect=` of the loop."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      for (const part of analysis.parts) {
        const loop = part.loops.find((l) => l.path[0] === entry.ownerKey && l.path.length > 0);
        if (!loop) continue;
        const self = loop.path.length === 2 && loop.entry === entry;
        context.report({
          messageId: self ? "self" : "loop",
          data: { term: textOf(entry, part.term), owner: entry.record.owner, path: loop.path.map((n) => `\`${n}\``).join(" \u2192 ") },
          span: spanOf(entry, part.term),
          related: self ? [] : [{ span: spanOf(loop.entry, loop.term), message: `\`${textOf(loop.entry, loop.term)}\` closes the loop here` }],
          fingerprint: spfFingerprint(entry, "loop", textOf(entry, part.term))
        });
      }
    }
  }
});

// rules/spf-ptr/rule.ts
var rule_default37 = defineRule({
  meta: {
    id: "spf-ptr",
    description: "An SPF record uses the `ptr` mechanism or the `%{p}` macro, which are slow, unreliable and deprecated.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      mechanism: "`{{term}}` makes receivers do a reverse lookup and then forward lookups for every check, which is slow and fails often, and RFC 7208 \xA75.5 says it SHOULD NOT be used; list the senders with `ip4:`, `ip6:` or `a:` instead.",
      macro: "The `{{macro}}` macro in `{{term}}` needs the same reverse and forward lookups as `ptr`, and RFC 7208 \xA77.3 says it SHOULD NOT be used; use another macro or list the senders with `ip4:`/`ip6:`."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      for (const term of entry.spf.terms) {
        if (term.type === "mechanism" && term.kind === "ptr") {
          context.report({
            messageId: "mechanism",
            data: { term: textOf(entry, term) },
            span: spanOf(entry, term),
            fingerprint: spfFingerprint(entry, "ptr", textOf(entry, term))
          });
        }
        const spec = term.type === "mechanism" ? term.domainSpec : term.type === "modifier" && term.kind !== "unknown" ? term.macro : void 0;
        for (const part of spec?.parts ?? []) {
          if (part.type !== "macro" || part.letter !== "p") continue;
          context.report({
            messageId: "macro",
            data: { macro: textOf(entry, part), term: textOf(entry, term) },
            span: spanOf(entry, part),
            fingerprint: spfFingerprint(entry, "ptr-macro", textOf(entry, term))
          });
        }
      }
    }
  }
});

// rules/spf-redirect-ignored/rule.ts
var rule_default38 = defineRule({
  meta: {
    id: "spf-redirect-ignored",
    description: "An SPF record has both `redirect=` and an `all` mechanism, so the redirect is never followed.",
    severity: "warning",
    messages: {
      ignored: "`{{term}}` is ignored because the record also has `{{all}}` (RFC 7208 \xA76.1), so the policy of `{{target}}` never applies; remove `{{all}}` to delegate to it, or remove the redirect."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const all = flowOf(entry.spf).all;
      const redirect = entry.spf.redirect;
      if (!all || !redirect) continue;
      context.report({
        messageId: "ignored",
        data: { term: textOf(entry, redirect), all: textOf(entry, all), target: redirect.value.text },
        span: spanOf(entry, redirect),
        related: [{ span: spanOf(entry, all), message: `\`${textOf(entry, all)}\` ends the evaluation here` }],
        fingerprint: spfFingerprint(entry, "redirect-ignored")
      });
    }
  }
});

// rules/spf-terms-after-all/rule.ts
var rule_default39 = defineRule({
  meta: {
    id: "spf-terms-after-all",
    description: "An SPF record has mechanisms after `all`, which are never evaluated.",
    severity: "warning",
    messages: {
      after: "{{terms}} after `{{all}}` {{verb}} never evaluated, because `all` matches every sender and ends the check (RFC 7208 \xA75.1); move {{them}} before `{{all}}` or remove {{them}}."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const { all, after } = flowOf(entry.spf);
      if (!all || after.length === 0) continue;
      const first = after[0];
      const last = after[after.length - 1];
      const shown2 = after.slice(0, 4).map((t) => `\`${textOf(entry, t)}\``);
      if (after.length > 4) shown2.push("\u2026");
      context.report({
        messageId: "after",
        data: { terms: shown2.join(", "), all: textOf(entry, all), verb: after.length === 1 ? "is" : "are", them: after.length === 1 ? "it" : "them" },
        span: spanOf(entry, { start: first.start, end: last.end }),
        related: [{ span: spanOf(entry, all), message: `\`${textOf(entry, all)}\` ends the evaluation here` }],
        fingerprint: spfFingerprint(entry, "after-all", after.map((t) => textOf(entry, t)).join(" "))
      });
    }
  }
});

// rules/spf-duplicate-modifier/rule.ts
var rule_default40 = defineRule({
  meta: {
    id: "spf-duplicate-modifier",
    description: "An SPF record has `redirect=` or `exp=` more than once, which is a permerror.",
    severity: "error",
    messages: {
      duplicate: "`{{term}}` repeats the `{{name}}=` modifier already given as `{{first}}`; RFC 7208 \xA76 allows each modifier once, so receivers return permerror: keep only one."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const first = /* @__PURE__ */ new Map();
      for (const term of entry.spf.terms) {
        if (term.type !== "modifier" || term.kind === "unknown") continue;
        const earlier = first.get(term.kind);
        if (!earlier) {
          first.set(term.kind, term);
          continue;
        }
        context.report({
          messageId: "duplicate",
          data: { term: textOf(entry, term), name: term.kind, first: textOf(entry, earlier) },
          span: spanOf(entry, term),
          related: [{ span: spanOf(entry, earlier), message: `the first \`${term.kind}=\`` }],
          fingerprint: spfFingerprint(entry, "duplicate", term.kind, textOf(entry, term))
        });
      }
    }
  }
});

// rules/spf-split-term/rule.ts
var TERM_START = /^(?:[-+~?]?(?:all$|include:|exists:|ip4:|ip6:|ptr(?:$|:)|a(?:$|[:/])|mx(?:$|[:/]))|(?:redirect|exp)=)/i;
var rule_default41 = defineRule({
  meta: {
    id: "spf-split-term",
    description: "A string boundary of a multi-string SPF record falls inside a term: a term cut in two, or two terms glued together.",
    severity: "warning",
    messages: {
      glued: "`{{right}}` starts a new string right after `{{left}}` without a space, and receivers join strings without one, so they read `{{joined}}`; end the previous string with a space or start this one with a space.",
      split: "`{{joined}}` is split across two strings (`{{left}}` | `{{right}}`); receivers join them back without a space, which is right here, but a split inside a term hides a forgotten space too easily: split the record between terms, at a space."
    }
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const lengths = entry.view.stringLengths;
      if (lengths.length < 2) continue;
      const text = entry.view.text;
      let boundary = 0;
      let lastTokenEnd = -1;
      for (let i = 0; i < lengths.length - 1; i++) {
        boundary += lengths[i];
        if (boundary === 0 || boundary >= text.length || text[boundary - 1] === " " || text[boundary] === " ") continue;
        const start = text.lastIndexOf(" ", boundary - 1) + 1;
        const space = text.indexOf(" ", boundary);
        const end = space < 0 ? text.length : space;
        if (start < lastTokenEnd) continue;
        lastTokenEnd = end;
        report(context, entry, start, boundary, end);
      }
    }
  }
});
function report(context, entry, start, boundary, end) {
  const text = entry.view.text;
  const left = text.slice(start, boundary);
  const right = text.slice(boundary, end);
  const joined = text.slice(start, end);
  const glued = TERM_START.test(right) && parseSpf(`v=spf1 ${left}`).problems.length === 0;
  context.report({
    messageId: glued ? "glued" : "split",
    data: { left, right, joined },
    span: glued ? spanOf(entry, { start: boundary, end }) : spanOf(entry, { start, end }),
    fingerprint: spfFingerprint(entry, glued ? "glued" : "split", joined)
  });
}

// rules/spf-record-too-long/rule.ts
var rule_default42 = defineRule({
  meta: {
    id: "spf-record-too-long",
    description: "An SPF record is longer than 450 octets (warning) or 512 octets (error), so answers may need TCP or be truncated.",
    severity: "error",
    options: {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        warnAbove: {
          type: "integer",
          minimum: 1,
          default: 450,
          description: "Warn when the joined record text is longer than this many octets (RFC 7208 \xA73.4 advises staying under 450)."
        },
        errorAbove: {
          type: "integer",
          minimum: 1,
          default: 512,
          description: "Report an error when the joined record text is longer than this many octets (the classic 512-octet DNS answer over UDP)."
        }
      }
    },
    messages: {
      long: "The SPF record of `{{owner}}` is {{length}} octets long (it passes {{limit}} at `{{term}}`), so with the rest of the answer it may not fit in {{packet}} DNS response and some receivers fail to fetch it (RFC 7208 \xA73.4); move groups of senders into `include:` records or merge addresses into `ip4:`/`ip6:` networks."
    }
  },
  check(context) {
    const warnAbove = context.options.warnAbove;
    const errorAbove = context.options.errorAbove;
    for (const entry of spfRecords(context.zone)) {
      const length = entry.view.text.length;
      if (length <= warnAbove) continue;
      const error = length > errorAbove;
      const limit = error ? errorAbove : warnAbove;
      const term = entry.spf.terms.find((t) => t.end > limit) ?? entry.spf.version;
      const range = term ?? { start: limit, end: length };
      context.report({
        messageId: "long",
        data: { owner: entry.record.owner, length, limit, term: textOf(entry, range), packet: error ? "a 512-octet UDP" : "one UDP" },
        span: spanOf(entry, range),
        fingerprint: spfFingerprint(entry, "length"),
        ...error ? {} : { severity: "warning" }
      });
    }
  }
});

// rules/spf-type99/rule.ts
var rule_default43 = defineRule({
  meta: {
    id: "spf-type99",
    description: "A record of the obsolete type SPF (99); receivers only read TXT records.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      same: "Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 \xA73.1); delete it, the TXT record of `{{owner}}` already carries the same policy.",
      differs: "Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 \xA73.1), and its policy differs from the TXT record of `{{owner}}`, which is the one that applies; delete it.",
      only: "Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 \xA73.1), so `{{owner}}` has no SPF policy; publish the same text as a TXT record and delete this one."
    }
  },
  check(context) {
    const byOwner2 = spfByOwner(context.zone);
    for (const record of [...recordsOfType(context.zone, "SPF"), ...recordsOfType(context.zone, "TYPE99")]) {
      const txt = byOwner2.get(nameKey(record.owner)) ?? [];
      const text = txtOf(record)?.text;
      const messageId = txt.length === 0 ? "only" : text !== void 0 && txt.some((e) => e.view.text === text) ? "same" : "differs";
      context.report({
        messageId,
        data: { type: record.type, owner: record.owner },
        span: record.typeSpan,
        related: txt.map((e) => ({ span: e.record.rdataSpan, message: `the TXT SPF record of \`${record.owner}\`` })),
        fingerprint: [nameKey(record.owner), record.type, "spf", "type99"].join("|")
      });
    }
  }
});

// rules/spf-broad-range/rule.ts
var rule_default44 = defineRule({
  meta: {
    id: "spf-broad-range",
    description: "An SPF record authorizes a huge network (`ip4:0.0.0.0/0`, `::/0`, or prefixes shorter than /16 and /32).",
    severity: "error",
    options: {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        ip4MinPrefix: {
          type: "integer",
          minimum: 1,
          maximum: 32,
          default: 16,
          description: "Warn about IPv4 networks with a prefix shorter than this (a /16 is 65,536 addresses). A /0 is always an error."
        },
        ip6MinPrefix: {
          type: "integer",
          minimum: 1,
          maximum: 128,
          default: 32,
          description: "Warn about IPv6 networks with a prefix shorter than this (a /32 is a whole provider allocation). A /0 is always an error."
        }
      }
    },
    messages: {
      everything: "`{{term}}` authorizes every {{family}} address on the Internet to send mail as `{{owner}}`, which makes the policy worthless; list your mail servers' own addresses or networks instead.",
      broad: "`{{term}}` authorizes a /{{prefix}} {{family}} network ({{size}} addresses) to send mail as `{{owner}}`, far more than any set of mail servers; list the servers' own addresses or a network of /{{min}} or narrower."
    }
  },
  check(context) {
    const min4 = context.options.ip4MinPrefix;
    const min6 = context.options.ip6MinPrefix;
    for (const entry of spfRecords(context.zone)) {
      for (const term of entry.spf.terms) {
        if (term.type !== "mechanism" || term.qualifier !== "+") continue;
        for (const [family, prefix, min] of ranges(term, min4, min6)) {
          if (prefix >= min) continue;
          context.report({
            messageId: prefix === 0 ? "everything" : "broad",
            data: { term: textOf(entry, term), family: family === 4 ? "IPv4" : "IPv6", owner: entry.record.owner, prefix, min, size: size(family, prefix) },
            span: spanOf(entry, term),
            fingerprint: spfFingerprint(entry, "range", textOf(entry, term), family),
            ...prefix === 0 ? {} : { severity: "warning" }
          });
        }
      }
    }
  }
});
function ranges(term, min4, min6) {
  switch (term.kind) {
    case "ip4":
      return term.address ? [[4, term.cidr4?.length ?? 32, min4]] : [];
    case "ip6":
      return term.address ? [[6, term.cidr6?.length ?? 128, min6]] : [];
    case "a":
    case "mx": {
      const out = [];
      if (term.cidr4) out.push([4, term.cidr4.length, min4]);
      if (term.cidr6) out.push([6, term.cidr6.length, min6]);
      return out;
    }
    default:
      return [];
  }
}
function size(family, prefix) {
  const bits = (family === 4 ? 32 : 128) - prefix;
  return bits <= 32 ? (2 ** bits).toLocaleString("en-US") : `2^${bits}`;
}

// rules/spf-parked-domain/rule.ts
var rule_default45 = defineRule({
  meta: {
    id: "spf-parked-domain",
    description: "A name that takes no mail (null MX, or optionally addresses without MX) does not publish `v=spf1 -all`.",
    severity: "warning",
    options: {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        parkedWithoutMx: {
          type: "boolean",
          default: false,
          description: "Also treat names with A/AAAA records but no MX record and no SPF record as parked (hosts that never send mail), and ask them for `v=spf1 -all`."
        }
      }
    },
    messages: {
      nullMxMissing: '`{{owner}}` has a null MX, so it takes no mail, but it publishes no SPF record, so anyone can still send mail in its name; add `{{owner}} TXT "v=spf1 -all"` (M3AAWG parked-domain guidance).',
      nullMxNotNull: "`{{owner}}` has a null MX, so it takes no mail and should send none, yet its SPF record starts with `{{term}}` instead of `-all`; publish `v=spf1 -all` (RFC 7505 \xA74.2, M3AAWG parked-domain guidance).",
      parked: '`{{owner}}` has addresses but no MX and no SPF record, so anyone can send mail in its name; if it never sends mail, add `{{owner}} TXT "v=spf1 -all"`.'
    }
  },
  check(context) {
    const spf = spfByOwner(context.zone);
    const resolver = resolverFor(context.zones, context.zone);
    const mxGroups = mxByOwner(context.zone);
    for (const [owner, group] of mxGroups) {
      const nullMx = group.find((mx) => mx.isNull);
      if (!nullMx || group.length > 1) continue;
      const entries = distinctEntries(spf.get(owner) ?? []);
      if (entries.length === 0) {
        context.report({
          messageId: "nullMxMissing",
          data: { owner: nullMx.record.owner },
          span: exchangeSpan(nullMx),
          fingerprint: [owner, "MX", ".", "no-spf"].join("|")
        });
        continue;
      }
      if (entries.length > 1) continue;
      const entry = entries[0];
      if (isNullPolicy(resolver, entry, entry.record.owner, 0) !== false) continue;
      const first = entry.spf.terms[0];
      context.report({
        messageId: "nullMxNotNull",
        data: { owner: nullMx.record.owner, term: first ? textOf(entry, first) : "v=spf1" },
        span: first ? spanOf(entry, first) : recordTextSpan(entry),
        related: [{ span: exchangeSpan(nullMx), message: `the null MX of \`${nullMx.record.owner}\`` }],
        fingerprint: spfFingerprint(entry, "parked")
      });
    }
    if (context.options.parkedWithoutMx) parkedHosts(context.zones, context.zone, spf, mxGroups, context.report);
  }
});
function isNullPolicy(resolver, entry, domain, depth) {
  const flow = flowOf(entry.spf);
  const first = flow.reached[0];
  if (first) return first.kind === "all" && first.qualifier === "-";
  if (!flow.redirect || depth > 8) return false;
  const target = targetOf(domain, flow.redirect);
  if (!target) return void 0;
  const policy = policyAt(resolver, target);
  return policy.kind === "found" ? isNullPolicy(resolver, policy.entry, target, depth + 1) : void 0;
}
function parkedHosts(zones, zone, spf, mxGroups, report2) {
  const exchangers = exchangersOfRun(zones);
  zones.index(zone).forEach((records, owner) => {
    if (mxGroups.has(owner) || spf.has(owner) || exchangers.has(owner) || owner.startsWith("*.")) return;
    const address = records.find((r) => r.type === "A" || r.type === "AAAA");
    if (!address || records.some((r) => r.type === "MX")) return;
    if (resolveName(zones, address.owner, zone).kind !== "found") return;
    report2({
      messageId: "parked",
      data: { owner: address.owner },
      span: ownerOrTypeSpan(address),
      fingerprint: [nameKey(address.owner), "A", "parked"].join("|")
    });
  });
}

// rules/dmarc-policy-none/rule.ts
var rule_default46 = defineRule({
  meta: {
    id: "dmarc-policy-none",
    description: "DMARC policies should be at enforcement: `p=none`, `sp=none` and `np=none` only monitor.",
    severity: "warning",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        subdomainPolicies: {
          type: "boolean",
          default: true,
          description: "Also report `sp=none` (subdomains) and `np=none` (non-existent subdomains), not only `p=none`."
        }
      }
    },
    messages: {
      p: "`p=none` only monitors: receivers deliver mail that fails DMARC, so anyone can still send as `{{domain}}`; once the aggregate reports show your own senders pass, write `p=quarantine` or `p=reject`.",
      sp: "`sp=none` only monitors subdomains of `{{domain}}`: receivers deliver spoofed mail from them; write `sp=quarantine` or `sp=reject`, or remove `sp=` so that subdomains inherit `p=`.",
      np: "`np=none` lets through mail from subdomains of `{{domain}}` that do not exist, which no real sender uses; write `np=reject`."
    }
  },
  check(context) {
    const tags = context.options.subdomainPolicies ? ["p", "sp", "np"] : ["p"];
    for (const entry of policyRecords(context.zone)) {
      for (const key of tags) {
        const value = entry.dmarc[key];
        if (value?.value !== "none") continue;
        const tag = entry.dmarc.tags.find((t) => t.key === key && !t.duplicate);
        if (!tag) continue;
        context.report({
          messageId: key,
          data: { domain: entry.domain },
          span: textSpan(entry, tag),
          fingerprint: dmarcFingerprint(entry, key)
        });
      }
    }
  }
});

// rules/dmarc-missing/rule.ts
function receivingMx(records) {
  return records.find((r) => {
    const mx = r.type === "MX" ? rdataOf(r, "MX") : void 0;
    return mx !== void 0 && nameKey(mx.exchange) !== ".";
  });
}
var rule_default47 = defineRule({
  meta: {
    id: "dmarc-missing",
    description: "Domains that receive or send mail should publish a DMARC policy.",
    severity: "warning",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        ignore: {
          type: "array",
          items: { type: "string", minLength: 1 },
          default: [],
          description: "Name patterns to leave alone (`*` is any characters within a label, `?` one character, `**` any labels; the final dot is optional), e.g. `lists.example.com.` when a mailing-list host is covered elsewhere."
        }
      }
    },
    messages: {
      receives: '`{{name}}` receives mail (MX) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:\u2026"` and move to `p=reject` once the reports are clean.{{more}}',
      sends: '`{{name}}` sends mail (its SPF record authorises senders) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:\u2026"` and move to `p=reject` once the reports are clean.{{more}}'
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    const ignore = options.ignore.map(namePattern);
    for (const group of missingByHome(zones).get(zone)?.values() ?? []) {
      const names = group.names.filter((n) => !ignore.some((matches2) => matches2(n.evidence.owner)));
      if (names.length === 0 || zones.recordsAt(zone, `_dmarc.${group.org}${zone.origin}`).some((r) => r.type === "TXT")) continue;
      const primary = names.find((n) => n.key === group.org) ?? names[0];
      const others = names.filter((n) => n !== primary);
      const org = group.org === primary.key ? primary.evidence.owner : group.org;
      context.report({
        messageId: primary.receives ? "receives" : "sends",
        data: {
          name: primary.evidence.owner,
          org,
          more: others.length === 0 ? "" : ` This one record also covers ${others.length} more name${others.length === 1 ? "" : "s"} of \`${org}\` that ${others.length === 1 ? "uses" : "use"} mail (see the related locations).`
        },
        span: ownerOrTypeSpan(primary.evidence),
        related: others.map((n) => ({
          span: ownerOrTypeSpan(n.evidence),
          message: `\`${n.evidence.owner}\` ${n.receives ? "receives mail (MX)" : "sends mail (SPF)"} and has no DMARC policy either`
        })),
        fingerprint: `${group.org}|TXT|dmarc|missing`
      });
    }
  }
});
var missingByHome = runFact("dmarc missing by home zone", (zones) => {
  const groups = /* @__PURE__ */ new Map();
  for (const zone of zones.zones) {
    for (const [key, records] of zones.index(zone)) {
      if (mailNameRole(key) !== "domain" || key.indexOf(".") === key.length - 1) continue;
      if (!records.some((r) => r.type === "MX" || r.type === "TXT") || coveredInZone(zone, key)) continue;
      const mx = receivingMx(records);
      const evidence = mx ?? authorisingSpf(records)?.record;
      if (!evidence) continue;
      const at = resolveName(zones, evidence.owner, zone);
      if (at.kind !== "found" || at.zone !== zone) continue;
      const discovery = discoverPolicy(zones, key, zone);
      if (discovery.kind !== "missing") continue;
      const home = authoritativeZone(zones, discovery.org, zone);
      if (!home) continue;
      let byOrg = groups.get(home);
      if (!byOrg) groups.set(home, byOrg = /* @__PURE__ */ new Map());
      let group = byOrg.get(discovery.org);
      if (!group) byOrg.set(discovery.org, group = { org: discovery.org, names: [] });
      group.names.push({ key, evidence, receives: mx !== void 0 });
    }
  }
  return groups;
});

// rules/dmarc-wrong-name/rule.ts
function suggestion(owner, ownerKey) {
  const first = ownerKey.slice(0, ownerKey.indexOf("."));
  if (/^_?dmarc\d*_?$/.test(first) && ownerKey.length > first.length + 1) return `_dmarc.${owner.slice(owner.indexOf(".") + 1)}`;
  const labels = ownerKey.slice(0, -1).split(".");
  const at = labels.indexOf("_dmarc");
  if (at >= 1) return `_dmarc.${[...labels.slice(0, at), ...labels.slice(at + 1)].join(".")}.`;
  return owner === "." ? "_dmarc." : `_dmarc.${owner}`;
}
var rule_default48 = defineRule({
  meta: {
    id: "dmarc-wrong-name",
    description: "DMARC records must be published at `_dmarc.<domain>`.",
    severity: "error",
    messages: {
      wrongName: "This DMARC record at `{{owner}}` is never read: receivers look for the policy of a domain only at `_dmarc.<domain>`; move it to `{{suggestion}}`."
    }
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (entry.place !== "elsewhere" || !entry.valid) continue;
      if (entry.ownerKey.startsWith("*")) continue;
      const { record } = entry;
      context.report({
        messageId: "wrongName",
        data: { owner: record.owner, suggestion: suggestion(record.owner, entry.ownerKey) },
        span: record.ownerEnd > record.ownerStart ? record.ownerSpan : versionSpan(entry),
        fingerprint: dmarcFingerprint(entry, "wrong-name")
      });
    }
  }
});

// rules/mail-txt-wrong-name/rule.ts
var VERSION = /^[ \t]*v[ \t]*=[ \t]*(DKIM1|STSv1|TLSRPTv1|BIMI1)[ \t]*(?:;|$)/;
var KINDS = { DKIM1: "dkim", STSv1: "mtaSts", TLSRPTv1: "tlsRpt", BIMI1: "bimi" };
function drop(owner, count) {
  let rest = owner;
  for (let i = 0; i < count; i++) rest = rest.slice(rest.indexOf(".") + 1);
  return rest;
}
function meantName(kind, owner, labels) {
  const [first, second] = labels;
  switch (kind) {
    case "dkim": {
      if (labels.indexOf("_domainkey") >= 1) return void 0;
      if (first === "_domainkey") return `<selector>.${owner}`;
      const glued = /^(.+?)[_.-]?_?domainkey$/.exec(first);
      if (glued) return `${glued[1]}._domainkey.${drop(owner, 1)}`;
      return `<selector>._domainkey.${owner}`;
    }
    case "mtaSts":
      if (first === "_mta-sts") return void 0;
      if (first === "mta-sts" || first === "mta_sts" || first === "_mta_sts") return `_mta-sts.${drop(owner, 1)}`;
      return `_mta-sts.${owner}`;
    case "tlsRpt":
      if (first === "_smtp" && second === "_tls") return void 0;
      if (first === "_tls" && second === "_smtp") return `_smtp._tls.${drop(owner, 2)}`;
      if (first === "_tls") return `_smtp.${owner}`;
      if (first === "_smtp") return `_smtp._tls.${drop(owner, 1)}`;
      return `_smtp._tls.${owner}`;
    case "bimi":
      if (labels.indexOf("_bimi") >= 1) return void 0;
      if (first === "_bimi") return `default.${owner}`;
      return `default._bimi.${owner}`;
  }
}
var WHAT2 = {
  dkim: "DKIM key",
  mtaSts: "MTA-STS record",
  tlsRpt: "TLS-RPT record",
  bimi: "BIMI record"
};
var WHERE = {
  dkim: "verifiers look for a key only at `<selector>._domainkey.<domain>`, the selector being the s= of the signature",
  mtaSts: "senders look for it only at `_mta-sts.<domain>` (`mta-sts.<domain>` is the web host that serves the policy file)",
  tlsRpt: "senders look for it only at `_smtp._tls.<domain>`",
  bimi: "mail clients look for it only at `<selector>._bimi.<domain>` (`default._bimi.<domain>` unless the mail names another selector)"
};
var rule_default49 = defineRule({
  meta: {
    id: "mail-txt-wrong-name",
    description: "DKIM, MTA-STS, TLS-RPT and BIMI records must stand at the name receivers query (`<selector>._domainkey`, `_mta-sts`, `_smtp._tls`, `<selector>._bimi`).",
    severity: "error",
    messages: {
      wrongName: "This {{what}} at `{{owner}}` is never read: {{where}}; move it to `{{suggestion}}`."
    }
  },
  check(context) {
    for (const record of recordsOfType(context.zone, "TXT")) {
      const owner = record.owner;
      if (owner.startsWith("*")) continue;
      const view = txtOf(record);
      const version = view && VERSION.exec(view.text);
      if (!version) continue;
      const kind = KINDS[version[1]];
      const suggestion2 = meantName(kind, owner, nameKey(owner).split("."));
      if (suggestion2 === void 0) continue;
      context.report({
        messageId: "wrongName",
        data: { what: WHAT2[kind], owner, where: WHERE[kind], suggestion: suggestion2 },
        span: ownerOrTypeSpan(record),
        fingerprint: `${nameKey(owner)}|TXT|${kind}|wrong-name`
      });
    }
  }
});

// rules/dmarc-multiple-records/rule.ts
var rule_default50 = defineRule({
  meta: {
    id: "dmarc-multiple-records",
    description: "A `_dmarc` name must hold exactly one DMARC record.",
    severity: "error",
    messages: {
      policy: "`{{owner}}` has {{count}} DMARC records, and receivers that find more than one apply none of them (RFC 9989), so `{{domain}}` has no DMARC policy at all; merge them into one record.",
      authorization: "`{{owner}}` has {{count}} DMARC records, and receivers that find more than one cannot confirm the report authorization, so they send no reports there; keep one `v=DMARC1` record."
    }
  },
  check(context) {
    const byOwner2 = /* @__PURE__ */ new Map();
    for (const entry of dmarcEntries(context.zone)) {
      if (!entry.valid || entry.place === "elsewhere") continue;
      const list2 = byOwner2.get(entry.ownerKey);
      if (list2) list2.push(entry);
      else byOwner2.set(entry.ownerKey, [entry]);
    }
    for (const list2 of byOwner2.values()) {
      if (list2.length < 2) continue;
      const [first, second] = list2;
      context.report({
        messageId: first.place,
        data: { owner: first.record.owner, count: list2.length, domain: first.domain },
        span: versionSpan(second),
        related: list2.filter((e) => e !== second).map((e) => ({ span: versionSpan(e), message: `another DMARC record of \`${e.record.owner}\` is here` })),
        fingerprint: dmarcFingerprint(first, "multiple")
      });
    }
  }
});

// rules/dmarc-syntax/rule.ts
var OTHER_RULE_SCHEMES = /* @__PURE__ */ new Set(["mailto", "http", "https"]);
function reportedElsewhere(dmarc3, problem) {
  for (const uri of [...dmarc3.rua ?? [], ...dmarc3.ruf ?? []]) {
    if (problem.start < uri.uri.start || problem.end > uri.uri.end) continue;
    return uri.scheme === void 0 || !OTHER_RULE_SCHEMES.has(uri.scheme);
  }
  return false;
}
var rule_default51 = defineRule({
  meta: {
    id: "dmarc-syntax",
    description: "DMARC records must follow the RFC 9989 grammar.",
    severity: "error",
    messages: {
      problem: "{{message}}"
    }
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (entry.place === "elsewhere") continue;
      const problems = entry.dmarc.problems.filter((problem) => !reportedElsewhere(entry.dmarc, problem));
      for (const report2 of problemReports(entry, "dmarc", problems)) context.report(report2);
    }
  }
});

// rules/dmarc-missing-policy/rule.ts
var rule_default52 = defineRule({
  meta: {
    id: "dmarc-missing-policy",
    description: "DMARC policy records should state their policy with `p=`.",
    severity: "warning",
    messages: {
      missing: "The DMARC record of `{{domain}}` has no `p=` tag, so RFC 9989 receivers treat it as `p=none` (monitoring only) and RFC 7489 receivers, which require `p=`, fall back to `p=none` too because it has a `rua=`; write `p=quarantine` or `p=reject`, or `p=none` explicitly while you monitor.",
      missingNoRua: "The DMARC record of `{{domain}}` has no `p=` tag, so RFC 9989 receivers treat it as `p=none` (monitoring only) and RFC 7489 receivers, which require `p=`, ignore it entirely as it has no valid `rua=` either; write `p=quarantine` or `p=reject`, or `p=none` explicitly while you monitor."
    }
  },
  check(context) {
    for (const entry of policyRecords(context.zone)) {
      if (entry.dmarc.tags.some((t) => t.key === "p")) continue;
      const rua = entry.dmarc.rua?.some((u) => u.valid) ?? false;
      context.report({
        messageId: rua ? "missing" : "missingNoRua",
        data: { domain: entry.domain },
        span: versionSpan(entry),
        fingerprint: dmarcFingerprint(entry, "p", "missing")
      });
    }
  }
});

// rules/dmarc-testing/rule.ts
var rule_default53 = defineRule({
  meta: {
    id: "dmarc-testing",
    description: "DMARC records in testing mode (`t=y`) are not applied in full.",
    severity: "warning",
    messages: {
      testing: "`t=y` puts the DMARC policy of `{{domain}}` in testing mode: receivers apply it one step softer (`p=reject` as quarantine, `p=quarantine` as none, RFC 9989); remove `t=y` (or write `t=n`) once the reports show your mail passes."
    }
  },
  check(context) {
    for (const entry of policyRecords(context.zone)) {
      const { dmarc: dmarc3 } = entry;
      if (dmarc3.t?.value !== "y") continue;
      const enforcing = [dmarc3.p, dmarc3.sp, dmarc3.np].some((v) => v !== void 0 && v.value !== "none");
      if (!enforcing) continue;
      const tag = dmarc3.tags.find((t) => t.key === "t" && !t.duplicate);
      if (!tag) continue;
      context.report({ messageId: "testing", data: { domain: entry.domain }, span: textSpan(entry, tag), fingerprint: dmarcFingerprint(entry, "t") });
    }
  }
});

// rules/dmarc-removed-tags/rule.ts
var rule_default54 = defineRule({
  meta: {
    id: "dmarc-removed-tags",
    description: "DMARC records should not use the tags RFC 9989 removed: `pct`, `rf` and `ri`.",
    severity: "warning",
    messages: {
      pctPartial: "`{{tag}}` asks RFC 7489 receivers to apply the policy to only {{percent}}% of failing mail, but RFC 9989 removed `pct` and its receivers apply the policy to all of it; remove `pct=`, and write `t=y` instead while you are testing.",
      pctNoEffect: "`{{tag}}` was removed by RFC 9989 and does nothing under a policy of none; remove it.",
      removed: "`{{tag}}` was removed by RFC 9989 and receivers ignore it; remove it.",
      rf: "`{{tag}}` was removed by RFC 9989 (failure reports have one format) and receivers ignore it; remove it.",
      ri: "`{{tag}}` was removed by RFC 9989 (aggregate reports are sent daily) and receivers ignore it; remove it."
    }
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (!entry.valid || entry.place === "elsewhere") continue;
      for (const tag of entry.dmarc.removedTags) {
        if (tag.duplicate) continue;
        const text = entry.dmarc.text.slice(tag.start, tag.end);
        const pct = tag.key === "pct" ? entry.dmarc.pct?.value : void 0;
        if (pct === 100) continue;
        const enforcing = [entry.dmarc.p, entry.dmarc.sp].some((v) => v !== void 0 && v.value !== "none");
        const partial = pct !== void 0 && pct < 100 && enforcing;
        let messageId = tag.key;
        if (partial) messageId = "pctPartial";
        else if (pct !== void 0 && pct < 100) messageId = "pctNoEffect";
        else if (tag.key === "pct") messageId = "removed";
        context.report({
          messageId,
          data: { tag: text, percent: pct ?? "" },
          span: textSpan(entry, tag),
          fingerprint: dmarcFingerprint(entry, tag.key),
          severity: partial ? void 0 : "info"
        });
      }
    }
  }
});

// rules/dmarc-report-uri/rule.ts
var rule_default55 = defineRule({
  meta: {
    id: "dmarc-report-uri",
    description: "DMARC report destinations (`rua=`, `ruf=`) must be `mailto:` URIs.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowHttps: {
          type: "boolean",
          default: false,
          description: "Accept `https:` report URIs, for a report processor you know to collect reports over HTTPS."
        }
      }
    },
    messages: {
      bare: "`{{tag}}={{uri}}` is not a URI, so receivers send no reports to it; write `{{tag}}=mailto:{{uri}}`.",
      web: "`{{tag}}={{uri}}` is not a `mailto:` URI: DMARC defines only mail delivery of reports and receivers need only support `mailto:` (RFC 9989), so most send nothing there; write `{{tag}}=mailto:` and an address.",
      scheme: "`{{tag}}={{uri}}` uses the `{{scheme}}:` scheme, which no DMARC receiver delivers reports to; write `{{tag}}=mailto:` and an address."
    }
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (entry.place === "elsewhere") continue;
      for (const tag of ["rua", "ruf"]) {
        for (const uri of entry.dmarc[tag] ?? []) {
          if (uri.scheme === "mailto") continue;
          const web = uri.scheme === "http" || uri.scheme === "https";
          if (uri.scheme === "https" && context.options.allowHttps) continue;
          context.report({
            messageId: uri.scheme === void 0 ? "bare" : web ? "web" : "scheme",
            data: { tag, uri: uri.uri.text, scheme: uri.scheme ?? "" },
            span: textSpan(entry, uri.uri),
            fingerprint: dmarcFingerprint(entry, tag, uri.uri.text),
            // An https: URI is valid syntax that a few processors accept; a bare address never works.
            severity: web ? "warning" : void 0
          });
        }
      }
    }
  }
});

// rules/dmarc-external-report-auth/rule.ts
var rule_default56 = defineRule({
  meta: {
    id: "dmarc-external-report-auth",
    description: "External DMARC report destinations must publish a `_report._dmarc` authorization record.",
    severity: "error",
    messages: {
      missing: '`{{uri}}` sends the DMARC reports of `{{domain}}` outside its organization, but zone `{{zone}}` has no `v=DMARC1` TXT record at `{{name}}` to accept them, so receivers drop those reports (RFC 9989 external destination verification); add `{{name}} TXT "v=DMARC1"` to zone `{{zone}}`.'
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const entry of policyRecords(zone)) {
      const seen = /* @__PURE__ */ new Set();
      for (const { tag, uri, destination, name: name2 } of externalDestinations(entry)) {
        const at = resolveName(zones, name2);
        if (at.kind !== "found" && at.kind !== "missing") continue;
        if (at.kind === "found" && (at.cname || at.records.some((r) => dmarcEntry(r)?.valid))) continue;
        const key = `${tag}|${destination}`;
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          messageId: "missing",
          data: { uri: `${tag}=${uri.uri.text}`, domain: entry.domain, zone: at.zone.origin, name: name2 },
          span: textSpan(entry, uri.uri),
          fingerprint: dmarcFingerprint(entry, tag, "external", destination)
        });
      }
    }
  }
});

// rules/bimi-syntax/rule.ts
var rule_default57 = defineRule({
  meta: {
    id: "bimi-syntax",
    description: "BIMI assertion records must follow the BIMI grammar.",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      problem: "{{message}}"
    }
  },
  check(context) {
    for (const entry of bimiEntries(context.zone)) {
      for (const report2 of problemReports(entry, "bimi", entry.bimi.problems)) context.report(report2);
    }
  }
});

// rules/bimi-without-enforcement/rule.ts
function judge(entry, self) {
  const { dmarc: dmarc3 } = entry;
  const policy = !self && dmarc3.sp ? dmarc3.sp : dmarc3.p;
  const pTag = dmarc3.tags.find((t2) => !t2.duplicate && t2.key === (!self && dmarc3.sp ? "sp" : "p"));
  if (!policy || !pTag) {
    return dmarc3.tags.some((t2) => t2.key === "p") ? void 0 : { messageId: "noPolicy", text: "" };
  }
  const tagText = (t2) => dmarc3.text.slice(t2.start, t2.end);
  if (policy.value === "none") return { messageId: "notEnforced", tag: pTag, text: tagText(pTag) };
  const pct = dmarc3.tags.find((t2) => !t2.duplicate && t2.key === "pct");
  if (pct && dmarc3.pct && dmarc3.pct.value < 100) return { messageId: "partial", tag: pct, text: tagText(pct) };
  const t = dmarc3.tags.find((tag) => !tag.duplicate && tag.key === "t");
  if (t && dmarc3.t?.value === "y") return { messageId: "testing", tag: t, text: tagText(t) };
  return void 0;
}
var rule_default58 = defineRule({
  meta: {
    id: "bimi-without-enforcement",
    description: "A BIMI record needs the domain\u2019s DMARC policy at enforcement (`p=quarantine` or `p=reject`, applied to all mail).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      noDmarc: 'The BIMI record of `{{domain}}` has no effect: the domain has no DMARC policy, and mailbox providers show a BIMI logo only under DMARC at enforcement; publish `_dmarc.{{org}} TXT "v=DMARC1; p=quarantine"` (or `p=reject`).',
      noPolicy: "The BIMI record of `{{domain}}` has no effect: the DMARC record at `{{dmarcOwner}}` has no `p=`, which counts as `p=none`, and BIMI requires DMARC at enforcement; write `p=quarantine` or `p=reject`.",
      notEnforced: "The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` is not at enforcement, and BIMI requires DMARC at `quarantine` or `reject`; write `{{key}}=quarantine` or `{{key}}=reject`.",
      partial: "The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` applies the policy to only part of the mail, and BIMI requires it for all of it; remove `{{tag}}`.",
      testing: "The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` puts DMARC in testing mode, and BIMI requires it at full enforcement; remove `{{tag}}`."
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const entry of bimiEntries(zone)) {
      if (!entry.valid || !entry.bimi.version || !entry.bimi.location || entry.bimi.location.declined) continue;
      const discovery = discoverPolicy(zones, entry.domainKey, zone);
      const fingerprint2 = [entry.ownerKey, "TXT", "bimi", "enforcement"].join("|");
      if (discovery.kind === "unknown") continue;
      if (discovery.kind === "missing") {
        context.report({ messageId: "noDmarc", data: { domain: entry.domain, org: discovery.org }, span: versionSpan(entry), fingerprint: fingerprint2 });
        continue;
      }
      if (discovery.entries.length !== 1) continue;
      const dmarc3 = discovery.entries[0];
      const verdict = judge(dmarc3, discovery.self);
      if (!verdict) continue;
      const related = [
        { span: verdict.tag ? textSpan(dmarc3, verdict.tag) : versionSpan(dmarc3), message: `the DMARC policy of \`${entry.domain}\` is here` }
      ];
      context.report({
        messageId: verdict.messageId,
        data: { domain: entry.domain, dmarcOwner: dmarc3.record.owner, tag: verdict.text, key: verdict.text.split("=")[0].trim() },
        span: versionSpan(entry),
        related,
        fingerprint: fingerprint2
      });
    }
  }
});

// rules/dkim-split-key/pieces.ts
var DKIM_TAG = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|[khpstn][ \t\r\n]*=)/;
var P_TAG = /(?:^|;)[ \t\r\n]*p[ \t\r\n]*=/;
var splitKeys = zoneFact("dkim split keys", (zone) => {
  const byOwner2 = /* @__PURE__ */ new Map();
  for (const record of recordsOfType(zone, "TXT")) {
    const key = nameKey(record.owner);
    if (!key.includes("._domainkey.")) continue;
    const list2 = byOwner2.get(key);
    if (list2) list2.push(record);
    else byOwner2.set(key, [record]);
  }
  const found = /* @__PURE__ */ new Map();
  for (const [key, records] of byOwner2) {
    if (records.length < 2) continue;
    const texts = records.map((r) => txtOf(r)?.text ?? "");
    if (texts.some((t) => DKIM_TAG.test(t)) && !texts.every((t) => P_TAG.test(t))) found.set(key, records);
  }
  return found;
});

// rules/dkim-syntax/rule.ts
var ELSEWHERE = /* @__PURE__ */ new Set(["key-type-mismatch", "invalid-public-key"]);
var LOWERED = /* @__PURE__ */ new Map([["unknown-tag", "warning"]]);
var rule_default59 = defineRule({
  meta: {
    id: "dkim-syntax",
    description: "DKIM key records must follow the tag=value grammar of RFC 6376 \xA73.6.1, with v=DKIM1 first and a base64 p=.",
    severity: "error",
    messages: {
      problem: "{{message}}"
    }
  },
  check(context) {
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) if (!split.has(key.ownerKey)) reportProblems(context, key, "dkim", ELSEWHERE, LOWERED);
  }
});

// rules/dkim-weak-key/rule.ts
var rule_default60 = defineRule({
  meta: {
    id: "dkim-weak-key",
    description: "RSA DKIM keys must have at least 1024 bits and should have 2048 (RFC 8301 \xA73.2).",
    severity: "error",
    options: {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        minimumBits: {
          type: "integer",
          minimum: 512,
          default: 1024,
          description: "RSA keys with fewer bits are errors (RFC 8301: verifiers must not accept signatures from keys under 1024 bits)."
        },
        recommendedBits: {
          type: "integer",
          minimum: 512,
          default: 2048,
          description: "RSA keys with at least minimumBits but fewer than this are warnings (RFC 8301: signers should use 2048 bits)."
        }
      }
    },
    messages: {
      tooShort: "DKIM key `{{selector}}` is a {{bits}}-bit RSA key, shorter than the {{minimum}} bits RFC 8301 requires, so verifiers reject signatures made with it; publish a 2048-bit key (`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`) and sign with it.",
      weak: "DKIM key `{{selector}}` is a {{bits}}-bit RSA key, shorter than the {{recommended}} bits RFC 8301 recommends and within reach of well-funded attackers; rotate to a 2048-bit key under a new selector."
    }
  },
  check(context) {
    const { minimumBits, recommendedBits } = context.options;
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) {
      if (split.has(key.ownerKey)) continue;
      const p = key.parsed.publicKey;
      const bits = p?.rsaModulusBits;
      if (!p || bits === void 0 || p.algorithm !== "rsa" || key.parsed.keyType.value !== "rsa") continue;
      if (bits >= recommendedBits) continue;
      const tooShort = bits < minimumBits;
      context.report({
        messageId: tooShort ? "tooShort" : "weak",
        data: { selector: key.selector, bits, minimum: minimumBits, recommended: recommendedBits },
        span: textSpan(key, p),
        fingerprint: `${key.ownerKey}|TXT|dkim|p|rsa-bits`,
        severity: tooShort ? void 0 : "warning"
      });
    }
  }
});

// rules/dkim-key-type-mismatch/rule.ts
var ALGORITHM_NAMES = {
  "1.2.840.10045.2.1": "an ECDSA",
  "1.2.840.10040.4.1": "a DSA",
  "1.2.840.113549.1.1.10": "an RSASSA-PSS",
  "1.3.101.110": "an X25519",
  "1.3.101.111": "an X448",
  "1.3.101.113": "an Ed448"
};
var rule_default61 = defineRule({
  meta: {
    id: "dkim-key-type-mismatch",
    description: "The key in a DKIM record\u2019s p= must be of the type k= names (rsa when absent), in the encoding RFC 6376 and RFC 8463 prescribe.",
    severity: "error",
    messages: {
      ed25519UnderRsa: "DKIM key `{{selector}}` holds an Ed25519 key in p= but k= is `{{k}}`, so verifiers read it as RSA and every signature fails; {{fix}}.",
      rsaUnderEd25519: "DKIM key `{{selector}}` has `k=ed25519` but p= holds a {{bits}}-bit RSA key, so every signature fails; write `k=rsa` (or publish the raw Ed25519 key).",
      wrappedEd25519: "DKIM key `{{selector}}` publishes its Ed25519 key as a SubjectPublicKeyInfo, but RFC 8463 \xA74.2 wants only the raw 32-octet key, so verifiers fail; write `p={{raw}}`.",
      otherAlgorithm: "DKIM key `{{selector}}` holds {{algorithm}} key (OID {{oid}}) in p=, which DKIM cannot use (only RSA and Ed25519 are defined); publish an RSA key with `k=rsa` or an Ed25519 key with `k=ed25519`.",
      notAKey: "The p= of DKIM key `{{selector}}` decodes to {{octets}} octets that are neither a DER SubjectPublicKeyInfo nor a 32-octet Ed25519 key, so verifiers cannot load it; paste the whole output of `openssl pkey -pubout -outform DER | base64 -w0`."
    }
  },
  check(context) {
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) {
      if (split.has(key.ownerKey)) continue;
      const p = key.parsed.publicKey;
      const k = key.parsed.keyType;
      if (!p?.bytes || k.value !== "rsa" && k.value !== "ed25519") continue;
      const pSpan = textSpan(key, p);
      const kSpan = "implicit" in k ? void 0 : textSpan(key, k);
      const report2 = (messageId, span, data, related) => context.report({ messageId, data: { selector: key.selector, ...data }, span, related, fingerprint: fingerprint(key, messageId) });
      if (!p.algorithm) {
        report2("notAKey", pSpan, { octets: p.bytes.length });
      } else if (p.algorithm === "unknown") {
        report2("otherAlgorithm", pSpan, { oid: p.oid ?? "?", algorithm: ALGORITHM_NAMES[p.oid ?? ""] ?? "a non-RSA, non-Ed25519" });
      } else if (k.value === "rsa" && p.algorithm === "ed25519") {
        const fix = kSpan ? "write `k=ed25519`" : "add `k=ed25519;` (k= defaults to rsa)";
        const raw = rawEd25519(p.bytes, p.encoding);
        const fixAll = raw ? `${fix} and publish only the raw key, \`p=${raw}\`` : fix;
        report2("ed25519UnderRsa", kSpan ?? pSpan, { k: k.value, fix: fixAll }, kSpan ? [{ span: pSpan, message: "the Ed25519 key is here" }] : void 0);
      } else if (k.value === "ed25519" && p.algorithm === "rsa") {
        report2("rsaUnderEd25519", kSpan ?? pSpan, { bits: p.rsaModulusBits ?? "?" }, [{ span: pSpan, message: "the RSA key is here" }]);
      } else if (k.value === "ed25519" && p.encoding === "spki") {
        report2("wrappedEd25519", pSpan, { raw: rawEd25519(p.bytes, p.encoding) ?? "" });
      }
    }
  }
});
function rawEd25519(bytes, encoding) {
  return encoding === "spki" && bytes.length >= 32 ? Buffer.from(bytes.subarray(bytes.length - 32)).toString("base64") : void 0;
}
function fingerprint(key, what) {
  return `${key.ownerKey}|TXT|dkim|k|${what}`;
}

// rules/dkim-sha1/rule.ts
var rule_default62 = defineRule({
  meta: {
    id: "dkim-sha1",
    description: "A DKIM key must not restrict its hash algorithms to SHA-1 (RFC 8301 \xA73.1).",
    severity: "warning",
    messages: {
      sha1Only: "DKIM key `{{selector}}` has `h={{value}}`, which limits it to rsa-sha1 signatures that RFC 8301 forbids signers to use and verifiers treat as failed; write `h=sha256` or remove h=."
    }
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      const hashes = key.parsed.hashAlgorithms;
      if (!hashes || !hashes.some((h) => h.value === "sha1") || hashes.some((h) => h.value === "sha256")) continue;
      const tag = tagOf(key.parsed.tags, "h");
      if (!tag) continue;
      context.report({
        messageId: "sha1Only",
        data: { selector: key.selector, value: tag.value.text },
        span: textSpan(key, tag.value),
        fingerprint: `${key.ownerKey}|TXT|dkim|h`
      });
    }
  }
});

// rules/dkim-testing/rule.ts
var rule_default63 = defineRule({
  meta: {
    id: "dkim-testing",
    description: "A DKIM key in production should not carry the testing flag t=y (RFC 6376 \xA73.6.1).",
    severity: "warning",
    messages: {
      testing: "DKIM key `{{selector}}` has the testing flag `y` in `t=`, so verifiers must treat its signatures like unsigned mail (RFC 6376 \xA73.6.1) and DMARC gains nothing from them; remove `y` from t= once signing works."
    }
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      const flag = key.parsed.flags?.find((f) => f.value === "y");
      if (!flag) continue;
      context.report({
        messageId: "testing",
        data: { selector: key.selector },
        span: textSpan(key, flag),
        fingerprint: `${key.ownerKey}|TXT|dkim|t|y`
      });
    }
  }
});

// rules/dkim-revoked/rule.ts
var rule_default64 = defineRule({
  meta: {
    id: "dkim-revoked",
    description: "Reports DKIM selectors revoked with an empty p=, which no signature can verify against.",
    // Info in both presets; a team that wants no revoked selectors left behind can raise it in its config.
    severity: "info",
    strict: "info",
    messages: {
      revoked: "DKIM key `{{selector}}` is revoked (empty `p=`), so every signature with `s={{selector}}` fails to verify; make sure nothing signs with it, and remove the record once mail signed before the rotation has been delivered."
    }
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      if (!key.parsed.publicKey?.revoked) continue;
      if (key.ownerKey.startsWith("*.")) continue;
      const tag = tagOf(key.parsed.tags, "p");
      if (!tag) continue;
      context.report({
        messageId: "revoked",
        data: { selector: key.selector },
        span: textSpan(key, tag),
        fingerprint: `${key.ownerKey}|TXT|dkim|p|revoked`
      });
    }
  }
});

// rules/dkim-split-key/rule.ts
var rule_default65 = defineRule({
  meta: {
    id: "dkim-split-key",
    description: "A DKIM key must be one TXT record: split over several records at its selector name, verifiers cannot read it.",
    severity: "error",
    messages: {
      split: 'The DKIM key at `{{owner}}` is split over {{count}} TXT records; DNS hands them to a verifier as separate records, never joined, so it finds no usable key (or several) and signatures with this selector fail; publish one TXT record that holds the whole key (its quoted strings are joined: `"v=DKIM1; k=rsa; " "p=\u2026"`).'
    }
  },
  check(context) {
    for (const [key, records] of splitKeys(context.zone)) {
      const [first, ...rest] = records;
      context.report({
        messageId: "split",
        data: { owner: first.owner, count: records.length },
        span: ownerOrTypeSpan(first),
        related: rest.map((r, i) => ({ span: r.rdataSpan, message: `piece ${i + 2} of ${records.length} of the key` })),
        fingerprint: `${key}|TXT|dkim|split`
      });
    }
  }
});

// rules/mta-sts-syntax/rule.ts
var rule_default66 = defineRule({
  meta: {
    id: "mta-sts-syntax",
    description: "MTA-STS records at _mta-sts.<domain> must read `v=STSv1; id=<1\u201332 letters and digits>` (RFC 8461 \xA73.1).",
    severity: "error",
    messages: {
      problem: "{{message}}"
    }
  },
  check(context) {
    for (const entry of mtaStsRecords(context.zone)) reportVersionedProblems(context, entry, "mta-sts");
  }
});

// rules/mta-sts-multiple-records/rule.ts
var rule_default67 = defineRule({
  meta: {
    id: "mta-sts-multiple-records",
    description: "A domain must publish exactly one MTA-STS (v=STSv1) record: with more, senders assume it has no policy (RFC 8461 \xA73.1).",
    severity: "error",
    messages: {
      multiple: "`{{owner}}` has {{count}} {{kind}} records, and RFC 8461 \xA73.1 tells senders that find more than one to assume the domain has no MTA-STS policy at all; keep one record and give it the current policy id."
    }
  },
  check(context) {
    reportMultiple(context, mtaStsRecords(context.zone), "mta-sts", "v=STSv1");
  }
});

// rules/mta-sts-no-host/rule.ts
var HOST_TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "ALIAS", "ANAME"]);
var rule_default68 = defineRule({
  meta: {
    id: "mta-sts-no-host",
    description: "A domain with an MTA-STS record needs an mta-sts.<domain> host (A, AAAA or CNAME) to serve its policy over HTTPS.",
    severity: "error",
    messages: {
      missing: "`{{owner}}` announces an MTA-STS policy but `{{host}}` does not exist in zone `{{zone}}`, so senders cannot fetch `https://{{hostBare}}/.well-known/mta-sts.txt` and apply no policy; add an A, AAAA or CNAME record for `{{host}}` pointing at the web server of the policy.",
      noAddress: "`{{owner}}` announces an MTA-STS policy but `{{host}}` has no A, AAAA or CNAME record, so senders cannot fetch `https://{{hostBare}}/.well-known/mta-sts.txt` and apply no policy; add an address record for `{{host}}` pointing at the web server of the policy."
    }
  },
  check(context) {
    const { zone, zones } = context;
    const seen = /* @__PURE__ */ new Set();
    for (const entry of mtaStsRecords(zone)) {
      if (!entry.indicator || seen.has(entry.domainKey)) continue;
      seen.add(entry.domainKey);
      const host = entry.domain === "." ? "mta-sts." : `mta-sts.${entry.domain}`;
      const where2 = resolveName(zones, host, zone);
      if (!judged(where2)) continue;
      if (where2.kind === "found" && where2.records.some((r) => HOST_TYPES.has(r.type))) continue;
      context.report({
        messageId: where2.kind === "missing" ? "missing" : "noAddress",
        data: { owner: entry.record.owner, host, hostBare: host.slice(0, -1), zone: where2.zone.origin },
        span: ownerOrTypeSpan(entry.record),
        fingerprint: `${entry.ownerKey}|TXT|mta-sts|host`
      });
    }
  }
});

// rules/tls-rpt-syntax/rule.ts
var rule_default69 = defineRule({
  meta: {
    id: "tls-rpt-syntax",
    description: "TLS-RPT records at _smtp._tls.<domain> must read `v=TLSRPTv1; rua=<mailto: or https: URIs>` (RFC 8460 \xA73).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      problem: "{{message}}"
    }
  },
  check(context) {
    for (const entry of tlsRptRecords(context.zone)) reportVersionedProblems(context, entry, "tls-rpt");
  }
});

// rules/tls-rpt-multiple-records/rule.ts
var rule_default70 = defineRule({
  meta: {
    id: "tls-rpt-multiple-records",
    description: "A domain must publish exactly one TLS-RPT (v=TLSRPTv1) record: with more, senders send no reports (RFC 8460 \xA73).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      multiple: "`{{owner}}` has {{count}} {{kind}} records, and RFC 8460 \xA73 tells senders that find more than one to assume the domain does not want TLS reports; merge them into one record, listing every address in one `rua=` separated by commas."
    }
  },
  check(context) {
    reportMultiple(context, tlsRptRecords(context.zone), "tls-rpt", "v=TLSRPTv1");
  }
});

// rules/tls-rpt-missing/rule.ts
var rule_default71 = defineRule({
  meta: {
    id: "tls-rpt-missing",
    description: "A domain with MTA-STS or DANE for its mail should publish a TLS-RPT record so that senders report TLS failures (RFC 8460).",
    severity: "info",
    messages: {
      mtaSts: '`{{domain}}` publishes an MTA-STS policy but no TLS-RPT record, so you will not hear from senders whose deliveries fail the policy; add `_smtp._tls.{{domain}} TXT "v=TLSRPTv1; rua=mailto:tls-reports@{{mailDomain}}"`.',
      dane: '`{{domain}}` has DANE TLSA records for its exchanger `{{exchanger}}` but no TLS-RPT record, so you will not hear from senders whose deliveries fail DANE; add `_smtp._tls.{{domain}} TXT "v=TLSRPTv1; rua=mailto:tls-reports@{{mailDomain}}"`.'
    }
  },
  check(context) {
    const { zone, zones } = context;
    const needs = /* @__PURE__ */ new Map();
    for (const entry of mtaStsRecords(zone)) {
      if (entry.indicator && !needs.has(entry.domainKey)) {
        needs.set(entry.domainKey, { domain: entry.domain, span: ownerOrTypeSpan(entry.record), messageId: "mtaSts" });
      }
    }
    for (const [ownerKey, group] of mxByOwner(zone)) {
      if (needs.has(ownerKey)) continue;
      const covered = group.find((mx) => !mx.isNull && !isMiswrittenExchange(zones, zone, mx) && daneCoverage(zones, zone, mx.exchange).state === "yes");
      if (covered) needs.set(ownerKey, { domain: covered.record.owner, span: ownerOrTypeSpan(covered.record), messageId: "dane", exchanger: covered.exchange });
    }
    for (const [domainKey, need] of needs) {
      const name2 = `_smtp._tls.${need.domain}`;
      const where2 = resolveName(zones, name2, zone);
      if (!judged(where2) || where2.kind === "found" && where2.records.some((r) => r.type === "TXT" || r.type === "CNAME")) continue;
      context.report({
        messageId: need.messageId,
        data: { domain: need.domain, mailDomain: bare(need.domain), exchanger: need.exchanger ?? "" },
        span: need.span,
        fingerprint: `${domainKey}|TXT|tls-rpt|missing`
      });
    }
  }
});

// rules/dane-usage/rule.ts
var NAMES = ["PKIX-TA", "PKIX-EE"];
var rule_default72 = defineRule({
  meta: {
    id: "dane-usage",
    description: "TLSA records for SMTP should use DANE-EE (3) or DANE-TA (2): SMTP clients may treat PKIX-TA (0) and PKIX-EE (1) as unusable (RFC 7672 \xA73.1.3).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      pkix: "TLSA usage {{usage}} ({{name}}) at `{{owner}}` is unusable for SMTP: RFC 7672 \xA73.1.3 leaves PKIX-TA and PKIX-EE undefined for SMTP and lets senders treat them as unusable (Postfix does), so this host gets no DANE protection; publish `3 1 1` (DANE-EE: SHA-256 of the server\u2019s public key) or `2 1 1` (DANE-TA: SHA-256 of your CA\u2019s public key)."
    }
  },
  check(context) {
    for (const entry of tlsaRecords(context.zone)) {
      if (!entry.smtp || entry.usage > 1) continue;
      context.report({
        messageId: "pkix",
        data: { usage: entry.usage, name: NAMES[entry.usage], owner: entry.record.owner },
        span: usageSpan(entry),
        fingerprint: tlsaFingerprint(entry, "usage")
      });
    }
  }
});

// rules/dane-hash-length/rule.ts
var DIGESTS = {
  1: { name: "SHA2-256", octets: 32 },
  2: { name: "SHA2-512", octets: 64 }
};
function guess(octets, matchingType) {
  if (octets === 20) return " (it looks like a SHA-1 digest, which TLSA does not support)";
  if (octets === 32 && matchingType !== 1) return " (it looks like a SHA-256 digest: use matching type 1)";
  if (octets === 64 && matchingType !== 2) return " (it looks like a SHA-512 digest: use matching type 2)";
  if (octets > 64 && matchingType !== 0) return " (it looks like the full data: use matching type 0, or publish its digest)";
  return "";
}
function fullDataFits(entry) {
  const { data } = entry;
  if (data.length <= 32) return false;
  if (entry.selector === 1) return describeKey(data)?.encoding === "spki";
  const top = readTlv(data, 0);
  return top !== null && top.tag === DER_SEQUENCE && top.end === data.length;
}
var rule_default73 = defineRule({
  meta: {
    id: "dane-hash-length",
    description: "TLSA association data must have the length of its matching type: 32 octets for SHA2-256, 64 for SHA2-512, a whole DER structure for Full (RFC 6698 \xA72.1.3).",
    severity: "error",
    messages: {
      digest: "TLSA matching type {{matchingType}} ({{name}}) needs a {{octets}}-octet digest ({{digits}} hex digits), but `{{owner}}` has {{actual}} octets{{guess}}, so it can match no certificate and senders treat it as unusable; publish the {{name}} digest of the {{what}}.",
      full: "TLSA matching type 0 (Full) with selector {{selector}} needs the whole DER {{what}}, but the {{actual}} octets at `{{owner}}` are not one{{guess}}, so it can match no certificate and senders treat it as unusable; publish the DER {{what}}, or its SHA-256 digest with matching type 1."
    }
  },
  check(context) {
    for (const entry of tlsaRecords(context.zone)) {
      const actual = entry.data.length;
      const what = entry.selector === 0 ? "certificate" : entry.selector === 1 ? "SubjectPublicKeyInfo" : void 0;
      const digest = DIGESTS[entry.matchingType];
      const base = { owner: entry.record.owner, matchingType: entry.matchingType, selector: entry.selector, actual, guess: guess(actual, entry.matchingType) };
      if (digest && actual !== digest.octets) {
        context.report({
          messageId: "digest",
          data: { ...base, name: digest.name, octets: digest.octets, digits: digest.octets * 2, what: what ?? "selected data" },
          span: dataSpan(entry),
          fingerprint: tlsaFingerprint(entry, "length")
        });
      } else if (entry.matchingType === 0 && what && !fullDataFits(entry)) {
        context.report({ messageId: "full", data: { ...base, what }, span: dataSpan(entry), fingerprint: tlsaFingerprint(entry, "length") });
      }
    }
  }
});

// src/posture/changes.ts
var changesCache = zoneFact("mail changes against a base", () => /* @__PURE__ */ new WeakMap());
function zoneChanges(zones, zone, base) {
  const byBase = changesCache(zone);
  let list2 = byBase.get(base);
  if (!list2) {
    list2 = [];
    for (const key of mailDomains(zone)) {
      const head = postureOf(zones, zone, key);
      const before = basePosture(base, key);
      for (const change of diffDomain(before, head)) list2.push({ head, change });
    }
    byBase.set(base, list2);
  }
  return list2;
}
function basePosture(base, key) {
  const zone = base.zoneFor(key);
  return zone && isMailDomainOf(zone, key) ? postureOf(base, zone, key) : void 0;
}
function spanOf2(item, field) {
  const record = item.change.record ?? item.head.zone.records.find((r) => nameKey(r.owner) === item.head.key);
  if (!record) return void 0;
  return field === "ttl" ? record.ttlSpan : record.rdataSpan;
}
function changeRule(spec) {
  return defineRule({
    meta: {
      id: `change-${spec.kind}`,
      description: spec.description,
      severity: spec.severity,
      strict: spec.strict,
      options: spec.options,
      messages: { change: spec.message }
    },
    check(context) {
      if (!context.base) return;
      for (const item of zoneChanges(context.zones, context.zone, context.base)) {
        if (item.change.kind !== spec.kind || spec.keep && !spec.keep(item, context.options)) continue;
        const span = spanOf2(item, spec.field ?? "rdata");
        if (!span) continue;
        context.report({
          messageId: "change",
          data: { domain: item.head.posture.domain, change: item.change.text },
          span,
          // Without the parenthesised figures (lookup counts), which other edits may change.
          fingerprint: `${item.head.key}|change|${item.change.aspect}|${item.change.text.replace(/ \(.*$/, "")}`,
          severity: spec.lowerUnlessWeakens && !item.change.weakens ? "info" : void 0
        });
      }
    }
  });
}

// rules/change-dmarc-weakened/rule.ts
var rule_default74 = changeRule({
  kind: "dmarc-weakened",
  description: "Reports a change that weakens DMARC: p, sp or np lowered, t=y added, alignment relaxed, reporting or the policy removed.",
  severity: "warning",
  message: "This change weakens DMARC for `{{domain}}`: {{change}}. Receivers will deliver mail that fails authentication more readily; make sure this is intended and reviewed."
});

// rules/change-spf-widened/rule.ts
var rule_default75 = changeRule({
  kind: "spf-widened",
  description: "Reports a change that widens who may send as a domain: new networks or includes (info), a softer `all`, `+all` or the SPF record removed.",
  severity: "warning",
  lowerUnlessWeakens: true,
  // `+all` is spf-permissive-all's finding already (an error): one problem, one report.
  keep: (item) => !item.change.text.includes("\u2192 +all"),
  message: "This change widens the senders of `{{domain}}`: {{change}}."
});

// rules/change-inbound-moved/rule.ts
var rule_default76 = changeRule({
  kind: "inbound-moved",
  description: "Reports a change that moves a domain's inbound mail (primary exchanger changed, all exchangers replaced) or adds an exchanger outside the allowed set.",
  // A move is a deliberate act more often than a mistake: a notice for the reviewer, not a warning.
  severity: "info",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      allowedExchangers: namePatternsOption(
        "Name patterns (as in mx-exchanger-policy: `*` within a label, `**` one or more labels). When not empty, only moves to an exchanger outside these patterns are reported."
      )
    }
  },
  keep: (item, options) => {
    if (options.allowedExchangers.length === 0) return !item.change.backup;
    const allowed = options.allowedExchangers.map(namePattern);
    return (item.change.added ?? []).some((name2) => !allowed.some((matches2) => matches2(name2 + ".")));
  },
  message: "This change moves inbound mail of `{{domain}}`: {{change}}. Check that the new exchangers accept mail for the domain before it lands."
});

// rules/change-mta-sts-not-updated/rule.ts
var rule_default77 = changeRule({
  kind: "mta-sts-not-updated",
  description: "Reports a change of the MX set that keeps the MTA-STS id: senders keep a cached policy whose mx: patterns may not match the new exchangers.",
  severity: "warning",
  message: "MTA-STS of `{{domain}}`: {{change}}. Update the policy file at https://mta-sts.{{domain}}/.well-known/mta-sts.txt and change the id here."
});

// rules/change-dane-broken/rule.ts
var rule_default78 = changeRule({
  kind: "dane-broken",
  description: "Reports a change that breaks DANE: an exchanger added without TLSA records while the others have them, or an exchanger losing its TLSA records.",
  severity: "warning",
  message: "DANE of `{{domain}}`: {{change}}. DANE senders fall back to unauthenticated TLS for it (or defer); publish `_25._tcp` TLSA records for it."
});

// rules/change-dkim-selector-removed/rule.ts
var rule_default79 = changeRule({
  kind: "dkim-selector-removed",
  description: "Reports a DKIM selector the change removes or revokes: mail in flight signed with it fails DKIM.",
  severity: "info",
  strict: "info",
  message: "DKIM of `{{domain}}`: {{change}}. Make sure nothing signs with this selector any more."
});

// rules/change-ttl-raised/rule.ts
var rule_default80 = changeRule({
  kind: "ttl-raised",
  description: "Reports a mail RRset (MX, an exchanger's addresses, SPF, DMARC, MTA-STS) whose TTL is raised in the same change as its content, so a mistake stays cached longer.",
  severity: "off",
  strict: "error",
  field: "ttl",
  message: "`{{domain}}`: {{change}}. Resolvers will keep the new, unproven value that long; raise the TTL in a later change, once the new records work."
});

// rules/dane-partial-coverage/rule.ts
var rule_default81 = defineRule({
  meta: {
    id: "dane-partial-coverage",
    description: "When some exchangers of a domain have DANE TLSA records, all of them should (RFC 7672 \xA72.2).",
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: "off",
    strict: "error",
    messages: {
      uncovered: "Exchanger `{{exchanger}}` of `{{owner}}` has no TLSA record at `_25._tcp.{{exchanger}}` while `{{covered}}` has one, so an attacker who blocks `{{covered}}` gets the mail delivered to `{{exchanger}}` without DANE; publish TLSA records for `{{exchanger}}` too (or drop it from the MX set)."
    }
  },
  check(context) {
    const { zone, zones } = context;
    for (const group of mxByOwner(zone).values()) {
      const judged2 = [];
      for (const mx of group) {
        if (mx.isNull || isMiswrittenExchange(zones, zone, mx)) continue;
        judged2.push({ mx, coverage: daneCoverage(zones, zone, mx.exchange) });
      }
      const covered = judged2.find((j) => j.coverage.state === "yes");
      if (!covered || covered.coverage.state !== "yes") continue;
      const tlsa = covered.coverage.tlsa;
      for (const { mx, coverage: coverage2 } of judged2) {
        if (coverage2.state !== "no" || !hasAddress(zones, zone, mx.exchange)) continue;
        context.report({
          messageId: "uncovered",
          data: { exchanger: mx.exchange, owner: mx.record.owner, covered: covered.mx.exchange },
          span: exchangeSpan(mx),
          related: [{ span: tlsa[0].span, message: `\`${covered.mx.exchange}\` has a TLSA record here` }],
          fingerprint: mxFingerprint(mx, "dane")
        });
      }
    }
  }
});

// rules/index.ts
var rules2 = [
  rule_default,
  rule_default2,
  rule_default3,
  rule_default4,
  rule_default5,
  rule_default6,
  rule_default7,
  rule_default8,
  rule_default9,
  rule_default10,
  rule_default11,
  rule_default12,
  rule_default13,
  rule_default14,
  rule_default15,
  rule_default16,
  rule_default17,
  rule_default18,
  rule_default19,
  rule_default20,
  rule_default21,
  rule_default22,
  rule_default23,
  rule_default24,
  rule_default25,
  rule_default26,
  rule_default27,
  rule_default28,
  rule_default29,
  rule_default30,
  rule_default31,
  rule_default32,
  rule_default33,
  rule_default34,
  rule_default35,
  rule_default36,
  rule_default37,
  rule_default38,
  rule_default39,
  rule_default40,
  rule_default41,
  rule_default42,
  rule_default43,
  rule_default44,
  rule_default45,
  rule_default46,
  rule_default47,
  rule_default48,
  rule_default49,
  rule_default50,
  rule_default51,
  rule_default52,
  rule_default53,
  rule_default54,
  rule_default55,
  rule_default56,
  rule_default57,
  rule_default58,
  rule_default59,
  rule_default60,
  rule_default61,
  rule_default62,
  rule_default63,
  rule_default64,
  rule_default65,
  rule_default66,
  rule_default67,
  rule_default68,
  rule_default69,
  rule_default70,
  rule_default71,
  rule_default72,
  rule_default73,
  rule_default81,
  rule_default74,
  rule_default75,
  rule_default76,
  rule_default77,
  rule_default78,
  rule_default79,
  rule_default80
];

export {
  ZoneSet,
  timingEnabled,
  timePhase,
  timingReport,
  INTERNAL_ERROR,
  lintZones,
  rdataOf,
  txtOf,
  textSpan,
  resolveName,
  mxRecords,
  exchangeSpan,
  specialRange,
  checkHost,
  bare,
  mtaStsRecords,
  tlsaRecords,
  policyRecords,
  externalDestinations,
  spfRecords,
  recordTextSpan,
  postureSet,
  impactOf,
  diffPostures,
  rules2 as rules
};
