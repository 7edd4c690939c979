/** SVCB/HTTPS SvcParams (RFC 9460 §2.1 and Appendix A): `key=value` fields → sorted key/value pairs. */
import { isUtf8 } from 'node:buffer';
import type { RdataField } from '../../model/record.ts';
import { parseIPv4, parseIPv6 } from '../../model/ip.ts';
import { type Codec, type Cursor, RdataError, type Writer } from './codec.ts';
import { BASE64 } from './codecs.ts';
import { abbreviate, decodeField } from './text.ts';

export interface SvcParam {
  /** SvcParamKey number (`alpn` = 1, `key65535` = 65535). */
  key: number;
  /** Wire form of the value (empty for `no-default-alpn`). */
  value: Uint8Array;
  /** Index of the rdata field where it is written. */
  field: number;
}

/** Registered SvcParamKeys, name → number (RFC 9460 §14.3.2, RFC 9461, RFC 9540). */
export const SVC_KEYS: ReadonlyMap<string, number> = new Map([
  ['mandatory', 0], ['alpn', 1], ['no-default-alpn', 2], ['port', 3], ['ipv4hint', 4], ['ech', 5], ['ipv6hint', 6],
  ['dohpath', 7], ['ohttp', 8],
]);

const KEY_NAMES = new Map([...SVC_KEYS].map(([n, k]) => [k, n]));

/** `alpn` for 1, `key65280` for unregistered keys. */
export function svcKeyName(key: number): string {
  return KEY_NAMES.get(key) ?? `key${key}`;
}

function keyNumber(text: string): number | undefined {
  const known = SVC_KEYS.get(text);
  if (known !== undefined) return known;
  const m = /^key([0-9]{1,5})$/.exec(text);
  return m && Number(m[1]) <= 0xffff ? Number(m[1]) : undefined;
}

/** Splits a value list at commas; with `escapes`, `\,` and `\\` stand for themselves (RFC 9460 App. A.1). */
function splitList(v: string, escapes: boolean, fail: (why: string) => never): string[] {
  const items: string[] = [];
  let cur = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === ',') {
      items.push(cur);
      cur = '';
    } else if (c === '\\' && escapes) {
      const next = v[i + 1];
      if (next !== ',' && next !== '\\') fail(`a backslash in a list item must escape ',' or '\\'`);
      cur += next;
      i++;
    } else {
      cur += c;
    }
  }
  items.push(cur);
  if (items.some((s) => s === '')) fail('the list has an empty item');
  return items;
}

type ValueParser = (value: string, fail: (why: string) => never) => Uint8Array;

function addresses(bytes: (s: string) => Uint8Array | null, kind: string): ValueParser {
  return (v, fail) =>
    Uint8Array.from(
      Buffer.concat(
        splitList(v, false, fail).map((a) => bytes(a) ?? fail(`'${a}' is not an ${kind} address`)),
      ),
    );
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));

/** How each registered key's value is read; `null` for keys that take no value. */
const VALUE: ReadonlyMap<number, ValueParser | null> = new Map<number, ValueParser | null>([
  [0, (v, fail) => {
    const keys = splitList(v, false, fail).map((k) => keyNumber(k) ?? fail(`'${k}' is not a SvcParamKey`));
    if (keys.includes(0)) fail(`'mandatory' cannot list itself`);
    if (new Set(keys).size !== keys.length) fail('a key is listed twice');
    const out = Buffer.alloc(keys.length * 2);
    keys.sort((a, b) => a - b).forEach((k, i) => out.writeUInt16BE(k, i * 2));
    return Uint8Array.from(out);
  }],
  [1, (v, fail) => {
    const ids = splitList(v, true, fail);
    const long = ids.find((s) => s.length > 255);
    if (long !== undefined) fail(`the protocol id '${abbreviate(long)}' is longer than 255 octets`);
    return latin1(ids.map((s) => String.fromCharCode(s.length) + s).join(''));
  }],
  [2, null],
  [3, (v, fail) => {
    if (!/^[0-9]+$/.test(v) || Number(v) > 0xffff) fail(`'${v}' is not a port number`);
    return Uint8Array.of(Number(v) >> 8, Number(v) & 0xff);
  }],
  [4, addresses(parseIPv4, 'IPv4')],
  [5, (v, fail) => {
    if (!BASE64.test(v)) fail(`'${abbreviate(v)}' is not base64`);
    return Uint8Array.from(Buffer.from(v, 'base64'));
  }],
  [6, addresses(parseIPv6, 'IPv6')],
  [7, (v) => latin1(v)],
  [8, null],
]);

/**
 * Whether a value is a registered key's wire form, as BIND checks it whether the value came as
 * `\#` data or as `keyNNNNN=` octets: a port is two octets, address hints whole addresses, an
 * alpn list non-empty length-prefixed ids, a mandatory list ascending keys, no-default-alpn
 * empty, a dohpath a relative UTF-8 template with `{?dns}`. Other keys take any octets (ohttp too:
 * BIND 9.18 predates RFC 9540 and reads key8 as an unregistered key).
 */
