/**
 * Records in a form two readers can be compared by: owner (wire form, ASCII folded), TTL, type
 * number and rdata octets in hex. Used to compare mxlint's reader with BIND's (bind.test.ts reads
 * BIND's text output back; differential.test.ts parses BIND's raw output directly).
 */
import type { ZoneRecord } from '../../src/model/record.ts';
import { isAtOrBelow, nameKey, nameToWire } from '../../src/zone/names.ts';
import { parseRdata, rdataToWire, typeNumber } from '../../src/zone/rdata/index.ts';

export function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

/** A wire-form name with ASCII letters folded, as DNS compares owners. */
export function foldedWire(wire: Uint8Array): string {
  return hex(wire.map((c) => (c >= 65 && c <= 90 ? c + 32 : c)));
}

export function wireKey(owner: Uint8Array, ttl: number, type: number, rdata: Uint8Array | string): string {
  return `${foldedWire(owner)} ${ttl} ${type} ${typeof rdata === 'string' ? rdata : hex(rdata)}`;
}

const NSEC3 = 50;
const RRSIG = 46;

/**
 * The keys of the records at or below `origin`, sorted and without repeats. BIND drops
 * out-of-zone data ("ignoring out-of-zone data"), merges duplicates and gives an RRset the TTL of
 * its first record ("TTL set to prior TTL"); mxlint keeps records as written so that rules can
 * point at them. BIND keeps NSEC3 records and their RRSIGs in a tree of their own whose apex node
 * it never writes out: at the origin they are left out here too.
 */
export function recordKeys(records: readonly ZoneRecord[], origin: string): string[] {
  const out = new Set<string>();
  const rrsetTtl = new Map<string, number>();
  for (const r of records) {
    if (!isAtOrBelow(r.owner, origin)) continue;
    const parsed = parseRdata(r.type, r.fields, r.origin);
    if (!parsed.ok) throw new Error(`${r.owner} ${r.type}: ${parsed.error.message}`);
    const wire = rdataToWire(parsed.rdata);
    const type = typeNumber(r.type) ?? -1;
    const covered = type === RRSIG && wire ? (wire[0] << 8) | wire[1] : undefined;
    if ((type === NSEC3 || covered === NSEC3) && nameKey(r.owner) === nameKey(origin)) continue;
    const owner = nameToWire(r.owner);
    const rrset = `${foldedWire(owner)} ${type}`;
    if (!rrsetTtl.has(rrset)) rrsetTtl.set(rrset, r.ttl);
    out.add(wireKey(owner, rrsetTtl.get(rrset) as number, type, wire ?? `(no wire form: ${r.rdataText})`));
  }
  return [...out].sort();
}
