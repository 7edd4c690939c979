/**
 * DKIM keys split over several TXT records at one `<selector>._domainkey` name: what
 * dkim-split-key reports, and what dkim-syntax leaves alone (a piece without p= is not a key
 * with a missing p=, it is one part of a key).
 */
import { ruleCache } from '../../src/engine/cache.ts';
import { txtOf } from '../../src/engine/records.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';

/** A DKIM tag at the start of a record or after a `;`: v=DKIM1, k=, p=, h=, s=, t=, n=. */
const DKIM_TAG = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|[khpstn][ \t\r\n]*=)/;
const P_TAG = /(?:^|;)[ \t\r\n]*p[ \t\r\n]*=/;

const cache = ruleCache<Zone, Map<string, ZoneRecord[]>>();

/**
 * The key owners of the zone whose TXT records are pieces of one key: two or more TXT records
 * at a `<selector>._domainkey.` name, some holding DKIM tags, not every one with its own p=
 * (two whole keys at one name are two keys, not a split one). By owner key, records in file order.
 */
export function splitKeys(zone: Zone): Map<string, ZoneRecord[]> {
  let found = cache.get(zone);
  if (found) return found;
  const byOwner = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    if (record.type !== 'TXT') continue;
    const key = nameKey(record.owner);
    if (!key.includes('._domainkey.')) continue;
    const list = byOwner.get(key);
    if (list) list.push(record);
    else byOwner.set(key, [record]);
  }
  found = new Map();
  for (const [key, records] of byOwner) {
    if (records.length < 2) continue;
    const texts = records.map((r) => txtOf(r)?.text ?? '');
    if (texts.some((t) => DKIM_TAG.test(t)) && !texts.every((t) => P_TAG.test(t))) found.set(key, records);
  }
  cache.set(zone, found);
  return found;
}
