/**
 * dkim-sha1: a DKIM key whose h= allows only SHA-1, so it can only verify rsa-sha1 signatures,
 * which RFC 8301 forbids signers to make and lets verifiers reject.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dkimKeys, tagOf } from '../../src/engine/mail-records.ts';
import { textSpan } from '../../src/engine/records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-sha1',
    description: 'A DKIM key must not restrict its hash algorithms to SHA-1 (RFC 8301 §3.1).',
    severity: 'warning',
    messages: {
      sha1Only:
        'DKIM key `{{selector}}` has `h={{value}}`, which limits it to rsa-sha1 signatures that RFC 8301 forbids signers to use and verifiers treat as failed; write `h=sha256` or remove h=.',
    },
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      const hashes = key.summary.hashAlgorithms;
      if (!hashes || !hashes.includes('sha1') || hashes.includes('sha256')) continue;
      const tag = tagOf(key.details().tags, 'h');
      if (!tag) continue;
      context.report({
        messageId: 'sha1Only',
        data: { selector: key.selector, value: tag.value.text },
        span: textSpan(key, tag.value),
        fingerprint: `${key.ownerKey}|TXT|dkim|h`,
      });
    }
  },
});
