import { defineRule } from '../../src/engine/rule.ts';
import { canonicalRdata, multiRecordRRsets, shortHash } from '../../src/engine/zone-checks.ts';
import type { ZoneRecord } from '../../src/model/record.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-duplicate-record',
    description: 'The same record (owner, type and rdata) appears twice.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      duplicate:
        'This {{type}} record of {{owner}} repeats the one at {{where}}: an RRset holds each record once (RFC 2181 §5), so the copy is silently dropped and any edit to only one of them is lost; delete this copy.',
    },
  },
  check(context) {
    for (const set of multiRecordRRsets(context.zone, context.zones)) {
      const firstOf = new Map<string, ZoneRecord>();
      const copies = new Map<string, number>();
      for (const record of set.records) {
        const canonical = canonicalRdata(record);
        if (canonical === undefined) continue;
        const first = firstOf.get(canonical);
        if (!first) {
          firstOf.set(canonical, record);
          continue;
        }
        const span = record.rdataSpan;
        const copy = (copies.get(canonical) ?? 0) + 1;
        copies.set(canonical, copy);
        context.report({
          messageId: 'duplicate',
          data: { type: record.type, owner: record.owner, where: where(first, record) },
          span,
          related: [{ span: first.rdataSpan, message: `the first ${record.type} record of ${first.owner} with this data` }],
          fingerprint: `${set.key}|${record.type}|rdata|${shortHash(canonical)}${copy > 1 ? `#${copy}` : ''}`,
        });
      }
    }
  },
});

/** `line 12`, or `db.inc:12` when the first record is in another file. */
function where(first: ZoneRecord, record: ZoneRecord): string {
  const line = first.source.positionAt(first.start).line;
  return first.source === record.source ? `line ${line}` : `${first.source.path}:${line}`;
}
