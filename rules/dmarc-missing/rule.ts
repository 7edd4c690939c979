/**
 * dmarc-missing: a domain that receives mail (an MX other than a null MX) or sends it (an SPF
 * record that authorises senders) with no DMARC policy: none at `_dmarc.<domain>` and none at
 * a parent up to its organizational domain (RFC 9989 policy discovery). Names whose discovery
 * leaves the run (a parent zone that is not linted, a delegation, an alias) are not judged.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { coveredInZone, discoverPolicy, isServiceOrWildcard } from '../../src/engine/dmarc.ts';
import { authorisingSpf } from '../../src/engine/spf.ts';
import { namePattern, ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { resolveName } from '../../src/engine/resolver.ts';
import { rdataOf } from '../../src/engine/records.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { nameKey } from '../../src/zone/names.ts';

interface Options {
  ignore: string[];
}

/** An MX record of `records` with a real exchanger (not the RFC 7505 null MX `.`). */
function receivingMx(records: readonly ZoneRecord[]): ZoneRecord | undefined {
  return records.find((r) => {
    const mx = r.type === 'MX' ? rdataOf(r, 'MX') : undefined;
    return mx !== undefined && nameKey(mx.exchange) !== '.';
  });
}

export default defineRule<Options>({
  meta: {
    id: 'dmarc-missing',
    description: 'Domains that receive or send mail should publish a DMARC policy.',
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description:
            'Name patterns to leave alone (`*` is any characters within a label, `?` one character, `**` any labels; the final dot is optional), e.g. `lists.example.com.` when a mailing-list host is covered elsewhere.',
        },
      },
    },
    messages: {
      receives:
        '`{{name}}` receives mail (MX) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:…"` and move to `p=reject` once the reports are clean.',
      sends:
        '`{{name}}` sends mail (its SPF record authorises senders) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:…"` and move to `p=reject` once the reports are clean.',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    const ignore = options.ignore.map(namePattern);
    for (const [key, records] of zones.index(zone)) {
      // The root and top-level names are public suffixes: their DMARC is a PSD's business.
      if (isServiceOrWildcard(key) || key.indexOf('.') === key.length - 1) continue;
      if (!records.some((r) => r.type === 'MX' || r.type === 'TXT') || coveredInZone(zone, key)) continue;
      const mx = receivingMx(records);
      const spf = mx ? undefined : authorisingSpf(records)?.record;
      const evidence = mx ?? spf;
      if (!evidence) continue;
      // Data at or below a delegation is glue or stale: the child zone answers for the name.
      const at = resolveName(zones, evidence.owner, zone);
      if (at.kind !== 'found' || at.zone !== zone) continue;
      const discovery = discoverPolicy(zones, key, zone);
      if (discovery.kind !== 'missing') continue;
      if (ignore.some((matches) => matches(evidence.owner))) continue;
      const org = discovery.org === key ? evidence.owner : discovery.org;
      context.report({
        messageId: mx ? 'receives' : 'sends',
        data: { name: evidence.owner, org },
        span: ownerOrTypeSpan(evidence),
        fingerprint: `${key}|TXT|dmarc|missing`,
      });
    }
  },
});
