/**
 * Which zone BIND loads from a file, as named.conf declares it: `zone "example.com" { file
 * "/etc/bind/db.example.com"; };`, inside a `view` or not, through `include` files and
 * `options { directory …; }`. A BIND repository (a copy of /etc/bind, a folder of zones beside
 * their named.conf) states there what each file is: `db.local` is zone `localhost`, `db.127` is
 * `127.in-addr.arpa`, which no file name or content tells.
 *
 * The configuration of a file is found from its folder and each folder above it, up to the
 * root of the run's tree, then in the folders directly under the root: every `named.conf*` file
 * there, and what each includes (the same for a folder run and a pre-commit run naming one file).
 * A configuration file named on the command line comes first, and its zone files are the run's.
 * Paths in them are where files lie on the name server; the repository's copies are found as
 * `$INCLUDE`'s are (mirroredPath). Only what names zones (and which clients a view answers) is
 * read: a statement mxlint does not know is passed over, and text that does not parse ends what is
 * read of that file, never the run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { mirroredPath } from '../input/mirrored-path.ts';
import { isInside, readRegularFile, realpathOrUndefined } from '../input/safe-files.ts';
import { nameKey, parseName } from '../zone/names.ts';
import { type IpNetwork, parseNetwork, prefixMatch } from '../model/ip.ts';

/** A zone named.conf declares, with the file BIND loads it from. */
export interface DeclaredZone {
  /** Absolute zone name, with a final dot. */
  origin: string;
  /** The `view` the zone statement stands in. */
  view?: string;
  /** The named.conf file (or included file) that declares it. */
  conf: string;
  /** `type hint`: the root servers' names and addresses a resolver starts from, not a zone. */
  hint?: boolean;
  /** The view answers private clients only (its match-clients): the Internet never sees the zone. */
  internalView?: boolean;
}

/** What governs a file: the zone declared for it, or only the configuration files that do not declare it. */
export interface Governance {
  zone?: DeclaredZone;
  /** The named.conf files that declare at least one zone (empty: no named.conf governs the file). */
  confs: string[];
}

/** A zone statement as read: the file's path on the server, looked for in the repository when a file of that name is linted. */
interface Declaration extends DeclaredZone {
  written: string;
  /** The path as the server resolves it (`directory` applied to a relative one). */
  onServer: string;
  /** The repository's copy (null: none), found on the first ask. */
  target?: string | null;
}

/** A top configuration file read with its includes: its zone statements by the name of their file. */
interface ReadConf {
  byName: Map<string, Declaration[]>;
  files: Set<string>;
  /** `view|zone key` of each zone only private clients are answered from (inside views, not shared with another by in-view). */
  insideZones: Set<string>;
}

/** `named.conf`, `named.conf.local`, `named-internal.conf`… */
const CONF_NAME = /^named(\.conf(\..+)?|[._-].*\.conf)$/i;
/**
 * What a run reads of configuration files, includes counted: a hostile tree (include cycles and
 * fans, megabytes of braces) costs at most about two seconds of parsing. A named.conf of 2,000
 * zones is about 200 KB.
 */
const MAX_CONF_BYTES = 4 << 20;
const MAX_CONF_FILES = 64;
const MAX_CONF_BYTES_PER_RUN = 16 << 20;

export class NamedConfs {
  /** Configuration files by folder: the ones named like named.conf. */
  private readonly inFolder = new Map<string, string[]>();
  private readonly below = new Map<string, string[]>();
  private readonly parsed = new Map<string, ReadConf>();
  /** Configuration files named on the command line. */
  private readonly named: string[] = [];
  private filesRead = 0;
  private bytesRead = 0;

  constructor(
    /** The root of the tree a file belongs to: nothing above it is read. */
    private readonly root: (file: string) => string,
    /** Reads a file's octets from elsewhere than the working tree (the git index). */
    private readonly readFile?: (absolutePath: string) => Uint8Array | undefined,
  ) {}

