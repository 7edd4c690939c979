#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  formatIp,
  nameKey,
  parseClientIp,
  parseIPv4,
  parseIPv6,
  parseRdata,
  prefixMatch,
  reverseLabels,
  reverseName,
  txtOffset,
  txtText
} from "./chunk-OKHUKN6Z.js";
import {
  defineRule
} from "./chunk-XKVZU7CZ.js";

// src/model/zoneset.ts
var ZoneSet = class {
  constructor(zones) {
    this.zones = zones;
  }
  zones;
  byOrigin;
  names = /* @__PURE__ */ new Map();
  existing = /* @__PURE__ */ new Map();
  /** The zone whose origin is the closest enclosing one of `name`, if any zone of the run holds it. */
  zoneFor(name) {
    if (!this.byOrigin) {
      this.byOrigin = /* @__PURE__ */ new Map();
      for (const zone of this.zones) {
        const key2 = nameKey(zone.origin);
        const list = this.byOrigin.get(key2) ?? [];
        list.push(zone);
        this.byOrigin.set(key2, list);
      }
    }
    let key = nameKey(name);
    for (; ; ) {
      const found = this.byOrigin.get(key);
      if (found) return found[0];
      if (key === ".") return void 0;
      const dot = nextLabel(key);
      key = dot < 0 ? "." : key.slice(dot);
    }
  }
  /** Records owned by `name` in `zone` (all types, in file order). */
  recordsAt(zone, name) {
    return this.index(zone).get(nameKey(name)) ?? [];
  }
  /** Records owned by `name` in the zone of the run that holds it; undefined when no zone does. */
  lookup(name) {
    const zone = this.zoneFor(name);
    return zone ? this.recordsAt(zone, name) : void 0;
  }
  /** True when `name` owns records or has descendants in `zone` (an empty non-terminal exists). */
  exists(zone, name) {
    let names = this.existing.get(zone);
    if (!names) {
      names = /* @__PURE__ */ new Set();
      const origin = nameKey(zone.origin);
      for (const owner of this.index(zone).keys()) {
        for (let key = owner; !names.has(key); ) {
          names.add(key);
          if (key === origin || key === ".") break;
          const dot = nextLabel(key);
          key = dot < 0 ? "." : key.slice(dot);
        }
      }
      this.existing.set(zone, names);
    }
    return names.has(nameKey(name));
  }
  index(zone) {
    let index = this.names.get(zone);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const record of zone.records) {
        const key = nameKey(record.owner);
        const list = index.get(key);
        if (list) list.push(record);
        else index.set(key, [record]);
      }
      this.names.set(zone, index);
    }
    return index;
  }
};
function nextLabel(key) {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 92) i += 3;
    else if (key.charCodeAt(i) === 46) return i + 1 < key.length ? i + 1 : -1;
  }
  return -1;
}

// src/engine/cache.ts
var ClearableCache = class {
  map = /* @__PURE__ */ new WeakMap();
  get(key) {
    return this.map.get(key);
  }
  set(key, value) {
    this.map.set(key, value);
    return this;
  }
  has(key) {
    return this.map.has(key);
  }
  delete(key) {
    return this.map.delete(key);
  }
  clear() {
    this.map = /* @__PURE__ */ new WeakMap();
  }
};
var registry = [];
function ruleCache() {
  const cache2 = new ClearableCache();
  registry.push(cache2);
  return cache2;
}
function clearRuleCaches() {
  for (const cache2 of registry) cache2.clear();
}

// src/engine/records.ts
var cache = ruleCache();
function rdataOf(record, type) {
  if (record.type !== type) return void 0;
  let rdata = cache.get(record);
  if (rdata === void 0) {
    const parsed = parseRdata(record.type, record.fields, record.origin);
    rdata = parsed.ok ? parsed.rdata : null;
    cache.set(record, rdata);
  }
  return rdata && rdata.type === type ? rdata : void 0;
}
function txtOf(record) {
  if (record.type !== "TXT" && record.type !== "SPF") return void 0;
  const rdata = rdataOf(record, record.type);
  if (!rdata) return void 0;
  const fields = record.fields;
  const text = txtText(rdata);
  const source = fields.length ? fields[0].span.source : record.source;
  return {
    record,
    text,
    stringLengths: rdata.strings.map((s) => s.value.length),
    span(start, end) {
      const from = txtOffset(rdata, fields, start);
      const last = end > start ? txtOffset(rdata, fields, end - 1) : from;
      const lastLength = end > start ? escapeLength(source, last) : 0;
      return { source, start: from, end: last + lastLength };
    }
  };
}
function escapeLength(source, offset) {
  if (source.charCodeAt(offset) !== 92) return 1;
  const d = source.charCodeAt(offset + 1);
  return d >= 48 && d <= 57 ? 4 : 2;
}

