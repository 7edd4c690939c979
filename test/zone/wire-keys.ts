/**
 * Records in a form two readers can be compared by: owner (wire form, ASCII folded), TTL, type
 * number and rdata octets in hex. Used to compare mxlint's reader with BIND's (bind.test.ts reads
 * BIND's text output back; differential.test.ts parses BIND's raw output directly).
 */
import type { ZoneRecord } from '../../src/model/record.ts';
import { isAtOrBelow, nameToWire } from '../../src/zone/names.ts';
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

/**
 * The keys of the records at or below `origin`, sorted and without repeats. BIND drops
 * out-of-zone data ("ignoring out-of-zone data") and merges duplicates; mxlint keeps both so that
 * rules can point at them.
 */
export function recordKeys(records: readonly ZoneRecord[], origin: string): string[] {
  const out = new Set<string>();
  for (const r of records) {
    if (!isAtOrBelow(r.owner, origin)) continue;
    const parsed = parseRdata(r.type, r.fields, r.origin);
    if (!parsed.ok) throw new Error(`${r.owner} ${r.type}: ${parsed.error.message}`);
    const wire = rdataToWire(parsed.rdata);
    out.add(wireKey(nameToWire(r.owner), r.ttl, typeNumber(r.type) ?? -1, wire ?? `(no wire form: ${r.rdataText})`));
  }
  return [...out].sort();
}
