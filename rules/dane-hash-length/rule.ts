/**
 * dane-hash-length: TLSA certificate association data whose length does not fit its matching
 * type (RFC 6698 §2.1.3): SHA2-256 (1) is 32 octets, SHA2-512 (2) is 64, Full (0) is a whole DER
 * certificate (selector 0) or SubjectPublicKeyInfo (selector 1). Such a record matches no
 * server and senders treat it as unusable. Every TLSA record of the zone is checked.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { describeKey } from '../../src/mail/index.ts';
import { DER_SEQUENCE, readTlv } from '../../src/mail/der.ts';
import { type TlsaEntry, dataSpan, tlsaFingerprint, tlsaRecords } from '../../src/engine/mail-records.ts';

const DIGESTS: Record<number, { name: string; octets: number }> = {
  1: { name: 'SHA2-256', octets: 32 },
  2: { name: 'SHA2-512', octets: 64 },
};

/** What a digest of this many octets probably is. */
function guess(octets: number, matchingType: number): string {
  if (octets === 20) return ' (it looks like a SHA-1 digest, which TLSA does not support)';
  if (octets === 32 && matchingType !== 1) return ' (it looks like a SHA-256 digest: use matching type 1)';
  if (octets === 64 && matchingType !== 2) return ' (it looks like a SHA-512 digest: use matching type 2)';
  if (octets > 64 && matchingType !== 0) return ' (it looks like the full data: use matching type 0, or publish its digest)';
  return '';
}

/** Full data (matching type 0) that is a whole DER certificate or SubjectPublicKeyInfo. */
function fullDataFits(entry: TlsaEntry): boolean {
  const { data } = entry;
  if (data.length <= 32) return false;
  if (entry.selector === 1) return describeKey(data)?.encoding === 'spki';
  const top = readTlv(data, 0);
  return top !== null && top.tag === DER_SEQUENCE && top.end === data.length;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dane-hash-length',
    description: 'TLSA association data must have the length of its matching type: 32 octets for SHA2-256, 64 for SHA2-512, a whole DER structure for Full (RFC 6698 §2.1.3).',
    severity: 'error',
    messages: {
      digest:
        'TLSA matching type {{matchingType}} ({{name}}) needs a {{octets}}-octet digest ({{digits}} hex digits), but `{{owner}}` has {{actual}} octets{{guess}}, so it can match no certificate and senders treat it as unusable; publish the {{name}} digest of the {{what}}.',
      full:
        'TLSA matching type 0 (Full) with selector {{selector}} needs the whole DER {{what}}, but the {{actual}} octets at `{{owner}}` are not one{{guess}}, so it can match no certificate and senders treat it as unusable; publish the DER {{what}}, or its SHA-256 digest with matching type 1.',
    },
  },
  check(context) {
    for (const entry of tlsaRecords(context.zone)) {
      const actual = entry.data.length;
      const what = entry.selector === 0 ? 'certificate' : entry.selector === 1 ? 'SubjectPublicKeyInfo' : undefined;
      const digest = DIGESTS[entry.matchingType];
      const base = { owner: entry.record.owner, matchingType: entry.matchingType, selector: entry.selector, actual, guess: guess(actual, entry.matchingType) };
      if (digest && actual !== digest.octets) {
        context.report({
          messageId: 'digest',
          data: { ...base, name: digest.name, octets: digest.octets, digits: digest.octets * 2, what: what ?? 'selected data' },
          span: dataSpan(entry),
          fingerprint: tlsaFingerprint(entry, 'length'),
        });
      } else if (entry.matchingType === 0 && what && !fullDataFits(entry)) {
        context.report({ messageId: 'full', data: { ...base, what }, span: dataSpan(entry), fingerprint: tlsaFingerprint(entry, 'length') });
      }
    }
  },
});
