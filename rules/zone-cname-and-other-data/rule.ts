import { defineRule } from '../../src/engine/rule.ts';
import { shortHash } from '../../src/engine/zone-checks.ts';

/** Types BIND lets share a name with a CNAME (DNSSEC data about the name itself), plus NSEC3, which lives at hashed names. */
const ALLOWED = new Set(['CNAME', 'RRSIG', 'NSEC', 'SIG', 'KEY', 'NSEC3']);

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-cname-and-other-data',
    description: 'A name has a CNAME and other records (RFC 1034 §3.6.2, RFC 2181 §10.1).',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      otherAfterCname:
        '{{owner}} is a CNAME, so this {{type}} record beside it is ignored or makes servers reject the zone (RFC 1034 §3.6.2): an alias has no data of its own; put the {{type}} record at the CNAME target or replace the CNAME with the records it points to.',
      cnameAfterOther:
        '{{owner}} already has {{type}} records, so it cannot also be a CNAME (RFC 1034 §3.6.2) and servers reject the zone or drop the alias; remove this CNAME or move the other records elsewhere (at the apex, use your provider\'s ALIAS/flattening instead).',
    },
  },
  check(context) {
    const index = context.zones.index(context.zone);
    index.forEach((key, owner) => {
      if (index.count(owner) < 2 || !index.some(owner, (r) => r.type === 'CNAME')) return;
      const records = index.recordsOf(owner);
      const cnameAt = records.findIndex((r) => r.type === 'CNAME');
      const cname = records[cnameAt];
      const firstOther = records.find((r) => !ALLOWED.has(r.type));
      if (!firstOther) return;
      if (records.indexOf(firstOther) < cnameAt) {
        context.report({
          messageId: 'cnameAfterOther',
          data: { owner: cname.owner, type: firstOther.type },
          span: cname.typeSpan,
          related: [{ span: firstOther.typeSpan, message: `the ${firstOther.type} record of ${firstOther.owner}` }],
          fingerprint: `${key}|CNAME|other-data`,
        });
      }
      for (let i = cnameAt + 1; i < records.length; i++) {
        const record = records[i];
        if (ALLOWED.has(record.type)) continue;
        context.report({
          messageId: 'otherAfterCname',
          data: { owner: cname.owner, type: record.type },
          span: record.typeSpan,
          related: [{ span: cname.typeSpan, message: `the CNAME of ${cname.owner}` }],
          fingerprint: `${key}|${record.type}|beside-cname|${shortHash(record.rdataText)}`,
        });
      }
    });
  },
});
