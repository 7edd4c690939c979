import { defineRule } from '../../src/engine/rule.ts';
import { rdataOf } from '../../src/engine/records.ts';
import { nameKey } from '../../src/zone/names.ts';
import { soaRecords } from '../../src/engine/zone-checks.ts';
import { resolveName } from '../../src/engine/resolver.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'soa-mname-cname',
    description: 'The SOA MNAME (primary name server) is an alias (CNAME) in a zone of the run.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      cname:
        "SOA MNAME '{{mname}}' is a CNAME to {{target}}: a name server's name must own its address records (RFC 1912 §2.4, RFC 2181 §10.3), or NOTIFY and dynamic updates go astray; write the canonical name {{target}} instead.",
    },
  },
  check(context) {
    for (const record of soaRecords(context.zone)) {
      const soa = rdataOf(record, 'SOA');
      if (!soa) continue;
      const at = resolveName(context.zones, soa.mname, context.zone);
      const cname = at.kind === 'found' && !at.wildcard ? at.cname : undefined;
      const target = cname && rdataOf(cname, 'CNAME');
      if (!cname || !target) continue;
      context.report({
        messageId: 'cname',
        data: { mname: record.fields[0].text, target: target.target },
        span: record.fields[0].span,
        related: [{ span: cname.typeSpan, message: `${cname.owner} is a CNAME to ${target.target}` }],
        fingerprint: `${nameKey(record.owner)}|SOA|mname|${nameKey(soa.mname)}`,
      });
    }
  },
});
