/** change-dane-broken: an exchanger added without TLSA while the others have it, or TLSA removed (pull-request mode). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'dane-broken',
  description: 'Reports a change that breaks DANE: an exchanger added without TLSA records while the others have them, or an exchanger losing its TLSA records.',
  severity: 'warning',
  message: 'DANE of `{{domain}}`: {{change}}. DANE senders fall back to unauthenticated TLS for it (or defer); publish `_25._tcp` TLSA records for it.',
});
