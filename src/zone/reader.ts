/**
 * Reads a BIND master file (RFC 1035 §5) into a Zone: directives ($ORIGIN, $TTL, $INCLUDE,
 * $GENERATE), owner/TTL/class inheritance, typed-rdata checks. Every problem is a diagnostic at
 * its position; the reader resumes at the next entry and never throws on bad input.
 */
import { type Stats, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import { ArrayRdataStore, FLAG_AUTOMATIC_TTL, RecordTable, ZoneRecord, type RdataField, type RdataStore } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import { SourceText } from '../model/source.ts';
import type { Comment, Zone } from '../model/zone.ts';
import { CommentStore, Entry, Lexer, type LexProblem } from './lexer.ts';
import { absoluteName, nameKey, nameLabels, nameProblem, parseName } from './names.ts';
import { isObsoleteType, parseRdata, rdataToWire, typeName, typeNumber, type Rdata } from './rdata/index.ts';
import { parseTtl } from './ttl.ts';
import { expandGenerate } from './generate.ts';
import { Budget, LIMIT_FINDINGS, type Limits } from '../input/limits.ts';
import { inGitDir, NOT_REGULAR_REASON, readRegularFile, realpathOrUndefined } from '../input/safe-files.ts';
import { mirroredPath } from '../input/mirrored-path.ts';

export interface ReadOptions {
  /** Origin of the zone when the file does not set one (absolute, with a final dot). */
  origin?: string;
  /** `$INCLUDE` may only read files under this directory. */
  root: string;
  /** Reads a file's bytes (the git index in --staged mode); undefined when it does not exist. */
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** Display path for a file (defaults to the path relative to the working directory). */
  displayPath?: (absolutePath: string) => string;
  /** The run's resource budget (a fresh default one when not given). */
  budget?: Budget;
  /** The file's octets, already read from the regular file at `path` (discovery reads a small file whole). */
  bytes?: Uint8Array;
}

/** A field that is a token of the file; its span object is made only when asked for. */
class TokenField implements RdataField {
  constructor(
    public text: string,
    public quoted: boolean,
    public source: SourceText,
    public start: number,
    public end: number,
  ) {}

  get span(): Span {
    return { source: this.source, start: this.start, end: this.end };
  }
}

/**
 * The text of a quoted owner written as a plain token would write it: the octets that end a plain
 * token (blanks, `;`, parentheses, quotes, NUL) as `\DDD`; escapes stay as written.
 */
function escapedName(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      out += text.slice(i, i + 2);
      i++;
    } else if (c === 32 || c === 9 || c === 13 || c === 59 || c === 40 || c === 41 || c === 34 || c === 0) out += '\\' + String(c).padStart(3, '0');
    else out += text[i];
  }
  return out;
}

/** A token's text without its quotes: the lexer makes every token that starts with a quote a quoted string. */
function unquoted(source: SourceText, start: number, end: number): string {
  return source.charCodeAt(start) === 34 ? source.slice(start + 1, end - 1) : source.slice(start, end);
}

/** Token offsets of a BIND file, shared by its records (a few bytes per field instead of objects). */
class TokenStore implements RdataStore {
  /** Start and end offset of each field, in fixed chunks so that growing never copies. */
  private readonly chunks: Int32Array<ArrayBuffer>[] = [];
  private size = 0;

  constructor(private readonly source: SourceText) {}

  add(entry: Entry, from: number): number {
    const first = this.size;
    for (let i = from; i < entry.count; i++) {
      const at = this.size & (FIELD_CHUNK - 1);
      let chunk = this.chunks[this.chunks.length - 1];
      if (at === 0) {
        // The first chunk starts small and doubles (a small zone must not zero 256 KB); later ones are full.
        chunk = new Int32Array(this.chunks.length === 0 ? FIRST_FIELDS * 2 : FIELD_CHUNK * 2);
        this.chunks.push(chunk);
      } else if (2 * at === chunk.length) {
        const grown = new Int32Array(Math.min(FIELD_CHUNK, 2 * at) * 2);
        grown.set(chunk);
        this.chunks[this.chunks.length - 1] = chunk = grown;
      }
      chunk[2 * at] = entry.starts[i];
      chunk[2 * at + 1] = entry.ends[i];
      this.size++;
    }
    return first;
  }

  /** The absolute name of an owner token the reader checked. */
  ownerName(start: number, end: number, origin: string): string {
    return absoluteName(this.source.slice(start, end), origin);
  }

  /** Where field `index`'s token starts in the file (its opening quote, for a quoted string). */
  private startOf(index: number): number {
    return this.chunks[index >> FIELD_CHUNK_BITS][2 * (index & (FIELD_CHUNK - 1))];
  }

  private endOf(index: number): number {
    return this.chunks[index >> FIELD_CHUNK_BITS][2 * (index & (FIELD_CHUNK - 1)) + 1];
  }

  fieldText(index: number): string {
    return unquoted(this.source, this.startOf(index), this.endOf(index));
  }

  fieldSpan(index: number): Span {
    return { source: this.source, start: this.startOf(index), end: this.endOf(index) };
  }

  textOffset(index: number, i: number): number {
    const start = this.startOf(index);
    return start + (this.source.charCodeAt(start) === 34 ? 1 : 0) + i;
  }

