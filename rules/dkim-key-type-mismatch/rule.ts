/**
 * dkim-key-type-mismatch: the key in p= is not what k= (rsa by default) says it is: an Ed25519
 * key under k=rsa or the reverse, an Ed25519 key wrapped in SubjectPublicKeyInfo (RFC 8463
 * wants the raw 32 octets), another algorithm (ECDSA, DSA…), or octets that are no public key.
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedSpan } from '../../src/model/diagnostic.ts';
import type { Span } from '../../src/model/span.ts';
import { type DkimKeyTxt, dkimKeys } from '../../src/engine/mail-records.ts';
import { textSpan } from '../../src/engine/records.ts';
import { splitKeys } from '../dkim-split-key/pieces.ts';

const ALGORITHM_NAMES: Record<string, string> = {
  '1.2.840.10045.2.1': 'an ECDSA',
  '1.2.840.10040.4.1': 'a DSA',
  '1.2.840.113549.1.1.10': 'an RSASSA-PSS',
  '1.3.101.110': 'an X25519',
  '1.3.101.111': 'an X448',
  '1.3.101.113': 'an Ed448',
};

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-key-type-mismatch',
    description: 'The key in a DKIM record’s p= must be of the type k= names (rsa when absent), in the encoding RFC 6376 and RFC 8463 prescribe.',
    severity: 'error',
    messages: {
      ed25519UnderRsa:
        'DKIM key `{{selector}}` holds an Ed25519 key in p= but k= is `{{k}}`, so verifiers read it as RSA and every signature fails; {{fix}}.',
      rsaUnderEd25519:
        'DKIM key `{{selector}}` has `k=ed25519` but p= holds a {{bits}}-bit RSA key, so every signature fails; write `k=rsa` (or publish the raw Ed25519 key).',
      wrappedEd25519:
        'DKIM key `{{selector}}` publishes its Ed25519 key as a SubjectPublicKeyInfo, but RFC 8463 §4.2 wants only the raw 32-octet key, so verifiers fail; write `p={{raw}}`.',
      otherAlgorithm:
        'DKIM key `{{selector}}` holds {{algorithm}} key (OID {{oid}}) in p=, which DKIM cannot use (only RSA and Ed25519 are defined); publish an RSA key with `k=rsa` or an Ed25519 key with `k=ed25519`.',
      notAKey:
        'The p= of DKIM key `{{selector}}` decodes to {{octets}} octets that are neither a DER SubjectPublicKeyInfo nor a 32-octet Ed25519 key, so verifiers cannot load it; paste the whole output of `openssl pkey -pubout -outform DER | base64 -w0`.',
    },
  },
  check(context) {
    // A piece of a key split over several records is dkim-split-key's finding: its p= is cut short.
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) {
      if (split.has(key.ownerKey)) continue;
      const p = key.summary;
      const k = p.keyType;
      // Revoked, undecodable or under an unknown k=: dkim-revoked and dkim-syntax speak for those.
      if (p.octets === 0 || (k !== 'rsa' && k !== 'ed25519')) continue;
      // The matching keys, nearly all of a real zone, are known by the summary alone.
      if (p.algorithm === k && (k === 'rsa' || p.encoding !== 'spki')) continue;
      const pSpan = textSpan(key, p.keyRange());
      // The k= value's span, for the findings that point at it (a span is worked out from the record's fields).
      const kSpan = (): Span | undefined => {
        const kRange = p.keyTypeRange();
        return kRange && textSpan(key, kRange);
      };
      const report = (messageId: string, span: Span, data: Record<string, string | number>, related?: RelatedSpan[]): void =>
        context.report({ messageId, data: { selector: key.selector, ...data }, span, related, fingerprint: fingerprint(key, messageId) });
      if (!p.algorithm) {
        report('notAKey', pSpan, { octets: p.octets });
      } else if (p.algorithm === 'unknown') {
        report('otherAlgorithm', pSpan, { oid: p.oid ?? '?', algorithm: ALGORITHM_NAMES[p.oid ?? ''] ?? 'a non-RSA, non-Ed25519' });
      } else if (k === 'rsa' && p.algorithm === 'ed25519') {
        const at = kSpan();
        const fix = at ? 'write `k=ed25519`' : 'add `k=ed25519;` (k= defaults to rsa)';
        const raw = rawEd25519(key);
        const fixAll = raw ? `${fix} and publish only the raw key, \`p=${raw}\`` : fix;
        report('ed25519UnderRsa', at ?? pSpan, { k, fix: fixAll }, at ? [{ span: pSpan, message: 'the Ed25519 key is here' }] : undefined);
      } else if (k === 'ed25519' && p.algorithm === 'rsa') {
        report('rsaUnderEd25519', kSpan() ?? pSpan, { bits: p.rsaModulusBits ?? '?' }, [{ span: pSpan, message: 'the RSA key is here' }]);
      } else if (k === 'ed25519' && p.encoding === 'spki') {
        report('wrappedEd25519', pSpan, { raw: rawEd25519(key) ?? '' });
      }
    }
  },
});

/** The raw 32-octet form of an SPKI-wrapped Ed25519 key (its last 32 octets), base64; the octets are decoded again here. */
function rawEd25519(key: DkimKeyTxt): string | undefined {
  if (key.summary.encoding !== 'spki' || key.summary.octets < 32) return undefined;
  const bytes = key.details().publicKey?.bytes;
  return bytes && Buffer.from(bytes.subarray(bytes.length - 32)).toString('base64');
}

function fingerprint(key: DkimKeyTxt, what: string): string {
  return `${key.ownerKey}|TXT|dkim|k|${what}`;
}
