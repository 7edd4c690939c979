/**
 * What every provider adapter shares: turning positioned JSON/YAML values into rdata fields in
 * presentation form, names made absolute, and records checked with `parseRdata` — each problem a
 * diagnostic at the value at fault.
 */
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import { ArrayRdataStore, RecordTable, ZoneRecord, type RdataField } from '../model/record.ts';
import type { SourceText } from '../model/source.ts';
import type { Zone, ZoneFormat } from '../model/zone.ts';
import { commonSuffix, nameKey, parseName } from '../zone/names.ts';
import { parseRdata, typeName, typeNumber } from '../zone/rdata/index.ts';
import type { JsonSchema } from '../model/json-schema.ts';
import { Mapped, type Node } from './tree.ts';

/** The TTL given to records whose TTL the provider chooses (Cloudflare's documented automatic TTL); they are flagged FLAG_AUTOMATIC_TTL. */
export const PROVIDER_CHOSEN_TTL = 300;

export interface Range {
  start: number;
  end: number;
}

export interface RecordInput {
  /** Absolute owner name in presentation form. */
  owner: string;
  ownerAt: Range;
  /** Type mnemonic as the provider writes it. */
  type: string;
  typeAt: Range;
  ttl: number;
  /** Where the TTL is written; undefined when the provider or a default chose it. */
  ttlAt?: Range;
  fields: RdataField[];
  /** The whole value or object the record comes from. */
  at: Range;
  /** Where to point when the rdata has no field to blame (a missing value). */
  rdataAt?: Range;
}

