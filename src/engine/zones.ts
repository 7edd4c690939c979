/**
 * From discovered files to the zones of a run, each with its identity:
 *
 * - read in path order, so no result depends on the order of the paths given;
 * - the origin named.conf declares for the file (named-conf.ts), else the one from its content
 *   ($ORIGIN, SOA, an export's zone field, Cloudflare's `;; Domain:` header), else the
 *   configuration, else the file name, else the records' common suffix (`originFrom` says which);
 *   a zone with none is `unknown`, gets one diagnostic and takes no part in other zones' lookups;
 * - octoDNS's split layout (`example.com./` with a file per name) becomes one zone;
 * - each zone gets its configured view (else named.conf's); two files of one zone in one view are reported once,
 *   naming both (the first path serves lookups);
 * - a file named on the command line that is not a zone gets a warning that says what mxlint reads.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import { SourceText } from '../model/source.ts';
import type { ZoneRecord } from '../model/record.ts';
import type { OriginSource, Zone } from '../model/zone.ts';
import { applyCli53Routing } from '../providers/cli53-bind.ts';
import { applyCloudflareExport, cloudflareDomain } from '../providers/cloudflare-bind.ts';
import { readZone } from '../zone/reader.ts';
import { commonSuffix, nameKey } from '../zone/names.ts';
import type { ConfigLoader } from './config.ts';
import { fileHead, leadingOrigin, namedLikeZone, ORIGIN_HEAD, originFromName, splitZoneDirectory, type Candidate, type Discovery, type WalkedFolder } from './discover.ts';
import { matchesAny, patternPath } from './globs.ts';
import { type Governance, NamedConfs } from './named-conf.ts';
import type { Budget } from '../input/limits.ts';

export const NOT_A_ZONE = 'mxlint/not-a-zone';
export const DUPLICATE_ZONE = 'mxlint/duplicate-zone';

/** One line of `--list-files`: a file looked at, what it was taken as (or why not). */
export interface ListedFile {
  path: string;
  /** `bind`, an export format, or undefined when skipped. */
  as?: string;
  origin?: string;
  originFrom?: OriginSource;
  /** The named.conf file that declares the zone (originFrom `named-conf`). */
  conf?: string;
  view?: string;
  /** The view answers private clients only (named.conf's match-clients). */
  internalView?: boolean;
  why: string;
}

export interface ReadOptions {
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** The folder `$INCLUDE` and `!include` must stay inside. */
  root: (file: string) => string;
  /** The run's resource budget. */
  budget?: Budget;
  /** The named.conf files of the run's trees (discovery's, when it expanded one named on the command line). */
  confs?: NamedConfs;
}

export interface ReadZones {
  zones: Zone[];
  /** Files named on the command line that are not zones, each with one warning. */
  notes: FileResult[];
  listing: ListedFile[];
}

const WHAT_MXLINT_READS =
  'mxlint reads BIND zone files (records or $ORIGIN/$TTL at the top) and DNS exports: Route 53, Cloudflare, Google Cloud, Azure, DigitalOcean, PowerDNS JSON, octoDNS and Google Cloud YAML';
const HOW_TO = 'src/providers/README.md';

