/**
 * dkim-weak-key: an RSA DKIM key shorter than RFC 8301 allows (under 1024 bits: verifiers must
 * reject its signatures) or recommends (under 2048 bits), measured on the decoded modulus.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dkimKeys } from '../../src/engine/mail-records.ts';
import { textSpan } from '../../src/engine/records.ts';
import { splitKeys } from '../dkim-split-key/pieces.ts';

interface Options {
  minimumBits: number;
  recommendedBits: number;
}

export default defineRule<Options>({
  meta: {
    id: 'dkim-weak-key',
    description: 'RSA DKIM keys must have at least 1024 bits and should have 2048 (RFC 8301 §3.2).',
    severity: 'error',
    options: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        minimumBits: {
          type: 'integer',
          minimum: 512,
          default: 1024,
          description: 'RSA keys with fewer bits are errors (RFC 8301: verifiers must not accept signatures from keys under 1024 bits).',
        },
        recommendedBits: {
          type: 'integer',
          minimum: 512,
          default: 2048,
          description: 'RSA keys with at least minimumBits but fewer than this are warnings (RFC 8301: signers should use 2048 bits).',
        },
      },
    },
    messages: {
      tooShort:
        'DKIM key `{{selector}}` is a {{bits}}-bit RSA key, shorter than the {{minimum}} bits RFC 8301 requires, so verifiers reject signatures made with it; publish a 2048-bit key (`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`) and sign with it.',
      weak:
        'DKIM key `{{selector}}` is a {{bits}}-bit RSA key, shorter than the {{recommended}} bits RFC 8301 recommends and within reach of well-funded attackers; rotate to a 2048-bit key under a new selector.',
    },
  },
  check(context) {
    const { minimumBits, recommendedBits } = context.options;
    // A piece of a key split over several records is dkim-split-key's finding: its p= is cut short.
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) {
      if (split.has(key.ownerKey)) continue;
      const p = key.summary;
      const bits = p.rsaModulusBits;
      // A key k= does not call RSA is dkim-key-type-mismatch's finding.
      if (bits === undefined || p.algorithm !== 'rsa' || p.keyType !== 'rsa') continue;
      if (bits >= recommendedBits) continue;
      const tooShort = bits < minimumBits;
      context.report({
        messageId: tooShort ? 'tooShort' : 'weak',
        data: { selector: key.selector, bits, minimum: minimumBits, recommended: recommendedBits },
        span: textSpan(key, p.keyRange()),
        fingerprint: `${key.ownerKey}|TXT|dkim|p|rsa-bits`,
        severity: tooShort ? undefined : 'warning',
      });
    }
  },
});
