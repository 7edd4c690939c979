/**
 * mta-sts-no-host: a domain announces an MTA-STS policy (`_mta-sts.<domain>` TXT) but the zones
 * of the run give no `mta-sts.<domain>` host to fetch it from (RFC 8461 §3.3:
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt`). Names outside the run are not judged.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { resolveName } from '../../src/engine/resolver.ts';
import { judged, mtaStsRecords } from '../../src/engine/mail-records.ts';

/** Types that give a name an address (ALIAS/ANAME: providers' apex aliases). */
const HOST_TYPES = new Set(['A', 'AAAA', 'CNAME', 'ALIAS', 'ANAME']);

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mta-sts-no-host',
    description: 'A domain with an MTA-STS record needs an mta-sts.<domain> host (A, AAAA or CNAME) to serve its policy over HTTPS.',
    severity: 'error',
    messages: {
      missing:
        '`{{owner}}` announces an MTA-STS policy but `{{host}}` does not exist in zone `{{zone}}`, so senders cannot fetch `https://{{hostBare}}/.well-known/mta-sts.txt` and apply no policy; add an A, AAAA or CNAME record for `{{host}}` pointing at the web server of the policy.',
      noAddress:
        '`{{owner}}` announces an MTA-STS policy but `{{host}}` has no A, AAAA or CNAME record, so senders cannot fetch `https://{{hostBare}}/.well-known/mta-sts.txt` and apply no policy; add an address record for `{{host}}` pointing at the web server of the policy.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    const seen = new Set<string>();
    for (const entry of mtaStsRecords(zone)) {
      if (!entry.indicator || seen.has(entry.domainKey)) continue;
      seen.add(entry.domainKey);
      const host = entry.domain === '.' ? 'mta-sts.' : `mta-sts.${entry.domain}`;
      // Outside the run, below a zone cut or a DNAME: not judged. A CNAME counts wherever it points.
      const where = resolveName(zones, host, zone);
      if (!judged(where)) continue;
      if (where.kind === 'found' && where.records.some((r) => HOST_TYPES.has(r.type))) continue;
      context.report({
        messageId: where.kind === 'missing' ? 'missing' : 'noAddress',
        data: { owner: entry.record.owner, host, hostBare: host.slice(0, -1), zone: where.zone.origin },
        span: ownerOrTypeSpan(entry.record),
        fingerprint: `${entry.ownerKey}|TXT|mta-sts|host`,
      });
    }
  },
});
