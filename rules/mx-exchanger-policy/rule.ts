/**
 * mx-exchanger-policy: an organisation's own list of mail exchangers: the only ones allowed, the
 * retired ones that must no longer appear, and retired addresses they must no longer resolve to.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeAddresses, exchangeSpan, inNetwork, mxFingerprint, mxRecords, namePattern, namePatternsOption } from '../../src/engine/mx.ts';
import { type IpNetwork, parseNetwork } from '../../src/model/ip.ts';

interface Options {
  allowedExchangers: string[];
  retiredExchangers: string[];
  retiredAddresses: string[];
}

const IP_OR_CIDR = '^([0-9]{1,3}(\\.[0-9]{1,3}){3}(/([0-9]|[12][0-9]|3[0-2]))?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/([0-9]{1,2}|1[01][0-9]|12[0-8]))?)$';

interface Pattern {
  text: string;
  matches: (name: string) => boolean;
}

function patterns(list: readonly string[]): Pattern[] {
  return list.map((text) => ({ text, matches: namePattern(text) }));
}

function networks(list: readonly string[]): IpNetwork[] {
  return list.map((text) => {
    const network = parseNetwork(text);
    // The schema's pattern lets through only what looks like an address; this catches `999.1.1.1` or `1::2::3`.
    if (!network) throw new Error(`retiredAddresses: '${text}' is not an IP address or CIDR block`);
    return network;
  });
}

export default defineRule<Options>({
  meta: {
    id: 'mx-exchanger-policy',
    description: 'MX exchangers must follow the configured policy: allowed exchangers, retired exchangers and retired addresses.',
    severity: 'off',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedExchangers: namePatternsOption(
          'Name patterns every exchanger must match when the list is not empty: `*` is any characters within a label, `?` one character, `**` one or more labels; the final dot is optional (`*.mail.protection.outlook.com.`, `mx?.example.com.`).',
        ),
        retiredExchangers: namePatternsOption('Name patterns of exchangers that must no longer appear (a provider left behind).'),
        retiredAddresses: {
          type: 'array',
          items: { type: 'string', pattern: IP_OR_CIDR },
          default: [],
          description: 'IP addresses or CIDR blocks that exchangers must no longer resolve to, through A/AAAA records of the zones in the run.',
        },
      },
    },
    messages: {
      notAllowed:
        'MX target `{{target}}` is not an allowed exchanger (allowed: {{allowed}}); point the MX at an allowed exchanger, or add it to `allowedExchangers`.',
      retired: 'MX target `{{target}}` is a retired exchanger (`{{pattern}}` in `retiredExchangers`); remove this MX record.',
      retiredAddress:
        'MX target `{{target}}` resolves to {{address}}, a retired address (`{{network}}` in `retiredAddresses`); move the exchanger to its new address or remove this MX record.',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    const allowed = patterns(options.allowedExchangers);
    const retired = patterns(options.retiredExchangers);
    const retiredNetworks = networks(options.retiredAddresses);
    const allowedText = allowed.map((p) => `\`${p.text}\``).join(', ');
    for (const mx of mxRecords(zone)) {
      // A null MX names no exchanger.
      if (mx.isNull) continue;
      const retiredBy = retired.find((p) => p.matches(mx.exchange));
      if (retiredBy) {
        context.report({
          messageId: 'retired',
          data: { target: mx.exchange, pattern: retiredBy.text },
          span: exchangeSpan(mx),
          fingerprint: mxFingerprint(mx, 'retired'),
        });
      } else if (allowed.length > 0 && !allowed.some((p) => p.matches(mx.exchange))) {
        context.report({
          messageId: 'notAllowed',
          data: { target: mx.exchange, allowed: allowedText },
          span: exchangeSpan(mx),
          fingerprint: mxFingerprint(mx, 'not-allowed'),
        });
      }
      if (retiredNetworks.length === 0) continue;
      for (const address of exchangeAddresses(zones, zone, mx)) {
        const network = retiredNetworks.find((n) => inNetwork(address.bytes, n));
        if (!network) continue;
        context.report({
          messageId: 'retiredAddress',
          data: { target: mx.exchange, address: address.text, network: network.text },
          span: exchangeSpan(mx),
          related: [{ span: address.record.rdataSpan, message: `\`${address.record.owner}\` has the retired address ${address.text} here` }],
          fingerprint: mxFingerprint(mx, 'retired-address', address.text),
        });
      }
    }
  },
});