  textEnd(index: number): number {
    return this.endOf(index) - (this.source.charCodeAt(this.startOf(index)) === 34 ? 1 : 0);
  }

  fields(first: number, count: number): RdataField[] {
    const out: RdataField[] = [];
    const source = this.source;
    for (let i = first; i < first + count; i++) {
      const start = this.startOf(i);
      const end = this.endOf(i);
      out.push(new TokenField(unquoted(source, start, end), source.charCodeAt(start) === 34, source, start, end));
    }
    return out;
  }
}

const FIELD_CHUNK_BITS = 15;
const FIELD_CHUNK = 1 << FIELD_CHUNK_BITS;
const FIRST_FIELDS = 256;

/**
 * The rdata fields of the record being read, handed to parseRdata. One set of objects is reused
 * for every record: what parseRdata returns holds no field (the typed MX and TXT rdata the reader
 * keeps for the engine are numbers and strings).
 */
class ScratchFields {
  private readonly pool: TokenField[] = [];
  /** For each small field count, a list of that many pooled fields: refilled, never resized. */
  private readonly lists = new Array<TokenField[] | undefined>(LISTED_COUNTS + 1);

  fill(lexer: Lexer, entry: Entry, from: number, source: SourceText): TokenField[] {
    const count = entry.count - from;
    while (this.pool.length < count) this.pool.push(new TokenField('', false, source, 0, 0));
    for (let f = from; f < entry.count; f++) {
      const field = this.pool[f - from];
      field.text = lexer.tokenText(entry, f);
      field.quoted = entry.quoted[f];
      field.source = source;
      field.start = entry.starts[f];
      field.end = entry.ends[f];
    }
    if (count > LISTED_COUNTS) return this.pool.slice(0, count);
    return (this.lists[count] ??= this.pool.slice(0, count));
  }
}

/** Field counts ScratchFields keeps a list for (a record of more fields gets a list of its own). */
const LISTED_COUNTS = 32;

/** The largest TTL (RFC 2181 §8); BIND reads larger ones as 0. */
const MAX_TTL = 0x7fffffff;

/**
 * The file does not end with a line break and its last line holds more than blanks and a comment.
 * BIND reads a record there (warning "file does not end with newline") but not a `$TTL`,
 * `$ORIGIN` or `$GENERATE` directive, which must end with one.
 */
function unterminatedLastLine(octets: Uint8Array): boolean {
  let i = octets.length - 1;
  if (i < 0 || octets[i] === 10 || octets[i] === 13) return false;
  while (i >= 0 && octets[i] !== 10 && octets[i] !== 13) i--;
  for (let j = i + 1; j < octets.length; j++) {
    const c = octets[j];
    if (c === 59 /* ; */) return false;
    if (c !== 32 && c !== 9) return true;
  }
  return false;
}

interface FileState {
  source: SourceText;
  absolutePath: string;
  origin: string | undefined;
  /** The owner token records with a blank owner inherit (its name is made when asked for); -1 for none. */
  ownerStart: number;
  ownerEnd: number;
  /**
   * The owner's name when it is not made from the token at ownerStart: a quoted owner (the store
   * makes names from plain tokens), an owner read before an $ORIGIN (its name does not move with
   * the origin), or the including file's owner, which an included file's first records inherit,
   * as in BIND (then ownerStart is -1).
   */
  ownerName: string | undefined;
  /** The file's first cli53 alias line was reported (syntax/cli53-alias, once per file). */
  cli53Noted?: boolean;
}

/** Per-zone reading state shared across `$INCLUDE`d files. */
class ZoneReader {
  readonly records = new RecordTable();
  readonly diagnostics: Diagnostic[] = [];
  readonly comments = new CommentStore();
  readonly files: SourceText[] = [];
  /** Where `$INCLUDE`s that found no file looked (Zone.missingIncludes). */
  readonly missingIncludes: string[] = [];
  private defaultTtl: number | undefined;
  private lastTtl: number | undefined;
  private warnedRfc1035Ttl = false;
  private firstOrigin: string | undefined;
  private readonly includeStack: string[] = [];
  /** The first file's resolved path, made on the first `$INCLUDE`. */
  private firstReal: string | undefined;
  private readonly generated = new ArrayRdataStore();
  private readonly scratch = new ScratchFields();
  /** Each way a type is written, with its number and mnemonic (undefined: no type). */
  private readonly types = new Map<string, { code: number; name: string } | undefined>();
  readonly budget: Budget;
  /** A limit of the budget was reached: nothing more of this zone is read. */
  private stopped = false;
  /** Diagnostics past the per-file limit, counted but not kept. */
  dropped = 0;

  private typeOf(text: string): { code: number; name: string } | undefined {
    if (this.types.has(text)) return this.types.get(text);
    const code = typeNumber(text);
    const type = code === undefined ? undefined : { code, name: typeName(code) };
    this.types.set(text, type);
    return type;
  }
  private realRoot: string | undefined;

  constructor(private readonly options: ReadOptions) {
    this.budget = options.budget ?? new Budget();
  }

  /** The folder `$INCLUDE` must stay inside, resolved on the first `$INCLUDE` (most zones have none). */
  private get root(): string {
    return (this.realRoot ??= realpathOrUndefined(resolve(this.options.root)) ?? resolve(this.options.root));
  }

