/**
 * Exchangers outside every zone of the run (a hosted mail provider): what a file cannot know is
 * whether they resolve, and to what. Each must have an address, and no address of it may be one
 * senders cannot reach (the ranges of the offline rule mx-private-address).
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { exchangeSpan, mxRecords, specialRange } from '../engine/mx.ts';
import { parseIPv4, parseIPv6 } from '../model/ip.ts';
import { finding } from './findings.ts';
import { describe, type Lookup, ofType } from './lookup.ts';

export async function checkMxAddresses(zone: Zone, zones: ZoneSet, lookup: Lookup): Promise<Diagnostic[]> {
  const outside = mxRecords(zone).filter((mx) => !mx.isNull && !zones.zoneFor(mx.exchange));
  return (
    await Promise.all(
      outside.map(async (mx): Promise<Diagnostic[]> => {
        const [a, aaaa] = await Promise.all([lookup.ask(mx.exchange, 'A'), lookup.ask(mx.exchange, 'AAAA')]);
        const span = exchangeSpan(mx);
        const id = `${mx.ownerKey}|${mx.exchangeKey}`;
        if (![a, aaaa].some((r) => r.rcode === 'NOERROR' || r.rcode === 'NXDOMAIN')) {
          return [finding('live-dns-failure', span, `The addresses of ${mx.exchange} could not be looked up: ${describe(a, 'A')}`, id)];
        }
        const addresses = [...ofType(a, 'A'), ...ofType(aaaa, 'AAAA')].map((r) => String(r.data));
        if (!addresses.length) {
          return [finding('live-mx-address', span, `MX target ${mx.exchange} has no address in DNS (A: ${describe(a, 'A')}; AAAA: ${describe(aaaa, 'AAAA')}): mail for ${mx.record.owner} cannot be delivered there`, id)];
        }
        return addresses.flatMap((address) => {
          const bytes = parseIPv4(address) ?? parseIPv6(address);
          const range = bytes && specialRange(bytes, true);
          return range ? [finding('live-mx-address', span, `MX target ${mx.exchange} resolves to ${address}, a ${range.what} address that senders on the Internet cannot reach`, `${id}|${address}`)] : [];
        });
      }),
    )
  ).flat();
}
