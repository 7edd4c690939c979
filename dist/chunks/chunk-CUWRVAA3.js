#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/zone/names.ts
var PLAIN = new Uint8Array(256).fill(1);
for (const c of ' 	\r\n.\\"();') PLAIN[c.charCodeAt(0)] = 0;
function parseName(text2, origin) {
  if (text2 === "@") return { ok: true, name: origin };
  if (text2 === ".") return { ok: true, name: "." };
  const checked = checkName(text2, origin);
  if (typeof checked === "string") return { ok: false, message: checked };
  if (checked) return { ok: true, name: text2 };
  return { ok: true, name: origin === "." ? text2 + "." : text2 + "." + origin };
}
function nameProblem(text2, origin) {
  if (text2 === "@" || text2 === ".") return void 0;
  const checked = checkName(text2, origin);
  return typeof checked === "string" ? checked : void 0;
}
function checkName(text2, origin) {
  let wireLength = 1;
  let labelLength = 0;
  let absolute = false;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return i === 0 ? "a name cannot start with a dot" : "empty label (two dots in a row)";
      wireLength += labelLength + 1;
      labelLength = 0;
      if (i === n - 1) absolute = true;
      continue;
    }
    if (c === 92) {
      const d1 = text2.charCodeAt(i + 1);
      if (i + 1 >= n) return "a name cannot end with a lone backslash";
      if (d1 === 91 && labelLength === 0) return "'\\[' at the start of a label opens a binary label (RFC 2673), which BIND refuses: write \\091";
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text2.charCodeAt(i + 2);
        const d3 = text2.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) return "a \\DDD escape needs exactly three decimal digits";
        if ((d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48) > 255) return "a \\DDD escape cannot exceed 255";
        i += 3;
      } else {
        i += 1;
      }
    } else if (!PLAIN[c]) {
      if (c > 255) return `character '${String.fromCodePoint(text2.codePointAt(i) ?? c)}' is not an octet: write the name's UTF-8 octets`;
      return `character ${describeChar(c)} must be escaped in a name (write \\${String(c).padStart(3, "0")})`;
    }
    labelLength++;
    if (labelLength > 63) return "a label is longer than 63 octets";
  }
  if (labelLength > 0) wireLength += labelLength + 1;
  if (!absolute) {
    if (origin !== ".") wireLength += wireLengthOf(origin) - 1;
    if (wireLength > 255) return `the name is longer than 255 octets once the origin ${origin} is appended`;
    return false;
  }
  if (wireLength > 255) return "the name is longer than 255 octets";
  return true;
}
function describeChar(c) {
  if (c === 32) return "space";
  if (c === 9) return "tab";
  return c < 32 || c === 127 ? `0x${c.toString(16).padStart(2, "0")}` : `'${String.fromCharCode(c)}'`;
}
var lastLengthName = ".";
var lastLength = 1;
function wireLengthOf(name2) {
  if (name2 !== lastLengthName) {
    lastLength = nameToWire(name2).length;
    lastLengthName = name2;
  }
  return lastLength;
}
function nameToWire(name2) {
  const out = [];
  if (name2 === ".") return Uint8Array.of(0);
  let lengthAt = 0;
  out.push(0);
  for (let i = 0; i < name2.length; i++) {
    let c = name2.charCodeAt(i);
    if (c === 46) {
      out[lengthAt] = out.length - lengthAt - 1;
      lengthAt = out.length;
      out.push(0);
      continue;
    }
    if (c === 92) {
      const d1 = name2.charCodeAt(i + 1);
      if (d1 >= 48 && d1 <= 57) {
        c = Number(name2.slice(i + 1, i + 4));
        i += 3;
      } else {
        c = d1;
        i += 1;
      }
    }
    out.push(c);
  }
  return Uint8Array.from(out);
}
function nameLabels(name2) {
  const wire = nameToWire(name2);
  const labels = [];
  for (let i = 0; wire[i] !== 0; i += wire[i] + 1) labels.push(String.fromCharCode(...wire.subarray(i + 1, i + 1 + wire[i])));
  return labels;
}
function nameKey(name2) {
  if (name2.indexOf("\\") === -1) return asciiLower(name2);
  return nameLabels(name2).map(escapeLabel).join(".") + ".";
}
function escapeLabel(label) {
  let out = "";
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (PLAIN[c]) out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    else out += "\\" + String(c).padStart(3, "0");
  }
  return out;
}
function asciiLower(s) {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90 || c >= 128) break;
  }
  if (i === s.length) return s;
  return /[\x80-\xff]/.test(s) ? s.replace(/[A-Z]/g, (ch) => ch.toLowerCase()) : s.toLowerCase();
}
function relativeName(name2, origin) {
  const key = nameKey(name2);
  const o = nameKey(origin);
  if (key === o) return "@";
  if (o !== "." && key.endsWith("." + o)) return name2.slice(0, name2.length - origin.length - 1);
  return name2;
}
function commonSuffix(names2) {
  if (names2.length === 0) return void 0;
  const split = names2.map((n2) => nameKey(n2).split(".").filter(Boolean).reverse());
  const first = split[0];
  let n = 0;
  while (n < first.length && split.every((labels2) => labels2[n] === first[n])) n++;
  if (n === 0) return void 0;
  const labels = names2[0].split(".").filter(Boolean);
  return labels.slice(labels.length - n).join(".") + ".";
}