  diagnostic(source: SourceText, code: string, message: string, start: number, end: number, severity: Severity = 'error'): void {
    if (this.diagnostics.length >= this.budget.limits.findingsPerFile) {
      this.dropped++;
      return;
    }
    this.diagnostics.push({ ruleId: `syntax/${code}`, severity, message, span: { source, start, end } });
  }

  zoneOrigin(records: readonly ZoneRecord[]): string {
    const soa = records.find((r) => r.type === 'SOA');
    return soa?.owner ?? this.options.origin ?? this.firstOrigin ?? '.';
  }

  /** The file's text, or why it was not read. The bytes are not kept: only the text is. */
  load(absolutePath: string, root?: string, known?: Uint8Array): SourceText | { code: string; reason: string } {
    const display = this.displayPath(absolutePath);
    let bytes: Uint8Array | undefined;
    if (known) bytes = known;
    else if (this.options.readFile) {
      bytes = this.options.readFile(absolutePath);
      if (!bytes) return { code: 'not-found', reason: 'does not exist' };
    } else {
      const read = readRegularFile(absolutePath, { root, maxBytes: this.budget.limits.fileBytes });
      if (!read.ok) return { code: read.code === 'too-large' ? 'limit-file-bytes' : read.code, reason: read.reason };
      bytes = read.bytes;
    }
    if (bytes.byteLength > this.budget.limits.fileBytes) return { code: 'limit-file-bytes', reason: this.budget.message('fileBytes', `${bytes.byteLength} octets`) };
    if (!this.budget.take('bytes', bytes.byteLength)) return { code: 'limit-bytes', reason: this.budget.message('bytes', 'octets read in this run') };
    return SourceText.fromBytes(display, crOnlyToLf(bytes));
  }

  /** Stops reading the zone at a limit, with one diagnostic where it was reached. */
  limitReached(source: SourceText, name: keyof Limits, what: string, start: number, end: number): void {
    this.stopped = true;
    this.diagnostic(source, `limit-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`, this.budget.message(name, what), start, end);
  }

  readFile(absolutePath: string, origin: string | undefined, source: SourceText, inheritedOwner?: string): void {
    this.files.push(source);
    // Resolved when an $INCLUDE asks about cycles (an included file's path is resolved already).
    this.includeStack.push(absolutePath);
    const state: FileState = { source, absolutePath, origin, ownerStart: -1, ownerEnd: -1, ownerName: inheritedOwner };
    const report = (p: LexProblem) => this.diagnostic(source, p.code, p.message, p.start, p.end);
    this.readEntries(state, new Lexer(source, this.comments, report), new TokenStore(source));
    this.includeStack.pop();
  }

  private readEntries(state: FileState, lexer: Lexer, store: TokenStore): void {
    const source = state.source;
    const entry = new Entry();
    // Names repeat (blank owners, `@`, the same relative name): cache the last resolution.
    let cachedOwnerText = '';
    let cachedOwnerOrigin: string | undefined;
    const octets = source.bytes;
    // The last entry read, and the last directive's keyword: a file that ends on that directive's
    // line without a newline is refused by BIND (unterminatedLastLine).
    let lastStart = -1;
    let directiveStart = -1;
    let directiveEnd = -1;
    while (!this.stopped && lexer.next(entry)) {
      const ownerStart = entry.starts[0];
      lastStart = ownerStart;
      // BIND takes a first token that starts with `$` as a directive, quoted or not.
      if (!entry.blankOwner && (octets[ownerStart] === 36 /* $ */ || (entry.quoted[0] && octets[ownerStart + 1] === 36))) {
        const keyword = lexer.tokenText(entry, 0).toUpperCase();
        if (keyword !== '$INCLUDE') {
          directiveStart = ownerStart;
          directiveEnd = entry.ends[0];
        }
        this.directive(state, lexer, entry, keyword);
        continue;
      }
      let i = 0;
      let ownerEnd = ownerStart;
      if (!entry.blankOwner) {
        i = 1;
        ownerEnd = entry.ends[0];
        // Owners repeat: compare in place before checking the name again.
        if (ownerEnd - ownerStart === cachedOwnerText.length && state.origin === cachedOwnerOrigin && startsWith(octets, ownerStart, cachedOwnerText) && !entry.quoted[0]) {
          state.ownerStart = ownerStart;
          state.ownerEnd = ownerEnd;
          state.ownerName = undefined;
        } else {
          const quoted = entry.quoted[0];
          // BIND reads a quoted owner as the name its text spells, blanks and `;` included (`"a b"` is `a\032b`).
          const firstText = quoted ? escapedName(lexer.tokenText(entry, 0)) : lexer.tokenText(entry, 0);
          if (state.origin === undefined && firstText !== '@' && !firstText.endsWith('.') ) {
            this.noOrigin(source, ownerStart, ownerEnd);
            state.ownerStart = -1;
            state.ownerName = undefined;
            continue;
          }
          const problem = firstText === '' ? 'an empty quoted string names nothing' : nameProblem(firstText, state.origin ?? '.');
          if (problem !== undefined) {
            this.diagnostic(source, 'bad-owner', `owner '${source.display(firstText)}': ${problem}`, ownerStart, ownerEnd);
            state.ownerStart = -1;
            state.ownerName = undefined;
            continue;
          }
          if (firstText === '@' && state.origin === undefined) {
            this.noOrigin(source, ownerStart, ownerEnd);
            continue;
          }
          state.ownerStart = ownerStart;
          state.ownerEnd = ownerEnd;
          state.ownerName = quoted ? absoluteName(firstText, state.origin ?? '.') : undefined;
          cachedOwnerText = quoted ? '' : firstText;
          cachedOwnerOrigin = state.origin;
        }
      } else if (state.ownerStart < 0 && state.ownerName === undefined) {
        this.diagnostic(source, 'no-owner', 'this record has no owner: its line starts with blank space but no valid record precedes it', entry.starts[0], entry.ends[0]);
        continue;
      }
      this.record(state, lexer, entry, i, ownerStart, ownerEnd, store);
    }
    if (!this.stopped && directiveStart >= 0 && directiveStart === lastStart && unterminatedLastLine(octets)) {
      const keyword = source.slice(directiveStart, directiveEnd);
      this.diagnostic(source, 'unterminated-directive', `the file ends on this ${keyword} line without a newline, and BIND refuses the zone ("extra input text"); end the file with a newline`, directiveStart, directiveEnd);
    }
  }

