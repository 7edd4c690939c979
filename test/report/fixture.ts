import type { Diagnostic, Severity } from '../../src/model/diagnostic.ts';
import type { FileResult } from '../../src/model/result.ts';
import { SourceText } from '../../src/model/source.ts';
import pkg from '../../package.json' with { type: 'json' };

/** Documentation links: the repository of package.json, at the release's tag. */
export const DOCS = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/v${pkg.version}/`;

export const ZONE_TEXT = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@\tIN\tMX\t10 192.0.2.1',
  '@ IN TXT "v=spf1 include:_spf.example.net ~all"',
  'mail IN A 192.0.2.1',
  '$TTL abc',
  '',
].join('\n');

export function zoneSource(path = 'zones/example.com.zone', text = ZONE_TEXT): SourceText {
  return new SourceText(path, text, 'octets');
}

/** A diagnostic on the `occurrence`th match of `needle` in the source. */
export function diag(
  source: SourceText,
  needle: string,
  ruleId: string,
  severity: Severity,
  message: string,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  const start = source.text.indexOf(needle);
  if (start < 0) throw new Error(`not in source: ${needle}`);
  return { ruleId, severity, message, span: { source, start, end: start + needle.length }, ...extra };
}

/** The usual set: an error, a warning, an info and a syntax error, in position order. */
export function sampleResults(): FileResult[] {
  const source = zoneSource();
  const diagnostics: Diagnostic[] = [
    diag(source, '192.0.2.1', 'mx-target-ip', 'error', 'MX target "192.0.2.1" is an IP address, not a host name.', {
      fingerprint: 'mx-target-ip|@|MX|target',
    }),
    diag(source, '~all', 'spf-softfail', 'warning', 'SPF ends in ~all (softfail).', { fingerprint: 'spf-softfail|@|TXT|all' }),
    diag(source, 'mail IN A', 'mx-no-reverse', 'info', 'mail.example.com. has no PTR record in the zones read.'),
    diag(source, 'abc', 'syntax/bad-ttl', 'error', 'Bad TTL "abc".'),
  ];
  return [
    { path: 'zones/example.com.zone', source, diagnostics },
    { path: 'zones/clean.zone', source: zoneSource('zones/clean.zone', '$TTL 60\n'), diagnostics: [] },
  ];
}
