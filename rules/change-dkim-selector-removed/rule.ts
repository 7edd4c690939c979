/** change-dkim-selector-removed: a DKIM selector removed or revoked (pull-request mode; info). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'dkim-selector-removed',
  description: 'Reports a DKIM selector the change removes or revokes: mail in flight signed with it fails DKIM.',
  severity: 'info',
  strict: 'info',
  message: 'DKIM of `{{domain}}`: {{change}}. Make sure nothing signs with this selector any more.',
});
