/**
 * spf-split-term: a character-string boundary of an SPF TXT record that falls inside a term.
 * Receivers join the strings without a space (RFC 7208 §3.3), so a term cut in two is read
 * whole, but a boundary inside a term usually means a space was forgotten there: either the
 * term is split (`"…include:_sp" "f.example.com…"`) or two terms are glued (`"…a.example.com" "-all"`).
 */
import { type RuleContext, defineRule } from '../../src/engine/rule.ts';
import { type SpfEntry, spanOf, spfFingerprint, spfRecords } from '../../src/engine/spf.ts';
import { parseSpf } from '../../src/mail/spf.ts';

/** Text that starts a term of its own: a qualifier and mechanism name, or redirect=/exp=. */
const TERM_START = /^(?:[-+~?]?(?:all$|include:|exists:|ip4:|ip6:|ptr(?:$|:)|a(?:$|[:/])|mx(?:$|[:/]))|(?:redirect|exp)=)/i;

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-split-term',
    description: 'A string boundary of a multi-string SPF record falls inside a term: a term cut in two, or two terms glued together.',
    severity: 'warning',
    messages: {
      glued:
        '`{{right}}` starts a new string right after `{{left}}` without a space, and receivers join strings without one, so they read `{{joined}}`; end the previous string with a space or start this one with a space.',
      split:
        '`{{joined}}` is split across two strings (`{{left}}` | `{{right}}`); receivers join them back without a space, which is right here, but a split inside a term hides a forgotten space too easily: split the record between terms, at a space.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const lengths = entry.view.stringLengths;
      if (lengths.length < 2) continue;
      const text = entry.view.text;
      let boundary = 0;
      let lastTokenEnd = -1;
      for (let i = 0; i < lengths.length - 1; i++) {
        boundary += lengths[i];
        if (boundary === 0 || boundary >= text.length || text[boundary - 1] === ' ' || text[boundary] === ' ') continue;
        const start = text.lastIndexOf(' ', boundary - 1) + 1;
        const space = text.indexOf(' ', boundary);
        const end = space < 0 ? text.length : space;
        // One finding per token, however many boundaries cut it.
        if (start < lastTokenEnd) continue;
        lastTokenEnd = end;
        report(context, entry, start, boundary, end);
      }
    }
  },
});

function report(context: RuleContext<Record<string, never>>, entry: SpfEntry, start: number, boundary: number, end: number): void {
  const text = entry.view.text;
  const left = text.slice(start, boundary);
  const right = text.slice(boundary, end);
  const joined = text.slice(start, end);
  const glued = TERM_START.test(right) && parseSpf(`v=spf1 ${left}`).problems.length === 0;
  context.report({
    messageId: glued ? 'glued' : 'split',
    data: { left, right, joined },
    span: glued ? spanOf(entry, { start: boundary, end }) : spanOf(entry, { start, end }),
    fingerprint: spfFingerprint(entry, glued ? 'glued' : 'split', joined),
  });
}