// src/model/ip.ts
function parseIPv4(text2) {
  const n = text2.length;
  if (n < 7 || n > 15) return null;
  const out = new Uint8Array(4);
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text2.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || part > 3) return null;
      out[part++] = value;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && value === 0) return null;
      value = value * 10 + (c - 48);
      if (++digits > 3 || value > 255) return null;
    } else return null;
  }
  return part === 4 ? out : null;
}
function parseIPv6(text2) {
  const n = text2.length;
  if (n < 2 || n > 45) return null;
  const groups = new Uint16Array(8);
  let count = 0;
  let gap = -1;
  let i = 0;
  if (text2.charCodeAt(0) === 58) {
    if (text2.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
  }
  while (i < n) {
    const start = i;
    let value = 0;
    let digits = 0;
    for (; i < n && digits <= 4; i++) {
      const h = hexValue(text2.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
    }
    if (i < n && text2.charCodeAt(i) === 46) {
      const v4 = count <= 6 ? parseIPv4(text2.slice(start)) : null;
      if (!v4) return null;
      groups[count++] = v4[0] << 8 | v4[1];
      groups[count++] = v4[2] << 8 | v4[3];
      break;
    }
    if (digits === 0 || digits > 4 || count === 8) return null;
    groups[count++] = value;
    if (i === n) break;
    if (text2.charCodeAt(i) !== 58) return null;
    i++;
    if (i < n && text2.charCodeAt(i) === 58) {
      if (gap >= 0) return null;
      gap = count;
      i++;
    } else if (i === n) return null;
  }
  if (gap < 0 ? count !== 8 : count > 7) return null;
  const out = new Uint8Array(16);
  const zeros = gap < 0 ? 0 : 8 - count;
  for (let g = 0, k = 0; g < 8; g++) {
    const v = gap >= 0 && g >= gap && g < gap + zeros ? 0 : groups[k++];
    out[g * 2] = v >> 8;
    out[g * 2 + 1] = v & 255;
  }
  return out;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function parseClientIp(text2) {
  const v4 = parseIPv4(text2);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(text2);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 255 && v6[11] === 255;
  return mapped ? { family: 4, bytes: v6.slice(12) } : { family: 6, bytes: v6 };
}
function prefixMatch(a, b, prefix) {
  if (a.length !== b.length) return false;
  const whole = Math.floor(prefix / 8);
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest2 = prefix % 8;
  if (rest2 === 0) return true;
  const mask = 255 << 8 - rest2 & 255;
  return (a[whole] & mask) === (b[whole] & mask);
}
function formatIPv6(bytes) {
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes[i] << 8 | bytes[i + 1]);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex2 = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex2.join(":");
  return `${hex2.slice(0, bestStart).join(":")}::${hex2.slice(bestStart + bestLen).join(":")}`;
}
function formatIp(ip) {
  return ip.family === 4 ? Array.from(ip.bytes).join(".") : formatIPv6(ip.bytes);
}
function reverseLabels(ip) {
  if (ip.family === 4) return Array.from(ip.bytes).reverse().map(String);
  const nibbles = [];
  for (const b of ip.bytes) nibbles.push((b >> 4).toString(16), (b & 15).toString(16));
  return nibbles.reverse();
}
function reverseName(ip) {
  return `${reverseLabels(ip).join(".")}.${ip.family === 4 ? "in-addr" : "ip6"}.arpa`;
}

// src/zone/rdata/registry.ts
var TYPES = [
  ["A", 1],
  ["NS", 2],
  ["MD", 3],
  ["MF", 4],
  ["CNAME", 5],
  ["SOA", 6],
  ["MB", 7],
  ["MG", 8],
  ["MR", 9],
  ["NULL", 10],
  ["WKS", 11],
  ["PTR", 12],
  ["HINFO", 13],
  ["MINFO", 14],
  ["MX", 15],
  ["TXT", 16],
  ["RP", 17],
  ["AFSDB", 18],
  ["X25", 19],
  ["ISDN", 20],
  ["RT", 21],
  ["NSAP", 22],
  ["NSAP-PTR", 23],
  ["SIG", 24],
  ["KEY", 25],
  ["PX", 26],
  ["GPOS", 27],
  ["AAAA", 28],
  ["LOC", 29],
  ["NXT", 30],
  ["EID", 31],
  ["NIMLOC", 32],
  ["SRV", 33],
  ["ATMA", 34],
  ["NAPTR", 35],
  ["KX", 36],
  ["CERT", 37],
  ["A6", 38],
  ["DNAME", 39],
  ["SINK", 40],
  ["OPT", 41],
  ["APL", 42],
  ["DS", 43],
  ["SSHFP", 44],
  ["IPSECKEY", 45],
  ["RRSIG", 46],
  ["NSEC", 47],
  ["DNSKEY", 48],
  ["DHCID", 49],
  ["NSEC3", 50],
  ["NSEC3PARAM", 51],
  ["TLSA", 52],
  ["SMIMEA", 53],
  ["HIP", 55],
  ["NINFO", 56],
  ["RKEY", 57],
  ["TALINK", 58],
  ["CDS", 59],
  ["CDNSKEY", 60],
  ["OPENPGPKEY", 61],
  ["CSYNC", 62],
  ["ZONEMD", 63],
  ["SVCB", 64],
  ["HTTPS", 65],
  ["DSYNC", 66],
  ["HHIT", 67],
  ["BRID", 68],
  ["SPF", 99],
  ["UINFO", 100],
  ["UID", 101],
  ["GID", 102],
  ["UNSPEC", 103],
  ["NID", 104],
  ["L32", 105],
  ["L64", 106],
  ["LP", 107],
  ["EUI48", 108],
  ["EUI64", 109],
  ["NXNAME", 128],
  ["TKEY", 249],
  ["TSIG", 250],
  ["IXFR", 251],
  ["AXFR", 252],
  ["MAILB", 253],
  ["MAILA", 254],
  ["ANY", 255],
  ["URI", 256],
  ["CAA", 257],
  ["AVC", 258],
  ["DOA", 259],
  ["AMTRELAY", 260],
  ["RESINFO", 261],
  ["WALLET", 262],
  ["CLA", 263],
  ["IPN", 264],
  ["TA", 32768],
  ["DLV", 32769],
  // Not IANA: the private-use number Knot DNS gives the ALIAS (apex CNAME) pseudo-type of several providers.
  ["ALIAS", 65401]
];
var CLASSES = [["IN", 1], ["CH", 3], ["HS", 4], ["NONE", 254], ["ANY", 255]];
function table(entries) {
  return { byName: new Map(entries), byNumber: new Map(entries.map(([n, v]) => [v, n])) };
}
var types = table(TYPES);
var classes = table(CLASSES);
function numbered(text2, prefix) {
  if (text2.length <= prefix.length || text2.length > prefix.length + 5) return void 0;
  if (text2.slice(0, prefix.length).toUpperCase() !== prefix) return void 0;
  const digits = text2.slice(prefix.length);
  if (!/^[0-9]+$/.test(digits)) return void 0;
  const n = Number(digits);
  return n <= 65535 ? n : void 0;
}
function lookup(t, prefix, name2) {
  return t.byName.get(name2.toUpperCase()) ?? numbered(name2, prefix);
}
function typeNumber(name2) {
  return lookup(types, "TYPE", name2);
}
function typeName(n) {
  return types.byNumber.get(n) ?? `TYPE${n}`;
}
function isMetaType(n) {
  return n === 0 || n === 41 || n >= 128 && n <= 255;
}
function isObsoleteType(n) {
  return n === 3 || n === 4;
}
var ALGORITHMS = /* @__PURE__ */ new Map([
  ["RSAMD5", 1],
  ["DH", 2],
  ["DSA", 3],
  ["RSASHA1", 5],
  ["DSA-NSEC3-SHA1", 6],
  ["RSASHA1-NSEC3-SHA1", 7],
  ["RSASHA256", 8],
  ["RSASHA512", 10],
  ["ECC-GOST", 12],
  ["ECDSAP256SHA256", 13],
  ["ECDSAP384SHA384", 14],
  ["ED25519", 15],
  ["ED448", 16],
  ["INDIRECT", 252],
  ["PRIVATEDNS", 253],
  ["PRIVATEOID", 254]
]);
var CERT_TYPES = /* @__PURE__ */ new Map([
  ["PKIX", 1],
  ["SPKI", 2],
  ["PGP", 3],
  ["IPKIX", 4],
  ["ISPKI", 5],
  ["IPGP", 6],
  ["ACPKIX", 7],
  ["IACPKIX", 8],
  ["URI", 253],
  ["OID", 254]
]);
var DSYNC_SCHEMES = /* @__PURE__ */ new Map([["NOTIFY", 1]]);

// src/zone/ttl.ts
var UNIT = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var MAX = 4294967295;
function parseTtl(text2) {
  const n = text2.length;
  if (n === 0) return { ok: false, code: "bad-ttl", message: "empty TTL" };
  let total = 0;
  let value = -1;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = (value < 0 ? 0 : value) * 10 + (c - 48);
      if (value > MAX) return overflow(text2);
      continue;
    }
    const unit = UNIT[String.fromCharCode(c | 32)];
    if (unit === void 0 || value < 0) {
      return c === 45 && i === 0 ? { ok: false, code: "bad-ttl", message: `TTL '${text2}' is negative; a TTL is 0 to 4294967295 seconds` } : { ok: false, code: "bad-ttl", message: `TTL '${text2}' is not a number of seconds or a duration like 1h30m (units w, d, h, m, s)` };
    }
    total += value * unit;
    if (total > MAX) return overflow(text2);
    value = -1;
  }
  if (value >= 0) total += value;
  if (total > MAX) return overflow(text2);
  return { ok: true, value: total };
}
function overflow(text2) {
  return { ok: false, code: "ttl-overflow", message: `TTL '${text2}' exceeds 4294967295 seconds` };
}

// src/zone/rdata/codec.ts
var RdataError = class extends Error {
  constructor(code, message, field) {
    super(message);
    this.code = code;
    this.field = field;
  }
  code;
  field;
};
var ITEM = { strings: "string", items: "item", types: "type", params: "parameter" };
function fieldLabel(type, key) {
  return `${type} ${ITEM[key] ?? key.replace(/[A-Z]/g, (c) => " " + c.toLowerCase())}`;
}
var Cursor = class {
  constructor(fields, origin) {
    this.fields = fields;
    this.origin = origin;
  }
  fields;
  origin;
  i = 0;
  /** What the field being parsed is, for messages: `MX preference`. */
  label = "";
  get done() {
    return this.i >= this.fields.length;
  }
  /** The next field; raises `missing-field` when there is none. */
  take() {
    if (this.i >= this.fields.length) throw new RdataError("missing-field", `${this.label} is missing.`, this.fields.length);
    return this.fields[this.i++];
  }
  /**
   * The next field, which must not be quoted: BIND takes a quoted string only where a
   * character-string goes, and refuses it as a number, name, address or blob ("unexpected token").
   */
  token() {
    const field = this.take();
    if (field.quoted) this.fail("quoted-field", `${this.label} "${field.text.length > 40 ? field.text.slice(0, 40) + "\u2026" : field.text}" must not be quoted: only character-strings are written in quotes.`);
    return field;
  }
  /** Text of the next field (not quoted). */
  text() {
    return this.token().text;
  }
  /** An error about the field just taken (or the next one when none was taken yet). */
  fail(code, message, back = 1) {
    throw new RdataError(code, message, Math.max(0, this.i - back));
  }
};
var Writer = class {
  buf = new Uint8Array(64);
  length = 0;
  room(n) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  u8(v) {
    this.room(1);
    this.buf[this.length++] = v & 255;
  }
  u16(v) {
    this.u8(v >>> 8);
    this.u8(v);
  }
  u32(v) {
    this.u16(v >>> 16);
    this.u16(v & 65535);
  }
  bytes(b) {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /** Octets of a latin1 string (one char = one octet). */
  octets(s) {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i);
  }
  finish() {
    return this.buf.slice(0, this.length);
  }
};
function fixedEnd(n) {
  return (wire, at) => at + n <= wire.length ? at + n : -1;
}

