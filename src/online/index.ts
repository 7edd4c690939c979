/**
 * The outside view (`mxlint --online`): checks that ask real DNS, run after the offline rules
 * over the same zones, their findings merged into the same results at repository positions.
 * The CLI and the action load this module only with --online: a default run stays offline.
 */
import { getServers } from 'node:dns';
import { resolve } from 'node:path';
import { ConfigError, ConfigLoader } from '../engine/config.ts';
import { rules } from '../../rules/index.ts';
import { INTERNAL_ERROR } from '../engine/lint.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import type { Zone } from '../model/zone.ts';
import { ZoneSet } from '../model/zoneset.ts';
import { nameKey } from '../zone/names.ts';
import { DnsClient, parseServer, type ClientOptions, type Server } from './dns-client.ts';
import { checkDrift } from './drift.ts';
import { finding, zoneAnchor } from './findings.ts';
import { Lookup } from './lookup.ts';
import { checkMxAddresses } from './mx-address.ts';
import { checkMtaSts } from './mta-sts.ts';
import { checkDaneSigned } from './dane.ts';
import { checkDmarcReports } from './dmarc.ts';
import { checkSpf } from './spf.ts';

export { parseServer } from './dns-client.ts';

export interface OnlineOptions extends ClientOptions {
  /** Ask these servers everything (with recursion desired) instead of each zone's own name servers and the system's resolvers. */
  nameservers?: Server[];
  /** Port of the MTA-STS policy hosts (443; another for tests or a proxy). */
  httpsPort?: number;
  /** Compare the repository with what is served (default); off where the repository is ahead on purpose (a pull request). */
  drift?: boolean;
  /** Resolvers for what a sender would look up, and for finding a zone's NS (default: the system's). */
  resolvers?: Server[];
  /** Authoritative servers named by each zone's configuration (`online.nameservers`), asked instead of its NS. */
  configured?: ReadonlyMap<Zone, Server[]>;
}

export async function checkOnline(zones: readonly Zone[], results: FileResult[], options: OnlineOptions = {}): Promise<FileResult[]> {
  const client = new DnsClient(options);
  const zoneSet = new ZoneSet(zones);
  const given = options.nameservers?.length ? options.nameservers : undefined;
  const resolvers = given ?? options.resolvers ?? systemResolvers();
  const lookup = new Lookup(client, resolvers);
  const found = await Promise.all(
    zones.map(async (zone): Promise<Diagnostic[]> => {
      const drift = options.drift === false ? Promise.resolve([]) : zoneDrift(client, resolvers, given ?? options.configured?.get(zone), given !== undefined, zone, zoneSet);
      // What a file cannot know: SPF as receivers evaluate it, where mail goes, the MTA-STS policy
      // file, whether DANE can work, whether report destinations accept the reports.
      const outside = [
        guarded('spf', zone, () => checkSpf(zone, lookup)),
        guarded('exchanger addresses', zone, () => checkMxAddresses(zone, zoneSet, lookup)),
        guarded('mta-sts', zone, () => checkMtaSts(zone, lookup, { httpsPort: options.httpsPort, timeoutMs: options.timeoutMs })),
        guarded('dane', zone, () => checkDaneSigned(zone, lookup)),
        guarded('dmarc reports', zone, () => checkDmarcReports(zone, zoneSet, lookup)),
      ];
      return (await Promise.all([guarded('drift', zone, () => drift), ...outside])).flat();
    }),
  );
  return merge(results, found.flat());
}

/**
 * A live check that fails (a bug, not a network answer: those are diagnostics already) becomes one
 * internal-error finding on its zone; the run's other findings, offline and online, are kept.
 */
async function guarded(check: string, zone: Zone, run: () => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ ruleId: INTERNAL_ERROR, severity: 'error', message: `live check ${check} failed on this zone: ${reason} (please report this)`, span: { source: zone.source, start: 0, end: 0 } }];
  }
}

