/**
 * cli53's export of a Route 53 zone (`cli53 export example.com`): a BIND zone file with Route 53's
 * extensions. Its alias lines (`www 86400 AWS ALIAS A <target> <zone id> <health>`) are read by
 * the zone reader as ALIAS records (syntax/cli53-alias); a routing policy stands in a comment after
 * its record (`; AWS routing="WEIGHTED" weight=1 identifier="one"`), read here: each identifier is
 * a routing set (ZoneRecord.routingSet), as Route 53's SetIdentifier in the JSON export.
 *
 * Imports nothing heavy: BIND-only runs load it.
 */
import type { Zone } from '../model/zone.ts';
import { recordsByLine } from '../model/record.ts';
import { nameKey } from '../zone/names.ts';

const MARK = 'AWS routing="';
const ROUTING = /^\s*AWS routing="[^"]*".*?\bidentifier="([^"]*)"/;

/** Puts the records of each routing identifier of a cli53 export in a routing set of their own. */
export function applyCli53Routing(zone: Zone): void {
  if (!zone.source.includes(MARK)) return;
  const byLine = recordsByLine(zone.records, zone.source);
  const sets = new Map<string, number>();
  for (const comment of zone.comments) {
    const identifier = comment.source === zone.source ? ROUTING.exec(comment.text)?.[1] : undefined;
    if (identifier === undefined) continue;
    for (const record of byLine.get(zone.source.positionAt(comment.start).line) ?? []) {
      const key = `${nameKey(record.owner)}\0${record.type}\0${identifier}`;
      let set = sets.get(key);
      if (set === undefined) sets.set(key, (set = sets.size + 1));
      record.setRoutingSet(set);
    }
  }
}
