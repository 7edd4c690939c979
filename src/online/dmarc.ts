/**
 * DMARC report destinations outside the repository (RFC 9989 external destination
 * verification): the offline rule dmarc-external-report-auth judges destinations whose zone is
 * in the run; this asks DNS for the others: a `v=DMARC1` TXT at `<domain>._report._dmarc.<destination>`.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { externalDestinations, policyRecords } from '../engine/dmarc.ts';
import { textSpan } from '../engine/records.ts';
import { finding } from './findings.ts';
import { type Lookup, ofType } from './lookup.ts';
import { liveValue } from './values.ts';

export async function checkDmarcReports(zone: Zone, zones: ZoneSet, lookup: Lookup): Promise<Diagnostic[]> {
  const asks: Promise<Diagnostic | undefined>[] = [];
  for (const entry of policyRecords(zone)) {
    const seen = new Set<string>();
    for (const { tag, uri, destination, name } of externalDestinations(entry)) {
      // Destinations in the run are the offline rule's; each one is asked once per record.
      if (zones.zoneFor(destination) || seen.has(destination)) continue;
      seen.add(destination);
      asks.push(
        lookup.ask(name, 'TXT').then((answer) => {
          const span = textSpan(entry, uri.uri);
          const id = `${entry.domainKey}|${tag}|${destination}`;
          if (answer.rcode !== 'NOERROR' && answer.rcode !== 'NXDOMAIN') return finding('live-dns-failure', span, `The report authorization ${name} could not be looked up: ${answer.server.label}: ${answer.detail ?? answer.rcode}`, id);
          if (ofType(answer, 'TXT').some((r) => /^v=DMARC1\s*(;|$)/i.test(liveValue(r).key))) return undefined;
          return finding('live-dmarc-report-auth', span, `${tag}=${uri.uri.text} sends the DMARC reports of ${entry.domain} to ${destination}, which publishes no v=DMARC1 record at ${name}: receivers send it nothing`, id);
        }),
      );
    }
  }
  return (await Promise.all(asks)).filter((d): d is Diagnostic => d !== undefined);
}
