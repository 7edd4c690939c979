/**
 * zone-views-differ: the views of one zone (configuration `views`, split-horizon DNS) disagree on
 * what decides mail: the MX set of a name, the addresses of an exchanger inside the zone, SPF or
 * DMARC. Internal users then see mail work while senders outside see something else.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { mxRecords } from '../../src/engine/mx.ts';
import { policyRecords } from '../../src/engine/dmarc.ts';
import { spfRecords } from '../../src/engine/spf.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';

interface Options {
  externalViews: string[];
}

/** What one view answers for one question, with the records that say it. */
interface Answer {
  texts: string[];
  records: ZoneRecord[];
}

type Question = 'mx' | 'addresses' | 'spf' | 'dmarc';

const WHAT: Record<Question, string> = { mx: 'the MX set of', addresses: 'the addresses of exchanger', spf: 'the SPF record of', dmarc: 'the DMARC record at' };

/** Answers per question and owner (`mx|example.com.`), for the parts of a zone mail depends on. */
function answers(zone: Zone): Map<string, Answer> {
  const out = new Map<string, Answer>();
  const add = (question: Question, ownerKey: string, text: string, record: ZoneRecord) => {
    const key = `${question}|${ownerKey}`;
    const answer = out.get(key) ?? { texts: [], records: [] };
    answer.texts.push(text);
    answer.records.push(record);
    out.set(key, answer);
  };
  const exchangers = new Set<string>();
  for (const mx of mxRecords(zone)) {
    add('mx', mx.ownerKey, `${mx.preference} ${mx.exchangeKey}`, mx.record);
    exchangers.add(mx.exchangeKey);
  }
  for (const record of zone.records) {
    if (record.type !== 'A' && record.type !== 'AAAA') continue;
    const owner = nameKey(record.owner);
    if (exchangers.has(owner)) add('addresses', owner, record.fields.map((f) => f.text).join(' ').toLowerCase(), record);
  }
  // What an SPF or a DMARC record is, the SPF and DMARC rules decide (a DMARC record: a policy at `_dmarc.<domain>`).
  for (const entry of spfRecords(zone)) add('spf', entry.ownerKey, entry.view.text, entry.record);
  for (const entry of policyRecords(zone)) add('dmarc', entry.ownerKey, entry.view.text, entry.record);
  for (const answer of out.values()) answer.texts.sort();
  return out;
}

function shown(answer: Answer | undefined): string {
  return answer ? answer.texts.map((t) => `\`${t}\``).join(', ') : 'none';
}

export default defineRule<Options>({
  meta: {
    id: 'zone-views-differ',
    description: 'The views of one zone (split-horizon DNS) must agree on MX, exchanger addresses, SPF and DMARC.',
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        externalViews: {
          type: 'array',
          items: { type: 'string' },
          default: ['external', 'public', 'outside'],
          description: 'Names of the views the Internet sees; a difference is reported in the zone file of such a view (else in the view whose name sorts first).',
        },
      },
    },
    messages: {
      differs:
        'The views disagree on {{what}} {{owner}}: view {{view}} has {{here}}, view {{other}} ({{file}}) has {{there}}. Senders on the Internet see only the external view, so mail that works from inside may fail from outside; make the views agree, or confirm the difference is meant.',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    const others = zones.otherViews(zone);
    if (others.length === 0 || zone.view === undefined) return;
    const view = zone.view;
    // Of a pair where named.conf shows one view serving private clients only, the other is the
    // Internet's; else the view names tell (externalViews).
    const external = (z: Zone, pair: Zone) => (z.internalView !== pair.internalView ? !z.internalView : options.externalViews.includes(z.view as string));
    // Each pair of views is compared once: in the external view's file, else in the first view by name.
    const here = (other: Zone) => (external(zone, other) !== external(other, zone) ? external(zone, other) : view < (other.view as string));
    const mine = answers(zone);
    for (const other of others) {
      const otherView = other.view as string;
      if (!here(other)) continue;
      // An inside view gives its exchangers their inside addresses: that is what it is for.
      const inside = zone.internalView || other.internalView;
      const theirs = answers(other);
      for (const key of [...new Set([...mine.keys(), ...theirs.keys()])].sort()) {
        const a = mine.get(key);
        const b = theirs.get(key);
        if (a?.texts.join('\n') === b?.texts.join('\n')) continue;
        const [question, owner] = key.split('|') as [Question, string];
        // Internal views often leave names out: a question only one view answers is no
        // disagreement, except mail for the zone itself (an apex MX in one view only).
        if ((!a || !b) && !(question === 'mx' && owner === nameKey(zone.origin))) continue;
        if (question === 'addresses' && inside) continue;
        const at = a?.records[0];
        context.report({
          messageId: 'differs',
          data: { what: WHAT[question], owner, view, here: shown(a), other: otherView, file: other.source.path, there: shown(b) },
          span: at ? at.typeSpan : { source: zone.source, start: 0, end: 0 },
          related: b ? [{ span: b.records[0].typeSpan, message: `view ${otherView} has ${shown(b)}` }] : undefined,
          fingerprint: `${key}|${otherView}`,
        });
      }
    }
  },
});
