/**
 * The calibration corpus (test/calibration/): zones written in the shapes real teams publish —
 * Google Workspace, Microsoft 365, Mailgun, Amazon SES, Fastmail, Cloudflare Email Routing,
 * SendGrid, Zendesk, Mailchimp; parked domains as M3AAWG recommends; the default SOA of Route 53,
 * Cloudflare, Google Cloud DNS, Azure DNS and DigitalOcean; ACME and site-verification TXT
 * records; a multi-brand organisation with subdomains and a delegated child zone.
 *
 * This is the "quiet when all is well" contract of mxlint:recommended: every finding of the
 * default configuration must be written in the files (`; expect: rule!severity`), most files
 * have none, and a rule change that adds noise here fails.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type RunOutcome } from '../src/engine/run.ts';
import { expectations, found } from './expectations.ts';
import { rules } from '../rules/index.ts';

const corpus = fileURLToPath(new URL('./calibration/', import.meta.url));

describe('calibration corpus under mxlint:recommended', () => {
  let outcome: RunOutcome;
  beforeAll(async () => {
    outcome = await run({ rules, paths: [corpus] });
  });

  it('reads every file of the corpus as a zone', () => {
    expect(outcome.missing).toEqual([]);
    expect(outcome.zones.map((z) => z.origin).sort()).toEqual([
      'adventure-works.com.', 'contoso.com.', 'eu.northwindtraders.com.', 'fabrikam.com.', 'hack.af.', 'northwind-coffee.com.',
      'northwindtraders.com.', 'parked-brand.com.', 'tailspintoys.com.', 'wingtiptoys.com.',
    ]);
    expect(outcome.zones.reduce((n, z) => n + z.records.length, 0)).toBeGreaterThan(150);
  });

  it('reports exactly the findings written in the files, and nothing else', () => {
    const wanted = expectations(corpus);
    expect(found(outcome.results, corpus, wanted, () => true)).toEqual(wanted);
  });

  it('says each problem once: the DMARC record written at the doubled name is not also "missing"', () => {
    const hack = outcome.results.find((r) => r.path.endsWith('hack.af.yaml'))!;
    expect(hack.diagnostics.map((d) => d.ruleId).sort()).toEqual(['dkim-split-key', 'zone-name-doubled']);
    const split = hack.diagnostics.find((d) => d.ruleId === 'dkim-split-key')!;
    expect(split.related).toHaveLength(2);
  });
});

describe('calibration corpus under mxlint:strict', () => {
  it('still reports no provider-managed SOA timer', async () => {
    const strict = join(fileURLToPath(new URL('./fixtures/', import.meta.url)), 'strict.json');
    const outcome = await run({ rules, paths: [corpus], configPath: strict });
    const soa = outcome.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId.startsWith('soa-'));
    expect(soa.map((d) => d.message)).toEqual([]);
  });
});