  /** The owner in force (written on the line or inherited) is a wildcard: its first label is `*` (or `\*`, `\042`). */
  private wildcardOwner(state: FileState): boolean {
    if (state.ownerName !== undefined) return nameKey(state.ownerName).startsWith('*.');
    const octets = state.source.bytes;
    const at = state.ownerStart;
    const length = state.ownerEnd - at;
    if (length === 1 && octets[at] === 64 /* @ */) return (state.origin ?? '').startsWith('*.');
    const labelEnd = (n: number) => length === n || octets[at + n] === 46; /* . */
    if (octets[at] === 42 /* * */) return labelEnd(1);
    if (octets[at] !== 92 /* \ */) return false;
    if (octets[at + 1] === 42) return labelEnd(2);
    return octets[at + 1] === 48 && octets[at + 2] === 52 && octets[at + 3] === 50 && labelEnd(4);
  }

  /** The name of the owner in force in `state`, if any. */
  private currentOwner(state: FileState): string | undefined {
    if (state.ownerName !== undefined || state.ownerStart < 0) return state.ownerName;
    return absoluteName(state.source.slice(state.ownerStart, state.ownerEnd), state.origin ?? '.');
  }

  private noOrigin(source: SourceText, start: number, end: number): void {
    this.diagnostic(source, 'no-origin', 'relative name but no origin is known: add $ORIGIN, name the file after the zone, declare it in named.conf, or set its origin in the configuration', start, end);
  }