// src/zone/rdata/text.ts
function fieldCharOffset(field, i) {
  if (field.offsets) return i < field.offsets.length ? field.offsets[i] : field.span.end - (field.quoted ? 1 : 0);
  return field.span.start + (field.quoted ? 1 : 0) + i;
}
function decodeField(field, index, what) {
  const text2 = field.text;
  if (text2.indexOf("\\") === -1 && (field.quoted || text2.indexOf('"') === -1)) return { value: text2, field: index };
  const n = text2.length;
  const offsets = new Int32Array(n);
  const octets = [];
  for (let i = 0; i < n; i++) {
    const start = i;
    let c = text2.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= n) throw new RdataError("bad-escape", `${what} '${text2}' ends with a lone backslash.`, index);
      const d = text2.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) {
        const digits = text2.slice(i + 1, i + 4);
        if (!/^[0-9]{3}$/.test(digits)) throw new RdataError("bad-escape", `${what} '${text2}' has a \\DDD escape without three digits.`, index);
        c = Number(digits);
        if (c > 255) throw new RdataError("bad-escape", `${what} '${text2}' has the escape \\${digits}, above 255.`, index);
        i += 3;
      } else {
        c = d;
        i += 1;
      }
    } else if (c === 34 && !field.quoted) {
      throw new RdataError("bad-text", `${what} '${text2}' has an unescaped quote.`, index);
    }
    offsets[octets.length] = fieldCharOffset(field, start);
    octets.push(c);
  }
  const value = Buffer.from(octets).toString("latin1");
  return { value, field: index, offsets: octets.length === n ? offsets : offsets.slice(0, octets.length) };
}
function decodeCharString(field, index, what) {
  const s = decodeField(field, index, what);
  if (s.value.length > 255) {
    throw new RdataError("string-too-long", `${what} "${abbreviate(field.text)}" is ${s.value.length} octets long; a character-string holds at most 255 (split it into several quoted strings).`, index);
  }
  return s;
}
function asWritten(s) {
  if (!/[\x80-\xff]/.test(s) || /[^\x00-\xff]/.test(s)) return s;
  const decoded = Buffer.from(s, "latin1").toString("utf8");
  return decoded.includes("\uFFFD") ? s : decoded;
}
function abbreviate(s, max = 40) {
  return s.length <= max ? s : s.slice(0, max - 1) + "\u2026";
}
function parseDecimal(text2, max, what, index) {
  if (!/^[0-9]+$/.test(text2)) throw new RdataError("bad-number", `${what} '${text2}' is not a decimal number.`, index);
  const v = Number(text2);
  if (v > max) throw new RdataError("number-too-large", `${what} '${text2}' is larger than ${max}.`, index);
  return v;
}