  /** The zone the configuration above `file` (an absolute path) declares for it, if any. */
  governing(file: string): Governance {
    const root = resolve(this.root(file));
    const name = basename(file);
    // Resolved only when a zone statement names a file of this name at another path.
    let real: string | undefined;
    const confs: string[] = [];
    // Files an earlier configuration includes (named.conf.local beside named.conf) are read as its part only.
    const covered = new Set<string>();
    let zone: DeclaredZone | undefined;
    const consult = (found: readonly string[]) => {
      for (const conf of found) {
        if (covered.has(conf)) continue;
        const { byName, files, insideZones } = this.read(conf, root);
        for (const part of files) covered.add(part);
        if (byName.size === 0) continue;
        confs.push(conf);
        for (const declaration of byName.get(name) ?? []) {
          if (zone) break;
          const target = this.target(declaration, root);
          if (target === null) continue;
          // The same path, or (through a symbolic link) the same file.
          const same = target === file || (!this.readFile && (real ??= realpathOrUndefined(file) ?? file) === (realpathOrUndefined(target) ?? target));
          if (same) {
            const internalView = insideZones.has(`${declaration.view}|${nameKey(declaration.origin)}`);
            zone = { origin: declaration.origin, view: declaration.view, conf: declaration.conf, hint: declaration.hint, internalView };
          }
        }
      }
    };
    consult(this.named);
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      consult(this.confsIn(folder));
      if (folder === root || dirname(folder) === folder || !folder.startsWith(root)) break;
    }
    // A repository may keep its configuration beside its zones' folder (conf/named.conf, zones/…).
    for (const folder of this.subfolders(root)) consult(this.confsIn(folder));
    return { zone, confs };
  }

  /**
   * The repository's copies of the files the zone statements of `conf` (an absolute path) and its
   * includes load, sorted: what `mxlint named.conf` lints, as `named-checkconf -z` loads them.
   */
  declaredFiles(conf: string): string[] {
    const root = resolve(this.root(conf));
    const files = new Set<string>();
    const real = this.readFile ? conf : (realpathOrUndefined(conf) ?? conf);
    // Consulted first for every file of the run, wherever it lies.
    if (!this.named.includes(real)) this.named.push(real);
    for (const declarations of this.read(real, root).byName.values()) {
      for (const declaration of declarations) {
        const target = declaration.hint ? null : this.target(declaration, root);
        if (target !== null) files.add(target);
      }
    }
    return [...files].sort();
  }

  /** Every configuration file read so far, with the files it includes (absolute paths). */
  confFiles(): string[] {
    const files = new Set<string>();
    for (const read of this.parsed.values()) for (const file of read.files) files.add(file);
    return [...files].sort();
  }

  /** The folders directly under the root, sorted (never .git or node_modules). */
  private subfolders(root: string): string[] {
    let found = this.below.get(root);
    if (found === undefined) {
      try {
        found = readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
          .map((entry) => join(root, entry.name))
          .sort();
      } catch {
        found = [];
      }
      this.below.set(root, found);
    }
    return found;
  }

  private confsIn(folder: string): string[] {
    let found = this.inFolder.get(folder);
    if (found === undefined) {
      try {
        const paths = readdirSync(folder).filter((name) => CONF_NAME.test(name)).sort().map((name) => join(folder, name));
        // Real paths, as includes are found: a file is known by one name.
        found = this.readFile ? paths : paths.map((path) => realpathOrUndefined(path) ?? path);
      } catch {
        found = [];
      }
      this.inFolder.set(folder, found);
    }
    return found;
  }

  /**
   * The repository's copy of a path of the server: the path itself when it lies in the tree (a
   * run over /etc/bind), else as `$INCLUDE` finds it, the path as written before `directory`
   * applied to it last.
   */
  private locate(folder: string, written: string, onServer: string, root: string): string | undefined {
    const exists = (path: string) => (this.readFile ? this.readFile(path) !== undefined : existsSync(path));
    if (isAbsolute(onServer) && isInside(root, onServer) && exists(onServer)) return onServer;
    return mirroredPath(folder, onServer, root, exists) ?? (onServer !== written ? mirroredPath(folder, written, root, exists) : undefined);
  }

  private target(declaration: Declaration, root: string): string | null {
    declaration.target ??= this.locate(dirname(declaration.conf), declaration.written, declaration.onServer, root) ?? null;
    return declaration.target;
  }

  private read(conf: string, root: string): ReadConf {
    let known = this.parsed.get(conf);
    if (!known) {
      const byName = new Map<string, Declaration[]>();
      const seen = new Set<string>();
      const acls = new Map<string, Item[][]>();
      const views = new Map<string, Item[][] | undefined>();
      const sharedZones: { origin: string; view: string; target: string }[] = [];
      const walk = (path: string, view: string | undefined, directory: { path?: string }) => {
        if (seen.has(path) || this.filesRead >= MAX_CONF_FILES) return;
        seen.add(path);
        this.filesRead++;
        const text = this.text(path, root);
        if (text === undefined) return;
        // A relative path is relative to named's `directory`: its copy is looked for as the absolute path it makes.
        const onServer = (written: string) => (directory.path && !posix.isAbsolute(written) ? posix.join(directory.path, written) : written);
        for (const event of confEvents(text)) {
          if (event.kind === 'directory') directory.path = event.path;
          else if (event.kind === 'acl') acls.set(event.name, event.elements);
          else if (event.kind === 'view') views.set(event.name, event.clients);
          else if (event.kind === 'in-view') sharedZones.push(event);
          else if (event.kind === 'include') {
            const target = this.locate(dirname(path), event.path, onServer(event.path), root);
            if (target) walk(this.readFile ? target : (realpathOrUndefined(target) ?? target), event.view ?? view, directory);
          } else {
            const name = posix.basename(event.file.replace(/\\/g, '/'));
            const list = byName.get(name) ?? [];
            list.push({ origin: event.origin, view: event.view ?? view, conf: path, hint: event.hint, written: event.file, onServer: onServer(event.file) });
            byName.set(name, list);
          }
        }
      };
      walk(conf, undefined, {});
      // ACLs may be defined after the views that name them, or in another file: judged once all is read.
      const inside = new Set([...views].filter(([, clients]) => clients !== undefined && onlyPrivateClients(clients, acls, new Set())).map(([name]) => name));
      // A zone of an inside view that another view's clients are answered from (in-view) is theirs too.
      const insideZones = new Set<string>();
      for (const declarations of byName.values()) {
        for (const d of declarations) {
          if (d.view === undefined || !inside.has(d.view)) continue;
          const key = nameKey(d.origin);
          if (!sharedZones.some((z) => z.target === d.view && nameKey(z.origin) === key && !inside.has(z.view))) insideZones.add(`${d.view}|${key}`);
        }
      }
      known = { byName, files: seen, insideZones };
      this.parsed.set(conf, known);
    }
    return known;
  }

  private text(path: string, root: string): string | undefined {
    const maxBytes = Math.min(MAX_CONF_BYTES, MAX_CONF_BYTES_PER_RUN - this.bytesRead);
    let bytes: Uint8Array | undefined;
    if (this.readFile) bytes = this.readFile(path);
    else {
      const read = readRegularFile(path, { root, maxBytes });
      bytes = read.ok ? read.bytes : undefined;
    }
    if (bytes === undefined || bytes.length > maxBytes) return undefined;
    this.bytesRead += bytes.length;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  }
}

