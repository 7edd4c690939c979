/**
 * A finding's identity across commits, shared by SARIF's `partialFingerprints` and the baseline
 * file (`--baseline`), so that a baseline entry is the very fingerprint code scanning sees.
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';

/** node:crypto, loaded with the first fingerprint: a plain lint, which makes none, does not pay its 4 ms. */
let crypto: typeof import('node:crypto') | undefined;

/**
 * The rule, the file (as a URI relative to the repository root) and the diagnostic's own
 * fingerprint (owner, type, field; never a line). Without one, the message stands in for it.
 */
export function findingFingerprint(d: Diagnostic, uri: string): string {
  const identity = d.fingerprint === undefined ? `message\0${d.message}` : `fingerprint\0${d.fingerprint}`;
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(`${d.ruleId}\0${uri}\0${identity}`).digest('hex');
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(path: string): string {
  const segments = sep === '\\' ? path.split(/[\\/]/) : path.split('/');
  return segments.map((s) => encodeURIComponent(s)).join('/');
}