// src/zone/rdata/codecs.ts
function single(min, read, encode, end) {
  return {
    min,
    end,
    parse(cur) {
      const index = cur.i;
      return read(cur.text(), cur.label, index, cur);
    },
    encode
  };
}
function rest(least, min, item, combine, encode) {
  return {
    min,
    parse(cur) {
      const items = [];
      while (!cur.done) items.push(item(cur, cur.i));
      if (items.length < least) cur.take();
      return combine(items);
    },
    encode
  };
}
var WRITE = { 8: "u8", 16: "u16", 32: "u32" };
function uint(bits, names2) {
  const max = 2 ** bits - 1;
  return single(
    bits / 8,
    (text2, what, index) => names2?.get(text2.toUpperCase()) ?? parseDecimal(text2, max, what, index),
    (v, out) => out[WRITE[bits]](v),
    fixedEnd(bits / 8)
  );
}
var u8 = uint(8);
var u16 = uint(16);
var u32 = uint(32);
var ttl = single(
  4,
  (text2, what, index) => {
    const r = parseTtl(text2);
    if (r.ok) return r.value;
    if (r.code === "ttl-overflow") throw new RdataError("number-too-large", `${what} '${text2}' is larger than 4294967295 seconds.`, index);
    throw new RdataError("bad-number", `${what} '${text2}' is neither a number of seconds nor a duration like 1h30m.`, index);
  },
  (v, out) => out.u32(v),
  fixedEnd(4)
);
function nameEnd(wire, at) {
  for (let p = at; p < wire.length && p - at < 255; ) {
    const len = wire[p];
    if (len === 0) return p + 1;
    if (len > 63) return -1;
    p += len + 1;
  }
  return -1;
}
function charStringEnd(wire, at) {
  return at < wire.length && at + 1 + wire[at] <= wire.length ? at + 1 + wire[at] : -1;
}
var name = single(
  1,
  (text2, what, index, cur) => {
    const r = parseName(text2, cur.origin);
    if (!r.ok) {
      if (parseIPv6(text2.replace(/\.$/, ""))) throw new RdataError("bad-name", `${what} '${text2}' is an IPv6 address, not a domain name: name a host that has the address in an AAAA record.`, index);
      throw new RdataError("bad-name", `${what} '${abbreviate(asWritten(text2))}' is not a valid domain name: ${r.message}.`, index);
    }
    return r.name;
  },
  (v, out) => out.bytes(nameToWire(v)),
  nameEnd
);
function wireLabelCount(wire, at) {
  let n = 0;
  for (let p = at; wire[p] !== 0; p += wire[p] + 1) n++;
  return n;
}
var signer = {
  min: 1,
  parse(cur, rec) {
    const index = cur.i;
    const v = name.parse(cur, rec);
    const labels = nameLabels(v).length;
    if (labels > rec.labels) {
      throw new RdataError("bad-signer", `${cur.label} '${abbreviate(asWritten(cur.fields[index].text))}' has ${labels} labels, more than the labels field's ${String(rec.labels)}.`, index);
    }
    return v;
  },
  encode: name.encode,
  // The labels field is octet 3 of RRSIG rdata (RFC 4034 §3.1).
  end(wire, at) {
    const end = nameEnd(wire, at);
    return end !== -1 && wireLabelCount(wire, at) > wire[3] ? -1 : end;
  }
};
var names = {
  ...rest(
    0,
    0,
    (cur) => name.parse(cur, {}),
    (items) => items,
    (v, out) => v.forEach((n) => out.bytes(nameToWire(n)))
  ),
  end(wire, at) {
    let p = at;
    while (p !== -1 && p < wire.length) p = nameEnd(wire, p);
    return p;
  }
};
function optional(codec) {
  return {
    min: 0,
    parse: (cur, record) => cur.done ? void 0 : codec.parse(cur, record),
    encode(v, out, record) {
      if (v !== void 0) codec.encode(v, out, record);
    },
    end: codec.end && ((wire, at) => at === wire.length ? at : codec.end?.(wire, at) ?? -1)
  };
}
var ipv4 = single(
  4,
  (text2, what, index) => {
    if (!parseIPv4(text2)) throw new RdataError("bad-ipv4", `${what} '${text2}' is not an IPv4 address.`, index);
    return text2;
  },
  (v, out) => out.bytes(parseIPv4(v)),
  fixedEnd(4)
);
var ipv6 = single(
  16,
  (text2, what, index) => {
    const b = parseIPv6(text2);
    if (!b) throw new RdataError("bad-ipv6", `${what} '${text2}' is not an IPv6 address.`, index);
    return formatIPv6(b);
  },
  (v, out) => out.bytes(parseIPv6(v)),
  fixedEnd(16)
);
function writeCharString(s, out) {
  const v = typeof s === "string" ? s : s.value;
  out.u8(v.length);
  out.octets(v);
}
var charString = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return decodeCharString(cur.take(), index, cur.label);
  },
  encode: writeCharString,
  end: charStringEnd
};
var charStrings = {
  ...rest(
    1,
    1,
    (cur, index) => decodeCharString(cur.take(), index, cur.label),
    (items) => items,
    (v, out) => v.forEach((s) => writeCharString(s, out))
  ),
  end(wire, at) {
    let p = charStringEnd(wire, at);
    while (p !== -1 && p < wire.length) p = charStringEnd(wire, p);
    return p;
  }
};
var lastString = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return decodeField(cur.take(), index, cur.label);
  },
  encode: (v, out) => out.octets(v.value),
  end: restEnd(0)
};
var quotedLastString = {
  ...lastString,
  parse(cur, rec) {
    const field = cur.fields[cur.i];
    if (field && !field.quoted) cur.fail("unquoted-field", `${cur.label} '${abbreviate(field.text)}' must be written in quotes.`, 0);
    return lastString.parse(cur, rec);
  }
};
var tag = {
  min: 1,
  parse(cur) {
    const value = decodeCharString(cur.token(), cur.i - 1, cur.label).value;
    if (!/^[A-Za-z0-9]+$/.test(value)) cur.fail("bad-tag", `${cur.label} '${abbreviate(value)}' must be one or more letters and digits.`);
    return value;
  },
  encode: writeCharString,
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || end === at + 1 || !/^[A-Za-z0-9]+$/.test(String.fromCharCode(...wire.subarray(at + 1, end))) ? -1 : end;
  }
};
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function joined(cur) {
  if (cur.done) return void 0;
  const index = cur.i;
  let text2 = "";
  while (!cur.done) text2 += cur.text();
  return { text: text2, index };
}
function decodeBase64(cur, optional2) {
  const blob = joined(cur);
  if (blob === void 0) return optional2 ? new Uint8Array(0) : cur.take();
  if (blob.text === "" || !BASE64.test(blob.text)) {
    throw new RdataError("bad-base64", `${cur.label} '${abbreviate(blob.text)}' is not valid base64 (a multiple of 4 characters once its pieces are joined, '=' only as final padding).`, blob.index);
  }
  if (!paddingBitsZero(blob.text)) {
    throw new RdataError("bad-base64", `${cur.label} '${abbreviate(blob.text)}' is not valid base64: the bits its padding leaves over are not zero.`, blob.index);
  }
  return Buffer.from(blob.text, "base64");
}
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function paddingBitsZero(text2) {
  const pad = text2.endsWith("==") ? 2 : text2.endsWith("=") ? 1 : 0;
  if (pad === 0) return true;
  const last = B64.indexOf(text2[text2.length - pad - 1]);
  return (last & (pad === 2 ? 15 : 3)) === 0;
}
var writeBytes = (v, out) => out.bytes(v);
var base64OrDash = {
  min: 0,
  parse(cur) {
    if (cur.fields.length === cur.i + 1 && cur.fields[cur.i].text === "-" && !cur.fields[cur.i].quoted) {
      cur.take();
      return new Uint8Array(0);
    }
    return decodeBase64(cur, false);
  },
  encode: writeBytes,
  end: restEnd(0)
};
function base64(optional2 = false) {
  return { min: optional2 ? 0 : 1, parse: (cur) => decodeBase64(cur, optional2), encode: writeBytes, end: restEnd(optional2 ? 0 : 1) };
}
function restEnd(least) {
  return (wire, at) => wire.length - at >= least ? wire.length : -1;
}
var HEX = /^(?:[0-9a-fA-F]{2})+$/;
function hexItem(cur, index) {
  const text2 = cur.text();
  if (!HEX.test(text2)) {
    throw new RdataError("bad-hex", `${cur.label} '${abbreviate(text2)}' is not hexadecimal with an even number of digits.`, index);
  }
  return Buffer.from(text2, "hex");
}
function hexBlob(digest2) {
  const length = (record) => digest2?.octets[record[digest2.key]];
  return {
    min: 1,
    parse(cur, record) {
      const blob = joined(cur);
      if (blob === void 0) return cur.take();
      if (!HEX.test(blob.text)) throw new RdataError("bad-hex", `${cur.label} '${abbreviate(blob.text)}' is not hexadecimal with an even number of digits.`, blob.index);
      const want = length?.(record);
      if (want !== void 0 && blob.text.length !== want * 2) {
        throw new RdataError("bad-length", `${cur.label} has ${blob.text.length / 2} octets; this digest type has ${want}.`, blob.index);
      }
      return Buffer.from(blob.text, "hex");
    },
    encode: writeBytes,
    end(wire, at) {
      const want = digest2?.octets[wire[digest2.at]];
      return wire.length > at && (want === void 0 || wire.length - at === want) ? wire.length : -1;
    }
  };
}
var hex = hexBlob();
var salt = {
  min: 1,
  parse(cur) {
    if (cur.fields[cur.i]?.text === "-" && !cur.fields[cur.i].quoted) {
      cur.take();
      return new Uint8Array(0);
    }
    const b = hexItem(cur, cur.i);
    if (b.length > 255) cur.fail("string-too-long", `${cur.label} is ${b.length} octets long; at most 255 fit.`);
    return b;
  },
  encode(v, out) {
    out.u8(v.length);
    out.bytes(v);
  },
  end: charStringEnd
};
var BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
var base32hex = {
  min: 1,
  parse(cur, record) {
    const text2 = cur.text();
    const bad = (why) => cur.fail("bad-base32hex", `${cur.label} '${abbreviate(text2)}' is not base32hex without padding (${why}).`);
    if (!/^[0-9A-Va-v]+$/.test(text2)) bad(text2.includes("=") ? "NSEC3 hashes are written without '=' padding" : "characters 0-9 and A-V only");
    if (![0, 2, 4, 5, 7].includes(text2.length % 8)) bad(`${text2.length} characters cannot end on a whole octet`);
    const out = [];
    let acc = 0;
    let bits = 0;
    for (const ch of text2.toUpperCase()) {
      acc = (acc << 5 | BASE32HEX.indexOf(ch)) & 65535;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push(acc >> bits & 255);
      }
    }
    if ((acc & (1 << bits) - 1) !== 0) bad("the bits after the last octet are not zero");
    if (out.length > 255) cur.fail("string-too-long", `${cur.label} is ${out.length} octets long; at most 255 fit.`);
    if (record.hashAlgorithm === 1 && out.length !== 20) cur.fail("bad-length", `${cur.label} has ${out.length} octets; a SHA-1 hash has 20.`);
    return Uint8Array.from(out);
  },
  encode: salt.encode,
  // Not empty; 20 octets for SHA-1 (the hash algorithm is octet 0 of NSEC3 rdata).
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || wire[at] === 0 || wire[0] === 1 && wire[at] !== 20 ? -1 : end;
  }
};
function typeItem(cur, index) {
  const text2 = cur.text();
  const n = typeNumber(text2);
  if (n === void 0) throw new RdataError("bad-type", `${cur.label} '${text2}' is not a known record type (write TYPEnnn for others).`, index);
  return n;
}
var rrType = { min: 2, parse: (cur) => typeItem(cur, cur.i), encode: (v, out) => out.u16(v), end: fixedEnd(2) };
function bitmapEnd(least) {
  return (wire, at) => {
    let last = -1;
    let p = at;
    while (p < wire.length) {
      if (p + 2 > wire.length) return -1;
      const [window, len] = [wire[p], wire[p + 1]];
      p += 2;
      if (window <= last || len < 1 || len > 32 || p + len > wire.length || wire[p + len - 1] === 0) return -1;
      last = window;
      p += len;
    }
    return least > 0 && last === -1 ? -1 : p;
  };
}
function bitmap(least) {
  const codec = rest(least, least > 0 ? 3 : 0, typeItem, (items) => [...new Set(items)].sort((a, b) => a - b), (types2, out) => {
    for (let i = 0; i < types2.length; ) {
      const window = types2[i] >> 8;
      const bits = new Uint8Array(32);
      let len = 0;
      for (; i < types2.length && types2[i] >> 8 === window; i++) {
        const low = types2[i] & 255;
        bits[low >> 3] |= 128 >> (low & 7);
        len = (low >> 3) + 1;
      }
      out.u8(window);
      out.u8(len);
      out.bytes(bits.subarray(0, len));
    }
  });
  return { ...codec, end: bitmapEnd(least) };
}
var typeBitmap = bitmap(0);
var nsecBitmap = bitmap(1);
var sigTime = single(
  4,
  (text2, what, index) => {
    if (text2.length !== 14) return parseDecimal(text2, 4294967295, what, index);
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text2);
    if (!m) throw new RdataError("bad-time", `${what} '${text2}' is not a YYYYMMDDHHmmSS timestamp.`, index);
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const t = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(t);
    if (y < 1970 || y > 2225 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
      throw new RdataError("bad-time", `${what} '${text2}' is not a valid date between 1970 and 2225.`, index);
    }
    return t / 1e3 % 2 ** 32;
  },
  (v, out) => out.u32(v),
  fixedEnd(4)
);
function hexGroups(groups, digits, sep, trailing = false) {
  const group = `[0-9a-fA-F]{1,${digits}}`;
  const re = new RegExp(`^(${group}(?:\\${sep}${group}){${groups - 1}})${trailing ? "" : "$"}`);
  return single(
    groups * digits / 2,
    (text2, what, index) => {
      const m = re.exec(text2);
      if (!m) throw new RdataError("bad-hex", `${what} '${text2}' is not ${groups} groups of up to ${digits} hex digits separated by '${sep}'.`, index);
      return m[1].split(sep).map((g) => g.padStart(digits, "0").toLowerCase()).join(sep);
    },
    (v, out) => out.bytes(Buffer.from(v.split(sep).join(""), "hex")),
    fixedEnd(groups * digits / 2)
  );
}