  private record(state: FileState, lexer: Lexer, entry: Entry, i: number, ownerStart: number, ownerEnd: number, store: TokenStore): void {
    const source = state.source;
    let ttl: number | undefined;
    let ttlStart = -1;
    let ttlEnd = -1;
    let classSeen = false;
    // TTL and class, in either order, before the type.
    for (let k = 0; k < 2 && i < entry.count; k++) {
      // Interned: TTLs, classes and types repeat on almost every line, so no new string per record.
      const text = internedText(source, entry.starts[i], entry.ends[i]);
      const c = text.charCodeAt(0);
      if (ttl === undefined && ((c >= 48 && c <= 57) || (c === 45 && text.length > 1))) {
        const parsed = parseTtl(text);
        if (!parsed.ok) {
          this.diagnostic(source, parsed.code, parsed.message, entry.starts[i], entry.ends[i]);
          return;
        }
        ttl = this.capTtl(source, parsed.value, entry.starts[i], entry.ends[i]);
        ttlStart = entry.starts[i];
        ttlEnd = entry.ends[i];
        i++;
      } else if (!classSeen && isClassToken(text)) {
        const upper = text.toUpperCase();
        if (upper !== 'IN' && upper !== 'CLASS1') {
          this.diagnostic(source, 'unsupported-class', `class ${text} is not supported: mxlint reads Internet (IN) zones`, entry.starts[i], entry.ends[i]);
          return;
        }
        classSeen = true;
        i++;
      } else break;
    }
    if (i >= entry.count) {
      this.diagnostic(source, 'missing-type', 'the record has no type', entry.starts[entry.count - 1], entry.ends[entry.count - 1]);
      return;
    }
    const typeText = internedText(source, entry.starts[i], entry.ends[i]);
    let known = entry.quoted[i] ? undefined : this.typeOf(typeText);
    // cli53's export of a Route 53 zone writes an alias as `www 86400 AWS ALIAS A <target> <zone id>
    // <health>`: read as an ALIAS to its target, as the Route 53 JSON reader reads AliasTarget.
    const cli53Alias = known === undefined && typeText === 'AWS' && entry.count === i + 6 && lexer.tokenText(entry, i + 1).toUpperCase() === 'ALIAS';
    if (cli53Alias) {
      i++;
      known = this.typeOf('ALIAS');
      // The target alone is the rdata: the aliased type, the zone id and the health flag are Route 53's.
      entry.starts[i + 1] = entry.starts[i + 2];
      entry.ends[i + 1] = entry.ends[i + 2];
      entry.quoted[i + 1] = entry.quoted[i + 2];
      entry.count = i + 2;
      if (!state.cli53Noted) {
        state.cli53Noted = true;
        this.diagnostic(source, 'cli53-alias', "cli53's export of a Route 53 zone: its alias lines (`AWS ALIAS`), which BIND does not read, are read as the Route 53 aliases they stand for", entry.starts[i - 1], entry.ends[i], 'info');
      }
    }
    if (known === undefined) {
      // Windows DNS (dnscmd /zoneexport) writes an aging stamp before a dynamic record's TTL.
      const why = /^\[AGE:[0-9a-f]+\]$/i.test(typeText) ? "a Windows DNS aging stamp, which BIND does not read: delete it; the record's TTL and type follow it" : 'write TYPEnnn for a type without a mnemonic';
      this.diagnostic(source, 'unknown-type', `'${source.display(typeText)}' is not a record type (${why})`, entry.starts[i], entry.ends[i]);
      return;
    }
    const { code: typeCode, name: type } = known;
    const typeStart = entry.starts[i];
    const typeEnd = entry.ends[i];
    if (isObsoleteType(typeCode)) {
      this.diagnostic(source, 'obsolete-type', `${type} is obsolete (RFC 973) and BIND refuses it: use MX`, typeStart, typeEnd);
      return;
    }
    if (WILDCARD_REFUSED.has(type) && this.wildcardOwner(state)) {
      const [start, end] = ownerEnd > ownerStart ? [ownerStart, ownerEnd] : [typeStart, typeEnd];
      this.diagnostic(source, 'wildcard-owner', wildcardOwnerMessage(type), start, end);
      return;
    }
    const first = i + 1;
    const fields = this.scratch.fill(lexer, entry, first, source);
    const origin = state.origin ?? '.';
    const parsed = parseRdata(type, fields, origin);
    if (!parsed.ok) {
      const at = fields[parsed.error.field];
      const start = at ? at.span.start : entry.ends[entry.count - 1];
      const end = at ? at.span.end : start;
      this.diagnostic(source, parsed.error.code, parsed.error.message, start, end);
      return;
    }
    // Text shrinks into wire form (quotes, escapes, base64), so only a long record can pass 65,535 octets.
    if (entry.ends[entry.count - 1] - typeEnd > 16384) {
      const wire = rdataToWire(parsed.rdata);
      if (wire && wire.length > 65535) {
        this.diagnostic(source, 'rdata-too-long', `the rdata is ${wire.length} octets in wire form; DNS allows at most 65,535 (BIND refuses the record)`, entry.starts[first], entry.ends[entry.count - 1]);
        return;
      }
    }
    const resolvedTtl = this.resolveTtl(source, ttl, parsed.rdata, typeStart, typeEnd);
    if (resolvedTtl === undefined) return;
    const end = entry.count > 0 ? entry.ends[entry.count - 1] : typeEnd;
    const firstField = store.add(entry, first);
    // The owner's name is made from its token when first asked for: most of a large zone's never are while reading.
    const ref = this.records.add(state.ownerName, resolvedTtl, type, origin, source, store, ownerStart, end, ownerStart, ownerEnd, ttlStart, ttlEnd, typeStart, typeEnd, firstField, entry.count - first, state.ownerStart, state.ownerEnd);
    if (type === 'MX' || type === 'TXT') this.records.keepRdata(ref, parsed.rdata);
    // cli53 writes a placeholder TTL for an alias: Route 53 answers with the target's.
    else if (cli53Alias) new ZoneRecord(ref.chunk, ref.row).flag(FLAG_AUTOMATIC_TTL);
  }

  /** A TTL above 2^31 - 1 is read as 0, with a warning (RFC 2181 §8, as BIND does). */
  private capTtl(source: SourceText, ttl: number, start: number, end: number): number {
    if (ttl <= MAX_TTL) return ttl;
    this.diagnostic(source, 'ttl-above-max', `TTL ${ttl} is above ${MAX_TTL} (RFC 2181): it is read as 0, as BIND does`, start, end, 'warning');
    return 0;
  }

  /** BIND's TTL rules: explicit, else $TTL, else the last explicit TTL, else the SOA minimum. */
  private resolveTtl(source: SourceText, ttl: number | undefined, rdata: Rdata, typeStart: number, typeEnd: number): number | undefined {
    if (ttl !== undefined) {
      this.lastTtl = ttl;
      return ttl;
    }
    if (this.defaultTtl !== undefined) return this.defaultTtl;
    if (this.lastTtl !== undefined) {
      if (!this.warnedRfc1035Ttl) {
        this.warnedRfc1035Ttl = true;
        this.diagnostic(source, 'no-default-ttl', `no $TTL: records without a TTL take the last explicit one (${this.lastTtl}); add $TTL at the top of the file`, typeStart, typeEnd, 'warning');
      }
      return this.lastTtl;
    }
    if (rdata.type === 'SOA') {
      this.lastTtl = rdata.minimum;
      this.warnedRfc1035Ttl = true; // one warning says it all
      this.diagnostic(source, 'no-default-ttl', `no TTL specified; using the SOA minimum (${rdata.minimum}) instead; add $TTL at the top of the file`, typeStart, typeEnd, 'warning');
      return rdata.minimum;
    }
    this.diagnostic(source, 'no-ttl', 'no TTL specified and no $TTL before this record', typeStart, typeEnd);
    return undefined;
  }

