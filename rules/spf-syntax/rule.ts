/**
 * spf-syntax: every syntax problem the SPF grammar finds in a `v=spf1` record (unknown
 * mechanism, bad address or prefix length, empty or malformed domain, bad macro, stray octets),
 * and TXT records that look like SPF but are not recognised as such (wrong version, no `v=`).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { recordsOfType, txtOf } from '../../src/engine/records.ts';
import { spanOf, spfFingerprint, spfRecords } from '../../src/engine/spf.ts';
import { quote } from '../../src/mail/common.ts';
import { isSpfRecord } from '../../src/mail/spf.ts';
import { nameKey } from '../../src/zone/names.ts';

/** Problems other rules own (one finding per mistake). */
const OWNED_ELSEWHERE: ReadonlySet<string> = new Set(['duplicate-modifier']);

/** A TXT text that was meant as SPF: optional leading space or quote, then the version token. */
const LOOKALIKE = /^(\s*)(["']?)(v\s*=\s*spf\S*|spf1(?=\s|$))/i;

type Lookalike = { messageId: string; start: number; end: number; token: string };

function lookalike(text: string): Lookalike | undefined {
  if (isSpfRecord(text)) return undefined;
  // Every TXT record comes here, and nearly none looks like SPF: that is tested first.
  const m = LOOKALIKE.exec(text);
  if (!m) return undefined;
  // Sender ID (RFC 4406, `v=spf2.0/pra`) is another, experimental protocol, not a broken SPF record.
  if (/^v=spf2\.0\//i.test(text)) return undefined;
  const start = m[1].length + m[2].length;
  const token = m[3];
  const end = start + token.length;
  if (m[1] !== '') return { messageId: 'leadingSpace', start: 0, end, token };
  if (m[2] !== '') return { messageId: 'quoted', start: m[1].length, end, token };
  if (/^spf1$/i.test(token)) return { messageId: 'noPrefix', start, end, token };
  if (/\s/.test(token)) return { messageId: 'spaced', start, end, token };
  // `v=spf1-all` lost its space; `v=spf10`, `v=spf2` or `v=spf` name another version.
  if (/^v=spf1(?![0-9])/i.test(token)) return { messageId: 'glued', start, end, token };
  return { messageId: 'version', start, end, token };
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-syntax',
    description: 'An SPF record breaks the RFC 7208 grammar (a permerror), or a TXT record meant as SPF is not recognised as one.',
    severity: 'error',
    messages: {
      problem: '{{problem}} (RFC 7208 §4.6: receivers return permerror for the whole record).',
      version:
        '`{{token}}` is not an SPF version, so receivers ignore this record and `{{owner}}` has no SPF policy; start the record with `v=spf1`, the only version.',
      noPrefix: '`{{token}}` lacks the `v=` prefix, so receivers ignore this record and `{{owner}}` has no SPF policy; start the record with `v=spf1`.',
      spaced: '`{{token}}` has spaces around `=`, so receivers ignore this record and `{{owner}}` has no SPF policy; write `v=spf1` without spaces.',
      glued: '`{{token}}`: `v=spf1` must be followed by a space, so receivers ignore this record and `{{owner}}` has no SPF policy; write `v=spf1 ` and then the terms.',
      leadingSpace: 'The record starts with a space before `{{token}}`, so receivers ignore it and `{{owner}}` has no SPF policy; remove the leading space.',
      quoted: 'The record text starts with a quote character before `{{token}}` (escaped quotes inside the string), so receivers ignore it and `{{owner}}` has no SPF policy; remove the inner quotes.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      for (const p of entry.spf.problems) {
        if (OWNED_ELSEWHERE.has(p.code)) continue;
        context.report({
          messageId: 'problem',
          data: { problem: p.message.replace(/\.$/, '') },
          span: spanOf(entry, p),
          fingerprint: spfFingerprint(entry, 'syntax', p.code, entry.view.text.slice(p.start, p.end)),
        });
      }
    }
    for (const record of recordsOfType(context.zone, 'TXT')) {
      const view = txtOf(record);
      const found = view && lookalike(view.text);
      if (!view || !found) continue;
      context.report({
        messageId: found.messageId,
        data: { token: quote(found.token).slice(1, -1), owner: record.owner },
        span: view.span(found.start, found.end),
        fingerprint: [nameKey(record.owner), 'TXT', 'spf', 'version', found.token].join('|'),
      });
    }
  },
});