/** True when a file's name says it is a BIND configuration file (named.conf and its parts). */
export function isNamedConfName(path: string): boolean {
  return CONF_NAME.test(basename(path));
}

// ───────────────────────────── the grammar ─────────────────────────────

/** A statement: its words and blocks (`zone "x" IN { … }`), up to its `;`. */
type Item = string | Item[][];

/**
 * named.conf's grammar as far as zones need it: statements end with `;`, a `{ … }` block holds
 * statements; comments are `//`, `#` and `/* … *\/`; strings are quoted or bare words. An
 * unterminated block or string ends the text read.
 */
const MAX_DEPTH = 32;

export function parseConf(text: string): Item[][] {
  let at = 0;
  const n = text.length;
  const word = (): string | undefined => {
    for (;;) {
      while (at < n && /\s/.test(text[at])) at++;
      if (text.startsWith('//', at) || text[at] === '#') {
        const end = text.indexOf('\n', at);
        at = end < 0 ? n : end + 1;
      } else if (text.startsWith('/*', at)) {
        const end = text.indexOf('*/', at + 2);
        at = end < 0 ? n : end + 2;
      } else break;
    }
    if (at >= n) return undefined;
    const c = text[at];
    if (c === '{' || c === '}' || c === ';') {
      at++;
      return c;
    }
    if (c === '"') {
      // Sliced, not built a character at a time: a hostile file holds megabytes in one string.
      let out = '';
      let from = ++at;
      for (; at < n && text[at] !== '"'; at++) {
        if (text[at] !== '\\' || at + 1 >= n) continue;
        out += text.slice(from, at);
        from = ++at;
      }
      if (at >= n) return undefined;
      out += text.slice(from, at++);
      // A quoted word is marked so that `"{"` is not taken for a brace.
      return '"' + out;
    }
    const start = at;
    while (at < n && !/[\s{};"]/.test(text[at]) && !text.startsWith('//', at) && !text.startsWith('/*', at) && text[at] !== '#') at++;
    return '"' + text.slice(start, at);
  };
  const block = (depth: number): Item[][] => {
    const statements: Item[][] = [];
    let current: Item[] = [];
    for (;;) {
      const w = word();
      if (w === undefined) return statements;
      if (w === '}') {
        if (depth > 0) {
          if (current.length) statements.push(current);
          return statements;
        }
        continue;
      }
      if (w === ';') {
        if (current.length) statements.push(current);
        current = [];
      } else if (w === '{') {
        if (depth < MAX_DEPTH) current.push(block(depth + 1));
        else skipBlock();
      } else current.push(w.slice(1));
    }
  };
  // Deeper than any configuration nests: passed over whole, without a list per brace.
  const skipBlock = () => {
    for (let open = 1; open > 0; ) {
      const w = word();
      if (w === undefined) return;
      if (w === '{') open++;
      else if (w === '}') open--;
    }
  };
  return block(0);
}

/** What named.conf says that matters here, in the order it says it (a `directory` applies to the paths after it). */
export type ConfEvent =
  | { kind: 'directory'; path: string }
  | { kind: 'include'; path: string; view?: string }
  | { kind: 'zone'; origin: string; file: string; view?: string; hint: boolean }
  /** An `acl` and its elements; a `view` and its `match-clients` (absent: every client). */
  | { kind: 'acl'; name: string; elements: Item[][] }
  | { kind: 'view'; name: string; clients?: Item[][] }
  /** `zone "x" { in-view "y"; }` in view `view`: that view's clients are answered from view `target`'s zone. */
  | { kind: 'in-view'; origin: string; view: string; target: string };

/** The views, zones and their files, includes and `directory` option of a configuration's text. */
export function confEvents(text: string): ConfEvent[] {
  const events: ConfEvent[] = [];
  interpret(parseConf(text), undefined, events);
  return events;
}

function interpret(statements: Item[][], view: string | undefined, events: ConfEvent[]): void {
  for (const statement of statements) {
    const [keyword, ...rest] = statement;
    if (typeof keyword !== 'string') continue;
    const words = rest.filter((item): item is string => typeof item === 'string');
    const body = rest.find((item): item is Item[][] => typeof item !== 'string');
    switch (keyword.toLowerCase()) {
      case 'include':
        if (words[0] !== undefined) events.push({ kind: 'include', path: words[0], view });
        break;
      case 'options':
        for (const option of body ?? []) {
          if (typeof option[0] === 'string' && option[0].toLowerCase() === 'directory' && typeof option[1] === 'string') events.push({ kind: 'directory', path: option[1] });
        }
        break;
      case 'acl':
        if (body && words[0] !== undefined) events.push({ kind: 'acl', name: words[0], elements: body });
        break;
      case 'view':
        if (body && words[0] !== undefined) {
          const clients = body.find((o) => typeof o[0] === 'string' && o[0].toLowerCase() === 'match-clients')?.find((item): item is Item[][] => typeof item !== 'string');
          events.push({ kind: 'view', name: words[0], clients });
          interpret(body, words[0], events);
        }
        break;
      case 'zone': {
        const [name, zoneClass] = words;
        if (name === undefined || !body || (zoneClass !== undefined && !/^(in|internet)$/i.test(zoneClass))) break;
        const option = (key: string) => body.find((o) => typeof o[0] === 'string' && o[0].toLowerCase() === key)?.[1];
        const file = option('file');
        const type = option('type');
        const inView = option('in-view');
        const parsed = parseName(name.endsWith('.') ? name : `${name}.`, '.');
        if (!parsed.ok) break;
        if (typeof inView === 'string' && view !== undefined) events.push({ kind: 'in-view', origin: parsed.name, view, target: inView });
        if (typeof file !== 'string') break;
        const hint = typeof type === 'string' && type.toLowerCase() === 'hint';
        // The root zone is no zone a repository lints (the redirect zone is `.` too); its hints are named as such.
        if (parsed.name !== '.' || hint) events.push({ kind: 'zone', origin: parsed.name, file, view, hint });
        break;
      }
    }
  }
}

/**
 * Client networks of a private network: RFC 1918, carrier-grade NAT, loopback, link-local and
 * unique-local. A view whose clients all lie there serves an inside network (split-horizon DNS).
 */
const PRIVATE_CLIENTS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', 'fc00::/7', 'fe80::/10', '::1/128'].map(
  (text) => parseNetwork(text) as IpNetwork,
);

/**
 * True when every client an address match list admits is inside a private network: private
 * prefixes, `localhost`, `localnets`, and ACLs made of those. `any`, a TSIG `key`, a public prefix
 * or an ACL not defined make it false; negated elements (`!`) and `none` admit no one.
 */
function onlyPrivateClients(elements: Item[][], acls: Map<string, Item[][]>, seen: Set<string>): boolean {
  for (const element of elements) {
    const [first] = element;
    if (first === undefined) continue;
    if (typeof first !== 'string') {
      if (!onlyPrivateClients(first, acls, seen)) return false;
      continue;
    }
    const word = first.toLowerCase();
    if (word.startsWith('!') || word === 'none' || word === 'localhost' || word === 'localnets') continue;
    if (word === 'any' || word === 'key') return false;
    const acl = acls.get(first);
    if (acl) {
      if (seen.has(first)) continue;
      seen.add(first);
      if (!onlyPrivateClients(acl, acls, seen)) return false;
      continue;
    }
    const network = clientNetwork(first);
    if (!network || !PRIVATE_CLIENTS.some((p) => p.bytes.length === network.bytes.length && network.prefix >= p.prefix && prefixMatch(network.bytes, p.bytes, p.prefix))) return false;
  }
  return true;
}

/** An address or prefix of an address match list; BIND's IPv4 prefixes may leave out trailing zero octets (`10/8`). */
function clientNetwork(text: string): IpNetwork | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || text.includes(':')) return parseNetwork(text);
  const octets = text.slice(0, slash).split('.');
  while (octets.length < 4) octets.push('0');
  return parseNetwork(`${octets.join('.')}${text.slice(slash)}`);
}
