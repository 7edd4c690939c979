/**
 * change-inbound-moved: the change moves a domain's inbound mail: the primary exchanger changed,
 * every exchanger replaced, or (with `allowedExchangers`) an exchanger outside the allowed set.
 */
import { namePattern, namePatternsOption } from '../../src/engine/mx.ts';
import { changeRule } from '../../src/posture/changes.ts';

interface Options {
  allowedExchangers: string[];
}

export default changeRule<Options>({
  kind: 'inbound-moved',
  description: "Reports a change that moves a domain's inbound mail (primary exchanger changed, all exchangers replaced) or adds an exchanger outside the allowed set.",
  // A move is a deliberate act more often than a mistake: a notice for the reviewer, not a warning.
  severity: 'info',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allowedExchangers: namePatternsOption(
        'Name patterns (as in mx-exchanger-policy: `*` within a label, `**` one or more labels). When not empty, only moves to an exchanger outside these patterns are reported.',
      ),
    },
  },
  keep: (item, options) => {
    if (options.allowedExchangers.length === 0) return !item.change.backup;
    const allowed = options.allowedExchangers.map(namePattern);
    return (item.change.added ?? []).some((name) => !allowed.some((matches) => matches(name + '.')));
  },
  message: 'This change moves inbound mail of `{{domain}}`: {{change}}. Check that the new exchangers accept mail for the domain before it lands.',
});
