import { defineRule } from '../../src/engine/rule.ts';
import { spanText } from '../../src/model/span.ts';
import { multiRecordRRsets, rrsetLabel, shortHash } from '../../src/engine/zone-checks.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'ttl-rrset-mismatch',
    description: 'Records of one RRset (same owner and type) have different TTLs.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      mismatch:
        "TTL '{{ttl}}' differs from the TTL {{first}} of the first {{type}} record of {{owner}}: an RRset has one TTL (RFC 2181 §5.2), so BIND serves the whole set with {{first}} and other servers may pick either TTL; write {{first}} here or change all records of the set together.",
      mismatchInherited:
        'This {{type}} record of {{owner}} inherits the TTL {{ttl}} ($TTL or an earlier record), which differs from the TTL {{first}} of the first record of the set: an RRset has one TTL (RFC 2181 §5.2), so BIND serves the whole set with {{first}} and other servers may pick either TTL; write {{first}} before the type or change all records of the set together.',
    },
  },
  check(context) {
    for (const set of multiRecordRRsets(context.zone, context.zones)) {
      const first = set.records[0];
      for (const record of set.records) {
        if (record.ttl === first.ttl) continue;
        const explicit = record.ttlStart >= 0;
        context.report({
          messageId: explicit ? 'mismatch' : 'mismatchInherited',
          data: { ttl: explicit ? spanText(record.ttlSpan) : record.ttl, first: first.ttl, type: rrsetLabel(set), owner: record.owner },
          span: record.ttlSpan,
          related: [{ span: first.ttlSpan, message: `the first ${rrsetLabel(set)} record of ${first.owner} has TTL ${first.ttl}` }],
          fingerprint: `${set.key}|${set.covered === undefined ? set.type : `RRSIG/${set.covered}`}|ttl|${shortHash(record.rdataText)}`,
        });
      }
    }
  },
});