export async function readZones(discovery: Discovery, loader: ConfigLoader, options: ReadOptions): Promise<ReadZones> {
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const listing: ListedFile[] = [];
  const notes: FileResult[] = [];
  const read: Zone[] = [];
  const note = (path: string, why: string, at = { start: 0, end: 0 }, source?: SourceText, unread?: true) => {
    const text = source ?? new SourceText(relative(process.cwd(), path) || path, '', 'utf8');
    const message = unread ? `not read: ${why}` : `not read as a zone: ${why}. ${WHAT_MXLINT_READS}${why.includes(HOW_TO) ? '' : ` (see ${HOW_TO})`}`;
    notes.push({ path: text.path, source: text, diagnostics: [{ ruleId: NOT_A_ZONE, severity: 'warning', message, span: { source: text, ...at } }] });
  };
  for (const skipped of [...discovery.skipped].sort(byPath)) {
    listing.push({ path: skipped.path, why: skipped.why });
    if (skipped.explicit) note(skipped.path, skipped.why, undefined, undefined, skipped.unread);
  }
  const taken = new Map<Zone, Candidate>();
  const confs = options.confs ?? new NamedConfs(options.root, options.readFile);
  // The named.conf file that declared each zone so (for --list-files).
  const declaredBy = new Map<Zone, string>();
  for (const file of [...discovery.files].sort(byPath)) {
    const zone = await readCandidate(file, loader, options, confs, declaredBy);
    if ('skip' in zone) {
      listing.push({ path: file.path, why: zone.skip });
      if (file.explicit) note(file.path, zone.skip, zone.at, zone.source);
      continue;
    }
    taken.set(zone, file);
    read.push(zone);
  }
  // A file another zone $INCLUDEs is a fragment of that zone, not a zone of its own.
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map(absolutePath)));
  // An octoDNS `!include`d file holds a record or values, no zone: it was skipped as none.
  for (const file of listing) if (included.has(resolve(file.path))) file.why = "read as part of another zone, which `!include`s it";
  const zones = mergeSplitLayout(read.filter((zone) => !included.has(absolutePath(zone.source))));
  for (const zone of zones) {
    const path = absolutePath(zone.source);
    const views = loader.resolve(path).views;
    const names = Object.keys(views);
    // Views the configuration declares replace named.conf's.
    if (names.length === 0) continue;
    const rel = patternPath(loader.baseDir(path), path);
    zone.view = names.find((view) => matchesAny(views[view], rel));
    zone.internalView = undefined;
  }
  reportDuplicates(zones);
  // The view of the first zone that holds each file (a file $INCLUDEd by several zones is listed once).
  const viewOf = new Map<SourceText, string | undefined>();
  for (const zone of zones) for (const file of zone.files) if (!viewOf.has(file)) viewOf.set(file, zone.view);
  for (const zone of read) {
    const file = taken.get(zone) as Candidate;
    const isIncluded = included.has(absolutePath(zone.source));
    listing.push({
      path: file.path,
      as: zone.format,
      origin: zone.originFrom === 'unknown' || isIncluded ? undefined : zone.origin,
      originFrom: zone.originFrom,
      conf: declaredBy.get(zone),
      view: viewOf.get(zone.source),
      internalView: zone.internalView,
      why: isIncluded ? `${file.why}; $INCLUDEd by another zone` : file.kind === 'bind' ? file.why : `the content matches the ${zone.format} export format`,
    });
  }
  listing.sort(byPath);
  notes.sort(byPath);
  return { zones, notes, listing };
}

const absolutePaths = new WeakMap<SourceText, string>();

/** The absolute path of a file read (resolved once: a run asks for it again and again). */
export function absolutePath(source: SourceText): string {
  let path = absolutePaths.get(source);
  if (path === undefined) absolutePaths.set(source, (path = resolve(source.path)));
  return path;
}

/** A folder named on the command line in which no file was read as a zone: what was looked at instead. */
export interface FolderWithoutZones extends WalkedFolder {
  /** The files looked at, by why each was skipped, most common first. */
  skipped: { why: string; count: number }[];
}

/** The named folders of a run under which no file became a zone (a run over them would be a false "clean"). */
export function foldersWithoutZones(folders: readonly WalkedFolder[], listing: readonly ListedFile[]): FolderWithoutZones[] {
  return folders.flatMap((folder) => {
    const below = listing.filter((file) => file.path.startsWith(folder.path.endsWith(sep) ? folder.path : folder.path + sep));
    if (below.some((file) => file.as)) return [];
    const counts = new Map<string, number>();
    for (const file of below) counts.set(file.why, (counts.get(file.why) ?? 0) + 1);
    const skipped = [...counts].map(([why, count]) => ({ why, count })).sort((a, b) => b.count - a.count || (a.why < b.why ? -1 : 1));
    return [{ ...folder, skipped }];
  });
}

type Outcome = Zone | { skip: string; at?: { start: number; end: number }; source?: SourceText };

