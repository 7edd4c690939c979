#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  nameKey,
  parseIPv4,
  parseIPv6,
  parseRdata,
  prefixMatch,
  txtOffset,
  txtText
} from "./chunk-HYBSV5CH.js";

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
  ZoneSet
};