export class ZoneBuilder {
  readonly store = new ArrayRdataStore();
  private readonly table = new RecordTable();
  readonly records: ZoneRecord[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Absolute origin; set by the adapter before records are added. */
  origin = '.';
  /**
   * What names in rdata are relative to, when not the origin: `.` for a provider that takes every
   * name as fully qualified, final dot or not (Route 53).
   */
  rdataOrigin: string | undefined;
  /** Values the schema check reported: a record holding one is skipped without a second diagnostic. */
  readonly invalid: Range[] = [];

  constructor(
    readonly source: SourceText,
    readonly format: ZoneFormat,
  ) {}

  problem(code: string, message: string, at: Range, severity: Severity = 'error'): void {
    this.diagnostics.push({ ruleId: `syntax/${code}`, severity, message, span: { source: this.source, start: at.start, end: Math.max(at.end, at.start) } });
  }

  /** Checks the record's type and rdata; adds it, or reports why not. */
  add(input: RecordInput): ZoneRecord | undefined {
    if (this.invalid.some((r) => r.start >= input.at.start && r.end <= input.at.end)) return undefined;
    const code = typeNumber(input.type);
    if (code === undefined) {
      this.problem('unknown-type', `'${input.type}' is not a record type mxlint knows`, input.typeAt);
      return undefined;
    }
    const type = typeName(code);
    const rdataOrigin = this.rdataOrigin ?? this.origin;
    const parsed = parseRdata(type, input.fields, rdataOrigin);
    if (!parsed.ok) {
      const field = input.fields[parsed.error.field];
      const at = field ? field.span : (input.rdataAt ?? input.at);
      this.problem(parsed.error.code, `${type} record: ${parsed.error.message}`, at);
      return undefined;
    }
    const first = this.store.add(input.fields);
    const ref = this.table.add(
      input.owner,
      input.ttl,
      type,
      rdataOrigin,
      this.source,
      this.store,
      input.at.start,
      input.at.end,
      input.ownerAt.start,
      input.ownerAt.end,
      input.ttlAt ? input.ttlAt.start : -1,
      input.ttlAt ? input.ttlAt.end : -1,
      input.typeAt.start,
      input.typeAt.end,
      first,
      input.fields.length,
    );
    const record = new ZoneRecord(ref.chunk, ref.row);
    this.records.push(record);
    return record;
  }

  zone(): Zone {
    return { origin: this.origin, format: this.format, source: this.source, files: [this.source], records: this.records, diagnostics: this.diagnostics, comments: [] };
  }
}

export function range(node: Node): Range {
  return { start: node.start, end: node.end };
}

// ------------------------------------------------------------------------------------ fields

/** An rdata field from mapped text; `outer` is the span including quotes when they are in the file. */
export function field(source: SourceText, text: Mapped, quoted: boolean, outer?: Range): RdataField {
  const start = outer?.start ?? (text.length ? text.starts[0] : 0);
  const end = outer?.end ?? (text.length ? text.ends[text.length - 1] : start);
  return { text: text.text, quoted, span: { source, start, end }, offsets: Int32Array.from(text.starts) };
}

/** A whole scalar value (string, number) as one unquoted field, e.g. an address or a priority. */
export function scalarField(source: SourceText, node: Node, transform: (m: Mapped) => Mapped = (m) => m): RdataField {
  return field(source, escapeNonAscii(transform(node.mapped())), false, range(node));
}

export interface Token {
  text: Mapped;
  quoted: boolean;
  at: Range;
}

/**
 * Splits rdata in zone-file presentation form (`10 mail.example.com.`, `"v=spf1 " "-all"`) into
 * tokens, as BIND's lexer would: blanks separate, double quotes group, backslash escapes are kept.
 */
export function tokenize(m: Mapped): Token[] {
  const tokens: Token[] = [];
  const s = m.text;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '"') {
      const open = i;
      i++;
      const from = i;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      const to = Math.min(i, s.length);
      const closed = i < s.length;
      tokens.push({ text: m.slice(from, to), quoted: true, at: { start: m.starts[open], end: closed ? m.ends[i] : m.ends[s.length - 1] } });
      i = closed ? i + 1 : i;
      continue;
    }
    const from = i;
    while (i < s.length && !/[ \t\r\n"]/.test(s[i])) i += s[i] === '\\' ? 2 : 1;
    const to = Math.min(i, s.length);
    tokens.push({ text: m.slice(from, to), quoted: false, at: m.span(from, to, 0) });
  }
  return tokens;
}

/** Fields of rdata written in zone-file presentation form in one string value. */
export function presentationFields(source: SourceText, node: Node, transform: (m: Mapped) => Mapped = (m) => m): RdataField[] {
  return tokenize(node.mapped()).map((t) => field(source, escapeNonAscii(transform(t.text)), t.quoted, t.at));
}

/** Non-ASCII characters as `\DDD` escapes of their UTF-8 octets (rdata fields are octets). */
export function escapeNonAscii(m: Mapped): Mapped {
  if (!/[^\x00-\x7f]/.test(m.text)) return m;
  const out = new Mapped();
  const s = m.text;
  for (let i = 0; i < s.length; i++) {
    const code = s.codePointAt(i) as number;
    if (code < 0x80) {
      out.push(s[i], m.starts[i], m.ends[i]);
      continue;
    }
    const wide = code > 0xffff;
    const end = m.ends[wide ? i + 1 : i];
    for (const byte of Buffer.from(String.fromCodePoint(code), 'utf8')) out.push('\\' + String(byte).padStart(3, '0'), m.starts[i], end);
    if (wide) i++;
  }
  return out;
}

/** Text that is not in presentation form (a TXT value as the provider stores it): quotes and backslashes escaped. */
export function escapeText(m: Mapped, keepEscapes = false): Mapped {
  const out = new Mapped();
  const s = m.text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || (c === '\\' && !keepEscapes)) out.push('\\' + c, m.starts[i], m.ends[i]);
    else if (c === '\\' && keepEscapes && i + 1 < s.length) {
      out.push(c, m.starts[i], m.ends[i]);
      out.push(s[i + 1], m.starts[i + 1], m.ends[i + 1]);
      i++;
    } else if (c === '\\') out.push('\\\\', m.starts[i], m.ends[i]);
    else out.push(c, m.starts[i], m.ends[i]);
  }
  return escapeNonAscii(out);
}

/**
 * One TXT value given as plain text (not zone-file form), as quoted fields of at most 255 octets:
 * providers that take a single string split it so on the wire. `keepEscapes` keeps `\X` escapes
 * (octoDNS writes `\;`).
 */
export function textFields(source: SourceText, node: Node, keepEscapes = false): RdataField[] {
  const m = escapeText(node.mapped(), keepEscapes);
  const chunks: RdataField[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < m.length; ) {
    const step = m.text[i] === '\\' ? (/[0-9]/.test(m.text[i + 1] ?? '') ? 4 : 2) : 1;
    if (octets === 255) {
      chunks.push(field(source, m.slice(from, i), true));
      from = i;
      octets = 0;
    }
    i += step;
    octets++;
  }
  if (from < m.length || chunks.length === 0) chunks.push(field(source, m.slice(from), true, from === 0 ? range(node) : undefined));
  return chunks;
}

