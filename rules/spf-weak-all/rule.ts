/**
 * spf-weak-all: an SPF record that ends neutral: with `?all`, or with neither an `all`
 * mechanism nor a `redirect=`. Records that only serve as include targets are not judged.
 */
import { discoverPolicy } from '../../src/engine/dmarc.ts';
import { defineRule } from '../../src/engine/rule.ts';
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneSet } from '../../src/model/zoneset.ts';
import { mailNameRole } from '../../src/engine/mail-records.ts';
import { firstAll, includedNames, recordTextSpan, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

/** The DMARC policy that applies to `domain` in the run is quarantine or reject (sp= for a subdomain). */
function dmarcEnforces(zones: ZoneSet, domain: string, zone: Zone): boolean {
  const found = discoverPolicy(zones, domain, zone);
  if (found.kind !== 'found' || found.entries.length !== 1) return false;
  const { dmarc } = found.entries[0];
  const policy = (found.self ? dmarc.p : (dmarc.sp ?? dmarc.p))?.value;
  return policy === 'quarantine' || policy === 'reject';
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-weak-all',
    description: 'An SPF record ends neutral (`?all`, or no `all` and no `redirect=`), so it does not tell receivers to reject forged mail.',
    severity: 'warning',
    messages: {
      neutral:
        '`{{term}}` gives mail from unlisted hosts the result `neutral`, which receivers treat like no policy at all for `{{owner}}`; end the record with `-all` (or `~all`).',
      missing:
        'The SPF record of `{{owner}}` has neither an `all` mechanism nor `redirect=`, so mail from unlisted hosts gets `neutral`, as if there were no policy; end it with `-all` (or `~all`).',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const all = firstAll(entry.spf);
      if (all ? all.qualifier !== '?' : entry.spf.redirect) continue;
      // An include target's own ending only decides whether the include matches: neutral is fine there.
      // Asked only for a record that ends neutral: the run's include targets are every SPF record's terms.
      if (mailNameRole(entry.ownerKey) === 'service' || includedNames(context.zones).has(entry.ownerKey)) continue;
      // Under an enforcing DMARC policy `neutral` is no pass: forged mail fails DMARC all the same,
      // and `?all` is what some providers document (Fastmail). Asked last: discovery costs most.
      if (dmarcEnforces(context.zones, entry.ownerKey, context.zone)) continue;
      if (all) {
        context.report({
          messageId: 'neutral',
          data: { term: textOf(entry, all), owner: entry.record.owner },
          span: spanOf(entry, all),
          fingerprint: spfFingerprint(entry, 'all'),
        });
      } else {
        context.report({
          messageId: 'missing',
          data: { owner: entry.record.owner },
          span: recordTextSpan(entry),
          fingerprint: spfFingerprint(entry, 'no-all'),
        });
      }
    }
  },
});
