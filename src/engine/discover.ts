/**
 * Which files of the paths given are zones, on evidence:
 *
 * - BIND master files: the configured names (`zones.include`, default `*.zone`, `db.*`, `*.db`)
 *   when the content is text, or any text file whose first entries (past comment headers) read as
 *   directives or resource records.
 * - Provider exports: `*.json`, `*.yaml`, `*.yml` files, taken as candidates here and kept only
 *   when their content matches one export format as a whole (decided by the provider readers).
 * - Never: binary files (a NUL byte outside comments), package and mxlint configuration files.
 *
 * Directory walks skip VCS and dependency folders, build output and whatever `.gitignore` files
 * ignore, and do not follow symbolic links (each is listed as skipped). As in ripgrep, a path
 * named on the command line is always searched: ignore rules judge what the walk finds below it,
 * and when the named folder is itself ignored, only the ignore files inside it apply. A file named on the command line that is not a zone is returned in `skipped`
 * with `explicit` set, so the run can say so; walked files are skipped quietly (`--list-files`
 * shows why), and a named folder without any zone is the run's to report (`folders`).
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside, readRegularFile, repositoryRoot, resolveInside } from '../input/safe-files.ts';
import ignore, { type Ignore } from 'ignore';
import type { ConfigLoader } from './config.ts';
import { matchesAny, patternPath } from './globs.ts';
import { parseName } from '../zone/names.ts';
import { typeNumber } from '../zone/rdata/index.ts';
import { isNamedConfName } from './named-conf.ts';

export type InputKind = 'bind' | 'json' | 'yaml';

export interface Candidate {
  path: string;
  kind: InputKind;
  /** Named on the command line (not found by a directory walk). */
  explicit: boolean;
  /** Why the file was taken, for --list-files. */
  why: string;
  /** The file's first ORIGIN_HEAD octets as latin1, as discovery read them (reading needs them again). */
  head?: string;
  /** A BIND file's octets, when discovery read all of it (a small regular file): reading does not open it again. */
  bytes?: Buffer;
}

/** How much of a file's start reading looks at for its `$ORIGIN` or a provider's header. */
export const ORIGIN_HEAD = 4096;

export interface Skipped {
  path: string;
  explicit: boolean;
  why: string;
  /** It stands for content the run does not have (a Git LFS pointer): warned about even on a walk. */
  unread?: true;
}

export interface Discovery {
  files: Candidate[];
  /** Files looked at and not taken, with the reason. */
  skipped: Skipped[];
  /** Paths named on the command line that do not exist. */
  missing: string[];
  /** Folders named on the command line, walked. */
  folders?: WalkedFolder[];
}

/** A folder named on the command line and what its walk passed over without looking. */
export interface WalkedFolder {
  /** As given on the command line. */
  given: string;
  path: string;
  /** The repository it lies in (its git work tree's top, else itself): where a symbolic link may lead. */
  top: string;
  /** Files and folders below it that `.gitignore` files ignore. */
  ignored: number;
  /** Folders below it never entered: version control, dependencies, build output, hidden ones. */
  passedOver: number;
}

/** Folders a walk never enters: version control, dependencies, build output and caches. */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'coverage', 'target', 'vendor', '__pycache__', '.venv', 'venv', '.terraform', '.cache']);

/** How much of a file discovery reads to decide. */
const HEAD_BYTES = 16384;

/** A key one of the JSON export formats has near its start (a first filter, not the decision). */
const EXPORT_JSON_KEYS = /"(ResourceRecordSets|Changes|ChangeBatch|result|rrsets|rrdatas|domain_records?|value|type)"\s*:/;
/** octoDNS records have `type:` (or come from `!include`); Google's export `kind: dns#…`; octoDNS's main configuration `providers:`. */
const EXPORT_YAML_KEYS = /^\s*(-\s+)?(type|kind|providers)\s*:|!include\s/m;

/** A file's head as discovery reads it, with the whole file when the head is all of it. */
export interface Head {
  /** The first HEAD_BYTES octets as latin1. */
  text: string;
  /** The file's octets, when it is a regular file shorter than the head. */
  whole?: Buffer;
}

