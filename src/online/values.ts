/**
 * One text form for a record's data, whether it comes from the repository (typed rdata) or from
 * the wire (dns-packet's decoded data), so the two compare as strings and the same string can
 * stand in a message: `10 mx1.example.com.`, `"v=spf1 -all"`, `3 1 1 ab12…`.
 * Names are lower-cased (DNS compares them so); TXT compares by its joined text, which is what
 * SPF, DMARC and DKIM read.
 */
import type { ZoneRecord } from '../model/record.ts';
import { formatIPv6, parseIPv4, parseIPv6 } from '../model/ip.ts';
import { rdataOf, txtOf } from '../engine/records.ts';
import { rdataToWire, parseRdata } from '../zone/rdata/index.ts';
import { nameKey } from '../zone/names.ts';
import type { LiveRecord } from './dns-client.ts';

function absolute(name: string): string {
  const lower = name.toLowerCase();
  return lower === '' || lower === '.' ? '.' : lower.endsWith('.') ? lower : lower + '.';
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function quoteText(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 117) + '…' : text);
}

export interface Value {
  /** What two records are compared by. */
  key: string;
  /** How a message shows the data. */
  shown: string;
}

/** The repository's record as a Value, or undefined when its rdata could not be typed. */
export function recordValue(record: ZoneRecord): Value | undefined {
  switch (record.type) {
    case 'A': {
      const a = rdataOf(record, 'A');
      return a && same(a.address);
    }
    case 'AAAA': {
      const a = rdataOf(record, 'AAAA');
      const bytes = a && parseIPv6(a.address);
      return bytes ? same(formatIPv6(bytes)) : undefined;
    }
    case 'MX': {
      const mx = rdataOf(record, 'MX');
      return mx && same(`${mx.preference} ${nameKey(mx.exchange)}`);
    }
    case 'TXT': {
      const txt = txtOf(record);
      return txt && { key: txt.text, shown: quoteText(txt.text) };
    }
    case 'TLSA': {
      const t = rdataOf(record, 'TLSA');
      return t && same(`${t.usage} ${t.selector} ${t.matchingType} ${hex(t.data)}`);
    }
    case 'SOA': {
      const soa = rdataOf(record, 'SOA');
      return soa && soaValue(nameKey(soa.mname), nameKey(soa.rname), soa);
    }
    case 'CNAME':
    case 'NS': {
      const target = record.type === 'NS' ? rdataOf(record, 'NS')?.target : rdataOf(record, 'CNAME')?.target;
      return target === undefined ? undefined : same(nameKey(target));
    }
    default: {
      const parsed = parseRdata(record.type, record.fields, record.origin);
      const wire = parsed.ok ? rdataToWire(parsed.rdata) : null;
      return wire ? same(`\\# ${wire.length} ${hex(wire)}`) : undefined;
    }
  }
}

/** A record of a live answer as a Value. */
export function liveValue(record: LiveRecord): Value {
  const data = record.data;
  switch (record.type) {
    case 'A':
      return same(typeof data === 'string' && parseIPv4(data) ? data : String(data));
    case 'AAAA': {
      const bytes = typeof data === 'string' ? parseIPv6(data) : null;
      return same(bytes ? formatIPv6(bytes) : String(data));
    }
    case 'MX': {
      const mx = data as { preference: number; exchange: string };
      return same(`${mx.preference} ${absolute(mx.exchange)}`);
    }
    case 'TXT': {
      const strings = (Array.isArray(data) ? data : [data]) as (Buffer | string)[];
      const text = strings.map((s) => (typeof s === 'string' ? s : s.toString('latin1'))).join('');
      return { key: text, shown: quoteText(text) };
    }
    case 'TLSA': {
      const t = data as { usage: number; selector: number; matchingType: number; certificate: Buffer };
      return same(`${t.usage} ${t.selector} ${t.matchingType} ${hex(t.certificate)}`);
    }
    case 'SOA': {
      const s = data as { mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number };
      return soaValue(absolute(s.mname), absolute(s.rname), s);
    }
    case 'CNAME':
    case 'NS':
      return same(absolute(String(data)));
    default:
      return same(Buffer.isBuffer(data) ? `\\# ${data.length} ${hex(data)}` : JSON.stringify(data));
  }
}

function soaValue(mname: string, rname: string, s: { serial: number; refresh: number; retry: number; expire: number; minimum: number }): Value {
  return same(`${mname} ${rname} ${s.serial} ${s.refresh} ${s.retry} ${s.expire} ${s.minimum}`);
}

function same(text: string): Value {
  return { key: text, shown: text };
}

/** The serial of an SOA answer or record, for the serial check. */
export function soaSerial(data: unknown): number | undefined {
  const serial = (data as { serial?: unknown } | undefined)?.serial;
  return typeof serial === 'number' ? serial : undefined;
}
