/** change-mta-sts-not-updated: the MX set changed but the `_mta-sts` id did not (pull-request mode). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'mta-sts-not-updated',
  description: 'Reports a change of the MX set that keeps the MTA-STS id: senders keep a cached policy whose mx: patterns may not match the new exchangers.',
  severity: 'warning',
  message: 'MTA-STS of `{{domain}}`: {{change}}. Update the policy file at https://mta-sts.{{domain}}/.well-known/mta-sts.txt and change the id here.',
});
