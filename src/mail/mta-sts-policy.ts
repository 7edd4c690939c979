/**
 * The MTA-STS policy file served at https://mta-sts.<domain>/.well-known/mta-sts.txt
 * (RFC 8461 §3.2): `key: value` lines; version STSv1, mode, max_age and one or more mx patterns.
 * Text in, values and problems out; never throws.
 */

export type StsMode = 'enforce' | 'testing' | 'none';

export interface StsPolicy {
  mode?: StsMode;
  maxAge?: number;
  mx: string[];
  problems: string[];
}

/** RFC 8461 §3.2: max_age is at most 31557600 seconds (about a year). */
export const MAX_AGE_LIMIT = 31_557_600;

export function parseStsPolicy(text: string): StsPolicy {
  const policy: StsPolicy = { mx: [], problems: [] };
  let version: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 1) {
      policy.problems.push(`the line ${JSON.stringify(line.slice(0, 60))} is not "key: value"`);
      continue;
    }
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'version') version = value;
    else if (key === 'mode') {
      if (value === 'enforce' || value === 'testing' || value === 'none') policy.mode = value;
      else policy.problems.push(`mode "${value}" is none of enforce, testing, none`);
    } else if (key === 'max_age') {
      const seconds = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
      if (seconds <= MAX_AGE_LIMIT) policy.maxAge = seconds;
      else policy.problems.push(`max_age "${value}" is not a number of seconds up to ${MAX_AGE_LIMIT}`);
    } else if (key === 'mx') policy.mx.push(value);
  }
  if (version !== 'STSv1') policy.problems.push(version === undefined ? 'the version: STSv1 line is missing' : `version "${version}" is not STSv1`);
  if (policy.mode === undefined && !policy.problems.some((p) => p.startsWith('mode'))) policy.problems.push('the mode line is missing');
  if (policy.maxAge === undefined && !policy.problems.some((p) => p.startsWith('max_age'))) policy.problems.push('the max_age line is missing');
  if (policy.mode !== 'none' && policy.mx.length === 0) policy.problems.push('no mx line names the exchangers');
  return policy;
}

/** RFC 8461 §4.1: a pattern is a host name, or `*.` and a name, whose `*` stands for exactly one label. */
export function stsMxMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return name === p;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot + 1) === p.slice(2);
}