  private directive(state: FileState, lexer: Lexer, entry: Entry, keyword: string): void {
    const source = state.source;
    const argCount = entry.count - 1;
    const at = (i: number) => ({ start: entry.starts[i], end: entry.ends[i] });
    switch (keyword) {
      case '$ORIGIN': {
        if (argCount < 1) return this.diagnostic(source, 'bad-origin', '$ORIGIN needs a domain name', entry.starts[0], entry.ends[0]);
        const text = lexer.tokenText(entry, 1);
        if (state.origin === undefined && !text.endsWith('.')) return this.noOrigin(source, at(1).start, at(1).end);
        const name = parseName(text, state.origin ?? '.');
        if (!name.ok || entry.quoted[1]) return this.diagnostic(source, 'bad-origin', `$ORIGIN '${source.display(text)}': ${name.ok ? 'cannot be quoted' : name.message}`, at(1).start, at(1).end);
        if (argCount > 1) this.extraArguments(source, entry, 2);
        // The owner in force keeps its name for the records that inherit it (BIND: `x A …`,
        // `$ORIGIN sub.example.`, then a blank owner is still `x.example.`).
        state.ownerName = this.currentOwner(state);
        state.origin = name.name;
        this.firstOrigin ??= name.name;
        return;
      }
      case '$TTL': {
        if (argCount < 1) return this.diagnostic(source, 'bad-ttl', '$TTL needs a value', entry.starts[0], entry.ends[0]);
        if (entry.quoted[1]) return this.diagnostic(source, 'bad-ttl', `$TTL '${source.display(lexer.tokenText(entry, 1))}' cannot be quoted`, at(1).start, at(1).end);
        const parsed = parseTtl(lexer.tokenText(entry, 1));
        if (!parsed.ok) return this.diagnostic(source, parsed.code, parsed.message, at(1).start, at(1).end);
        if (argCount > 1) this.extraArguments(source, entry, 2);
        this.defaultTtl = this.capTtl(source, parsed.value, at(1).start, at(1).end);
        return;
      }
      case '$INCLUDE':
        return this.include(state, lexer, entry);
      case '$GENERATE':
        return this.generate(state, lexer, entry);
      default:
        this.diagnostic(source, 'unknown-directive', `unknown directive ${source.display(lexer.tokenText(entry, 0))} (BIND knows $ORIGIN, $TTL, $INCLUDE and $GENERATE)`, entry.starts[0], entry.ends[0]);
    }
  }

  /** True when `real` is a file being read (an include cycle). */
  private beingRead(real: string): boolean {
    const [first, ...included] = this.includeStack;
    this.firstReal ??= realpathOrUndefined(first) ?? first;
    return this.firstReal === real || included.includes(real);
  }

  private extraArguments(source: SourceText, entry: Entry, from: number): void {
    this.diagnostic(source, 'extra-arguments', 'unexpected text after the directive (a comment needs a leading ;)', entry.starts[from], entry.ends[entry.count - 1]);
  }

  private include(state: FileState, lexer: Lexer, entry: Entry): void {
    const source = state.source;
    if (entry.count < 2) return this.diagnostic(source, 'bad-include', '$INCLUDE needs a file name', entry.starts[0], entry.ends[0]);
    const pathStart = entry.starts[1];
    const pathEnd = entry.ends[1];
    const fileName = unescapeText(lexer.tokenText(entry, 1));
    let origin = state.origin;
    if (entry.count >= 3) {
      const text = lexer.tokenText(entry, 2);
      // Relative to the current origin, as for $ORIGIN.
      if (state.origin === undefined && !text.endsWith('.')) return this.noOrigin(source, entry.starts[2], entry.ends[2]);
      const name = parseName(text, state.origin ?? '.');
      if (!name.ok || entry.quoted[2]) return this.diagnostic(source, 'bad-include-origin', `$INCLUDE origin '${source.display(text)}': ${name.ok ? 'cannot be quoted' : name.message}`, entry.starts[2], entry.ends[2]);
      origin = name.name;
      if (entry.count > 3) this.extraArguments(source, entry, 3);
    }
    const looked: string[] = [];
    const target = this.includeTarget(dirname(state.absolutePath), fileName, looked);
    const shown = source.display(fileName);
    const real = this.options.readFile ? target : realpathOrUndefined(target);
    if (real === undefined) {
      this.missingIncludes.push(...looked);
      return this.diagnostic(source, 'include-not-found', `$INCLUDE file '${shown}' does not exist`, pathStart, pathEnd);
    }
    const rel = relative(this.root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      return this.diagnostic(source, 'include-outside-root', `$INCLUDE '${shown}' points outside the linted tree (${this.root}); mxlint does not read it`, pathStart, pathEnd);
    }
    // A checkout's .git/config can hold credentials (extraheader): never quoted in an excerpt.
    if (inGitDir(rel)) return this.diagnostic(source, 'include-git-dir', `$INCLUDE '${shown}' points into .git/, which mxlint never reads`, pathStart, pathEnd);
    if (this.beingRead(real)) return this.diagnostic(source, 'include-cycle', `$INCLUDE '${shown}' includes a file that is already being read (an include cycle)`, pathStart, pathEnd);
    if (!this.options.readFile) {
      const stat = statSync(real, { throwIfNoEntry: false });
      if (!stat?.isFile()) return this.diagnostic(source, 'include-not-file', `$INCLUDE '${shown}' is not a regular file`, pathStart, pathEnd);
    }
    // Counted, not only checked for cycles: files that include the next one twice fan out exponentially.
    if (!this.budget.take('inclusions')) return this.limitReached(source, 'inclusions', `$INCLUDE '${shown}'`, pathStart, pathEnd);
    const included = this.load(real, this.root);
    if (!(included instanceof SourceText)) {
      if (included.code === 'not-found') this.missingIncludes.push(...looked);
      if (included.code.startsWith('limit-')) return this.limitReached(source, included.code === 'limit-bytes' ? 'bytes' : 'fileBytes', `$INCLUDE '${shown}'`, pathStart, pathEnd);
      return this.diagnostic(source, included.code === 'not-found' ? 'include-not-found' : 'include-not-file', `$INCLUDE file '${shown}' ${included.reason}`, pathStart, pathEnd);
    }
    // The included file's first records may inherit our owner (BIND's reading); ours is restored afterwards.
    this.readFile(real, origin, included, this.currentOwner(state));
  }

