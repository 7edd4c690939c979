/**
 * mx-private-address: an exchanger whose address, found in the zones of the run, cannot be
 * reached from the Internet (RFC 1918, loopback, link-local, CGNAT, unique-local…): typically an
 * internal view's address leaked into the public zone (split-brain DNS).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { type MxEntry, type ResolvedAddress, type SpecialRange, exchangeAddresses, exchangeSpan, mxRecords, specialRange } from '../../src/engine/mx.ts';
import { runFact } from '../../src/engine/facts.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { SourceText } from '../../src/model/source.ts';
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneSet } from '../../src/model/zoneset.ts';
import { isPrivateNamespace, nameKey } from '../../src/zone/names.ts';

interface Options {
  allowDocumentationRanges: boolean;
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
    const allowDocumentation = options.allowDocumentationRanges;
    for (const { address, range, mxs } of specialAddresses[allowDocumentation ? 'public' : 'any'](zones).get(zone)?.values() ?? []) {
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

interface Special {
  address: ResolvedAddress;
  /** The special-purpose range it lies in (specialRange). */
  range: SpecialRange;
}

interface Lead extends Special {
  /** The MX records of the run that lead to the address. */
  mxs: MxEntry[];
}

/**
 * The addresses of the run's exchangers that lie in a special range, with the MX records that
 * lead there: by the zone whose file holds the address record, then by record. Per run, once
 * with the documentation ranges counted as special and once without (each zone's options pick
 * one); small, as it holds only such addresses.
 */
function leadsToSpecialAddresses(zones: ZoneSet, documentation: boolean): Map<Zone, Map<ZoneRecord, Lead>> {
  const found = new Map<Zone, Map<ZoneRecord, Lead>>();
  const holders = new Map<SourceText, Zone[]>();
  for (const z of zones.zones) for (const file of z.files) holders.set(file, [...(holders.get(file) ?? []), z]);
  // Exchangers resolve once per run (exchangeAddresses gives one list per chain): judge each list once.
  const specialOf = new Map<readonly ResolvedAddress[], Special[]>();
  for (const zone of zones.zones) {
    // Mail for a name in a private namespace, or in a view only private clients see, comes from
    // inside: no sender on the Internet resolves it there.
    if (zone.internalView || isPrivateNamespace(nameKey(zone.origin))) continue;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const addresses = exchangeAddresses(zones, zone, mx);
      let special = specialOf.get(addresses);
      if (!special) {
        special = [];
        for (const address of addresses) {
          const range = specialRange(address.bytes, !documentation);
          if (range) special.push({ address, range });
        }
        specialOf.set(addresses, special);
      }
      for (const { address, range } of special) {
        // A file $INCLUDEd by several zones: the MX's own zone if it is one of them.
        const owners = holders.get(address.record.source) ?? [];
        const home = owners.includes(zone) ? zone : owners[0];
        if (!home) continue;
        let byRecord = found.get(home);
        if (!byRecord) found.set(home, (byRecord = new Map()));
        const lead = byRecord.get(address.record);
        if (lead) lead.mxs.push(mx);
        else byRecord.set(address.record, { address, range, mxs: [mx] });
      }
    }
  }
  return found;
}

const specialAddresses = {
  /** Outside the documentation ranges (the default: examples and test zones use those). */
  public: runFact('mx private addresses', (zones: ZoneSet) => leadsToSpecialAddresses(zones, false)),
  any: runFact('mx private or documentation addresses', (zones: ZoneSet) => leadsToSpecialAddresses(zones, true)),
};
