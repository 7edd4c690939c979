/**
 * MTA-STS as a sender sees it (RFC 8461 §3.3): for each domain with a `v=STSv1` record in the
 * repository, the policy fetched from https://mta-sts.<domain>/.well-known/mta-sts.txt with
 * a certificate valid for that name (the system's CAs, plus NODE_EXTRA_CA_CERTS), no redirects;
 * then its mode, max_age and whether its mx patterns cover every exchanger of the domain.
 */
import { request } from 'node:https';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import { exchangeSpan, mxRecords } from '../engine/mx.ts';
import { bare, mtaStsRecords } from '../engine/mail-records.ts';
import { parseStsPolicy, stsMxMatches } from '../mail/mta-sts-policy.ts';
import { finding } from './findings.ts';
import { describe, type Lookup, ofType } from './lookup.ts';

export interface HttpsOptions {
  /** Port of the policy hosts (443; another for tests or a proxy). */
  httpsPort?: number;
  timeoutMs?: number;
}

/** RFC 8461 §3.3: senders may refuse policies over 64 KiB. */
const MAX_POLICY = 64 * 1024;
/** Below a day, a policy protects little: a sender re-fetches it (and can be downgraded) that often. */
const SHORT_MAX_AGE = 86_400;

export async function checkMtaSts(zone: Zone, lookup: Lookup, options: HttpsOptions): Promise<Diagnostic[]> {
  const findings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const entry of mtaStsRecords(zone)) {
    if (!entry.indicator || seen.has(entry.domainKey)) continue;
    seen.add(entry.domainKey);
    const host = `mta-sts.${bare(entry.domain)}`;
    const span = entry.record.rdataSpan;
    const id = entry.domainKey;
    const a = await lookup.ask(host, 'A');
    const address = ofType(a, 'A')[0];
    if (!address) {
      findings.push(finding('live-mta-sts', span, `The MTA-STS policy host ${host} has no IPv4 address (${describe(a, 'A')}): senders cannot fetch the policy`, `${id}|address`));
      continue;
    }
    const fetched = await fetchPolicy(host, String(address.data), options);
    if ('error' in fetched) {
      findings.push(finding('live-mta-sts', span, `The MTA-STS policy of ${bare(entry.domain)} could not be fetched from https://${host}/.well-known/mta-sts.txt: ${fetched.error}`, `${id}|fetch`));
      continue;
    }
    const policy = parseStsPolicy(fetched.body);
    if (policy.problems.length) {
      findings.push(finding('live-mta-sts', span, `The MTA-STS policy served at https://${host}/.well-known/mta-sts.txt is broken: ${policy.problems.join('; ')}`, `${id}|policy`));
      continue;
    }
    if (policy.mode === 'none') continue;
    if (policy.maxAge !== undefined && policy.maxAge < SHORT_MAX_AGE) {
      findings.push(finding('live-mta-sts', span, `The MTA-STS policy of ${bare(entry.domain)} has max_age ${policy.maxAge}: under a day, senders keep it too briefly to resist a downgrade (RFC 8461 suggests weeks)`, `${id}|max-age`, 'warning'));
    }
    for (const mx of mxRecords(zone)) {
      if (mx.isNull || mx.ownerKey !== entry.domainKey || policy.mx.some((p) => stsMxMatches(p, mx.exchange))) continue;
      findings.push(
        finding(
          'live-mta-sts',
          exchangeSpan(mx),
          `MX target ${mx.exchange} is not covered by the MTA-STS policy's mx patterns (${policy.mx.join(', ')}): in mode ${policy.mode}, senders ${policy.mode === 'enforce' ? 'refuse to deliver there' : 'report failures for it'}`,
          `${id}|mx|${mx.exchangeKey}`,
          policy.mode === 'enforce' ? 'error' : 'warning',
        ),
      );
    }
  }
  return findings;
}

function fetchPolicy(host: string, address: string, options: HttpsOptions): Promise<{ body: string } | { error: string }> {
  return new Promise((resolve) => {
    const timeoutMs = options.timeoutMs ?? 5000;
    // `timeout` below is per idle period; a server that drips bytes is stopped by this one.
    const total = setTimeout(() => req.destroy(new Error(`the policy took longer than ${(3 * timeoutMs) / 1000} s`)), 3 * timeoutMs);
    const done = (result: { body: string } | { error: string }): void => {
      clearTimeout(total);
      resolve(result);
    };
    const req = request(
      { host: address, servername: host, port: options.httpsPort ?? 443, path: '/.well-known/mta-sts.txt', method: 'GET', headers: { host }, timeout: timeoutMs },
      (res) => {
        const type = String(res.headers['content-type'] ?? '');
        if (res.statusCode !== 200) {
          res.resume();
          // RFC 8461 §3.3: senders do not follow redirects.
          return done({ error: `the server answered HTTP ${res.statusCode}${res.headers.location ? ` (a redirect to ${res.headers.location}, which senders do not follow)` : ''}` });
        }
        if (!/^text\/plain\b/i.test(type)) {
          res.resume();
          return done({ error: `it is served as ${type || 'no media type'}, not text/plain` });
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          if (body.length > MAX_POLICY) {
            req.destroy();
            done({ error: `the policy is larger than ${MAX_POLICY} bytes` });
          }
        });
        res.on('end', () => done({ body }));
        res.on('error', (error) => done({ error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: tlsMessage(error) }));
    req.end();
  });
}

function tlsMessage(error: NodeJS.ErrnoException): string {
  if (error.code === 'ECONNREFUSED') return 'connection refused';
  // Certificate failures carry OpenSSL's code: UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID…
  const certificate = /CERT|VERIFY|SIGNATURE|SELF_SIGNED/.test(error.code ?? '');
  return `${error.message}${error.code ? ` (${error.code})` : ''}${certificate ? '; senders accept only a certificate valid for the policy host' : ''}`;
}