function validValue(key: number, value: Uint8Array): boolean {
  switch (key) {
    case 0:
      if (value.length === 0 || value.length % 2 !== 0) return false;
      for (let i = 2; i < value.length; i += 2) if (((value[i - 2] << 8) | value[i - 1]) >= ((value[i] << 8) | value[i + 1])) return false;
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
      return value[0] === 0x2f /* / */ && Buffer.from(value).includes('{?dns}') && isUtf8(value);
    default:
      return true;
  }
}

/** The value text of a `key=value` field: quoted in the same field, or the next field when quoted right after `=`. */
function valueField(cur: Cursor, field: RdataField, at: number): RdataField {
  const text = field.text.slice(at);
  const next = cur.fields[cur.i];
  if (text === '' && next?.quoted && next.span.source === field.span.source && next.span.start === field.span.end) {
    cur.i++;
    return next;
  }
  const start = field.span.start + at;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return { text: text.slice(1, -1), quoted: true, span: { source: field.span.source, start, end: field.span.end } };
  }
  return { text, quoted: false, span: { source: field.span.source, start: start, end: field.span.end } };
}

function param(cur: Cursor): SvcParam {
  const index = cur.i;
  const field = cur.token();
  const eq = field.text.indexOf('=');
  const keyText = eq === -1 ? field.text : field.text.slice(0, eq);
  const key = keyNumber(keyText);
  const fail = (why: string): never => {
    throw new RdataError('bad-svcparam', `${cur.label} '${abbreviate(field.text)}': ${why}.`, index);
  };
  if (key === undefined) fail(`'${keyText}' is not a SvcParamKey (registered names are lower case; others are written keyNNNNN)`);
  const k = key as number;
  const parser = keyText.startsWith('key') ? undefined : VALUE.get(k);
  // A registered key written keyNNNNN holds its value's wire octets: they must be that key's wire form.
  const generic = (value: Uint8Array): SvcParam => {
    if (!validValue(k, value)) fail(`${value.length === 0 ? 'an empty value' : 'the value'} is not the wire form of '${svcKeyName(k)}'`);
    return { key: k, value, field: index };
  };
  if (eq === -1) {
    if (parser) fail('this key needs a value');
    return generic(new Uint8Array(0));
  }
  if (parser === null) fail('this key takes no value');
  const vf = valueField(cur, field, eq + 1);
  const v = decodeField(vf, index, `${cur.label} ${keyText}`).value;
  if (!parser) return generic(latin1(v));
  // An empty ech= is an empty config list, which BIND takes; every other registered key needs a value.
  if (v === '' && k !== 5) fail('the value is empty');
  const value = parser(v, fail);
  if (!validValue(k, value)) fail(`'${abbreviate(v)}' is not a valid ${svcKeyName(k)}`);
  return { key: k, value, field: index };
}

/** The SvcParams: the remaining fields, checked for duplicates, for `mandatory` keys that are absent and for no-default-alpn without alpn. */
export const svcParams: Codec<SvcParam[]> = {
  min: 0,
  parse(cur) {
    const params: SvcParam[] = [];
    while (!cur.done) params.push(param(cur));
    const seen = new Set<number>();
    for (const p of params) {
      if (seen.has(p.key)) throw new RdataError('bad-svcparam', `${cur.label} '${svcKeyName(p.key)}' is given twice.`, p.field);
      seen.add(p.key);
    }
    const mandatory = params.find((p) => p.key === 0);
    for (let i = 0; mandatory && i < mandatory.value.length; i += 2) {
      const k = (mandatory.value[i] << 8) | mandatory.value[i + 1];
      if (!seen.has(k)) throw new RdataError('bad-svcparam', `${cur.label} 'mandatory' lists '${svcKeyName(k)}', which the record does not have.`, mandatory.field);
    }
    // RFC 9460 §7.1.1: no-default-alpn goes with alpn (BIND refuses it alone).
    const noDefault = params.find((p) => p.key === 2);
    if (noDefault && !seen.has(1)) throw new RdataError('bad-svcparam', `${cur.label} 'no-default-alpn' needs an 'alpn' parameter beside it.`, noDefault.field);
    return params.sort((a, b) => a.key - b.key);
  },
  /** The params of `\#` data end the rdata: keys ascending, each value its key's wire form. */
  end(wire, at) {
    let last = -1;
    while (at < wire.length) {
      if (at + 4 > wire.length) return -1;
      const key = (wire[at] << 8) | wire[at + 1];
      const length = (wire[at + 2] << 8) | wire[at + 3];
      if (key <= last || at + 4 + length > wire.length || !validValue(key, wire.subarray(at + 4, at + 4 + length))) return -1;
      last = key;
      at += 4 + length;
    }
    return at;
  },
  encode(params, out: Writer) {
    for (const p of params) {
      out.u16(p.key);
      out.u16(p.value.length);
      out.bytes(p.value);
    }
  },
};

/** Protocol ids of an `alpn` value, decoded. */
export function alpnIds(value: Uint8Array): string[] {
  const ids: string[] = [];
  for (let i = 0; i < value.length; i += value[i] + 1) ids.push(Buffer.from(value.subarray(i + 1, i + 1 + value[i])).toString('latin1'));
  return ids;
}

