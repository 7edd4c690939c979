/** change-dmarc-weakened: the change lowers a domain's DMARC protection (pull-request mode). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'dmarc-weakened',
  description: 'Reports a change that weakens DMARC: p, sp or np lowered, t=y added, alignment relaxed, reporting or the policy removed.',
  severity: 'warning',
  message: 'This change weakens DMARC for `{{domain}}`: {{change}}. Receivers will deliver mail that fails authentication more readily; make sure this is intended and reviewed.',
});
