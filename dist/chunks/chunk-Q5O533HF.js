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
} from "./chunk-LZZKXSMA.js";

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
  const bare = text.endsWith(".") ? text.slice(0, -1) : text;
  if (!/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(bare) || !parseIPv4(bare)) return void 0;
  return { ip: bare, relative };
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
  parentKey,
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
  spanned,
  quote,
  isWsp,
  sortProblems,
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
  checkHost,
  ZoneSet
};
