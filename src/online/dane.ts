/**
 * DANE needs DNSSEC: senders use TLSA records only when the answer validates (RFC 7672 §2.2),
 * so TLSA records in a zone without a DS record at its parent protect nothing. A file cannot
 * see the parent; DNS can.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import { tlsaRecords } from '../engine/mail-records.ts';
import { nameKey } from '../zone/names.ts';
import { finding } from './findings.ts';
import { describe, type Lookup, ofType } from './lookup.ts';

export async function checkDaneSigned(zone: Zone, lookup: Lookup): Promise<Diagnostic[]> {
  const first = tlsaRecords(zone).find((t) => t.smtp);
  if (!first) return [];
  const ds = await lookup.ask(zone.origin, 'DS');
  const id = nameKey(zone.origin);
  if (ds.rcode !== 'NOERROR' && ds.rcode !== 'NXDOMAIN') return [finding('live-dns-failure', first.record.typeSpan, `The DS records of ${zone.origin} could not be looked up: ${describe(ds, 'DS')}`, `${id}|DS`)];
  if (ofType(ds, 'DS').length) return [];
  return [finding('live-dane-unsigned', first.record.typeSpan, `${zone.origin} has TLSA records for SMTP but no DS record at its parent: the zone is not signed as the world sees it, and senders ignore TLSA records they cannot validate (RFC 7672)`, id)];
}