// src/zone/rdata/special.ts
import { readFileSync } from "node:fs";
function coordinate(maxDegrees, positive, negative) {
  return {
    min: 4,
    parse(cur) {
      const parts = [];
      for (; ; ) {
        const t = cur.text();
        const hemisphere = t.toUpperCase();
        if (hemisphere === positive || hemisphere === negative) {
          if (parts.length === 0) cur.fail("bad-loc", `${cur.label} needs degrees before '${t}'.`);
          return (hemisphere === positive ? 1 : -1) * arcMs(cur, parts, maxDegrees);
        }
        if (parts.length === 3) cur.fail("bad-loc", `${cur.label} has '${t}' where ${positive} or ${negative} was expected.`);
        parts.push(t);
      }
    },
    encode: (v, out) => out.u32(2 ** 31 + v),
    end(wire, at) {
      if (at + 4 > wire.length) return -1;
      const v = new DataView(wire.buffer, wire.byteOffset).getUint32(at);
      return Math.abs(v - 2 ** 31) <= maxDegrees * 36e5 ? at + 4 : -1;
    }
  };
}
function arcMs(cur, parts, maxDegrees) {
  const at = cur.i - 1 - parts.length;
  const [d, m = "0", s = "0"] = parts;
  const degrees = parseDecimal(d, maxDegrees, `${cur.label} degrees`, at);
  const minutes = parseDecimal(m, 59, `${cur.label} minutes`, at + 1);
  if (!/^[0-9]+(\.[0-9]{1,3})?$/.test(s) || Number(s) >= 60) {
    throw new RdataError("bad-loc", `${cur.label} seconds '${s}' is not a number below 60 with at most 3 decimals.`, at + 2);
  }
  return degrees * 36e5 + minutes * 6e4 + Math.round(Number(s) * 1e3);
}
function metres(cur, lo, hi) {
  const t = cur.text();
  const m = /^(-?[0-9]+(?:\.[0-9]{1,2})?)m?$/.exec(t);
  const cm = m ? Math.round(Number(m[1]) * 100) : NaN;
  if (!(cm >= lo && cm <= hi)) cur.fail("bad-loc", `${cur.label} '${t}' is not a distance in metres between ${lo / 100} and ${hi / 100}.`);
  return cm;
}
var altitude = {
  min: 4,
  parse: (cur) => metres(cur, -1e7, 4284967295),
  encode: (v, out) => out.u32(v + 1e7),
  end: fixedEnd(4)
};
function precision(defaultCm) {
  return {
    min: 1,
    parse: (cur) => cur.done ? defaultCm : metres(cur, 0, 9e9),
    encode(v, out) {
      let e = 0;
      while (v >= 10) {
        v = Math.floor(v / 10);
        e++;
      }
      out.u8(v << 4 | e);
    },
    // A mantissa of 1-9 and an exponent of 0-9, or 0.
    end: (wire, at) => at < wire.length && (wire[at] === 0 || wire[at] >> 4 >= 1 && wire[at] >> 4 <= 9 && (wire[at] & 15) <= 9) ? at + 1 : -1
  };
}
var zero = { min: 1, parse: () => 0, encode: (_v, out) => out.u8(0), end: (wire, at) => wire[at] === 0 ? at + 1 : -1 };
function aplItem(cur, index) {
  const t = cur.text();
  const m = /^(!?)([0-9]+):([^/]*)\/([0-9]+)$/.exec(t);
  const fail = (why) => {
    throw new RdataError("bad-apl", `${cur.label} '${t}' ${why}.`, index);
  };
  if (!m) return fail("is not of the form [!]family:address/prefix");
  const family = Number(m[2]);
  if (family !== 1 && family !== 2) fail("has an address family other than 1 (IPv4) or 2 (IPv6)");
  const bytes = family === 1 ? parseIPv4(m[3]) : parseIPv6(m[3]);
  if (!bytes) fail(`has '${m[3]}', which is not an ${family === 1 ? "IPv4" : "IPv6"} address`);
  const prefix = Number(m[4]);
  if (prefix > (family === 1 ? 32 : 128)) fail(`has a prefix length above ${family === 1 ? 32 : 128}`);
  return { negate: m[1] === "!", family, address: family === 1 ? m[3] : formatIPv6(bytes), prefix };
}
var aplItems = {
  min: 0,
  parse(cur) {
    const items = [];
    while (!cur.done) items.push(aplItem(cur, cur.i));
    return items;
  },
  encode(items, out) {
    for (const it of items) {
      let bytes = it.family === 1 ? parseIPv4(it.address) : parseIPv6(it.address);
      let len = bytes.length;
      while (len > 0 && bytes[len - 1] === 0) len--;
      bytes = bytes.subarray(0, len);
      out.u16(it.family);
      out.u8(it.prefix);
      out.u8((it.negate ? 128 : 0) | len);
      out.bytes(bytes);
    }
  },
  // As BIND decodes items: known families within their sizes, no trailing zero octet in an address.
  end(wire, at) {
    let p = at;
    while (p < wire.length) {
      if (p + 4 > wire.length) return -1;
      const family = wire[p] << 8 | wire[p + 1];
      const prefix = wire[p + 2];
      const len = wire[p + 3] & 127;
      p += 4;
      if (p + len > wire.length) return -1;
      if (family === 1 && (prefix > 32 || len > 4) || family === 2 && (prefix > 128 || len > 16)) return -1;
      if (len > 0 && wire[p + len - 1] === 0) return -1;
      p += len;
    }
    return p;
  }
};
function gateway(kindKey, otherKinds = "refuse") {
  return {
    min: 0,
    parse(cur, rec) {
      const kind = rec[kindKey];
      if (kind === 0) {
        const t = cur.text();
        if (t !== ".") cur.fail("bad-gateway", `${cur.label} '${t}' must be '.' when its type is 0 (none).`);
        return ".";
      }
      const codec = [ipv4, ipv6, name][kind - 1];
      if (!codec) cur.fail("bad-gateway", `${cur.label} type '${kind}' is not 0, 1, 2 or 3.`);
      return codec.parse(cur, rec);
    },
    encode(v, out, rec) {
      const kind = rec[kindKey];
      if (kind === 1) ipv4.encode(v, out, rec);
      else if (kind === 2) ipv6.encode(v, out, rec);
      else if (kind === 3) out.bytes(nameToWire(v));
    },
    end(wire, at) {
      const kind = otherKinds === "opaque" ? wire[1] & 127 : wire[1];
      if (kind === 0) return at;
      if (kind === 3) return name.end?.(wire, at) ?? -1;
      if (kind === 1 || kind === 2) return fixedEnd(kind === 1 ? 4 : 16)(wire, at);
      return otherKinds === "opaque" ? wire.length : -1;
    }
  };
}
var discoveryBit = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 1, cur.label, index);
  },
  encode: () => {
  },
  end: (_wire, at) => at
};
var relayType = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 127, cur.label, index);
  },
  encode: (v, out, rec) => out.u8(rec.discovery << 7 | v),
  end: fixedEnd(1)
};
var hipKey = {
  min: 4,
  parse(cur) {
    const algorithm2 = parseDecimal(cur.text(), 255, "HIP algorithm", cur.i - 1);
    const hitText = cur.text();
    if (!/^(?:[0-9a-fA-F]{2}){1,255}$/.test(hitText)) cur.fail("bad-hex", `HIP HIT '${abbreviate(hitText)}' is not 1 to 255 octets of hexadecimal.`);
    const keyText = cur.text();
    if (!BASE64.test(keyText) || !paddingBitsZero(keyText)) cur.fail("bad-base64", `HIP public key '${abbreviate(keyText)}' is not valid base64.`);
    return { algorithm: algorithm2, hit: Buffer.from(hitText, "hex"), publicKey: Buffer.from(keyText, "base64") };
  },
  encode(v, out) {
    out.u8(v.hit.length);
    out.u8(v.algorithm);
    out.u16(v.publicKey.length);
    out.bytes(v.hit);
    out.bytes(v.publicKey);
  },
  // HIT length, algorithm, key length, HIT, key: neither empty.
  end(wire, at) {
    if (at + 4 > wire.length) return -1;
    const hit = wire[at];
    const key = wire[at + 2] << 8 | wire[at + 3];
    const end = at + 4 + hit + key;
    return hit === 0 || key === 0 || end > wire.length ? -1 : end;
  }
};
var ipsecPublicKey = base64();
var rkeyFlags = {
  ...u16,
  parse(cur, rec) {
    const index = cur.i;
    const v = u16.parse(cur, rec);
    if (v !== 0) throw new RdataError("bad-flags", `${cur.label} '${v}' must be 0: no RKEY flag is defined.`, index);
    return v;
  },
  end: (wire, at) => at + 2 <= wire.length && wire[at] === 0 && wire[at + 1] === 0 ? at + 2 : -1
};
var nsapAddress = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    if (!/^0[xX]/.test(t) || !/^[0-9a-fA-F.]*$/.test(t.slice(2))) cur.fail("bad-nsap", `${cur.label} '${t}' is not 0x followed by hex digits (dots allowed between them).`);
    const digits = t.slice(2).replaceAll(".", "");
    if (digits.length === 0 || digits.length % 2 !== 0) cur.fail("bad-nsap", `${cur.label} '${t}' needs a whole number of octets (an even, non-zero count of hex digits).`);
    return Uint8Array.from(Buffer.from(digits, "hex"));
  },
  encode: (v, out) => out.bytes(v),
  end: restEnd(1)
};
var psdnAddress = {
  min: 5,
  parse(cur, record) {
    const s = charString.parse(cur, record);
    if (!/^[0-9]{4,}$/.test(s.value)) cur.fail("bad-x25", `${cur.label} '${s.value}' is not a PSDN address of at least four decimal digits.`);
    return s;
  },
  encode: charString.encode,
  end(wire, at) {
    const end = charString.end?.(wire, at) ?? -1;
    return end - at >= 5 && wire.subarray(at + 1, end).every((c) => c >= 48 && c <= 57) ? end : -1;
  }
};
var netdb;
function readNetdb(file) {
  try {
    return readFileSync(file, "latin1").split("\n").map((l) => l.replace(/#.*/, "").trim().split(/\s+/)).filter((w) => w.length >= 2);
  } catch {
    return [];
  }
}
function hostNetdb() {
  if (!netdb) {
    const protocols = /* @__PURE__ */ new Map();
    for (const [name2, number, ...aliases] of readNetdb("/etc/protocols")) {
      for (const n of [name2, ...aliases]) if (!protocols.has(n)) protocols.set(n, Number(number));
    }
    const services = /* @__PURE__ */ new Map();
    for (const [name2, portProto, ...aliases] of readNetdb("/etc/services")) {
      const [port, proto] = portProto.split("/");
      for (const n of [name2, ...aliases]) {
        if (!services.has(`${n}/${proto}`)) services.set(`${n}/${proto}`, Number(port));
        if (!services.has(n)) services.set(n, Number(port));
      }
    }
    netdb = { protocols, services };
  }
  return netdb;
}
function strtol(text2) {
  return text2 === "" || /^[+-]?[0-9]+$/.test(text2) ? Number(text2) : void 0;
}
var wksProtocol = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    const n = strtol(t) ?? hostNetdb().protocols.get(t);
    if (n === void 0) return cur.fail("bad-wks", `${cur.label} '${t}' is neither a number nor a protocol this host knows.`);
    if (n < 0 || n > 255) cur.fail("number-too-large", `${cur.label} '${t}' is not between 0 and 255.`);
    return n;
  },
  encode: (v, out) => out.u8(v),
  end: fixedEnd(1)
};
var wksServices = {
  min: 0,
  parse(cur, rec) {
    const proto = { 6: "tcp", 17: "udp" }[rec.protocol];
    const ports = /* @__PURE__ */ new Set();
    while (!cur.done) {
      const t = cur.text();
      const services = strtol(t) === void 0 ? hostNetdb().services : void 0;
      const find = (s) => services?.get(proto ? `${s}/${proto}` : s);
      const port = strtol(t) ?? find(t.toLowerCase()) ?? find(t);
      if (port === void 0) return cur.fail("bad-wks", `${cur.label} '${t}' is neither a port number nor a service this host knows${proto ? ` for ${proto.toUpperCase()}` : ""}.`);
      if (port < 0 || port > 65535) cur.fail("number-too-large", `${cur.label} '${t}' is not a port between 0 and 65535.`);
      ports.add(port);
    }
    return [...ports].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND takes a bitmap of at most 8192 octets (ports 0-65535) whose last octet is not zero.
  end: (wire, at) => wire.length - at <= 8192 && (wire.length === at || wire[wire.length - 1] !== 0) ? wire.length : -1
};
function flatBitmap(numbers, out) {
  if (numbers.length === 0) return;
  const bits = new Uint8Array((numbers[numbers.length - 1] >> 3) + 1);
  for (const n of numbers) bits[n >> 3] |= 128 >> (n & 7);
  out.bytes(bits);
}
var atmAddress = {
  min: 1,
  parse(cur) {
    const field = cur.take();
    const t = field.text;
    if (!field.quoted && /^\+[0-9]+(?:\.[0-9]+)*$/.test(t)) return { format: 1, address: Buffer.from(t.slice(1).replaceAll(".", ""), "latin1") };
    const hex2 = /^[0-9a-fA-F]+(?:\.[0-9a-fA-F]+)*$/.test(t) ? t.replaceAll(".", "") : "";
    if (field.quoted || hex2.length === 0 || hex2.length % 2 !== 0) {
      cur.fail("bad-atma", `${cur.label} '${t}' is neither + and E.164 digits nor an even number of hex digits (single dots allowed between digits).`);
    }
    return { format: 0, address: Buffer.from(hex2, "hex") };
  },
  encode(v, out) {
    out.u8(v.format);
    out.bytes(v.address);
  },
  // A format octet and an address of one octet or more; E.164 (format 1) is digits only.
  end(wire, at) {
    if (wire.length - at < 2) return -1;
    return wire[at] === 1 && !wire.subarray(at + 1).every((c) => c >= 48 && c <= 57) ? -1 : wire.length;
  }
};
function a6Suffix(prefixLength) {
  return { octets: prefixLength === 128 ? 0 : 16 - Math.floor(prefixLength / 8), mask: 255 >> prefixLength % 8 };
}
var a6Address = {
  min: 1,
  parse(cur, rec) {
    const prefixLength = parseDecimal(cur.text(), 128, cur.label + " prefix length", cur.i - 1);
    const { octets, mask } = a6Suffix(prefixLength);
    let suffix = new Uint8Array(0);
    if (octets > 0) {
      const t = cur.text();
      const bytes = parseIPv6(t);
      if (!bytes) return cur.fail("bad-ipv6", `${cur.label} suffix '${t}' is not an IPv6 address.`);
      suffix = bytes.slice(16 - octets);
      suffix[0] &= mask;
    }
    return { prefixLength, suffix, prefix: prefixLength === 0 ? void 0 : name.parse(cur, rec) };
  },
  encode(v, out) {
    out.u8(v.prefixLength);
    out.bytes(v.suffix);
    if (v.prefix !== void 0) out.bytes(nameToWire(v.prefix));
  },
  end(wire, at) {
    if (at >= wire.length || wire[at] > 128) return -1;
    const prefixLength = wire[at];
    const { octets, mask } = a6Suffix(prefixLength);
    const after = at + 1 + octets;
    if (after > wire.length || octets > 0 && (wire[at + 1] & ~mask) !== 0) return -1;
    return prefixLength === 0 ? after : name.end?.(wire, after) ?? -1;
  }
};
function nxtType(cur) {
  const index = cur.i;
  const t = cur.text();
  let n = typeNumber(t);
  if (/^[+-]?[0-9]+$/.test(t)) {
    const limit = 2n ** 63n;
    const v = BigInt(t);
    n = Number(BigInt.asUintN(16, v >= limit ? limit - 1n : v < -limit ? -limit : v));
  }
  if (n === void 0) throw new RdataError("bad-type", `${cur.label} '${t}' is not a record type.`, index);
  if (n < 1 || n > 127) throw new RdataError("bad-type", `${cur.label} '${t}' is not a type between 1 and 127, the only ones NXT lists.`, index);
  return n;
}
var nxtTypes = {
  min: 0,
  parse(cur) {
    const types2 = /* @__PURE__ */ new Set();
    while (!cur.done) types2.add(nxtType(cur));
    return [...types2].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND refuses a bitmap with bit 0 set, over 16 octets, or ending in a zero octet.
  end(wire, at) {
    const rest2 = wire.length - at;
    if (rest2 === 0) return at;
    return (wire[at] & 128) !== 0 || rest2 > 16 || wire[wire.length - 1] === 0 ? -1 : wire.length;
  }
};

// src/zone/rdata/svcb.ts
import { isUtf8 } from "node:buffer";
var SVC_KEYS = /* @__PURE__ */ new Map([
  ["mandatory", 0],
  ["alpn", 1],
  ["no-default-alpn", 2],
  ["port", 3],
  ["ipv4hint", 4],
  ["ech", 5],
  ["ipv6hint", 6],
  ["dohpath", 7],
  ["ohttp", 8]
]);
var KEY_NAMES = new Map([...SVC_KEYS].map(([n, k]) => [k, n]));
function svcKeyName(key) {
  return KEY_NAMES.get(key) ?? `key${key}`;
}
function keyNumber(text2) {
  const known = SVC_KEYS.get(text2);
  if (known !== void 0) return known;
  const m = /^key([0-9]{1,5})$/.exec(text2);
  return m && Number(m[1]) <= 65535 ? Number(m[1]) : void 0;
}
function splitList(v, escapes, fail) {
  const items = [];
  let cur = "";
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === ",") {
      items.push(cur);
      cur = "";
    } else if (c === "\\" && escapes) {
      const next = v[i + 1];
      if (next !== "," && next !== "\\") fail(`a backslash in a list item must escape ',' or '\\'`);
      cur += next;
      i++;
    } else {
      cur += c;
    }
  }
  items.push(cur);
  if (items.some((s) => s === "")) fail("the list has an empty item");
  return items;
}
function addresses(bytes, kind) {
  return (v, fail) => Uint8Array.from(
    Buffer.concat(
      splitList(v, false, fail).map((a) => bytes(a) ?? fail(`'${a}' is not an ${kind} address`))
    )
  );
}
var latin1 = (s) => Uint8Array.from(Buffer.from(s, "latin1"));
var VALUE = /* @__PURE__ */ new Map([
  [0, (v, fail) => {
    const keys = splitList(v, false, fail).map((k) => keyNumber(k) ?? fail(`'${k}' is not a SvcParamKey`));
    if (keys.includes(0)) fail(`'mandatory' cannot list itself`);
    if (new Set(keys).size !== keys.length) fail("a key is listed twice");
    const out = Buffer.alloc(keys.length * 2);
    keys.sort((a, b) => a - b).forEach((k, i) => out.writeUInt16BE(k, i * 2));
    return Uint8Array.from(out);
  }],
  [1, (v, fail) => {
    const ids = splitList(v, true, fail);
    const long = ids.find((s) => s.length > 255);
    if (long !== void 0) fail(`the protocol id '${abbreviate(long)}' is longer than 255 octets`);
    return latin1(ids.map((s) => String.fromCharCode(s.length) + s).join(""));
  }],
  [2, null],
  [3, (v, fail) => {
    if (!/^[0-9]+$/.test(v) || Number(v) > 65535) fail(`'${v}' is not a port number`);
    return Uint8Array.of(Number(v) >> 8, Number(v) & 255);
  }],
  [4, addresses(parseIPv4, "IPv4")],
  [5, (v, fail) => {
    if (!BASE64.test(v)) fail(`'${abbreviate(v)}' is not base64`);
    return Uint8Array.from(Buffer.from(v, "base64"));
  }],
  [6, addresses(parseIPv6, "IPv6")],
  [7, (v) => latin1(v)],
  [8, null]
]);
function validValue(key, value) {
  switch (key) {
    case 0:
      if (value.length === 0 || value.length % 2 !== 0) return false;
      for (let i = 2; i < value.length; i += 2) if ((value[i - 2] << 8 | value[i - 1]) >= (value[i] << 8 | value[i + 1])) return false;
      return true;
    case 1:
      if (value.length === 0) return false;
      for (let i = 0; i < value.length; i += value[i] + 1) if (value[i] === 0 || i + 1 + value[i] > value.length) return false;
      return true;
    case 2:
      return value.length === 0;
    case 3:
      return value.length === 2;
    case 4:
      return value.length > 0 && value.length % 4 === 0;
    case 6:
      return value.length > 0 && value.length % 16 === 0;
    case 7:
      return value[0] === 47 && Buffer.from(value).includes("{?dns}") && isUtf8(value);
    default:
      return true;
  }
}
function valueField(cur, field, at) {
  const text2 = field.text.slice(at);
  const next = cur.fields[cur.i];
  if (text2 === "" && next?.quoted && next.span.source === field.span.source && next.span.start === field.span.end) {
    cur.i++;
    return next;
  }
  const start = field.span.start + at;
  if (text2.length >= 2 && text2.startsWith('"') && text2.endsWith('"')) {
    return { text: text2.slice(1, -1), quoted: true, span: { source: field.span.source, start, end: field.span.end } };
  }
  return { text: text2, quoted: false, span: { source: field.span.source, start, end: field.span.end } };
}
function param(cur) {
  const index = cur.i;
  const field = cur.token();
  const eq = field.text.indexOf("=");
  const keyText = eq === -1 ? field.text : field.text.slice(0, eq);
  const key = keyNumber(keyText);
  const fail = (why) => {
    throw new RdataError("bad-svcparam", `${cur.label} '${abbreviate(field.text)}': ${why}.`, index);
  };
  if (key === void 0) fail(`'${keyText}' is not a SvcParamKey (registered names are lower case; others are written keyNNNNN)`);
  const k = key;
  const parser = keyText.startsWith("key") ? void 0 : VALUE.get(k);
  const generic2 = (value2) => {
    if (!validValue(k, value2)) fail(`${value2.length === 0 ? "an empty value" : "the value"} is not the wire form of '${svcKeyName(k)}'`);
    return { key: k, value: value2, field: index };
  };
  if (eq === -1) {
    if (parser) fail("this key needs a value");
    return generic2(new Uint8Array(0));
  }
  if (parser === null) fail("this key takes no value");
  const vf = valueField(cur, field, eq + 1);
  const v = decodeField(vf, index, `${cur.label} ${keyText}`).value;
  if (!parser) return generic2(latin1(v));
  if (v === "" && k !== 5) fail("the value is empty");
  const value = parser(v, fail);
  if (!validValue(k, value)) fail(`'${abbreviate(v)}' is not a valid ${svcKeyName(k)}`);
  return { key: k, value, field: index };
}
var svcParams = {
  min: 0,
  parse(cur) {
    const params = [];
    while (!cur.done) params.push(param(cur));
    const seen = /* @__PURE__ */ new Set();
    for (const p of params) {
      if (seen.has(p.key)) throw new RdataError("bad-svcparam", `${cur.label} '${svcKeyName(p.key)}' is given twice.`, p.field);
      seen.add(p.key);
    }
    const mandatory = params.find((p) => p.key === 0);
    for (let i = 0; mandatory && i < mandatory.value.length; i += 2) {
      const k = mandatory.value[i] << 8 | mandatory.value[i + 1];
      if (!seen.has(k)) throw new RdataError("bad-svcparam", `${cur.label} 'mandatory' lists '${svcKeyName(k)}', which the record does not have.`, mandatory.field);
    }
    const noDefault = params.find((p) => p.key === 2);
    if (noDefault && !seen.has(1)) throw new RdataError("bad-svcparam", `${cur.label} 'no-default-alpn' needs an 'alpn' parameter beside it.`, noDefault.field);
    return params.sort((a, b) => a.key - b.key);
  },
  /** The params of `\#` data end the rdata: keys ascending, each value its key's wire form. */
  end(wire, at) {
    let last = -1;
    while (at < wire.length) {
      if (at + 4 > wire.length) return -1;
      const key = wire[at] << 8 | wire[at + 1];
      const length = wire[at + 2] << 8 | wire[at + 3];
      if (key <= last || at + 4 + length > wire.length || !validValue(key, wire.subarray(at + 4, at + 4 + length))) return -1;
      last = key;
      at += 4 + length;
    }
    return at;
  },
  encode(params, out) {
    for (const p of params) {
      out.u16(p.key);
      out.u16(p.value.length);
      out.bytes(p.value);
    }
  }
};

