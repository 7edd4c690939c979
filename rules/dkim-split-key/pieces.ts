/**
 * DKIM keys split over several TXT records at one `<selector>._domainkey` name: what
 * dkim-split-key reports, and what dkim-syntax leaves alone (a piece without p= is not a key
 * with a missing p=, it is one part of a key).
 */
import { zoneFact } from '../../src/engine/facts.ts';
import { recordsOfType, txtOf } from '../../src/engine/records.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';

/** A DKIM tag at the start of a record or after a `;`: v=DKIM1, k=, p=, h=, s=, t=, n=. */
const DKIM_TAG = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|[khpstn][ \t\r\n]*=)/;
const P_TAG = /(?:^|;)[ \t\r\n]*p[ \t\r\n]*=/;

/**
 * The key owners of the zone whose TXT records are pieces of one key: two or more TXT records
 * at a `<selector>._domainkey.` name, some holding DKIM tags, not every one with its own p=
 * (two whole keys at one name are two keys, not a split one). By owner key, records in file order.
 */
export const splitKeys = zoneFact('dkim split keys', (zone: Zone): Map<string, ZoneRecord[]> => {
  // Nearly every key name holds one record: lists are made only for the names that hold several.
  const first = new Map<string, ZoneRecord>();
  const several = new Map<string, ZoneRecord[]>();
  for (const record of recordsOfType(zone, 'TXT')) {
    const key = nameKey(record.owner);
    if (!key.includes('._domainkey.')) continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, record);
      continue;
    }
    const list = several.get(key);
    if (list) list.push(record);
    else several.set(key, [earlier, record]);
  }
  const found = new Map<string, ZoneRecord[]>();
  if (several.size === 0) return found;
  // In the order of the names' first records.
  for (const key of first.keys()) {
    const records = several.get(key);
    if (!records) continue;
    const texts = records.map((r) => txtOf(r)?.text ?? '');
    if (texts.some((t) => DKIM_TAG.test(t)) && !texts.every((t) => P_TAG.test(t))) found.set(key, records);
  }
  return found;
});
