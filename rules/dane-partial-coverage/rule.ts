/**
 * dane-partial-coverage: some exchangers of a domain have TLSA records at `_25._tcp.<mx>` and
 * others do not. A sender uses DANE per exchanger (RFC 7672 §2.2), so an attacker who blocks
 * the protected ones gets the mail over the unprotected one: the weakest MX sets the security.
 * Exchangers whose names lie outside the run (or below a zone cut) are not judged.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeSpan, isMiswrittenExchange, mxByOwner, mxFingerprint, type MxEntry } from '../../src/engine/mx.ts';
import { type DaneCoverage, daneCoverage, hasAddress, tlsaInRun } from '../../src/engine/mail-records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dane-partial-coverage',
    description: 'When some exchangers of a domain have DANE TLSA records, all of them should (RFC 7672 §2.2).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      uncovered:
        'Exchanger `{{exchanger}}` of `{{owner}}` has no TLSA record at `_25._tcp.{{exchanger}}` while `{{covered}}` has one, so an attacker who blocks `{{covered}}` gets the mail delivered to `{{exchanger}}` without DANE; publish TLSA records for `{{exchanger}}` too (or drop it from the MX set).',
    },
  },
  check(context) {
    const { zone, zones } = context;
    // No exchanger is covered in a run without TLSA records: nothing to compare.
    if (!tlsaInRun(zones)) return;
    for (const group of mxByOwner(zone).values()) {
      const judged: { mx: MxEntry; coverage: DaneCoverage }[] = [];
      for (const mx of group) {
        if (mx.isNull || isMiswrittenExchange(zones, zone, mx)) continue;
        judged.push({ mx, coverage: daneCoverage(zones, zone, mx.exchange) });
      }
      const covered = judged.find((j) => j.coverage.state === 'yes');
      if (!covered || covered.coverage.state !== 'yes') continue;
      const tlsa = covered.coverage.tlsa;
      for (const { mx, coverage } of judged) {
        // An exchanger without an address takes no mail (mx-dangling-target's finding).
        if (coverage.state !== 'no' || !hasAddress(zones, zone, mx.exchange)) continue;
        context.report({
          messageId: 'uncovered',
          data: { exchanger: mx.exchange, owner: mx.record.owner, covered: covered.mx.exchange },
          span: exchangeSpan(mx),
          related: [{ span: tlsa[0].span, message: `\`${covered.mx.exchange}\` has a TLSA record here` }],
          fingerprint: mxFingerprint(mx, 'dane'),
        });
      }
    }
  },
});
