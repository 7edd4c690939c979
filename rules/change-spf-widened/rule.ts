/** change-spf-widened: the change lets more servers send as a domain (pull-request mode). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'spf-widened',
  description: 'Reports a change that widens who may send as a domain: new networks or includes (info), a softer `all`, `+all` or the SPF record removed.',
  severity: 'warning',
  lowerUnlessWeakens: true,
  // `+all` is spf-permissive-all's finding already (an error): one problem, one report.
  keep: (item) => !item.change.text.includes('→ +all'),
  message: 'This change widens the senders of `{{domain}}`: {{change}}.',
});