  /**
   * Where an `$INCLUDE` path points: the repository's copy (mirroredPath), else the path as
   * written, relative to the including file's folder (whose absence is reported); each path
   * looked at is added to `looked`.
   */
  private includeTarget(folder: string, fileName: string, looked: string[]): string {
    const exists = (path: string) => {
      looked.push(path);
      return this.options.readFile ? this.options.readFile(path) !== undefined : realpathOrUndefined(path) !== undefined;
    };
    return mirroredPath(folder, fileName, this.options.root, exists) ?? resolve(folder, fileName);
  }

  private generate(state: FileState, lexer: Lexer, entry: Entry): void {
    const source = state.source;
    const tokens = [];
    for (let i = 1; i < entry.count; i++) tokens.push({ text: lexer.tokenText(entry, i), quoted: entry.quoted[i], start: entry.starts[i], end: entry.ends[i] });
    const result = expandGenerate(tokens);
    if (!result.ok) return this.diagnostic(source, result.code, `$GENERATE: ${result.message}`, result.start, result.end);
    if (state.origin === undefined) return this.noOrigin(source, entry.starts[0], entry.ends[0]);
    if (!this.budget.take('generatedRecords', result.records.length)) return this.limitReached(source, 'generatedRecords', 'records made by $GENERATE in this run', entry.starts[0], entry.ends[entry.count - 1]);
    const origin = state.origin;
    for (const g of result.records) {
      const owner = parseName(g.owner, origin);
      if (!owner.ok) {
        this.diagnostic(source, 'bad-owner', `$GENERATE owner '${source.display(g.owner)}': ${owner.message}`, result.ownerSpan.start, result.ownerSpan.end);
        return;
      }
      const typeCode = typeNumber(g.type);
      if (typeCode === undefined) return this.diagnostic(source, 'unknown-type', `'${source.display(g.type)}' is not a record type`, result.typeSpan.start, result.typeSpan.end);
      const type = typeName(typeCode);
      if (WILDCARD_REFUSED.has(type) && nameLabels(owner.name)[0] === '*') return this.diagnostic(source, 'wildcard-owner', `$GENERATE: ${wildcardOwnerMessage(type)}`, result.ownerSpan.start, result.ownerSpan.end);
      // Generated text is not in the file: every character maps to the template's position.
      const fields: RdataField[] = g.rdata.map((f) => ({ text: f.text, quoted: f.quoted, span: { source, start: result.rdataSpan.start, end: result.rdataSpan.end }, offsets: new Int32Array(f.text.length).fill(result.rdataSpan.start) }));
      const parsed = parseRdata(type, fields, origin);
      if (!parsed.ok) return this.diagnostic(source, parsed.error.code, `$GENERATE: ${parsed.error.message}`, result.rdataSpan.start, result.rdataSpan.end);
      let ttl = g.ttl;
      if (ttl === undefined) ttl = this.resolveTtl(source, undefined, parsed.rdata, result.typeSpan.start, result.typeSpan.end);
      if (ttl === undefined) return;
      const first = this.generated.add(fields);
      this.records.add(owner.name, ttl, type, origin, source, this.generated, entry.starts[0], entry.ends[entry.count - 1], result.ownerSpan.start, result.ownerSpan.end, result.ttlSpan?.start ?? -1, result.ttlSpan?.end ?? -1, result.typeSpan.start, result.typeSpan.end, first, fields.length);
    }
  }

  displayPath(absolutePath: string): string {
    return this.options.displayPath ? this.options.displayPath(absolutePath) : relative(process.cwd(), absolutePath) || absolutePath;
  }
}

/**
 * Types BIND refuses at a wildcard owner when it loads a zone (its master-file loader checks NS
 * and NSEC3 owners: a delegation or an NSEC3 hash cannot be synthesised from a wildcard).
 */
const WILDCARD_REFUSED = new Set(['NS', 'NSEC3']);

function wildcardOwnerMessage(type: string): string {
  return `an ${type} record cannot be owned by a wildcard name: BIND refuses it ("invalid ${type} owner name")`;
}

/**
 * The text of short, often repeated tokens (TTLs, classes, types) without slicing a new string
 * each time: a small table, indexed by a hash of the token's octets, holds the last text of each
 * slot. It is shared by every file of the run (a repository's zones write the same few tokens),
 * and its numbers stay small integers (a key packing six octets would be a heap number per token).
 */
const TOKEN_SLOTS = 512;
const tokenTexts = new Array<string>(TOKEN_SLOTS).fill('');

