/**
 * mx-private-address: an exchanger whose address, found in the zones of the run, cannot be
 * reached from the Internet (RFC 1918, loopback, link-local, CGNAT, unique-local…): typically an
 * internal view's address leaked into the public zone (split-brain DNS).
 */
import { defineRule } from '../../src/engine/rule.ts';
import {
  type IpNetwork, type ResolvedAddress, exchangeSpan, inNetwork, mxFingerprint, mxRecords, parseNetwork, resolvedAddresses,
} from '../../src/engine/mx.ts';

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
        'MX target `{{target}}` resolves to {{address}}, a {{range}} address that senders on the Internet cannot reach; publish the exchanger\'s public address here (an internal address leaked from split-horizon DNS?).',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    // Many MX records share a few exchangers: classify each exchanger's addresses once.
    const byExchanger = new Map<string, { address: ResolvedAddress; range: SpecialRange }[]>();
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      let special = byExchanger.get(mx.exchangeKey);
      if (!special) {
        special = [];
        for (const address of resolvedAddresses(zones, mx.exchange, zone)) {
          const range = specialRange(address.bytes, options.allowDocumentationRanges);
          if (range) special.push({ address, range });
        }
        byExchanger.set(mx.exchangeKey, special);
      }
      for (const { address, range } of special) {
        context.report({
          messageId: 'private',
          data: { target: mx.exchange, address: address.text, range: range.what },
          span: exchangeSpan(mx),
          related: [{ span: address.record.rdataSpan, message: `\`${address.record.owner}\` has the ${range.what} address ${address.text} here` }],
          fingerprint: mxFingerprint(mx, address.text),
        });
      }
    }
  },
});
