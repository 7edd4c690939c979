/**
 * mx-private-address: an exchanger whose address, found in the zones of the run, cannot be
 * reached from the Internet (RFC 1918, loopback, link-local, CGNAT, unique-local…): typically an
 * internal view's address leaked into the public zone (split-brain DNS).
 */
import { defineRule } from '../../src/engine/rule.ts';
import {
  type IpNetwork, type MxEntry, type ResolvedAddress, exchangeSpan, inNetwork, mxRecords, parseNetwork, resolvedAddresses,
} from '../../src/engine/mx.ts';
import { runFact } from '../../src/engine/facts.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { SourceText } from '../../src/model/source.ts';
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneSet } from '../../src/model/zoneset.ts';
import { nameKey } from '../../src/zone/names.ts';

interface Options {
  allowDocumentationRanges: boolean;
}

export interface SpecialRange {
  network: IpNetwork;
  what: string;
  documentation?: boolean;
}

const RANGES: SpecialRange[] = (
  [
    ['0.0.0.0/8', '"this network" (RFC 1122)'],
    ['10.0.0.0/8', 'private (RFC 1918)'],
    ['100.64.0.0/10', 'carrier-grade NAT (RFC 6598)'],
    ['127.0.0.0/8', 'loopback (RFC 1122)'],
    ['169.254.0.0/16', 'link-local (RFC 3927)'],
    ['172.16.0.0/12', 'private (RFC 1918)'],
    ['192.168.0.0/16', 'private (RFC 1918)'],
    ['198.18.0.0/15', 'benchmarking (RFC 2544)'],
    ['224.0.0.0/4', 'multicast (RFC 5771)'],
    ['240.0.0.0/4', 'reserved (RFC 1112)'],
    ['192.0.2.0/24', 'documentation (RFC 5737)', true],
    ['198.51.100.0/24', 'documentation (RFC 5737)', true],
    ['203.0.113.0/24', 'documentation (RFC 5737)', true],
    ['::/128', 'unspecified (RFC 4291)'],
    ['::1/128', 'loopback (RFC 4291)'],
    ['fc00::/7', 'unique-local (RFC 4193)'],
    ['fe80::/10', 'link-local (RFC 4291)'],
    ['fec0::/10', 'site-local (RFC 3879)'],
    ['ff00::/8', 'multicast (RFC 4291)'],
    ['2001:db8::/32', 'documentation (RFC 3849)', true],
    ['3fff::/20', 'documentation (RFC 9637)', true],
  ] as const
).map(([cidr, what, documentation]: readonly [string, string, boolean?]) => ({ network: parseNetwork(cidr) as IpNetwork, what, documentation }));

const MAPPED = parseNetwork('::ffff:0:0/96') as IpNetwork;

export function specialRange(bytes: Uint8Array, allowDocumentation: boolean): SpecialRange | undefined {
  // An IPv4-mapped IPv6 address reaches the IPv4 address it carries.
  const address = bytes.length === 16 && inNetwork(bytes, MAPPED) ? bytes.subarray(12) : bytes;
  return RANGES.find((r) => (allowDocumentation ? !r.documentation : true) && inNetwork(address, r.network));
}

export default defineRule<Options>({
  meta: {
    id: 'mx-private-address',
    description: 'MX exchangers must resolve to addresses that are reachable from the Internet.',
    severity: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowDocumentationRanges: {
          type: 'boolean',
          default: true,
          description:
            'Accept the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 and 3fff::/20, which examples and test zones use.',
        },
      },
    },
    messages: {
      private:
        'This {{type}} record gives mail exchanger `{{host}}` the {{range}} address {{address}}, which senders on the Internet cannot reach; publish the exchanger\'s public address here (an internal address leaked from split-horizon DNS?).',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    // The finding stands on the address record (where the fix goes), in the zone whose file holds
    // it, once per record, with every MX of the run that leads to it as a related location.
    for (const { address, mxs } of specialAddresses(zones).get(zone)?.values() ?? []) {
      const range = specialRange(address.bytes, options.allowDocumentationRanges);
      if (!range) continue;
      const { record } = address;
      context.report({
        messageId: 'private',
        data: { type: record.type, host: record.owner, address: address.text, range: range.what },
        span: record.rdataSpan,
        related: mxs.map((mx) => ({ span: exchangeSpan(mx), message: `\`${mx.record.owner}\` sends its mail to \`${mx.exchange}\` (MX ${mx.preference})` })),
        fingerprint: `${nameKey(record.owner)}|${record.type}|${address.text}|private`,
      });
    }
  },
});

interface Lead {
  address: ResolvedAddress;
  /** The MX records of the run that lead to the address. */
  mxs: MxEntry[];
}

// Per run (small: only special addresses): by the zone whose file holds the address record, then by record.

/**
 * The addresses of the run's exchangers that lie in a special range (documentation ranges
 * included: each zone's options decide about those), with the MX records that lead there.
 */
const specialAddresses = runFact('mx private addresses', (zones: ZoneSet): Map<Zone, Map<ZoneRecord, Lead>> => {
  const found = new Map<Zone, Map<ZoneRecord, Lead>>();
  const holders = new Map<SourceText, Zone[]>();
  for (const z of zones.zones) for (const file of z.files) holders.set(file, [...(holders.get(file) ?? []), z]);
  for (const zone of zones.zones) {
    // Many MX records share a few exchangers: resolve each exchanger once per zone.
    const byExchanger = new Map<string, ResolvedAddress[]>();
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      let special = byExchanger.get(mx.exchangeKey);
      if (!special) {
        special = resolvedAddresses(zones, mx.exchange, zone).filter((a) => specialRange(a.bytes, false));
        byExchanger.set(mx.exchangeKey, special);
      }
      for (const address of special) {
        // A file $INCLUDEd by several zones: the MX's own zone if it is one of them.
        const owners = holders.get(address.record.source) ?? [];
        const home = owners.includes(zone) ? zone : owners[0];
        if (!home) continue;
        let byRecord = found.get(home);
        if (!byRecord) found.set(home, (byRecord = new Map()));
        const lead = byRecord.get(address.record);
        if (lead) lead.mxs.push(mx);
        else byRecord.set(address.record, { address, mxs: [mx] });
      }
    }
  }
  return found;
});