async function readCandidate(file: Candidate, loader: ConfigLoader, options: ReadOptions, confs: NamedConfs, declaredBy: Map<Zone, string>): Promise<Outcome> {
  const config = loader.resolve(file.path);
  const hint = originFromName(file.path, config.zones.origins, loader.baseDir(file.path));
  if (file.kind !== 'bind') {
    const { readExportFile } = await import('../providers/index.ts');
    const outcome = readExportFile(file.path, file.kind, { origin: hint?.origin, readFile: options.readFile, root: options.root(file.path), budget: options.budget });
    if (!('zone' in outcome)) return outcome;
    return identify(outcome.zone, hint);
  }
  const head = file.head ?? fileHead(file.path, ORIGIN_HEAD, options.readFile) ?? '';
  const cloudflare = cloudflareDomain(head);
  // What BIND loads the file as comes first; then the file's own `$ORIGIN`, before the
  // configuration and the file name.
  const governance = cloudflare ? undefined : confs.governing(resolve(file.path));
  const declared = governance?.zone;
  if (declared?.hint) return { skip: `${ROOT_HINTS} (${relative(process.cwd(), declared.conf) || declared.conf} loads it as zone "." of type hint)` };
  const stated = cloudflare ?? leadingOrigin(head);
  // Octets discovery read from disk stand for the file only when reading from disk (not the git index).
  const bytes = options.readFile ? undefined : file.bytes;
  const origin = declared?.origin ?? stated ?? hint?.origin;
  const zone = readZone(file.path, { origin, root: options.root(file.path), readFile: options.readFile, budget: options.budget, bytes });
  if (declared) {
    // The zone BIND loads, whatever the file's SOA owner says (records outside it are out of zone, as BIND finds).
    zone.origin = declared.origin;
    zone.originFrom = 'named-conf';
    declaredBy.set(zone, declared.conf);
    zone.view = declared.view;
    if (declared.internalView) zone.internalView = true;
    return zone;
  }
  if (!stated && isRootHints(zone)) return { skip: `${ROOT_HINTS} (only the root's NS records and the root servers' addresses)` };
  applyCli53Routing(zone);
  if (!cloudflare) return identify(zone, stated ? undefined : hint, governance, !namedLikeZone(loader, file.path));
  zone.origin = cloudflare;
  zone.originFrom = 'content';
  applyCloudflareExport(zone);
  return zone;
}

const ROOT_HINTS = 'root hints: the root servers a resolver starts from, not a zone';

/**
 * A root hints file (named.ca, db.root, root.hints): the root's NS records and the root servers'
 * addresses, no SOA. Its name would make a zone of it (`named.ca.`), each record out of that zone.
 */
function isRootHints(zone: Zone): boolean {
  const records = zone.records;
  return (
    records.length > 0 &&
    records.every((r) => {
      const key = nameKey(r.owner);
      return (key === '.' && r.type === 'NS') || ((r.type === 'A' || r.type === 'AAAA') && key.endsWith('.root-servers.net.'));
    })
  );
}

/** Where the zone's origin came from; a guess from the records' names when nothing else tells. */
/** `byContentOnly`: a BIND file not named like a zone (`zones.include`), taken for its records. */
function identify(zone: Zone, hint: ReturnType<typeof originFromName>, governance?: Governance, byContentOnly = false): Zone {
  const soa = zone.records.find((r) => r.type === 'SOA');
  if (zone.format !== 'bind') {
    // Exports choose their origin in their reader: stated, SOA, hint, common suffix.
    zone.originFrom = zone.origin === '.' ? 'unknown' : hint && nameKey(hint.origin) === nameKey(zone.origin) && !soa ? hint.from : 'content';
  } else if (soa && (!hint || ownerWrittenAbsolute(soa))) zone.originFrom = 'content';
  else if (hint && nameKey(hint.origin) === nameKey(zone.origin)) zone.originFrom = hint.from;
  else if (zone.origin !== '.') zone.originFrom = 'content';
  else {
    const suffix = commonSuffix(zone.records.map((r) => r.owner));
    if (suffix && suffix !== '.') {
      zone.origin = suffix;
      zone.originFrom = 'records';
    } else zone.originFrom = 'unknown';
  }
  if (zone.originFrom === 'unknown') collapseNoOrigin(zone, governance?.confs ?? [], byContentOnly);
  return zone;
}