function internedText(source: SourceText, start: number, end: number): string {
  const length = end - start;
  if (length > 8) return source.slice(start, end);
  const octets = source.bytes;
  let hash = length;
  for (let i = start; i < end; i++) hash = (hash * 31 + octets[i]) & (TOKEN_SLOTS - 1);
  const known = tokenTexts[hash];
  if (known.length === length && startsWith(octets, start, known)) return known;
  return (tokenTexts[hash] = source.slice(start, end));
}

/** True when `text` is written at `offset` of `octets` (latin1). */
function startsWith(octets: Uint8Array, offset: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (octets[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

const IN = 0x696e, CH = 0x6368, HS = 0x6873, CS = 0x6373;

function isClassToken(text: string): boolean {
  // Cheap length and first-letter tests first: this runs on the type token of every record.
  const n = text.length;
  if (n === 2) {
    // Letters in either case (`| 32` lowers a letter and changes no other octet into one).
    const pair = ((text.charCodeAt(0) | 32) << 8) | (text.charCodeAt(1) | 32);
    return pair === IN || pair === CH || pair === HS || pair === CS;
  }
  if (n === 3 || n === 4) return /^(any|none)$/i.test(text);
  return n > 5 && (text.charCodeAt(0) | 32) === 99 /* c */ && /^class\d+$/i.test(text);
}

/** `\X` → X and `\DDD` → the octet, for file names. */
function unescapeText(text: string): string {
  if (text.indexOf('\\') === -1) return text;
  return text.replace(/\\(\d{3}|.)/g, (_, e: string) => (e.length === 3 ? String.fromCharCode(Number(e)) : e));
}

/** Reads a zone file and its $INCLUDEs. Never throws on bad content; a missing file is a diagnostic. */
export function readZone(path: string, options: ReadOptions): Zone {
  const reader = new ZoneReader(options);
  const absolutePath = resolve(path);
  // Checked before the file is opened: a device, a FIFO or a huge file is never read.
  // Octets already read (options.bytes) are those of a regular file: no stat then.
  const stat = options.readFile || options.bytes ? undefined : statSync(absolutePath, { throwIfNoEntry: false });
  const refused = options.readFile || options.bytes ? undefined : refusal(stat, reader.budget);
  const loaded = refused ?? reader.load(absolutePath, undefined, options.bytes);
  let source: SourceText;
  if (loaded instanceof SourceText) {
    source = loaded;
    reader.readFile(absolutePath, options.origin, source);
    if (!reader.budget.take('records', reader.records.length)) reader.limitReached(source, 'records', 'records read in this run', 0, 0);
    // Nothing but blank space and comments: a zone file left empty (BIND refuses a zone without a SOA).
    if (reader.records.length === 0 && reader.diagnostics.length === 0 && source.text.replace(/;[^\n]*/g, '').trim() === '') {
      reader.diagnostic(source, 'empty-file', 'the file is empty: BIND refuses a zone without a SOA record (delete the file, or add the zone\'s records)', 0, 0);
    }
  } else {
    source = new SourceText(reader.displayPath(absolutePath), '', 'octets');
    const code = loaded.code === 'not-regular' ? 'not-regular-file' : loaded.code.startsWith('limit-') ? loaded.code : 'unreadable';
    reader.diagnostic(source, code, `cannot read ${source.path}: it ${loaded.reason}`, 0, 0);
  }
  if (reader.dropped > 0) {
    reader.diagnostics.push({ ruleId: LIMIT_FINDINGS, severity: 'error', message: `${reader.dropped} more problems in this file were not reported: ${reader.budget.message('findingsPerFile', 'findings per file', 'so the rest are left out')}`, span: { source, start: 0, end: 0 } });
  }
  const records = reader.records.records();
  // The zone keeps the comment store, not the reader (its scratch fields, tables and caches).
  const commentStore = reader.comments;
  let comments: Comment[] | undefined;
  return {
    origin: reader.zoneOrigin(records),
    format: 'bind',
    source,
    files: reader.files.length ? reader.files : [source],
    missingIncludes: reader.missingIncludes.length ? reader.missingIncludes : undefined,
    records,
    diagnostics: reader.diagnostics,
    get comments() {
      comments ??= commentStore.toComments();
      return comments;
    },
  };
}

/**
 * A file whose lines end in CR alone (old Mac style) is lines to BIND; the lexer ends lines at LF,
 * so such a file is read with each CR as LF (same length: every offset stays the file's).
 * Files with any LF are read as they are.
 */
function crOnlyToLf(bytes: Uint8Array): Uint8Array {
  const octets = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (octets.indexOf(10) !== -1 || octets.indexOf(13) === -1) return bytes;
  const copy = Buffer.from(octets);
  for (let i = copy.indexOf(13); i !== -1; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}

/** Why a zone file named for reading is not read (not a regular file, over the size limit), if so. */
function refusal(stat: Stats | undefined, budget: Budget): { code: string; reason: string } | undefined {
  if (!stat) return { code: 'unreadable', reason: 'does not exist' };
  if (!stat.isFile()) return { code: 'not-regular', reason: NOT_REGULAR_REASON };
  if (stat.size > budget.limits.fileBytes) return { code: 'limit-file-bytes', reason: `is ${stat.size.toLocaleString('en-US')} octets: ${budget.message('fileBytes', 'octets in one file')}` };
  return undefined;
}