/**
 * `otherHead` reads heads from elsewhere than the working tree (another version of the files);
 * `zonesOfConf` gives the zone files a BIND configuration file (named.conf) named on the command
 * line loads, which are linted in its place (undefined for a file that is none).
 */
export function discover(
  paths: readonly string[],
  loader: ConfigLoader,
  otherHead?: (path: string) => string | undefined,
  zonesOfConf?: (path: string) => string[] | undefined,
): Discovery {
  const readHead = otherHead ? (path: string): Head | undefined => fromText(otherHead(path)) : diskHeads();
  const files: Candidate[] = [];
  const skipped: Skipped[] = [];
  const missing: string[] = [];
  const folders: WalkedFolder[] = [];
  const seen = new Set<string>();
  const consider = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    const verdict = classify(path, loader, readHead, explicit);
    if ('kind' in verdict) files.push({ path, kind: verdict.kind, explicit, why: verdict.why, head: verdict.head, bytes: verdict.bytes });
    else skipped.push({ path, explicit: explicit || verdict.unread === true, why: verdict.skip, unread: verdict.unread });
  };
  const walk = (dir: string, ignores: GitIgnores, folder: WalkedFolder) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const top = entries.some((entry) => entry.name === '.git');
    const here = ignores.enter(dir, top);
    // A checkout without its submodules (actions/checkout's default) holds empty folders where they
    // are: listed, so that --list-files and a run that finds no zone say why nothing is there. Not a
    // warning: a submodule may hold anything, most often no zone.
    if (top && entries.some((entry) => entry.name === '.gitmodules')) {
      for (const path of submodulesNotCheckedOut(dir)) {
        if (!isInside(folder.path, path) || seen.has(path)) continue;
        seen.add(path);
        skipped.push({ path, explicit: false, why: 'a git submodule that is not checked out: nothing of it is here to lint (check out with submodules: `submodules: true` in actions/checkout, or `git submodule update --init`)' });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.')) folder.passedOver++;
        else if (here.ignored(full, true)) folder.ignored++;
        else walk(full, here, folder);
      } else if (entry.isFile()) {
        const leftover = leftoverOf(entry.name);
        if (here.ignored(full, false)) folder.ignored++;
        else if (leftover && !seen.has(full)) {
          seen.add(full);
          skipped.push({ path: full, explicit: false, why: `${leftover}, not a zone a name server loads (name it on the command line to lint it)` });
        } else consider(full, false);
      } else if (entry.isSymbolicLink() && !here.ignored(full, false) && !seen.has(full)) {
        // A link to a regular file of the repository is read as that file under the link's name
        // (`parked.example.zone -> db.parked`, one zone per link); any other link is not followed
        // (it may lead out of the repository, to a device or to a folder), but not passed over in silence.
        const why = linkNotFollowed(full, folder.top);
        if (why === undefined) consider(full, false);
        else {
          seen.add(full);
          skipped.push({ path: full, explicit: false, why });
        }
      }
    }
  };
  const otherVersion = otherHead !== undefined;
  for (const given of paths) {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    // Reading another version (a pull request's base): a file deleted since exists there only.
    if (!stat && otherVersion && readHead(path) !== undefined) consider(path, true);
    else if (!stat) missing.push(given);
    else if (stat.isDirectory()) {
      const folder: WalkedFolder = { given, path, top: repositoryRoot(path) ?? path, ignored: 0, passedOver: 0 };
      folders.push(folder);
      // A folder named on purpose is searched even when ignored: then the rules above it do not reach in.
      const above = GitIgnores.above(path);
      walk(path, above.ignored(path, true) ? GitIgnores.none : above, folder);
    }
    // A device or FIFO named on the command line is never opened here: the reader refuses it with a diagnostic.
    else if (!stat.isFile()) files.push({ path, kind: 'bind', explicit: true, why: 'named on the command line' });
    else {
      const declared = zonesOfConf?.(path);
      if (declared === undefined) consider(path, true);
      else {
        seen.add(path);
        // One that loads no zone file of the repository is said so, never passed over in silence.
        const why = declared.length ? `a BIND configuration file: the ${declared.length} zone file${declared.length === 1 ? '' : 's'} it loads are linted` : 'a BIND configuration file that loads no zone file found in this repository';
        skipped.push({ path, explicit: declared.length === 0, why });
        for (const file of declared) consider(file, true);
      }
    }
  }
  return { files: withoutSignedCopies(files, skipped), skipped, missing, folders };
}