// src/engine/mx.ts
var mxCache = ruleCache();
var byOwnerCache = ruleCache();
function mxRecords(zone) {
  let list = mxCache.get(zone);
  if (!list) {
    list = [];
    for (const record of zone.records) {
      if (record.type !== "MX") continue;
      const rdata = rdataOf(record, "MX");
      if (!rdata || record.fieldCount < 2) continue;
      const exchangeKey = nameKey(rdata.exchange);
      list.push({
        written: record.fields[1].text,
        record,
        preference: rdata.preference,
        exchange: rdata.exchange,
        ownerKey: nameKey(record.owner),
        exchangeKey,
        isNull: exchangeKey === "."
      });
    }
    mxCache.set(zone, list);
  }
  return list;
}
function mxByOwner(zone) {
  let groups = byOwnerCache.get(zone);
  if (!groups) {
    groups = /* @__PURE__ */ new Map();
    for (const mx of mxRecords(zone)) {
      const group = groups.get(mx.ownerKey);
      if (group) group.push(mx);
      else groups.set(mx.ownerKey, [mx]);
    }
    byOwnerCache.set(zone, groups);
  }
  return groups;
}
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
var factsCache = ruleCache();
function factsOf(zone) {
  let facts = factsCache.get(zone);
  if (!facts) {
    const originKey = nameKey(zone.origin);
    facts = { originKey, cuts: /* @__PURE__ */ new Map(), dnames: /* @__PURE__ */ new Map(), hasWildcard: false };
    for (const record of zone.records) {
      if (record.type === "NS" || record.type === "DNAME") {
        const key = nameKey(record.owner);
        if (record.type === "DNAME") {
          if (!facts.dnames.has(key)) facts.dnames.set(key, record);
        } else if (key !== originKey && !facts.cuts.has(key)) {
          facts.cuts.set(key, record);
        }
      }
      if (record.owner.charCodeAt(0) === 42 && record.owner.charCodeAt(1) === 46) facts.hasWildcard = true;
    }
    factsCache.set(zone, facts);
  }
  return facts;
}
function parentKey(key) {
  const dot = key.indexOf(".");
  return dot < 0 || dot === key.length - 1 ? "." : key.slice(dot + 1);
}
function existingNames(zones, zone, facts) {
  if (!facts.existing) {
    const existing = /* @__PURE__ */ new Set([facts.originKey]);
    for (const key of zones.index(zone).keys()) {
      for (let k = key; !existing.has(k) && k !== "."; k = parentKey(k)) existing.add(k);
    }
    facts.existing = existing;
  }
  return facts.existing;
}
function authoritativeZone(zones, name, preferred) {
  const zone = zones.zoneFor(name);
  if (zone && preferred && zone !== preferred && nameKey(zone.origin) === nameKey(preferred.origin)) return preferred;
  return zone;
}
function resolveName(zones, name, preferred) {
  const zone = authoritativeZone(zones, name, preferred);
  if (!zone) return { kind: "outside" };
  const key = nameKey(name);
  const facts = factsOf(zone);
  const index = zones.index(zone);
  if (facts.cuts.size > 0 || facts.dnames.size > 0) {
    let found;
    for (let k = key; ; k = parentKey(k)) {
      const cut = facts.cuts.get(k);
      if (cut) found = { kind: "delegated", zone, cut, glue: addressesOf(index.get(key) ?? []) };
      const dname = k !== key ? facts.dnames.get(k) : void 0;
      if (dname) found = { kind: "dname", zone, dname };
      if (k === facts.originKey || k === ".") break;
    }
    if (found) return found;
  }
  const records = index.get(key);
  if (records) return foundAt(zone, records, false);
  if (existingNames(zones, zone, facts).has(key)) return foundAt(zone, [], false);
  if (facts.hasWildcard) {
    const existing = existingNames(zones, zone, facts);
    let encloser = parentKey(key);
    while (!existing.has(encloser) && encloser !== facts.originKey && encloser !== ".") encloser = parentKey(encloser);
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
var chaseCache = ruleCache();
function chase(zones, name, preferred) {
  let byZone = chaseCache.get(zones);
  if (!byZone) chaseCache.set(zones, byZone = /* @__PURE__ */ new WeakMap());
  let byName = byZone.get(preferred);
  if (!byName) byZone.set(preferred, byName = /* @__PURE__ */ new Map());
  const key = nameKey(name);
  let result = byName.get(key);
  if (!result) byName.set(key, result = follow(zones, name, preferred));
  return result;
}
function follow(zones, name, preferred) {
  const cnames = [];
  const seen = /* @__PURE__ */ new Set();
  let current = name;
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
var addressCache = ruleCache();
function resolvedAddresses(zones, name, preferred) {
  const chain = chase(zones, name, preferred);
  let list = addressCache.get(chain);
  if (!list) {
    const { end } = chain;
    const records = end.kind === "found" ? end.addresses : end.kind === "delegated" ? end.glue : [];
    list = [];
    for (const record of records) {
      const address = addressBytes(record);
      if (address) list.push({ record, ...address });
    }
    addressCache.set(chain, list);
  }
  return list;
}
var exchangersCache = /* @__PURE__ */ new WeakMap();
function exchangersOfRun(zones) {
  let set = exchangersCache.get(zones);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    for (const zone of zones.zones) for (const mx of mxRecords(zone)) if (!mx.isNull) set.add(mx.exchangeKey);
    exchangersCache.set(zones, set);
  }
  return set;
}
function relativePart(mx) {
  const text = exchangeText(mx);
  if (text === "@" || text.endsWith(".") || mx.record.origin === ".") return void 0;
  return text;
}
function exchangeAsIp(mx) {
  const text = exchangeText(mx);
  const relative = relativePart(mx) !== void 0;
  const bare2 = text.endsWith(".") ? text.slice(0, -1) : text;
  if (!/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(bare2) || !parseIPv4(bare2)) return void 0;
  return { ip: bare2, relative };
}
var GENERIC_TLDS = ["com", "net", "org", "edu", "gov", "mil", "info", "biz", "mobi", "asia", "aero", "coop", "museum", "travel", "xyz"];
var CC_TLDS = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split(" ");
var TLDS = /* @__PURE__ */ new Set([...GENERIC_TLDS, ...CC_TLDS]);
function missingDotGuess(zones, zone, mx) {
  const written = relativePart(mx);
  if (written === void 0) return void 0;
  const writtenKey = nameKey(written + ".");
  const originKey = nameKey(mx.record.origin);
  const meant = written + ".";
  if (writtenKey === originKey || writtenKey.endsWith("." + originKey)) return { meant, doubled: true };
  const labels = writtenKey.split(".");
  if (labels.length < 3 || !TLDS.has(labels[labels.length - 2])) return void 0;
  const where = chase(zones, mx.exchange, zone);
  if (where.cnames.length > 0 || where.end.kind !== "missing" && where.end.kind !== "outside") return void 0;
  return { meant, doubled: false };
}
function isMiswrittenExchange(zones, zone, mx) {
  return exchangeAsIp(mx) !== void 0 || missingDotGuess(zones, zone, mx) !== void 0;
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
  return (name) => re.test(nameKey(name));
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
  const address = record.type === "A" ? rdataOf(record, "A")?.address : rdataOf(record, "AAAA")?.address;
  const bytes = address === void 0 ? void 0 : record.type === "A" ? parseIPv4(address) : parseIPv6(address);
  return bytes ? { text: record.fields[0]?.text ?? address ?? "", bytes } : void 0;
}
function inNetwork(bytes, network) {
  return prefixMatch(bytes, network.bytes, network.prefix);
}

// rules/mx-private-address/rule.ts
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
var rule_default = defineRule({
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
      private: "MX target `{{target}}` resolves to {{address}}, a {{range}} address that senders on the Internet cannot reach; publish the exchanger's public address here (an internal address leaked from split-horizon DNS?)."
    }
  },
  check(context) {
    const { zone, zones, options } = context;
    const byExchanger = /* @__PURE__ */ new Map();
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      let special = byExchanger.get(mx.exchangeKey);
      if (!special) {
        special = [];
        for (const address of resolvedAddresses(zones, mx.exchange, zone)) {
          const range = specialRange(address.bytes, options.allowDocumentationRanges);
          if (range) special.push({ address, range });
        }
        byExchanger.set(mx.exchangeKey, special);
      }
      for (const { address, range } of special) {
        context.report({
          messageId: "private",
          data: { target: mx.exchange, address: address.text, range: range.what },
          span: exchangeSpan(mx),
          related: [{ span: address.record.rdataSpan, message: `\`${address.record.owner}\` has the ${range.what} address ${address.text} here` }],
          fingerprint: mxFingerprint(mx, address.text)
        });
      }
    }
  }
});