// src/zone/rdata/schema.ts
function f(key, codec) {
  return { key, codec };
}
var algorithm = uint(8, ALGORITHMS);
var digest = (key, at, octets) => hexBlob({ key, at, octets });
var target = [f("target", name)];
var text = [f("strings", charStrings)];
var dnskey = [f("flags", u16), f("protocol", u8), f("algorithm", algorithm), f("publicKey", base64())];
var rkey = [f("flags", rkeyFlags), f("protocol", u8), f("algorithm", algorithm), f("publicKey", base64())];
var ds = [f("keyTag", u16), f("algorithm", algorithm), f("digestType", u8), f("digest", digest("digestType", 3, { 1: 20, 2: 32, 4: 48 }))];
var tlsa = [f("usage", u8), f("selector", u8), f("matchingType", u8), f("data", hex)];
var sigHead = [
  f("typeCovered", rrType),
  f("algorithm", algorithm),
  f("labels", u8),
  f("originalTtl", ttl),
  f("expiration", sigTime),
  f("inception", sigTime),
  f("keyTag", u16)
];
var rrsig = [...sigHead, f("signer", signer), f("signature", base64())];
var sig = [...sigHead, f("signer", name), f("signature", base64())];
var svcb = [f("priority", u16), f("target", name), f("params", svcParams)];
var preferred = (key) => [f("preference", u16), f(key, name)];
var SCHEMA = {
  A: { fields: [f("address", ipv4)] },
  AAAA: { fields: [f("address", ipv6)] },
  A6: { fields: [f("address", a6Address)] },
  NS: { fields: target },
  CNAME: { fields: target },
  DNAME: { fields: target },
  PTR: { fields: target },
  ALIAS: { fields: target },
  MB: { fields: target },
  MD: { fields: target },
  MF: { fields: target },
  MG: { fields: target },
  MR: { fields: target },
  MX: { fields: preferred("exchange") },
  RT: { fields: preferred("intermediate") },
  KX: { fields: preferred("exchanger") },
  LP: { fields: preferred("fqdn") },
  AFSDB: { fields: [f("subtype", u16), f("hostname", name)] },
  MINFO: { fields: [f("rmailbx", name), f("emailbx", name)] },
  RP: { fields: [f("mailbox", name), f("txtDomain", name)] },
  TALINK: { fields: [f("previous", name), f("next", name)] },
  PX: { fields: [f("preference", u16), f("map822", name), f("mapx400", name)] },
  TXT: { fields: text },
  SPF: { fields: text },
  WALLET: { fields: text },
  RESINFO: { fields: text },
  NINFO: { fields: text },
  AVC: { fields: text },
  HINFO: { fields: [f("cpu", charString), f("os", charString)] },
  X25: { fields: [f("address", psdnAddress)] },
  ATMA: { fields: [f("address", atmAddress)] },
  WKS: { fields: [f("address", ipv4), f("protocol", wksProtocol), f("services", wksServices)] },
  ISDN: { fields: [f("address", charString), f("subaddress", optional(charString))] },
  GPOS: { fields: [f("longitude", charString), f("latitude", charString), f("altitude", charString)] },
  SINK: { fields: [f("meaning", u8), f("coding", u8), f("subcoding", u8), f("data", base64(true))] },
  DOA: { fields: [f("enterprise", u32), f("doaType", u32), f("location", u8), f("mediaType", charString), f("data", base64OrDash)] },
  NSAP: { fields: [f("address", nsapAddress)] },
  SOA: {
    fields: [
      f("mname", name),
      f("rname", name),
      f("serial", u32),
      f("refresh", ttl),
      f("retry", ttl),
      f("expire", ttl),
      f("minimum", ttl)
    ]
  },
  SRV: { fields: [f("priority", u16), f("weight", u16), f("port", u16), f("target", name)] },
  NAPTR: {
    fields: [
      f("order", u16),
      f("preference", u16),
      f("flags", charString),
      f("services", charString),
      f("regexp", charString),
      f("replacement", name)
    ]
  },
  CAA: { fields: [f("flags", u8), f("tag", tag), f("value", lastString)] },
  URI: { fields: [f("priority", u16), f("weight", u16), f("target", quotedLastString)] },
  TLSA: { fields: tlsa },
  SMIMEA: { fields: tlsa },
  SSHFP: { fields: [f("algorithm", u8), f("fingerprintType", u8), f("fingerprint", digest("fingerprintType", 1, { 1: 20, 2: 32 }))] },
  DS: { fields: ds },
  CDS: { fields: ds },
  DLV: { fields: ds },
  TA: { fields: ds },
  DNSKEY: { fields: dnskey },
  CDNSKEY: { fields: dnskey },
  KEY: { fields: dnskey },
  RKEY: { fields: rkey },
  RRSIG: { fields: rrsig },
  SIG: { fields: sig },
  NSEC: { fields: [f("next", name), f("types", nsecBitmap)] },
  NXT: { fields: [f("next", name), f("types", nxtTypes)] },
  NSEC3: {
    fields: [
      f("hashAlgorithm", u8),
      f("flags", u8),
      f("iterations", u16),
      f("salt", salt),
      f("nextHashed", base32hex),
      f("types", typeBitmap)
    ]
  },
  NSEC3PARAM: { fields: [f("hashAlgorithm", u8), f("flags", u8), f("iterations", u16), f("salt", salt)] },
  CSYNC: { fields: [f("serial", u32), f("flags", u16), f("types", typeBitmap)] },
  ZONEMD: { fields: [f("serial", u32), f("scheme", u8), f("hashAlgorithm", u8), f("digest", digest("hashAlgorithm", 5, { 1: 48, 2: 64 }))] },
  CERT: { fields: [f("certType", uint(16, CERT_TYPES)), f("keyTag", u16), f("algorithm", algorithm), f("certificate", base64())] },
  DHCID: { fields: [f("data", base64())] },
  OPENPGPKEY: { fields: [f("publicKey", base64())] },
  HHIT: { fields: [f("data", base64())] },
  BRID: { fields: [f("data", base64())] },
  IPSECKEY: {
    fields: [f("precedence", u8), f("gatewayType", u8), f("algorithm", u8), f("gateway", gateway("gatewayType")), f("publicKey", base64())]
  },
  AMTRELAY: { fields: [f("precedence", u8), f("discovery", discoveryBit), f("relayType", relayType), f("relay", gateway("relayType", "opaque"))] },
  HIP: { fields: [f("key", hipKey), f("rendezvousServers", names)] },
  APL: { fields: [f("items", aplItems)] },
  LOC: {
    fields: [
      f("version", zero),
      f("latitude", coordinate(90, "N", "S")),
      f("longitude", coordinate(180, "E", "W")),
      f("altitude", altitude),
      f("size", precision(100)),
      f("horizontalPrecision", precision(1e6)),
      f("verticalPrecision", precision(1e3))
    ],
    wire: ["version", "size", "horizontalPrecision", "verticalPrecision", "latitude", "longitude", "altitude"],
    // A version other than 0 has no known layout (RFC 1876 §2): BIND keeps its octets unread.
    opaque: (wire) => wire.length > 0 && wire[0] !== 0
  },
  EUI48: { fields: [f("address", hexGroups(6, 2, "-", true))] },
  EUI64: { fields: [f("address", hexGroups(8, 2, "-", true))] },
  EID: { fields: [f("endpoint", hex)] },
  NIMLOC: { fields: [f("locator", hex)] },
  NID: { fields: [f("preference", u16), f("nodeId", hexGroups(4, 4, ":"))] },
  L64: { fields: [f("preference", u16), f("locator", hexGroups(4, 4, ":"))] },
  L32: { fields: [f("preference", u16), f("locator", ipv4)] },
  DSYNC: { fields: [f("rrtype", rrType), f("scheme", uint(8, DSYNC_SCHEMES)), f("port", u16), f("target", name)] },
  SVCB: { fields: svcb },
  HTTPS: { fields: svcb }
};
function typeSpec(type) {
  return Object.prototype.hasOwnProperty.call(SCHEMA, type) ? SCHEMA[type] : void 0;
}
function minWire(spec) {
  return spec.fields.reduce((n, s) => n + s.codec.min, 0);
}