/**
 * A zone signed by dnssec-signzone sits beside its source (`example.com.zone.signed` beside
 * `example.com.zone`): when both are in the run, the source, which people edit, is linted and the
 * signed copy is listed as skipped (linting both reported every finding twice, and the two as
 * copies of one zone). Named alone, a signed zone is linted. Tools that pass every staged file
 * (lint-staged) name both, so a copy named on the command line is skipped too, without a word.
 */
export function withoutSignedCopies(files: Candidate[], skipped: Skipped[]): Candidate[] {
  const paths = new Set(files.map((f) => f.path));
  return files.filter((file) => {
    if (!file.path.endsWith('.signed') || !paths.has(file.path.slice(0, -'.signed'.length))) return true;
    skipped.push({ path: file.path, explicit: false, why: `the signed copy of ${basename(file.path.slice(0, -'.signed'.length))} (dnssec-signzone's output), which is linted` });
    return false;
  });
}

/** `unread`: the file stands for content the run does not have; skipped with a warning even on a walk. */
type Verdict = { kind: InputKind; why: string; head?: string; bytes?: Buffer } | { skip: string; unread?: true };

function classify(path: string, loader: ConfigLoader, readHead: (path: string) => Head | undefined, explicit: boolean): Verdict {
  const config = loader.resolve(path);
  // The path from the configuration's folder, made only for patterns to match.
  const rel = (): string => patternPath(loader.baseDir(path), path);
  if (config.zones.exclude.length > 0 && matchesAny(config.zones.exclude, rel())) return { skip: 'excluded by zones.exclude' };
  const name = basename(path).toLowerCase();
  if (name === 'package.json' || name === 'package-lock.json' || /^(\.mxlintrc|mxlint\.config)\.json$/.test(name)) return { skip: 'a package or mxlint configuration file' };
  // dnssec-signzone writes these beside a zone it signs: records for the parent zone to publish.
  if (/^(dsset|keyset)-/.test(name)) return { skip: `the ${name.startsWith('dsset') ? 'DS' : 'key'} set dnssec-signzone writes for the parent zone, not a zone` };
  // dnssec-keygen's public key (`Kexample.com.+013+12345.key`): its DNSKEY record gets into the zone
  // by `$INCLUDE`, by dnssec-signzone or by inline signing; alone it is no zone.
  if (/^k.+\+\d{3}\+\d{5}\.key$/.test(name)) return { skip: 'a DNSSEC key dnssec-keygen writes (its DNSKEY record is included or published by the signer), not a zone' };
  // named's own record of the trust anchors it keeps up to date (RFC 5011): KEYDATA records, no zone of the operator's.
  if (name === 'managed-keys.bind' || name.endsWith('.mkeys')) return { skip: "named's managed keys file (the trust anchors it maintains), not a zone" };
  if (name === 'dnsconfig.js' || name === 'dnsconfig.ts') {
    return { skip: 'a dnscontrol configuration (JavaScript): mxlint reads zones, not programs; let dnscontrol write BIND zone files (its BIND provider, `dnscontrol push`) and lint those (src/providers/README.md says how)' };
  }
  const read = readHead(path);
  if (read === undefined) return { skip: 'cannot be read' };
  const head = read.text;
  // A checkout without Git LFS holds pointers where LFS-tracked files are: one named like a zone or
  // an export, passed over quietly, would leave the run clean with that zone unread.
  if (head.startsWith('version https://git-lfs.github.com/spec/v1\n')) {
    const why = 'a Git LFS pointer: the content it stands for was not fetched (check out with Git LFS: `lfs: true` in actions/checkout, or `git lfs pull`)';
    const zoneNamed = /\.(json|ya?ml)$/.test(name) || namedLikeZone(loader, path);
    return zoneNamed ? { skip: why, unread: true } : { skip: why };
  }
  if (/\.(json|ya?ml)$/.test(name)) {
    // The provider readers decide on the whole document; here only what cannot be one is dropped
    // (cheaply: most JSON and YAML of a repository never loads the provider readers).
    const json = name.endsWith('.json');
    if (json && !/^\uFEFF?\s*[[{]/.test(head)) return { skip: 'not a JSON object or array' };
    if (!(json ? EXPORT_JSON_KEYS : EXPORT_YAML_KEYS).test(head)) return { skip: `no key of a DNS export format in its first ${HEAD_BYTES / 1024} KiB` };
    return { kind: json ? 'json' : 'yaml', why: 'read if its content is an export' };
  }
  // A zone saved as UTF-16 is a zone BIND refuses: the reader says so (syntax/utf16). Its NULs
  // would make it a binary file.
  const utf16 = utf16Head(head);
  if (utf16 !== undefined) {
    const evidence = bindEvidence(utf16);
    if (evidence) return { kind: 'bind', why: `${evidence} (in UTF-16)`, head: '', bytes: read.whole };
  }
  if (head.includes('\0') && withoutComments(head).includes('\0')) return { skip: 'a binary file' };
  const template = templateLanguage(name, head);
  if (template) return { skip: `a template (${template}): BIND loads the zone rendered from it, which is what mxlint reads` };
  // Kept for reading: a copy of its start, so the candidate does not hold on to all of the head.
  const originHead = head.length > ORIGIN_HEAD ? Buffer.from(head.slice(0, ORIGIN_HEAD), 'latin1').toString('latin1') : head;
  const evidence = bindEvidence(head);
  if (evidence) return { kind: 'bind', why: evidence, head: originHead, bytes: read.whole };
  if (namedLikeZone(loader, path)) {
    // Named like a zone and mostly written like one: a mistake in its first records (a type
    // misspelt) is the reader's to report, not a reason to skip the file (BIND refuses it).
    if (explicit || !withoutComments(head).trim() || readsMostlyAsZone(head)) return { kind: 'bind', why: 'matches zones.include', head: originHead, bytes: read.whole };
    return { skip: 'matches zones.include but its first lines are not records or directives' };
  }
  const notRecords = 'its first lines are not records or directives of a zone file';
  return { skip: isNamedConfName(path) ? `a BIND configuration file: read for the zone each file is (${notRecords})` : notRecords };
}

/** The file is named like a zone file: `zones.include` (`*.zone`, `db.*`, `*.db` by default) matches its path or its name. */
export function namedLikeZone(loader: ConfigLoader, path: string): boolean {
  const include = loader.resolve(path).zones.include;
  return matchesAny(include, patternPath(loader.baseDir(path), path)) || matchesAny(include, basename(path).toLowerCase());
}

const TEMPLATE_EXTENSIONS: Record<string, string> = {
  j2: 'Jinja', jinja: 'Jinja', jinja2: 'Jinja', erb: 'ERB', epp: 'Puppet EPP', tmpl: 'Go', gotmpl: 'Go', tpl: 'a .tpl file',
  template: 'a .template file', mustache: 'Mustache', hbs: 'Handlebars', handlebars: 'Handlebars', ftl: 'FreeMarker', twig: 'Twig',
};
/** Template tags outside comments and quotes: `{{ serial }}`, `{% for %}`, `<%= @ttl %>`, `[% ttl %]`. */
const TEMPLATE_TAG = /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\[%.*?%\]/;

/**
 * The template language of a zone template (Ansible's `db.example.com.j2`, Chef's `zone.erb`,
 * Salt's files with Jinja in them): by its extension, or by template tags where a zone has none.
 * BIND never loads a template, and its tags would each be a syntax error.
 */
function templateLanguage(name: string, head: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1];
  if (extension && TEMPLATE_EXTENSIONS[extension]) return TEMPLATE_EXTENSIONS[extension];
  // Most heads hold no tag opener at all: only then are quotes and comments taken out to look closer.
  if (!/\{\{|\{%|<%|\[%/.test(head)) return undefined;
  const bare = head.replace(/"(?:[^"\\\n]|\\.)*"?|;[^\n]*/g, '');
  return TEMPLATE_TAG.test(bare) ? 'tags such as {{ }} in its records' : undefined;
}

/** The text of a head (octets as latin1) that starts with a UTF-16 byte-order mark, decoded; undefined for any other. */
function utf16Head(head: string): string | undefined {
  const little = head.startsWith('\xff\xfe');
  if (!little && !head.startsWith('\xfe\xff')) return undefined;
  const octets = Buffer.from(head.slice(2, 2 + ((head.length - 2) & ~1)), 'latin1');
  return (little ? octets : octets.swap16()).toString('utf16le');
}

/** The head of a zone file with its comments (`;` to the end of the line, outside quotes) blanked. */
export function withoutComments(head: string): string {
  return head.replace(/("(?:[^"\\\n]|\\.)*"?)|;[^\n]*/g, (all, quoted: string | undefined) => quoted ?? '');
}

const DIRECTIVE = /^\$(ORIGIN|TTL|INCLUDE|GENERATE)(\s|$)/i;
const TTL = /^(\d+[smhdw]?)+$/i;
const CLASS = /^(IN|CH|HS|CS|CLASS\d+)$/i;

/**
 * Why `head` reads as a BIND master file, or undefined when it does not: its first entries (up to
 * three; comments do not count) must each be a directive or `[owner] [ttl] [class] TYPE rdata`
 * with a type mxlint knows.
 */
export function bindEvidence(head: string): string | undefined {
  let entries = 0;
  let first = '';
  for (const line of entryLines(head)) {
    if (!readsAsEntry(line)) return undefined;
    first ||= line.trim().split(/\s+/).slice(0, 4).join(' ');
    if (++entries === 3) break;
  }
  return entries ? `zone file: starts with \`${first}\`` : undefined;
}

/**
 * A looser test than bindEvidence, for files named like zones: among the first ten entries, a
 * directive or an SOA record, or at least two records and more records than other lines.
 */
function readsMostlyAsZone(head: string): boolean {
  let good = 0;
  let bad = 0;
  for (const line of entryLines(head)) {
    if (!readsAsEntry(line)) bad++;
    else if (DIRECTIVE.test(line) || /\sSOA\s/i.test(line)) return true;
    else good++;
    if (good + bad === 10) break;
  }
  return good >= 2 && good > bad;
}

/** The first line of each entry of a head, without its comment: blank lines and the lines inside an entry's parentheses left out. */
function* entryLines(head: string): Generator<string> {
  let depth = 0;
  for (const line of linesOf(head)) {
    const inside = depth > 0;
    for (const c of line.replace(/"(?:[^"\\]|\\.)*"?/g, '')) depth += c === '(' ? 1 : c === ')' ? (depth > 0 ? -1 : 0) : 0;
    if (!inside && line.trim()) yield line;
  }
}

/**
 * The lines of a head, each without its comment, made one at a time: deciding needs the first few
 * (a comment ends at the line's end, and quoted strings do not span lines).
 */
function* linesOf(head: string): Generator<string> {
  for (let from = 0; from <= head.length; ) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    yield withoutComments(head.slice(from, to));
    from = to + 1;
  }
}

/** The absolute `$ORIGIN` a zone file's head starts with (before any record; comments aside), if any. */
export function leadingOrigin(head: string): string | undefined {
  for (const line of linesOf(head)) {
    if (!line.trim() || /^\$TTL\s/i.test(line)) continue;
    const match = /^\$ORIGIN\s+(\S+\.)\s*$/i.exec(line);
    return match ? match[1] : undefined;
  }
  return undefined;
}

function readsAsEntry(line: string): boolean {
  if (DIRECTIVE.test(line)) return true;
  const tokens = line.replace(/[()]/g, ' ').trim().split(/\s+/);
  // A line starting with a blank has no owner (it repeats the previous one).
  let i = /^\s/.test(line) ? 0 : 1;
  for (let n = 0; n < 2 && i < tokens.length && (TTL.test(tokens[i]) || CLASS.test(tokens[i])); n++) i++;
  const type = tokens[i];
  if (type === undefined || i + 1 >= tokens.length) return false;
  if (!/^[A-Z][A-Z0-9-]*$/i.test(type) || typeNumber(type.toUpperCase()) === undefined) return false;
  // Types that are words of prose too (`hosts a lot of…`, `the mx is…`) must be followed by their rdata's shape.
  const shape = RDATA_SHAPE[type.toUpperCase()];
  return shape === undefined || tokens[i + 1] === '\\#' || shape.test(tokens[i + 1]);
}

const RDATA_SHAPE: Record<string, RegExp> = { A: /^\d{1,3}(\.\d{1,3}){3}$/, AAAA: /^[0-9a-f:.]*:[0-9a-f:.]*$/i, MX: /^\d+$/ };

let headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

function fromText(text: string | undefined): Head | undefined {
  return text === undefined ? undefined : { text };
}

/** How many octets of whole files one discovery keeps for reading (beyond it, files are read again). */
const WHOLE_FILES_BYTES = 64 * 1024 * 1024;

/**
 * Heads of files on disk, each with the whole file when it is a regular file no longer than the
 * head: a repository of small zones is then opened once per file, not twice.
 */
function diskHeads(): (path: string) => Head | undefined {
  let kept = 0;
  return (path) => {
    const head = diskHead(path, HEAD_BYTES, kept < WHOLE_FILES_BYTES);
    if (head?.whole) kept += head.whole.length;
    return head;
  };
}

/** The first `size` octets of a file on disk as latin1 text, and a copy of its octets when asked and they are all of it. */
function diskHead(path: string, size: number, keepWhole: boolean): Head | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO planted under a zone's name must not hang the run.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    // One buffer for every head: the text is copied out of it before the next read.
    if (headBuffer.length < size) headBuffer = Buffer.allocUnsafe(size);
    const n = readSync(fd, headBuffer, 0, size, 0);
    const text = headBuffer.toString('latin1', 0, n);
    if (!keepWhole || n === size) return { text };
    // fstat on the descriptor read: these are all the octets of a regular file.
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size === n ? { text, whole: Buffer.from(headBuffer.subarray(0, n)) } : { text };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The first `size` bytes of a file as latin1 text, from disk or from `readFile` (the git index). */
export function fileHead(path: string, size: number, readFile?: (path: string) => Uint8Array | undefined): string | undefined {
  if (readFile) {
    const bytes = readFile(path);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, size)).toString('latin1') : undefined;
  }
  return diskHead(path, size, false)?.text;
}

/**
 * Copies that editors, merge tools and package managers leave beside a file they change
 * (`example.com.zone~`, `.orig`, `.dpkg-old`): a folder walk passes them over, as they would
 * otherwise be read as second copies of the zone, with stale findings of their own.
 */
function leftoverOf(name: string): string | undefined {
  if (name.endsWith('~') || /^#.*#$/.test(name)) return "an editor's backup copy";
  if (/\.(orig|rej)$/.test(name)) return 'a copy a patch or merge tool left';
  if (/_(BACKUP|BASE|LOCAL|REMOTE)_\d+/.test(name)) return 'a copy git mergetool left';
  if (/\.(dpkg-(old|dist|new|bak|tmp)|rpm(new|save|orig)|ucf-(old|dist|new))$/.test(name)) return 'a copy a package manager left';
  return undefined;
}

/** The `.gitignore` files in force in a directory: those of the repository above it and its own. */
class GitIgnores {
  private constructor(
    private readonly rules: readonly { base: string; ig: Ignore }[],
  ) {}

  static readonly none = new GitIgnores([]);

  /**
   * The ignore files from the repository top (the nearest folder with `.git`) down to `dir`,
   * exclusive, after git's other two: the user's excludes file (core.excludesFile, by default
   * ~/.config/git/ignore, where `*~` and `*.swp` usually are) and the repository's
   * `.git/info/exclude`.
   */
  static above(dir: string): GitIgnores {
    const chain: string[] = [];
    for (let d = dirname(dir); ; d = dirname(d)) {
      chain.unshift(d);
      if (statSync(join(d, '.git'), { throwIfNoEntry: false })) break;
      if (dirname(d) === d) return GitIgnores.none;
    }
    let ignores = GitIgnores.none;
    for (const [i, d] of chain.entries()) ignores = ignores.enter(d, i === 0);
    return ignores;
  }

  /** The rules in force in `dir`: its own `.gitignore` added; at a repository's top (`top`), git's other ignore files first. */
  enter(dir: string, top: boolean): GitIgnores {
    const rules = top ? repositoryExcludes(dir) : this.rules;
    const text = readTextOrUndefined(join(dir, '.gitignore'));
    return text === undefined ? (top ? new GitIgnores(rules) : this) : new GitIgnores([...rules, { base: dir, ig: ignore().add(text) }]);
  }

  ignored(path: string, directory: boolean): boolean {
    for (const { base, ig } of this.rules) {
      const rel = patternPath(base, path);
      if (rel && !rel.startsWith('..') && ig.ignores(directory ? rel + '/' : rel)) return true;
    }
    return false;
  }
}

/** The folders of the submodules `.gitmodules` at the work tree's `top` lists that are missing or empty. */
function submodulesNotCheckedOut(top: string): string[] {
  const text = readTextOrUndefined(join(top, '.gitmodules')) ?? '';
  const paths = [...text.matchAll(/^\s*path\s*=\s*"?(.+?)"?\s*$/gm)].map((m) => resolve(top, m[1]));
  return paths.filter((path) => {
    try {
      return readdirSync(path).length === 0;
    } catch {
      return true;
    }
  });
}

/** Why a walk does not read the symbolic link `path`; undefined when it leads to a regular file under `top`. */
function linkNotFollowed(path: string, top: string): string | undefined {
  const target = resolveInside(path, top);
  const notFollowed = 'a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it)';
  if (!target.ok) return `a symbolic link ${target.code === 'not-found' ? 'that leads nowhere' : 'out of the repository'}: ${notFollowed}`;
  if (!statSync(target.real, { throwIfNoEntry: false })?.isFile()) return `a symbolic link to a folder or a special file: ${notFollowed}`;
  return undefined;
}

/**
 * An ignore or git configuration file's text: a regular file of at most 1 MiB only. A pull
 * request controls `.gitignore` files: one linked to /dev/zero must not hang the walk.
 */
function readTextOrUndefined(path: string): string | undefined {
  const read = readRegularFile(path, { maxBytes: 1 << 20 });
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

/** The user's excludes file and `.git/info/exclude` of the repository whose top is `top`. */
function repositoryExcludes(top: string): { base: string; ig: Ignore }[] {
  const gitDir = gitDirectory(join(top, '.git'));
  const rules = [];
  for (const file of [excludesFile(gitDir), gitDir && join(gitDir, 'info', 'exclude')]) {
    const text = file && readTextOrUndefined(file);
    if (text) rules.push({ base: top, ig: ignore().add(text) });
  }
  return rules;
}

/** The git directory of a work tree's `.git`: the folder itself, or where a `gitdir:` file (worktree, submodule) points. */
function gitDirectory(gitPath: string): string | undefined {
  const text = readTextOrUndefined(gitPath);
  if (text === undefined) return gitPath;
  const pointed = /^gitdir: *(.+?)\s*$/m.exec(text)?.[1];
  if (!pointed) return undefined;
  const dir = resolve(dirname(gitPath), pointed);
  // A linked worktree's info/exclude is its main repository's.
  const common = readTextOrUndefined(join(dir, 'commondir'))?.trim();
  return common ? resolve(dir, common) : dir;
}

/**
 * The user's excludes file: core.excludesFile of the repository's, the user's or the XDG git
 * configuration (the last that sets it, as git reads them the other way round), else git's
 * default. Read from the files, not by running git: a walk must stay fast.
 */
function excludesFile(gitDir: string | undefined): string | undefined {
  const home = homedir();
  const xdg = process.env.XDG_CONFIG_HOME || (home && join(home, '.config'));
  for (const config of [gitDir && join(gitDir, 'config'), home && join(home, '.gitconfig'), xdg && join(xdg, 'git', 'config')]) {
    const text = config && readTextOrUndefined(config);
    const value = text && coreExcludesFile(text);
    if (value) return value.startsWith('~/') && home ? join(home, value.slice(2)) : value;
  }
  return xdg ? join(xdg, 'git', 'ignore') : undefined;
}

/** `excludesFile` of a git configuration's `[core]` section (names are case-insensitive; a quoted value is unquoted). */
function coreExcludesFile(text: string): string | undefined {
  let core = false;
  let found: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[\s*([A-Za-z0-9.-]+)\s*(?:"[^"]*")?\s*\]/.exec(line);
    if (section) core = section[1].toLowerCase() === 'core';
    const entry = core && /^\s*excludesfile\s*=\s*(.*?)\s*(?:[#;].*)?$/i.exec(line);
    if (entry) found = entry[1].replace(/^"(.*)"$/, '$1');
  }
  return found;
}

/** Words that name a provider, a tool or a format in zone file names, not a label of the zone. */
const NOT_LABELS = new Set([
  'zone', 'zones', 'db', 'txt', 'inc', 'signed', 'hosts', 'json', 'yaml', 'yml', 'bind', 'export', 'records', 'dns', 'bak', 'old', 'orig',
  'route53', 'aws', 'cloudflare', 'cf', 'gcloud', 'google', 'gcp', 'clouddns', 'azure', 'digitalocean', 'powerdns', 'pdns', 'octodns', 'dnscontrol',
]);

export type NameOrigin = { origin: string; from: 'config' | 'file-name' };

/**
 * The origin the configuration (`zones.origins`, by path or glob) or the file's name gives:
 * `example.com.zone`, `db.example.com`, `example.com.route53.json`, octoDNS's split layout
 * (`example.com./www.yaml`, `example.com./$example.com.yaml`) → `example.com.`.
 */
export function originFromName(path: string, origins: Record<string, string>, baseDir: string): NameOrigin | undefined {
  const patterns = Object.entries(origins);
  const rel = patterns.length === 0 ? '' : patternPath(baseDir, path);
  for (const [pattern, origin] of patterns) {
    if (pattern === rel || matchesAny(pattern, rel)) return { origin, from: 'config' };
  }
  const folder = splitZoneDirectory(path);
  if (folder) return { origin: folder, from: 'file-name' };
  let labels = basename(path).replace(/^\$/, '').split('.');
  if (labels[0].toLowerCase() === 'db') labels = labels.slice(1);
  while (labels.length && (labels[labels.length - 1] === '' || NOT_LABELS.has(labels[labels.length - 1].toLowerCase()))) labels.pop();
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return undefined;
  const parsed = parseName(labels.join('.') + '.', '.');
  return parsed.ok ? { origin: parsed.name, from: 'file-name' } : undefined;
}

/** octoDNS's split layout keeps a zone in a folder named after it with the final dot (`example.com./`). */
export function splitZoneDirectory(path: string): string | undefined {
  const folder = basename(dirname(path));
  if (!/^[^.].*\.[^.]+\.$/.test(folder) || !/\.ya?ml$/i.test(path)) return undefined;
  const parsed = parseName(folder, '.');
  return parsed.ok ? parsed.name : undefined;
}
