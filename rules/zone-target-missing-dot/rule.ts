/**
 * zone-target-missing-dot: a name in rdata (NS, CNAME, DNAME, SRV, PTR and SOA names, and every
 * other name-valued field) written without its final dot by mistake, so the origin was appended:
 * `NS ns2.example.com` in `example.org.` became `ns2.example.com.example.org.`. MX exchangers
 * are mx-target-missing-dot's; the guess is the same (forgottenDotGuess).
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { forgottenDotGuess } from '../../src/engine/mx.ts';
import { recordsOfType, typesOf } from '../../src/engine/records.ts';
import { nameKey, parseName } from '../../src/zone/names.ts';
import { name as nameCodec } from '../../src/zone/rdata/codecs.ts';
import { typeSpec } from '../../src/zone/rdata/schema.ts';

/** Types left to others: MX (mx-target-missing-dot) and the signer's own records, written by tools. */
const SKIP = new Set(['MX', 'RRSIG', 'NSEC', 'SIG', 'NXT']);

/** How a name field is called in messages. */
const FIELD_WORDS: Record<string, string> = { mname: 'primary name server (MNAME)', rname: 'mailbox (RNAME)' };

/** The name-valued fields of a type (index in presentation order, key), looked up once per type. */
const nameFieldsByType = new Map<string, { index: number; key: string }[]>();

function nameFields(type: string): { index: number; key: string }[] {
  let found = nameFieldsByType.get(type);
  if (!found) {
    const spec = SKIP.has(type) ? undefined : typeSpec(type);
    found = (spec?.fields ?? []).flatMap((field, index) => (field.codec === nameCodec ? [{ index, key: field.key }] : []));
    nameFieldsByType.set(type, found);
  }
  return found;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-target-missing-dot',
    description: 'Names in rdata (NS, CNAME, DNAME, SRV, PTR, SOA…) written as relative names that were meant to be absolute (the final dot forgotten).',
    severity: 'error',
    messages: {
      doubled: '{{type}} {{field}} `{{written}}` has no final dot, so the zone name was appended again and it became `{{name}}`; did you mean `{{meant}}`?',
      tld: '{{type}} {{field}} `{{written}}` has no final dot, so the zone name was appended and it became `{{name}}`, which does not exist; did you mean `{{meant}}`?',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const type of typesOf(zone)) {
      const wanted = nameFields(type);
      if (wanted.length > 0) for (const record of recordsOfType(zone, type)) check(record, wanted);
    }

    function check(record: ZoneRecord, wanted: { index: number; key: string }[]): void {
      // Generic (RFC 3597) rdata has no names to point at.
      const first = record.fieldText(0);
      if (first === undefined || first === '\\#') return;
      for (const { index, key } of wanted) {
        // The field's text alone decides; its field object (quoting, span) is made for a finding.
        const written = record.fieldText(index);
        if (written === undefined) continue;
        const parsed = parseName(written, record.origin);
        if (!parsed.ok) continue;
        const guess = forgottenDotGuess(zones, zone, written, record.origin, parsed.name);
        if (!guess) continue;
        const field = record.fields[index];
        if (field.quoted) continue;
        context.report({
          messageId: guess.doubled ? 'doubled' : 'tld',
          data: { type: record.type, field: FIELD_WORDS[key] ?? (key === 'target' ? 'target' : `${key} name`), written: field.text, name: parsed.name, meant: guess.meant },
          span: field.span,
          // The SOA's names break no lookup (RNAME is a contact, MNAME the primary for NOTIFY and updates).
          ...(record.type === 'SOA' ? { severity: 'warning' as const } : {}),
          fingerprint: `${nameKey(record.owner)}|${record.type}|${key}|${nameKey(parsed.name)}`,
        });
      }
    }
  },
});
