/** change-ttl-raised: a mail RRset changes and its TTL goes up in the same change (pull-request mode). */
import { changeRule } from '../../src/posture/changes.ts';

export default changeRule({
  kind: 'ttl-raised',
  description: "Reports a mail RRset (MX, an exchanger's addresses, SPF, DMARC, MTA-STS) whose TTL is raised in the same change as its content, so a mistake stays cached longer.",
  severity: 'off',
  strict: 'error',
  field: 'ttl',
  message: '`{{domain}}`: {{change}}. Resolvers will keep the new, unproven value that long; raise the TTL in a later change, once the new records work.',
});