/** The command line's --nameserver and --dns-timeout, or what is wrong with them. */
export function parseOnlineOptions(nameservers: readonly string[], timeout: string | undefined, httpsPort: string | undefined): OnlineOptions | string {
  const servers: Server[] = [];
  for (const text of nameservers) {
    const server = parseServer(text);
    if (!server) return `--nameserver needs an IP address with an optional port (192.0.2.53, 192.0.2.53:5300, [2001:db8::53]:5300), not '${text}'`;
    servers.push(server);
  }
  const seconds = timeout === undefined ? 2 : Number(timeout);
  if (!(seconds > 0 && seconds <= 60)) return `--dns-timeout needs a number of seconds between 0 and 60, not '${timeout}'`;
  const port = httpsPort === undefined ? 443 : Number(httpsPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `--https-port needs a port number, not '${httpsPort}'`;
  return { nameservers: servers, timeoutMs: seconds * 1000, httpsPort: port };
}

/** Drift against `given` servers (recursive ones for --nameserver), or the zone's own name servers. */
async function zoneDrift(client: DnsClient, resolvers: Server[], given: Server[] | undefined, recursive: boolean, zone: Zone, zones: ZoneSet): Promise<Diagnostic[]> {
  const servers = given?.length ? { servers: given } : await zoneServers(client, resolvers, zone);
  if ('failure' in servers) return [servers.failure];
  return checkDrift({ zone, zones, servers: servers.servers, client, recursive });
}

/** The servers each zone's configuration names in `online.nameservers` (the configuration is read again, as the run found it). */
export async function configuredServers(zones: readonly Zone[], configPath: string | undefined): Promise<Map<Zone, Server[]>> {
  const loader = new ConfigLoader(rules, configPath);
  for (const zone of zones) loader.find(resolve(zone.source.path));
  await loader.validateAll();
  const found = new Map<Zone, Server[]>();
  for (const zone of zones) {
    const config = loader.resolve(resolve(zone.source.path));
    const servers = config.online.nameservers.map((text) => {
      const server = parseServer(text);
      if (!server) throw new ConfigError(`${config.path}: online.nameservers: '${text}' is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5300, [2001:db8::53]:5300)`);
      return server;
    });
    if (servers.length) found.set(zone, servers);
  }
  return found;
}

function systemResolvers(): Server[] {
  return getServers().flatMap((text) => parseServer(text) ?? []);
}

/** The zone's name servers as the world finds them: its NS RRset, each name's IPv4 addresses (exported for its test). */
export async function zoneServers(client: DnsClient, resolvers: Server[], zone: Zone): Promise<{ servers: Server[] } | { failure: Diagnostic }> {
  const fail = (why: string): { failure: Diagnostic } => ({ failure: finding('live-dns-failure', zoneAnchor(zone), `Could not find the name servers of ${zone.origin}: ${why}`, `${nameKey(zone.origin)}|NS`) });
  if (!resolvers.length) return fail('no resolver is configured on this machine (give --nameserver)');
  const ns = await client.query(resolvers[0], zone.origin, 'NS', true);
  if (ns.rcode !== 'NOERROR') return fail(`${ns.server.label} answered ${ns.detail ?? ns.rcode}`);
  const names = ns.answers.filter((r) => r.type === 'NS').map((r) => String(r.data));
  if (!names.length) return fail('the zone has no NS records in public DNS');
  const servers: Server[] = [];
  for (const name of names) {
    const a = await client.query(resolvers[0], name, 'A', true);
    for (const record of a.answers) if (record.type === 'A') servers.push({ address: String(record.data), port: 53, label: `${name.toLowerCase()}. (${String(record.data)})` });
  }
  return servers.length ? { servers } : fail(`none of its name servers (${names.join(', ')}) has an IPv4 address`);
}

/** Adds the online findings to the results of the files they stand in, sorted by position. */
function merge(results: FileResult[], found: Diagnostic[]): FileResult[] {
  if (!found.length) return results;
  const bySource = new Map(results.map((r) => [r.source, { ...r, diagnostics: [...r.diagnostics] }]));
  for (const diagnostic of found) bySource.get(diagnostic.span.source)?.diagnostics.push(diagnostic);
  return [...bySource.values()].map((r) => ({ ...r, diagnostics: r.diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end) }));
}