/** An SOA written `example.com. IN SOA …` names its zone; `@ IN SOA …` takes the name it was read with. */
function ownerWrittenAbsolute(record: ZoneRecord): boolean {
  return record.ownerEnd > record.ownerStart && record.source.charCodeAt(record.ownerEnd - 1) === 46 /* . */;
}

/**
 * One `syntax/no-origin` per file, not one per record: the cause and the fix are the same. Where
 * named.conf files govern the tree and none declares this file, BIND loads no zone from it (a
 * template, or a zone someone forgot to declare): a warning that says so.
 */
function collapseNoOrigin(zone: Zone, confs: readonly string[], byContentOnly: boolean): void {
  const all = zone.diagnostics.filter((d) => d.ruleId === 'syntax/no-origin');
  const others = zone.diagnostics.filter((d) => d.ruleId !== 'syntax/no-origin');
  const first = all[0];
  const unused = confs.length > 0 ? `; ${confs.map((conf) => relative(process.cwd(), conf) || conf).join(', ')} declare${confs.length === 1 ? 's' : ''} no zone in this file, so BIND does not load it` : '';
  // Nothing says a name server loads it: not named like a zone, not declared (a list of records in notes, a fragment).
  const unnamed = !unused && byContentOnly ? '; nothing names it a zone file, neither its name nor named.conf' : '';
  const why = `the zone is unknown, so this file takes no part in other zones' lookups${unused}${unnamed}`;
  const diagnostic: Diagnostic = first
    ? {
        ...first,
        severity: unused || unnamed ? 'warning' : first.severity,
        message: `${first.message} (${why}${all.length > 1 ? `; ${all.length - 1} more line${all.length > 2 ? 's' : ''} with relative names` : ''})`,
      }
    : {
        ruleId: 'syntax/no-origin',
        severity: 'warning',
        message: `the zone's name is unknown: add $ORIGIN or an SOA record, name the file after the zone, declare it in named.conf, or set its origin in the configuration (zones.origins); ${why}`,
        span: { source: zone.source, start: 0, end: 0 },
      };
  zone.diagnostics.length = 0;
  zone.diagnostics.push(diagnostic, ...others);
}

/** octoDNS's split layout: the files of one `example.com./` folder are one zone. */
function mergeSplitLayout(zones: Zone[]): Zone[] {
  const groups = new Map<string, Zone[]>();
  const out: Zone[] = [];
  for (const zone of zones) {
    const path = absolutePath(zone.source);
    if (zone.format !== 'octodns' || !splitZoneDirectory(path)) {
      out.push(zone);
      continue;
    }
    const folder = dirname(path);
    const group = groups.get(folder);
    if (group) group.push(zone);
    else {
      groups.set(folder, [zone]);
      out.push(zone);
    }
  }
  return out.map((zone) => {
    const group = groups.get(dirname(absolutePath(zone.source)));
    if (!group || group.length === 1 || group[0] !== zone) return zone;
    // The apex file (`$example.com.yaml`) stands for the zone when there is one.
    const apex = group.find((z) => /(^|[\\/])\$[^\\/]*$/.test(z.source.path)) ?? group[0];
    return {
      ...apex,
      files: [apex.source, ...group.filter((z) => z !== apex).map((z) => z.source)],
      records: group.flatMap((z) => z.records),
      diagnostics: group.flatMap((z) => z.diagnostics),
      comments: group.flatMap((z) => z.comments),
    };
  });
}

/** Two files of one zone in one view: reported once, on the later path, naming the earlier one. */
function reportDuplicates(zones: Zone[]): void {
  const first = new Map<string, Zone>();
  for (const zone of zones) {
    if (zone.originFrom === 'unknown' || zone.origin === '.') continue;
    const key = `${zone.view ?? ''}\0${nameKey(zone.origin)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, zone);
      continue;
    }
    const inView = zone.view === undefined ? '' : ` in view ${zone.view}`;
    zone.diagnostics.push({
      ruleId: DUPLICATE_ZONE,
      severity: 'warning',
      message: `zone ${zone.origin} is also read from ${earlier.source.path}${inView}; lookups from other zones use that file. If these are views of one zone, declare them under "views" in the configuration; if one is an old copy, remove it or list it in zones.exclude`,
      span: { source: zone.source, start: 0, end: 0 },
    });
  }
}
