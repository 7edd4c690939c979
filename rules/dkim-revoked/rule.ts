/**
 * dkim-revoked: a DKIM key record with an empty p=, which revokes the selector (RFC 6376 §3.6.1).
 * Informational by nature: revoking a rotated-out key is good practice; the finding says the
 * selector no longer verifies anything, so a still-signing system would be failing.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dkimKeys, tagOf } from '../../src/engine/mail-records.ts';
import { textSpan } from '../../src/engine/records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-revoked',
    description: 'Reports DKIM selectors revoked with an empty p=, which no signature can verify against.',
    // Info in both presets; a team that wants no revoked selectors left behind can raise it in its config.
    severity: 'info',
    strict: 'info',
    messages: {
      revoked:
        'DKIM key `{{selector}}` is revoked (empty `p=`), so every signature with `s={{selector}}` fails to verify; make sure nothing signs with it, and remove the record once mail signed before the rotation has been delivered.',
    },
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      if (!key.summary.revoked) continue;
      // `*._domainkey TXT "v=DKIM1; p="` is how a parked domain says it signs nothing (M3AAWG):
      // a statement about every selector, not one revoked selector.
      if (key.ownerKey.startsWith('*.')) continue;
      const tag = tagOf(key.details().tags, 'p');
      if (!tag) continue;
      context.report({
        messageId: 'revoked',
        data: { selector: key.selector },
        span: textSpan(key, tag),
        fingerprint: `${key.ownerKey}|TXT|dkim|p|revoked`,
      });
    }
  },
});