// src/zone/rdata/index.ts
var LABELS = /* @__PURE__ */ new Map();
function labelsOf(mnemonic, fields) {
  let labels = LABELS.get(mnemonic);
  if (!labels) {
    labels = fields.map((f2) => fieldLabel(mnemonic, f2.key));
    LABELS.set(mnemonic, labels);
  }
  return labels;
}
function generic(cur, label) {
  cur.i = 1;
  cur.label = `${label} generic rdata length`;
  const lengthIndex = cur.i;
  const length = parseDecimal(cur.text(), 65535, cur.label, lengthIndex);
  let digits = "";
  while (!cur.done) {
    const t = cur.text();
    if (!/^[0-9a-fA-F]*$/.test(t)) cur.fail("bad-hex", `${label} generic rdata '${abbreviate(t)}' is not hexadecimal.`);
    digits += t;
  }
  if (digits.length % 2 !== 0) cur.fail("bad-hex", `${label} generic rdata has an odd number of hex digits.`);
  if (digits.length / 2 !== length) {
    throw new RdataError("generic-length", `${label} generic rdata is declared as ${length} octets but ${digits.length / 2} are given.`, lengthIndex);
  }
  return Uint8Array.from(Buffer.from(digits, "hex"));
}
function wireFits(spec, wire) {
  if (spec.opaque?.(wire)) return true;
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  let at = 0;
  for (const key of spec.wire ?? byKey.keys()) {
    const field = byKey.get(key);
    if (!field?.codec.end) return true;
    at = field.codec.end(wire, at);
    if (at === -1) return false;
  }
  return at === wire.length;
}
var GENERIC_ONLY = /* @__PURE__ */ new Set(["NULL", "UINFO", "UID", "GID", "UNSPEC"]);
function isGeneric(fields) {
  return fields.length > 0 && !fields[0].quoted && fields[0].text === "\\#";
}
function parseRdata(type, fields, origin) {
  const n = typeNumber(type);
  if (n === void 0) return { ok: false, error: { code: "unknown-type", message: `'${type}' is not a known record type.`, field: 0 } };
  const mnemonic = typeName(n);
  if (isMetaType(n)) return { ok: false, error: { code: "meta-type", message: `${mnemonic} is a meta type: it exists only in DNS messages, never as a record in a zone.`, field: 0 } };
  const spec = typeSpec(mnemonic);
  const cur = new Cursor(fields, origin);
  try {
    if (isGeneric(fields)) {
      const wire = generic(cur, mnemonic);
      if (spec && wire.length < minWire(spec) && !spec.opaque?.(wire)) {
        throw new RdataError("generic-length", `${mnemonic} generic rdata of ${wire.length} octets is too short for a ${mnemonic} record.`, 1);
      }
      if (spec && !wireFits(spec, wire)) {
        throw new RdataError("bad-generic", `${mnemonic} generic rdata is not a ${mnemonic} record in wire form (BIND decodes it and refuses it).`, 1);
      }
      return { ok: true, rdata: { type: "unknown", rrtype: n, wire } };
    }
    if (!spec) {
      if (mnemonic.startsWith("TYPE") || GENERIC_ONLY.has(mnemonic)) {
        throw new RdataError("generic-required", `${mnemonic} has no known presentation form; write its rdata as \\# <length> <hex>.`, 0);
      }
      return { ok: true, rdata: { type: "unknown", rrtype: n, wire: null } };
    }
    const record = { type: mnemonic };
    const labels = labelsOf(mnemonic, spec.fields);
    for (let k = 0; k < spec.fields.length; k++) {
      cur.label = labels[k];
      record[spec.fields[k].key] = spec.fields[k].codec.parse(cur, record);
    }
    if (!cur.done) cur.fail("unexpected-field", `${mnemonic} has an unexpected extra value '${abbreviate(fields[cur.i].text)}'.`, 0);
    return { ok: true, rdata: record };
  } catch (e) {
    if (e instanceof RdataError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
}
function rdataToWire(rdata) {
  if (rdata.type === "unknown") return rdata.wire;
  const spec = typeSpec(rdata.type);
  if (!spec) throw new Error(`no field table for ${rdata.type}`);
  const record = rdata;
  const out = new Writer();
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  for (const key of spec.wire ?? spec.fields.map((s) => s.key)) {
    const s = byKey.get(key);
    s?.codec.encode(record[key], out, record);
  }
  return out.finish();
}
function txtText(rdata) {
  return rdata.strings.length === 1 ? rdata.strings[0].value : rdata.strings.map((s) => s.value).join("");
}
function txtOffset(rdata, fields, index) {
  let i = Math.max(0, index);
  for (const s of rdata.strings) {
    if (i < s.value.length) return s.offsets ? s.offsets[i] : fieldCharOffset(fields[s.field], i);
    i -= s.value.length;
  }
  const last = rdata.strings[rdata.strings.length - 1];
  const field = fields[last.field];
  return fieldCharOffset(field, field.text.length);
}

export {
  parseName,
  nameProblem,
  nameLabels,
  nameKey,
  relativeName,
  commonSuffix,
  parseIPv4,
  parseIPv6,
  parseClientIp,
  prefixMatch,
  formatIPv6,
  formatIp,
  reverseLabels,
  reverseName,
  typeNumber,
  typeName,
  isObsoleteType,
  parseTtl,
  abbreviate,
  name,
  typeSpec,
  parseRdata,
  rdataToWire,
  txtText,
  txtOffset
};