// ------------------------------------------------------------------------------------- names

/**
 * A name from a provider value as an absolute presentation name. `fqdn`: a name without a final
 * dot is still absolute (Cloudflare, DigitalOcean and Azure targets); otherwise it is relative to
 * `origin`. `@` is the origin; `apexEmpty`: an empty string too (octoDNS).
 */
export function nameText(m: Mapped, fqdn: boolean): Mapped {
  const out = escapeNonAscii(m);
  if (fqdn && out.length && out.text !== '@' && !out.text.endsWith('.')) {
    const end = out.ends[out.length - 1];
    out.push('.', end, end);
  }
  return out;
}

export type NameOutcome = { ok: true; name: string } | { ok: false; message: string };

export function absolute(text: string, origin: string): NameOutcome {
  if (text === '' || text === '@') return { ok: true, name: origin };
  return parseName(text, origin);
}

/** Route 53 writes unusual characters as `\ooo` in octal (`\052` is `*`); zone files use decimal. */
export function octalEscapes(m: Mapped): Mapped {
  if (!m.text.includes('\\')) return m;
  const out = new Mapped();
  const s = m.text;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && /^[0-7]{3}$/.test(s.slice(i + 1, i + 4))) {
      const code = parseInt(s.slice(i + 1, i + 4), 8);
      const ch = String.fromCharCode(code);
      const plain = /[A-Za-z0-9*_-]/.test(ch);
      out.push(plain ? ch : '\\' + String(code).padStart(3, '0'), m.starts[i], m.ends[i + 3]);
      i += 3;
    } else if (s[i] === '\\' && i + 1 < s.length) {
      out.push(s[i] + s[i + 1], m.starts[i], m.ends[i + 1]);
      i++;
    } else out.push(s[i], m.starts[i], m.ends[i]);
  }
  return out;
}

/** Every name at or below `origin`. */
export function allBelow(names: readonly string[], origin: string): boolean {
  const o = nameKey(origin);
  return names.every((n) => {
    const k = nameKey(n);
    return k === o || o === '.' || k.endsWith('.' + o);
  });
}

export function withDot(name: string): string {
  return name.endsWith('.') ? name : name + '.';
}

// ----------------------------------------------------------------------------------- adapters

export interface ReadContext {
  /** Origin from the configuration (`zones.origins`) or the file name. */
  origin?: string;
}

/** One provider export format: its schema and its mapping into records. */
export interface Adapter {
  format: ZoneFormat;
  /** As users know it: "AWS Route 53". */
  title: string;
  /** The JSON Schema of the export (the variant `root` looks like, when the format has several). */
  schema(root: Node): JsonSchema;
  read(root: Node, builder: ZoneBuilder, context: ReadContext): void;
}

/**
 * The zone's origin, most reliable evidence first: a zone name the export states, the SOA owner,
 * the configured or file-name origin when every name lies below it, the names' common suffix.
 */
export function chooseOrigin(evidence: { stated?: string; soa?: string; names: readonly string[]; context?: string }): string | undefined {
  if (evidence.stated) return withDot(evidence.stated);
  if (evidence.soa) return evidence.soa;
  if (evidence.context && allBelow(evidence.names, evidence.context)) return evidence.context;
  return commonSuffix(evidence.names) ?? evidence.context;
}

/** A name field (MX exchange, CNAME target) from a string value. */
export function nameField(source: SourceText, node: Node, fqdn: boolean, transform: (m: Mapped) => Mapped = (m) => m): RdataField {
  return field(source, nameText(transform(node.mapped()), fqdn), false, range(node));
}

/** An owner name from a value: absolute, or a diagnostic at the value. */
export function ownerName(builder: ZoneBuilder, node: Node, fqdn: boolean, transform: (m: Mapped) => Mapped = (m) => m): string | undefined {
  const text = nameText(transform(node.mapped()), fqdn).text;
  const parsed = absolute(text, builder.origin);
  if (!parsed.ok) {
    builder.problem('bad-owner', `owner '${node.value as string}': ${parsed.message}`, range(node));
    return undefined;
  }
  return parsed.name;
}