// src/mail/common.ts
function spanned(text, start, end) {
  return { text: text.slice(start, end), start, end };
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
  const termText = text.slice(start, end);
  if (!MECHANISMS.has(kind)) {
    const eq = nameText.indexOf("=");
    let code = "unknown-mechanism";
    let message = `Unknown mechanism ${quote(nameText)} in ${quote(termText)}; mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.`;
    if (nameText === "") {
      code = "invalid-term";
      message = `The term ${quote(termText)} has no mechanism name after the qualifier.`;
    } else if (eq >= 0 && !qualifierSpan) {
      code = "invalid-modifier-name";
      message = `The modifier name ${quote(nameText.slice(0, eq))} in ${quote(termText)} is invalid; a modifier name starts with a letter and has only letters, digits, "-", "_" and ".".`;
    } else if (MECHANISMS.has(kind.replace(/[^a-z0-9]+$/, ""))) {
      const meant = nameText.replace(/[^A-Za-z0-9]+$/, "");
      message = `Unknown mechanism ${quote(nameText)} in ${quote(termText)}; did you mean "${text.slice(start, nameStart)}${meant}"?`;
    } else if (kind === "redirect" || kind === "exp") {
      message = `${quote(nameText)} is a modifier, not a mechanism: write "${kind}=domain" instead of ${quote(termText)}.`;
    }
    problems.push({ code, message, start, end });
    return { type: "invalid", text: termText, start, end, valid: false };
  }
  const mech = {
    type: "mechanism",
    kind,
    qualifier,
    ...qualifierSpan ? { qualifierSpan } : {},
    name: spanned(text, nameStart, nameEnd),
    start,
    end,
    valid: true
  };
  if (nameEnd < end) mech.argument = spanned(text, nameEnd, end);
  const hasColon = text[nameEnd] === ":";
  const valueStart = hasColon ? nameEnd + 1 : nameEnd;
  const needsValue = (what) => {
    if (!hasColon) {
      problems.push({
        code: "missing-value",
        message: `The ${kind} mechanism ${quote(termText)} needs ${what}: write "${kind}:${what === "a domain" ? "example.com" : kind === "ip4" ? "192.0.2.0/24" : "2001:db8::/32"}".`,
        start,
        end
      });
      return false;
    }
    if (valueStart === end) {
      problems.push({
        code: kind === "ip4" || kind === "ip6" ? "missing-value" : "empty-domain",
        message: `The ${kind} mechanism ${quote(termText)} has nothing after ":"; write ${what} or drop the ":".`,
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
          message: `The all mechanism takes no argument; write "${qualifierSpan ? qualifier : ""}all" instead of ${quote(termText)}.`,
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
      const m = /((?:\/[0-9]+)?(?:\/\/[0-9]+)?)$/.exec(text.slice(from, end));
      const cidrStart = m ? end - m[1].length : end;
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
          problems.push({ code: "empty-domain", message: `The ${kind} mechanism ${quote(termText)} has no domain before the prefix length.`, start, end });
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
  const termText = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126) {
      const what = c === 9 ? "a tab" : c === 10 || c === 13 ? "a line break" : c > 126 ? "a non-ASCII octet" : "a control character";
      problems.push({
        code: "invalid-character",
        message: `The term ${quote(termText)} contains ${what} (${quote(text[i])}); SPF records are 7-bit ASCII with terms separated by single spaces.`,
        start: i,
        end: i + 1
      });
      return { type: "invalid", text: termText, start, end, valid: false };
    }
  }
  const mod = /^([A-Za-z][A-Za-z0-9\-_.]*)=/.exec(termText);
  if (!mod) return parseMechanism(text, start, end, problems);
  const before = problems.length;
  const nameEnd = start + mod[1].length;
  const lower = mod[1].toLowerCase();
  const kind = lower === "redirect" || lower === "exp" ? lower : "unknown";
  const valueStart = nameEnd + 1;
  let macro;
  if (kind === "unknown") {
    macro = parseMacroString(text, valueStart, end, "modifier", problems);
  } else if (valueStart === end) {
    problems.push({
      code: "empty-domain",
      message: `The ${kind} modifier ${quote(termText)} has no domain; write "${kind}=example.com" or remove it.`,
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

// src/engine/resolver.ts
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
  answer(name, type) {
    const absolute = name.endsWith(".") ? name : name + ".";
    const key = `${nameKey(absolute)}|${type}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.resolve(absolute, type);
      this.cache.set(key, found);
    }
    return found;
  }
  query(name, type) {
    const { rcode, records } = this.answer(name, type);
    const answers = [];
    for (const record of records) {
      const value = answerValue(record, type);
      if (value !== void 0) answers.push(value);
    }
    return { rcode, answers };
  }
  resolve(name, type) {
    const { name: end, end: resolution, broken } = chase(this.zones, name, this.preferred);
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
var resolvers = ruleCache();
function resolverFor(zones, zone) {
  let byZone = resolvers.get(zones);
  if (!byZone) {
    byZone = /* @__PURE__ */ new WeakMap();
    resolvers.set(zones, byZone);
  }
  let resolver = byZone.get(zone);
  if (!resolver) {
    resolver = new ZoneSetResolver(zones, zone);
    byZone.set(zone, resolver);
  }
  return resolver;
}

// src/engine/spf.ts
var entryCache = ruleCache();
function spfEntryOf(record) {
  if (record.type !== "TXT") return void 0;
  let entry = entryCache.get(record);
  if (entry === void 0) {
    const view = txtOf(record);
    entry = view && isSpfRecord(view.text) ? { record, view, spf: parseSpf(view.text), ownerKey: nameKey(record.owner) } : null;
    entryCache.set(record, entry);
  }
  return entry ?? void 0;
}
function authorisingSpf(records) {
  for (const record of records) {
    const entry = spfEntryOf(record);
    if (entry && (entry.spf.redirect !== void 0 || entry.spf.terms.some((t) => t.type === "mechanism" && t.qualifier === "+"))) return entry;
  }
  return void 0;
}
var zoneCache = ruleCache();
var ownerCache = ruleCache();
function spfRecords(zone) {
  let list = zoneCache.get(zone);
  if (!list) {
    list = [];
    for (const record of zone.records) {
      const entry = spfEntryOf(record);
      if (entry) list.push(entry);
    }
    zoneCache.set(zone, list);
  }
  return list;
}
function spfByOwner(zone) {
  let groups = ownerCache.get(zone);
  if (!groups) {
    groups = /* @__PURE__ */ new Map();
    for (const entry of spfRecords(zone)) {
      const group = groups.get(entry.ownerKey);
      if (group) group.push(entry);
      else groups.set(entry.ownerKey, [entry]);
    }
    ownerCache.set(zone, groups);
  }
  return groups;
}
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
function isMailDomain(ownerKey) {
  return !/(^|\.)_/.test(ownerKey);
}
var flowCache = ruleCache();
function flowOf(spf) {
  let flow = flowCache.get(spf);
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
    flow = { reached, after, ...all ? { all } : {}, ...!all && spf.redirect ? { redirect: spf.redirect } : {} };
    flowCache.set(spf, flow);
  }
  return flow;
}
function isLookupTerm(term) {
  if (term.type === "mechanism") return term.kind === "include" || term.kind === "a" || term.kind === "mx" || term.kind === "ptr" || term.kind === "exists";
  return term.type === "modifier" && term.kind === "redirect";
}
function lookupTerms(spf) {
  const flow = flowOf(spf);
  const out = flow.reached.filter(isLookupTerm);
  if (flow.redirect) out.push(flow.redirect);
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
function stripDot(name) {
  return name.endsWith(".") ? name.slice(0, -1) : name;
}
function policyAt(resolver, name) {
  const answer = resolver.answer(name, "TXT");
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
var includedCache = /* @__PURE__ */ new WeakMap();
function includedNames(zones) {
  let set = includedCache.get(zones);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    for (const zone of zones.zones) {
      for (const entry of spfRecords(zone)) {
        for (const term of entry.spf.terms) {
          if (term.type !== "mechanism" || term.kind !== "include") continue;
          const target = targetOf(entry.record.owner, term);
          if (target) set.add(nameKey(target));
        }
      }
    }
    includedCache.set(zones, set);
  }
  return set;
}
var MAX_DEPTH = 24;
var memoCache = ruleCache();
function analyze(zones, zone, entry, domain = entry.record.owner) {
  const resolver = resolverFor(zones, zone);
  let memo = memoCache.get(resolver);
  if (!memo) {
    memo = /* @__PURE__ */ new Map();
    memoCache.set(resolver, memo);
  }
  return walk(resolver, memo, entry, domain, []);
}
function walk(resolver, memo, entry, domain, stack) {
  const key = nameKey(domain);
  const cached = memo.get(entry)?.get(key);
  if (cached) return cached;
  const analysis = { domain, entry, lookups: 0, atLeast: false, parts: [], voids4: [], voids6: [], loops: [] };
  stack.push(key);
  for (const term of lookupTerms(entry.spf)) {
    const part = { term, count: 1, atLeast: false, voids4: [], voids6: [], loops: [] };
    const target = targetOf(domain, term);
    const includes = term.type === "modifier" || term.kind === "include";
    if (includes) {
      const policy = target ? policyAt(resolver, target) : { kind: "unknown" };
      if (policy.kind === "unknown") part.atLeast = true;
      else if (policy.kind === "found" && target) {
        const at = stack.indexOf(nameKey(target));
        if (at >= 0) {
          part.loops.push({ path: [...stack.slice(at), nameKey(target)], entry, term });
        } else if (stack.length < MAX_DEPTH) {
          const nested = walk(resolver, memo, policy.entry, target, stack);
          part.nested = nested;
          part.count += nested.lookups;
          part.atLeast = nested.atLeast;
          part.voids4.push(...nested.voids4);
          part.voids6.push(...nested.voids6);
          part.loops.push(...nested.loops);
        }
      }
    } else if (target && term.type === "mechanism") {
      voidsOf(resolver, entry, term, target, part);
    }
    analysis.parts.push(part);
    analysis.lookups += part.count;
    analysis.atLeast ||= part.atLeast;
    analysis.voids4.push(...part.voids4);
    analysis.voids6.push(...part.voids6);
    analysis.loops.push(...part.loops);
  }
  stack.pop();
  if (analysis.loops.length === 0) {
    let byDomain = memo.get(entry);
    if (!byDomain) {
      byDomain = /* @__PURE__ */ new Map();
      memo.set(entry, byDomain);
    }
    byDomain.set(key, analysis);
  }
  return analysis;
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
    if (v4) part.voids4.push(v4);
    if (v6) part.voids6.push(v6);
  } else if (term.kind === "mx" || term.kind === "exists") {
    const v = hit(term.kind === "mx" ? "MX" : "A");
    if (v) {
      part.voids4.push(v);
      part.voids6.push(v);
    }
  }
}

// src/mail/tag-list.ts
var printable = (c) => c >= 33 && c <= 126 && c !== 59;
function tokenizeTagList(text, options) {
  const problems = [];
  const tags = [];
  const byKey = /* @__PURE__ */ new Map();
  const isSpace = (c) => isWsp(c) || options.fws === true && (c === 13 || c === 10);
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
  const name = spanned(text, a, n);
  if (!options.namePattern.test(name.text)) {
    problems.push({
      code: name.text === "" ? "missing-tag-name" : "invalid-tag-name",
      message: name.text === "" ? `${quote(text.slice(a, b))} has no tag name before "=".` : `${quote(name.text)} is not a valid ${options.label} tag name.`,
      start: a,
      end: name.text === "" ? eq + 1 : n
    });
  }
  for (let i = v; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!valueChar(c) && !(options.spaceInValues && isSpace(c))) {
      problems.push({
        code: "invalid-character",
        message: `The value of ${quote(name.text)} contains ${quote(text[i])}, which ${options.label} records do not allow.`,
        start: i,
        end: i + 1
      });
      break;
    }
  }
  const key = options.caseInsensitiveNames ? name.text.toLowerCase() : name.text;
  const first = byKey.get(key);
  const tag = { name, value: spanned(text, v, b), key, duplicate: first !== void 0, start: a, end: b };
  if (first) {
    problems.push({
      code: "duplicate-tag",
      message: `The ${options.label} tag "${name.text}" appears more than once (first as ${quote(text.slice(first.start, first.end))}); keep one.`,
      start: a,
      end: b
    });
  } else {
    byKey.set(key, tag);
  }
  tags.push(tag);
}
function checkVersion(list, text, expected, label, problems, caseSensitiveValue = true) {
  const first = list.tags[0];
  const v = list.tags.find((t) => t.key === "v");
  if (!first || first.key !== "v") {
    problems.push({
      code: "missing-version",
      message: v ? `The v=${expected} tag must come first in a ${label} record; move it to the start.` : `A ${label} record must start with "v=${expected}"; ${quote(text.slice(0, 20))} does not.`,
      start: v ? v.start : 0,
      end: v ? v.end : Math.min(text.length, first ? first.end : text.length)
    });
    return null;
  }
  const same = caseSensitiveValue ? first.value.text === expected : first.value.text.toLowerCase() === expected.toLowerCase();
  if (!same) {
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
  const isSpace = (c) => isWsp(c) || fws && (c === 13 || c === 10);
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
  const list = tokenizeTagList(text, { label: "BIMI", spaceAroundEquals: true, namePattern: /^[A-Za-z][A-Za-z0-9_]*$/ });
  const problems = list.problems;
  const record = { text, tags: list.tags, version: checkVersion(list, text, "BIMI1", "BIMI", problems), problems };
  for (const tag of list.tags) {
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
      const uri = { ...tag.value, declined: tag.value.text === "", valid: problems.length === before };
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
  if (!list.byKey.has("l") && record.version) {
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
  if (allowed.includes(v)) return { ...tag.value, value: v };
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
    const entry = { ...item, uri: spanned(text, item.start, uriEnd), valid: true };
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
  const list = tokenizeTagList(text, {
    label: "DMARC",
    spaceAroundEquals: true,
    namePattern: /^[A-Za-z]+$/,
    caseInsensitiveNames: true,
    // dmarc-value = %x20-3A / %x3C-7E: printable ASCII and space, no ";".
    valueChar: (c) => c >= 32 && c <= 126 && c !== 59
  });
  const problems = list.problems;
  const record = { text, version: null, tags: [], removedTags: [], problems };
  record.version = checkVersion(list, text, "DMARC1", "DMARC", problems);
  for (const raw of list.tags) {
    const tag = { ...raw, known: CURRENT.has(raw.key) || REMOVED.has(raw.key), removed: REMOVED.has(raw.key) };
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
    const policies = ["none", "quarantine", "reject"];
    switch (tag.key) {
      case "p":
      case "sp":
      case "np": {
        const v = enumValue(tag, policies, "write none, quarantine or reject", problems);
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
          const v = enumValue({ ...tag, value: item }, ["0", "1", "d", "s"], 'each fo= option is 0, 1, d or s, separated by ":"', problems);
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
          record[tag.key] = { ...tag.value, value: n };
        }
        break;
      }
      case "rf": {
        const formats = [];
        for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ":"), "rf=", problems)) {
          if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(item.text)) {
            problems.push({ code: "invalid-value", message: `rf= format ${quote(item.text)} is not a keyword such as "afrf".`, start: item.start, end: item.end });
          } else {
            formats.push({ ...item, value: item.text.toLowerCase() });
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
function organizationalDomain(name) {
  const labels = labelsOf(nameKey(name));
  if (labels.length <= 2) return keyOf(labels);
  const n = labels.length;
  const take = labels[n - 1].length === 2 && CC_SECOND_LEVEL.has(labels[n - 2]) ? 3 : 2;
  return keyOf(labels.slice(n - take));
}
function keyAtOrBelow(key, ancestor) {
  return ancestor === "." || key === ancestor || key.endsWith("." + ancestor);
}
function isServiceOrWildcard(key) {
  return key.startsWith("_") || key.includes("._") || key.startsWith("*");
}
var LOOKS_LIKE_DMARC = /(?:^|;)[ \t]*v[ \t]*=[ \t]*dmarc1[ \t]*(?:;|$)/i;
function placeOf(key) {
  const labels = labelsOf(key);
  if (labels[0] === "_dmarc") return { place: "policy", domainKey: keyOf(labels.slice(1)) };
  const report = labels.indexOf("_report");
  if (report >= 1 && labels[report + 1] === "_dmarc") return { place: "authorization", domainKey: keyOf(labels.slice(0, report)) };
  return { place: "elsewhere", domainKey: key };
}
function dropLabels(name, count) {
  let at = 0;
  for (let i = 0; i < count; i++) {
    for (; at < name.length && name[at] !== "."; at++) if (name[at] === "\\") at++;
    at++;
  }
  return at >= name.length ? "." : name.slice(at);
}
var entryCache2 = ruleCache();
function dmarcEntry(record) {
  let entry = entryCache2.get(record);
  if (entry === void 0) {
    entry = null;
    const view = record.type === "TXT" ? txtOf(record) : void 0;
    const valid = view !== void 0 && isDmarcRecord(view.text);
    if (view && (valid || LOOKS_LIKE_DMARC.test(view.text))) {
      const ownerKey = nameKey(record.owner);
      const { place, domainKey } = placeOf(ownerKey);
      if (valid || place !== "elsewhere") {
        const domain = place === "policy" ? dropLabels(record.owner, 1) : record.owner;
        entry = { record, view, dmarc: parseDmarc(view.text), valid, place, ownerKey, domainKey, domain };
      }
    }
    entryCache2.set(record, entry);
  }
  return entry ?? void 0;
}
var zoneCache2 = ruleCache();
function dmarcEntries(zone) {
  let list = zoneCache2.get(zone);
  if (!list) {
    list = [];
    for (const record of zone.records) {
      if (record.type !== "TXT") continue;
      const entry = dmarcEntry(record);
      if (entry) list.push(entry);
    }
    zoneCache2.set(zone, list);
  }
  return list;
}
var policyCache = ruleCache();
function policiesOf(zone) {
  let policies = policyCache.get(zone);
  if (!policies) {
    const list = dmarcEntries(zone).filter((e) => e.valid && e.place === "policy");
    policies = { list, owners: new Set(list.map((e) => e.ownerKey)) };
    policyCache.set(zone, policies);
  }
  return policies;
}
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
function textSpan(entry, range) {
  const length = entry.view.text.length;
  if (range.end > range.start || length === 0) return entry.view.span(range.start, range.end);
  const start = Math.min(range.start, length - 1);
  return entry.view.span(start, start + 1);
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
    const where = `${problem.start}:${problem.end}`;
    if (seen.has(where)) continue;
    seen.add(where);
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
var bimiCache = ruleCache();
function bimiEntries(zone) {
  let list = bimiCache.get(zone);
  if (!list) {
    list = [];
    for (const record of zone.records) {
      if (record.type !== "TXT") continue;
      const ownerKey = nameKey(record.owner);
      const labels = labelsOf(ownerKey);
      if (labels.length < 2 || labels[1] !== "_bimi") continue;
      const view = txtOf(record);
      if (!view) continue;
      const valid = isBimiRecord(view.text);
      if (!valid && !LOOKS_LIKE_BIMI.test(view.text)) continue;
      list.push({
        record,
        view,
        bimi: parseBimi(view.text),
        valid,
        ownerKey,
        selector: labels[0],
        domainKey: keyOf(labels.slice(2)),
        domain: dropLabels(record.owner, 2)
      });
    }
    bimiCache.set(zone, list);
  }
  return list;
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
function isQueryableName(name) {
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((l) => l.length > 0 && l.length <= 63);
}
function stripDot2(name) {
  return name.endsWith(".") ? name.slice(0, -1) : name;
}
function query(ctx, name, type) {
  let res;
  try {
    res = ctx.resolver.query(name, type);
  } catch {
    res = { rcode: "SERVFAIL", answers: [] };
  }
  if (res.rcode === "UNKNOWN" && !ctx.unresolved.includes(name.toLowerCase())) ctx.unresolved.push(name.toLowerCase());
  return res;
}
function dnsAbort(ctx, name, type, rcode) {
  if (rcode === "UNKNOWN") return new SpfAbort("temperror", "unresolved-name", `The ${type} records of ${name} are not known to this resolver.`, name);
  return new SpfAbort("temperror", "dns-error", `The ${type} lookup for ${name} failed (${rcode}).`, name);
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
function countVoid(ctx, domain, name, res) {
  if (res.rcode === "NXDOMAIN" || res.rcode === "NOERROR" && res.answers.length === 0) {
    ctx.voids++;
    if (ctx.voids > ctx.maxVoids) {
      throw new SpfAbort(
        "permerror",
        "too-many-void-lookups",
        `The lookup for ${name} is void lookup number ${ctx.voids}; SPF allows at most ${ctx.maxVoids} (RFC 7208 \xA74.6.4).`,
        domain
      );
    }
  }
}
function addresses(ctx, domain, name, countVoids) {
  const type = ctx.ip.family === 4 ? "A" : "AAAA";
  const res = query(ctx, name, type);
  if (res.rcode !== "NOERROR" && res.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name, type, res.rcode);
  if (countVoids) countVoid(ctx, domain, name, res);
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
    const name = stripDot2(raw);
    if (!isQueryableName(name)) continue;
    const type = ctx.ip.family === 4 ? "A" : "AAAA";
    const a = query(ctx, name, type);
    if (a.rcode !== "NOERROR") continue;
    const hit = a.answers.some((t) => {
      const bytes = ctx.ip.family === 4 ? parseIPv4(t) : parseIPv6(t);
      return bytes !== null && prefixMatch(bytes, ctx.ip.bytes, bytes.length * 8);
    });
    if (hit) out.push(name);
  }
  return out;
}
function isSubdomainOrSame(name, target) {
  const n = name.toLowerCase();
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
  let name = stripDot2(expand(ctx, domain, macro));
  while (name.length > 253 && name.includes(".")) name = name.slice(name.indexOf(".") + 1);
  return name;
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
      const name = target();
      const sub = evaluate(ctx, name);
      if (sub.result === "pass") return true;
      if (sub.result === "none") {
        throw new SpfAbort("permerror", "include-none", `include:${name} found no SPF record; an included domain must publish one (RFC 7208 \xA75.2).`, domain);
      }
      return false;
    }
    case "a":
    case "mx":
    case "ptr":
    case "exists": {
      countLookup(ctx, domain, mech.name.text + (mech.argument?.text ?? ""));
      const name = target();
      if (!isQueryableName(name)) return false;
      const len = (ctx.ip.family === 4 ? mech.cidr4 : mech.cidr6)?.length ?? (ctx.ip.family === 4 ? 32 : 128);
      const inPrefix = (list) => list.some((b) => prefixMatch(b, ctx.ip.bytes, len));
      if (mech.kind === "a") return inPrefix(addresses(ctx, domain, name, true));
      if (mech.kind === "exists") {
        const res2 = query(ctx, name, "A");
        if (res2.rcode !== "NOERROR" && res2.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name, "A", res2.rcode);
        countVoid(ctx, domain, name, res2);
        return res2.answers.length > 0;
      }
      if (mech.kind === "ptr") return validatedNames(ctx, domain, true).some((n) => isSubdomainOrSame(n, name));
      const res = query(ctx, name, "MX");
      if (res.rcode !== "NOERROR" && res.rcode !== "NXDOMAIN") throw dnsAbort(ctx, name, "MX", res.rcode);
      countVoid(ctx, domain, name, res);
      if (res.answers.length > 10) {
        throw new SpfAbort("permerror", "too-many-mx", `${name} has ${res.answers.length} MX records; the mx mechanism allows at most 10 (RFC 7208 \xA74.6.4).`, domain);
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
    const name = targetName(ctx, domain, spec);
    if (!isQueryableName(name)) return void 0;
    const res = query(ctx, name, "TXT");
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
    const name = targetName(ctx, domain, record.redirect.macro);
    const sub = evaluate(ctx, name);
    if (sub.result === "none") {
      throw new SpfAbort("permerror", "redirect-none", `redirect=${name} found no SPF record; the target of a redirect must publish one (RFC 7208 \xA76.1).`, domain);
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
function decodeBase64(text, start, end, what, problems) {
  let clean = "";
  let pad = 0;
  let firstPad = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (FWS(c)) continue;
    const ch = text[i];
    if (ch === "=") {
      if (firstPad < 0) firstPad = i;
      pad++;
      clean += ch;
      continue;
    }
    if (!/[A-Za-z0-9+/]/.test(ch) || pad > 0) {
      problems.push({
        code: "invalid-base64",
        message: pad > 0 ? `The ${what} has ${quote(ch)} after "=" padding; padding may only end the data.` : `The ${what} contains ${quote(ch)}, which is not a base64 character (A\u2013Z, a\u2013z, 0\u20139, +, /).`,
        start: i,
        end: i + 1
      });
      return { clean, bytes: null };
    }
    clean += ch;
  }
  if (pad > 2 || clean.length % 4 !== 0) {
    problems.push({
      code: "invalid-base64",
      message: `The ${what} is ${clean.length} base64 characters${pad > 2 ? ' with more than two "=" at the end' : ', not a multiple of 4: it is truncated or lacks "=" padding'}.`,
      start: firstPad >= 0 ? firstPad : start,
      end
    });
    return { clean, bytes: null };
  }
  return { clean, bytes: new Uint8Array(Buffer.from(clean, "base64")) };
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
  return nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ":", true), `${tag.name.text}=`, problems).map((item) => ({
    ...item,
    value: item.text.toLowerCase()
  }));
}
function parseDkimKey(text) {
  const list = tokenizeTagList(text, {
    label: "DKIM key",
    fws: true,
    spaceAroundEquals: true,
    leadingSpace: true,
    spaceInValues: true,
    namePattern: /^[A-Za-z][A-Za-z0-9_]*$/
  });
  const problems = list.problems;
  const record = { text, tags: list.tags, keyType: { value: "rsa", implicit: true }, problems };
  for (const tag of list.tags) {
    if (tag.duplicate) continue;
    switch (tag.key) {
      case "v":
        record.version = tag.value;
        if (tag !== list.tags[0]) {
          problems.push({ code: "version-not-first", message: "The v= tag of a DKIM key record must come first; move it to the start or remove it.", start: tag.start, end: tag.end });
        } else if (tag.value.text !== "DKIM1") {
          problems.push({ code: "invalid-version", message: `The version ${quote(tag.value.text)} is not "DKIM1"; write "v=DKIM1".`, start: tag.value.start, end: tag.value.end });
        }
        break;
      case "h":
        record.hashAlgorithms = colonList(text, tag, problems);
        break;
      case "k":
        record.keyType = { ...tag.value, value: tag.value.text.toLowerCase() };
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
        const key2 = { ...tag.value, base64: clean, revoked: clean === "" };
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
  if (!list.byKey.has("p")) {
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
  const list = tokenizeTagList(text, { label: "MTA-STS", namePattern: EXT_NAME, valueChar: extValueChar });
  const problems = list.problems;
  const record = { text, tags: list.tags, version: checkVersion(list, text, "STSv1", "MTA-STS", problems), extensions: [], problems };
  for (const tag of list.tags) {
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
  if (!list.byKey.has("id")) {
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
  const list = tokenizeTagList(text, {
    label: "TLS-RPT",
    namePattern: EXT_NAME,
    // tlsrpt-rua allows *WSP around the commas of its URI list.
    spaceInValues: true,
    valueChar: extValueChar
  });
  const problems = list.problems;
  const record = { text, tags: list.tags, version: checkVersion(list, text, "TLSRPTv1", "TLS-RPT", problems), extensions: [], problems };
  for (const tag of list.tags) {
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
      record.rua.push({ ...item, ...parsed ? { scheme: parsed.scheme } : {}, valid: problems.length === before });
    }
  }
  if (!list.byKey.has("rua")) {
    problems.push({ code: "missing-rua", message: 'A TLS-RPT record needs rua= with a "mailto:" or "https:" address for reports.', start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}

// src/engine/mail-records.ts
function splitLabels(name) {
  const labels = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) {
      labels.push(name.slice(start, i));
      start = i + 1;
    }
  }
  if (start < name.length) labels.push(name.slice(start));
  return labels;
}
function dropLabels2(name, count) {
  const rest = splitLabels(name).slice(count);
  return rest.length ? rest.join(".") + "." : ".";
}
function bare(name) {
  return name.length > 1 && name.endsWith(".") ? name.slice(0, -1) : name;
}
var factsCache2 = {
  dkim: ruleCache(),
  mtaSts: ruleCache(),
  tlsRpt: ruleCache(),
  tlsa: ruleCache()
};
var DKIM_LIKE = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|p[ \t\r\n]*=)/;
function factsOf2(zone, kind) {
  const cache2 = factsCache2[kind];
  const cached = cache2.get(zone);
  if (cached) return cached;
  const facts = { dkim: [], mtaSts: [], tlsRpt: [], tlsa: [] };
  for (const record of zone.records) {
    if (record.type === "TLSA") {
      if (kind !== "tlsa") continue;
      const entry = tlsaEntry(record);
      if (entry) facts.tlsa.push(entry);
      continue;
    }
    if (record.type !== "TXT" || kind === "tlsa") continue;
    const ownerKey = nameKey(record.owner);
    if (ownerKey.charCodeAt(0) !== 95 && !ownerKey.includes("._domainkey.")) continue;
    if (ownerKey.startsWith("_mta-sts.")) {
      if (kind !== "mtaSts") continue;
      const view = txtOf(record);
      if (!view) continue;
      const domain = dropLabels2(record.owner, 1);
      facts.mtaSts.push({ record, view, parsed: parseMtaSts(view.text), ownerKey, domain, domainKey: nameKey(domain), indicator: isMtaStsRecord(view.text) });
    } else if (ownerKey.startsWith("_smtp._tls.")) {
      if (kind !== "tlsRpt") continue;
      const view = txtOf(record);
      if (!view) continue;
      const domain = dropLabels2(record.owner, 2);
      facts.tlsRpt.push({ record, view, parsed: parseTlsRpt(view.text), ownerKey, domain, domainKey: nameKey(domain), indicator: isTlsRptRecord(view.text) });
    } else {
      if (kind !== "dkim") continue;
      const at = ownerKey.split(".").indexOf("_domainkey");
      if (at < 1) continue;
      const view = txtOf(record);
      if (!view || !DKIM_LIKE.test(view.text)) continue;
      const labels = splitLabels(record.owner);
      const domain = dropLabels2(record.owner, at + 1);
      facts.dkim.push({ record, view, parsed: parseDkimKey(view.text), ownerKey, domain, domainKey: nameKey(domain), selector: labels.slice(0, at).join(".") });
    }
  }
  cache2.set(zone, facts[kind]);
  return facts[kind];
}
function dkimKeys(zone) {
  return factsOf2(zone, "dkim");
}
function mtaStsRecords(zone) {
  return factsOf2(zone, "mtaSts");
}
function tlsRptRecords(zone) {
  return factsOf2(zone, "tlsRpt");
}
function tlsaRecords(zone) {
  return factsOf2(zone, "tlsa");
}
function textSpan2(entry, start, end) {
  return entry.view.span(start, Math.max(start, end));
}
function tagOf(tags, key) {
  return tags.find((t) => t.key === key && !t.duplicate);
}
function crowdedOwners(entries, keep) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!keep(e)) continue;
    const list = groups.get(e.ownerKey);
    if (list) list.push(e);
    else groups.set(e.ownerKey, [e]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
function reportProblems(context, entry, family, skip = /* @__PURE__ */ new Set(), lowered = /* @__PURE__ */ new Map()) {
  for (const problem of entry.parsed.problems) {
    if (skip.has(problem.code)) continue;
    const text = entry.view.text.slice(problem.start, problem.end);
    context.report({
      messageId: "problem",
      data: { message: problem.message, code: problem.code },
      span: textSpan2(entry, problem.start, problem.end),
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
        span: textSpan2(extra, 0, extra.view.text.length),
        related: group.filter((e) => e !== extra).map((e) => ({ span: textSpan2(e, 0, e.view.text.length), message: `another ${kind} record of \`${e.record.owner}\` is here` })),
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
var coverageCache = ruleCache();
function daneCoverage(zones, zone, exchanger) {
  let byZone = coverageCache.get(zones);
  if (!byZone) coverageCache.set(zones, byZone = /* @__PURE__ */ new WeakMap());
  let byName = byZone.get(zone);
  if (!byName) byZone.set(zone, byName = /* @__PURE__ */ new Map());
  const key = nameKey(exchanger);
  let found = byName.get(key);
  if (!found) {
    found = computeCoverage(zones, zone, exchanger);
    byName.set(key, found);
  }
  return found;
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
function tlsaAt(zones, zone, name) {
  const chain = chase(zones, name, zone);
  if (chain.broken || !judged(chain.end)) return { state: "unknown" };
  if (chain.end.kind !== "found") return { state: "no" };
  const tlsa = chain.end.records.filter((r) => r.type === "TLSA");
  return tlsa.length > 0 ? { state: "yes", tlsa } : { state: "no" };
}
function hasAddress(zones, zone, exchanger) {
  const chain = chase(zones, exchanger, zone);
  return chain.broken || !judged(chain.end) || chain.end.kind === "found" && chain.end.addresses.length > 0;
}
function judged(resolution) {
  return resolution.kind === "missing" || resolution.kind === "found";
}

export {
  ruleCache,
  clearRuleCaches,
  rdataOf,
  txtOf,
  mxRecords,
  mxByOwner,
  preferenceSpan,
  exchangeSpan,
  exchangeText,
  mxFingerprint,
  ownerOrTypeSpan,
  resolveName,
  chase,
  resolvedAddresses,
  exchangersOfRun,
  exchangeAsIp,
  missingDotGuess,
  isMiswrittenExchange,
  namePattern,
  parseNetwork,
  inNetwork,
  specialRange,
  rule_default,
  quote,
  isDmarcRecord,
  isSpfRecord,
  parseSpf,
  resolverFor,
  authorisingSpf,
  spfRecords,
  spfByOwner,
  spanOf,
  recordTextSpan,
  textOf,
  spfFingerprint,
  isMailDomain,
  flowOf,
  lookupTerms,
  targetOf,
  policyAt,
  distinctEntries,
  includedNames,
  analyze,
  isServiceOrWildcard,
  dmarcEntry,
  dmarcEntries,
  policyRecords,
  coveredInZone,
  textSpan,
  versionSpan,
  dmarcFingerprint,
  problemReports,
  externalDestinations,
  discoverPolicy,
  bimiEntries,
  checkHost,
  readTlv,
  DER_SEQUENCE,
  describeKey,
  bare,
  dkimKeys,
  mtaStsRecords,
  tlsRptRecords,
  tlsaRecords,
  textSpan2,
  tagOf,
  reportProblems,
  reportVersionedProblems,
  reportMultiple,
  usageSpan,
  dataSpan,
  tlsaFingerprint,
  daneCoverage,
  hasAddress,
  judged,
  ZoneSet
};
