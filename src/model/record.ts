import type { SourceText } from './source.ts';
import type { Span } from './span.ts';

/**
 * One rdata field in presentation form, as written: a BIND token (escapes kept, quotes removed
 * from quoted strings) or the matching piece of a provider export's value.
 */
export interface RdataField {
  text: string;
  /** Written as a quoted string: `"v=spf1 -all"`. */
  quoted: boolean;
  span: Span;
  /**
   * For a quoted field whose text was re-encoded by a provider reader (JSON string escapes):
   * the file offset of each character of `text`. Absent when `text` is a verbatim slice of
   * the file starting one character after `span.start`.
   */
  offsets?: Int32Array;
}

/** Offset in the file of character `i` of a field's text (its length: where the text ends). */
export function fieldCharOffset(field: RdataField, i: number): number {
  if (field.offsets) return i < field.offsets.length ? field.offsets[i] : field.span.end - (field.quoted ? 1 : 0);
  return field.span.start + (field.quoted ? 1 : 0) + i;
}

/** Where a record's rdata fields live; shared by all records of one file to keep records small. */
export interface RdataStore {
  fields(first: number, count: number): RdataField[];
  /** The text of one field (as `fields(index, 1)[0].text`), without making field objects. */
  fieldText(index: number): string;
  /** The span of one field (as `fields(index, 1)[0].span`), without making its text. */
  fieldSpan(index: number): Span;
  /**
   * Where character `i` of one field's text is written in the file (`fieldCharOffset`), without
   * making its text; `textEnd` is where the text ends (`i` its length).
   */
  textOffset(index: number, i: number): number;
  textEnd(index: number): number;
  /** The absolute name an owner token at `start…end` stands for (stores of files read lazily). */
  ownerName?(start: number, end: number, origin: string): string;
}

/** The file a record is written in and the store holding its rdata fields. */
interface RecordPart {
  source: SourceText;
  store: RdataStore;
}

// Columns of a record row: one Int32Array row of STRIDE numbers per record.
const START = 0, END = 1, OWNER_START = 2, OWNER_END = 3, TTL_START = 4, TTL_END = 5, TYPE_START = 6, TYPE_END = 7;
const FIRST_FIELD = 8, FIELD_COUNT = 9, TTL = 10, TYPE = 11, ORIGIN = 12, PART = 13;
/** The owner token a record's name comes from (an earlier record's when the owner is blank). */
const OWNER_TOKEN_START = 14, OWNER_TOKEN_END = 15, STRIDE = 16;
/** Provider flags of a record (ZoneRecord.flag). */
export const FLAG_PROXIED = 1, FLAG_AUTOMATIC_TTL = 2;
/**
 * Rows are kept in chunks: growing never copies, and memory is touched once. Chunks start small
 * and double up to CHUNK_ROWS, so a zone of forty records does not zero a megabyte it never uses
 * (a repository is many small zones).
 */
export const CHUNK_ROWS = 1 << 14;
const FIRST_CHUNK_ROWS = 64;

/** How many rows the `index`-th chunk of a table holds: 64, 128, … up to CHUNK_ROWS. */
function chunkRows(index: number): number {
  return Math.min(CHUNK_ROWS, FIRST_CHUNK_ROWS * 2 ** index);
}

/**
 * Up to CHUNK_ROWS records: their numbers in one typed array, their owners beside. Type and
 * origin numbers index the table's `names`, part numbers its `parts`.
 */
export class RecordChunk {
  /** Record objects of the rows, made by RecordTable.records(). */
  views: ZoneRecord[] = [];
  /** What the engine derived from each row (see ZoneRecord.memo); made on first use. */
  memos: (object | undefined)[] | undefined;
  /** Typed rdata the reader kept for rows of the types every mail rule types (see RecordTable.keepRdata). */
  kept: (object | undefined)[] | undefined;
  /** Provider flags of each row (FLAG_PROXIED, FLAG_AUTOMATIC_TTL); made when a provider reader sets the first. */
  flags: Uint8Array | undefined;
  /** The routing set of each row (ZoneRecord.routingSet); made when a provider reader sets the first. */
  routingSets: Int32Array | undefined;
  /**
   * Owner names, a column made with the first: a BIND file's are made from their tokens when
   * asked for, a provider export's are given.
   */
  owners: (string | undefined)[] | undefined;
  count = 0;

  constructor(
    readonly names: string[],
    readonly parts: RecordPart[],
    readonly rows: Int32Array<ArrayBuffer>,
  ) {}

  /**
   * A column of objects beside the rows, made at the chunk's full size: an array first written
   * far past its end (the first TXT row of a chunk whose records are sorted by type) would turn
   * into a hash table, slower and larger.
   */
  column<T extends object | string>(): (T | undefined)[] {
    return new Array<T | undefined>(this.rows.length / STRIDE);
  }

  makeViews(): void {
    for (let row = this.views.length; row < this.count; row++) this.views.push(new ZoneRecord(this, row));
  }

  owner(row: number): string {
    const known = this.owners?.[row];
    if (known !== undefined) return known;
    const rows = this.rows;
    const at = row * STRIDE;
    const start = rows[at + OWNER_TOKEN_START];
    // Records of one owner follow each other: they share one string.
    const previous = row > 0 && rows[at - STRIDE + OWNER_TOKEN_START] === start && rows[at - STRIDE + PART] === rows[at + PART] ? this.owners?.[row - 1] : undefined;
    const part = this.parts[rows[at + PART]];
    const name = previous ?? part.store.ownerName?.(start, rows[at + OWNER_TOKEN_END], this.names[rows[at + ORIGIN]]) ?? '.';
    (this.owners ??= this.column())[row] = name;
    return name;
  }
}

/**
 * The records of one zone, stored column-wise: numbers in typed arrays, names in arrays of
 * shared strings. A million-record zone then costs a few typed arrays instead of a million
 * objects of seventeen fields each, which is most of what reading it would otherwise spend in
 * allocation and garbage collection.
 */
export class RecordTable {
  private readonly chunks: RecordChunk[] = [];
  /** Types and origins, each stored once and referred to by number. */
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly parts: RecordPart[] = [];
  private lastSource: SourceText | undefined;
  private lastStore: RdataStore | undefined;
  private lastType = '';
  private lastTypeId = -1;
  private lastOrigin = '';
  private lastOriginId = -1;

  /** Appends a record; positions are offsets into `source`, fields `first…first+fieldCount` of `store`. */
  add(
    /** Undefined when the owner is to be made from its token (`ownerToken…ownerTokenEnd`) by the store. */
    owner: string | undefined,
    ttl: number,
    type: string,
    origin: string,
    source: SourceText,
    store: RdataStore,
    start: number,
    end: number,
    ownerStart: number,
    ownerEnd: number,
    ttlStart: number,
    ttlEnd: number,
    typeStart: number,
    typeEnd: number,
    firstField: number,
    fieldCount: number,
    ownerToken = -1,
    ownerTokenEnd = -1,
  ): ZoneRecordRef {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.count * STRIDE === chunk.rows.length) {
      chunk = new RecordChunk(this.names, this.parts, new Int32Array(chunkRows(this.chunks.length) * STRIDE));
      this.chunks.push(chunk);
    }
    const row = chunk.count++;
    const rows = chunk.rows;
    let at = row * STRIDE;
    rows[at++] = start;
    rows[at++] = end;
    rows[at++] = ownerStart;
    rows[at++] = ownerEnd;
    rows[at++] = ttlStart;
    rows[at++] = ttlEnd;
    rows[at++] = typeStart;
    rows[at++] = typeEnd;
    rows[at++] = firstField;
    rows[at++] = fieldCount;
    rows[at++] = ttl; // TTLs go up to 2^32-1: read back with >>> 0
    // Types and origins repeat from record to record: the last of each is remembered.
    if (type !== this.lastType) {
      this.lastType = type;
      this.lastTypeId = this.nameId(type);
    }
    if (origin !== this.lastOrigin) {
      this.lastOrigin = origin;
      this.lastOriginId = this.nameId(origin);
    }
    rows[at++] = this.lastTypeId;
    rows[at++] = this.lastOriginId;
    rows[at++] = this.partId(source, store);
    rows[at++] = ownerToken;
    rows[at] = ownerTokenEnd;
    if (owner !== undefined) (chunk.owners ??= chunk.column())[row] = owner;
    return { chunk, row };
  }

  private nameId(name: string): number {
    let id = this.nameIndex.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, id);
    }
    return id;
  }

  private partId(source: SourceText, store: RdataStore): number {
    if (source !== this.lastSource || store !== this.lastStore) {
      this.parts.push({ source, store });
      this.lastSource = source;
      this.lastStore = store;
    }
    return this.parts.length - 1;
  }

  /**
   * Keeps the typed rdata the reader made while checking a record, so that the engine does not
   * parse the record again (it keeps the same object once it has typed it anyway).
   */
  keepRdata(ref: ZoneRecordRef, rdata: object): void {
    (ref.chunk.kept ??= ref.chunk.column())[ref.row] = rdata;
  }

  /** How many records there are. */
  get length(): number {
    let total = 0;
    for (const chunk of this.chunks) total += chunk.count;
    return total;
  }

  /** A record object for each row, in order (made once per row). */
  records(): ZoneRecord[] {
    const total = this.length;
    // One array of the final size: growing a million-element array copies it over and over.
    const out = new Array<ZoneRecord>(total);
    let n = 0;
    for (const chunk of this.chunks) {
      chunk.makeViews();
      for (const view of chunk.views) out[n++] = view;
    }
    return out;
  }
}

/** Where add() put a record. */
export interface ZoneRecordRef {
  chunk: RecordChunk;
  row: number;
}

/**
 * A resource record with its source positions: a view of one row of a RecordTable. Names are
 * absolute, in presentation form as written (case kept, escapes kept); compare them with `nameKey`.
 */
export class ZoneRecord {
  constructor(
    private readonly chunk: RecordChunk,
    private readonly row: number,
  ) {}

  private cell(column: number): number {
    return this.chunk.rows[this.row * STRIDE + column];
  }

  get owner(): string {
    return this.chunk.owners?.[this.row] ?? this.chunk.owner(this.row);
  }

  get ttl(): number {
    return this.cell(TTL) >>> 0;
  }

  /** Only Internet-class zones are read. */
  get class_(): string {
    return 'IN';
  }

  /** Upper-case mnemonic (`MX`) or `TYPEnnn` for types without one. */
  get type(): string {
    return this.chunk.names[this.cell(TYPE)];
  }

  /** `$ORIGIN` in force where the record stands: relative names in its rdata hang from it. */
  get origin(): string {
    return this.chunk.names[this.cell(ORIGIN)];
  }

  get source(): SourceText {
    return this.chunk.parts[this.cell(PART)].source;
  }

  /** Offsets of the whole record text (first to last token). */
  get start(): number {
    return this.cell(START);
  }

  get end(): number {
    return this.cell(END);
  }

  /** Where the owner is written; equal to start..start when inherited from the previous record. */
  get ownerStart(): number {
    return this.cell(OWNER_START);
  }

  get ownerEnd(): number {
    return this.cell(OWNER_END);
  }

  /** Where the TTL is written; -1 when it comes from $TTL, the previous record or the SOA. */
  get ttlStart(): number {
    return this.cell(TTL_START);
  }

  get ttlEnd(): number {
    return this.cell(TTL_END);
  }

  get typeStart(): number {
    return this.cell(TYPE_START);
  }

  get typeEnd(): number {
    return this.cell(TYPE_END);
  }

  get fieldCount(): number {
    return this.cell(FIELD_COUNT);
  }

  get fields(): RdataField[] {
    return this.chunk.parts[this.cell(PART)].store.fields(this.cell(FIRST_FIELD), this.fieldCount);
  }

  /** The text of rdata field `index` (unquoted), or undefined past the last field: no field objects are made. */
  fieldText(index: number): string | undefined {
    if (index < 0 || index >= this.fieldCount) return undefined;
    return this.chunk.parts[this.cell(PART)].store.fieldText(this.cell(FIRST_FIELD) + index);
  }

  /** The span of rdata field `index` (0 ≤ index < fieldCount) without making the field's text. */
  fieldSpan(index: number): Span {
    return this.chunk.parts[this.cell(PART)].store.fieldSpan(this.cell(FIRST_FIELD) + index);
  }

  /** Where character `i` of rdata field `index` is written in the file (fieldCharOffset of the field). */
  textOffset(index: number, i: number): number {
    return this.chunk.parts[this.cell(PART)].store.textOffset(this.cell(FIRST_FIELD) + index, i);
  }

  /** Where the text of rdata field `index` ends in the file (before a closing quote). */
  textEnd(index: number): number {
    return this.chunk.parts[this.cell(PART)].store.textEnd(this.cell(FIRST_FIELD) + index);
  }

  get span(): Span {
    return { source: this.source, start: this.start, end: this.end };
  }

  get ownerSpan(): Span {
    return { source: this.source, start: this.ownerStart, end: this.ownerEnd };
  }

  /** The TTL as written; when the TTL is implicit, the type (a TTL would be written before it). */
  get ttlSpan(): Span {
    return this.ttlStart >= 0
      ? { source: this.source, start: this.ttlStart, end: this.ttlEnd }
      : { source: this.source, start: this.typeStart, end: this.typeEnd };
  }

  get typeSpan(): Span {
    return { source: this.source, start: this.typeStart, end: this.typeEnd };
  }

  /** Span of all rdata fields together. */
  get rdataSpan(): Span {
    const count = this.fieldCount;
    if (count === 0) return this.typeSpan;
    const first = this.fieldSpan(0);
    return { source: first.source, start: first.start, end: count === 1 ? first.end : this.fieldSpan(count - 1).end };
  }

  /** Rdata in presentation form (one space between fields, quoted fields re-quoted). */
  get rdataText(): string {
    return this.fields.map((f) => (f.quoted ? `"${f.text}"` : f.text)).join(' ');
  }

  /**
   * What the engine derived from this record (typed rdata, text, mail meaning: engine/facts.ts),
   * kept beside its row for the table's lifetime so that it is derived once.
   */
  /**
   * Cloudflare `proxied: true` (or `cf_tags=cf-proxied:true`): the name answers with Cloudflare's
   * HTTP(S) proxy addresses, not the record's own; mail sent there does not arrive.
   */
  get proxied(): boolean {
    return ((this.chunk.flags?.[this.row] ?? 0) & FLAG_PROXIED) !== 0;
  }

  /**
   * The provider chooses the TTL, not the zone's author: Cloudflare `ttl: 1` ("automatic") and
   * Route 53 alias records (the alias target's TTL). TTL rules leave such a record alone.
   */
  get automaticTtl(): boolean {
    return ((this.chunk.flags?.[this.row] ?? 0) & FLAG_AUTOMATIC_TTL) !== 0;
  }

  /**
   * A provider's routing set (Route 53's SetIdentifier: weighted, latency, geolocation, failover…)
   * numbered from 1 per zone, 0 for none. Record sets of one name and type in different routing
   * sets are alternatives, each served to some resolvers, never one RRset (byRoutingSet).
   */
  get routingSet(): number {
    return this.chunk.routingSets?.[this.row] ?? 0;
  }

  /** For the provider readers: puts this record in routing set `set` (1 and up). */
  setRoutingSet(set: number): void {
    const chunk = this.chunk;
    chunk.routingSets ??= new Int32Array(chunk.rows.length / STRIDE);
    chunk.routingSets[this.row] = set;
  }

  /** For the provider readers: sets FLAG_PROXIED or FLAG_AUTOMATIC_TTL on this record. */
  flag(flag: typeof FLAG_PROXIED | typeof FLAG_AUTOMATIC_TTL): void {
    const chunk = this.chunk;
    chunk.flags ??= new Uint8Array(chunk.rows.length / STRIDE);
    chunk.flags[this.row] |= flag;
  }

  /** The typed rdata the reader kept (RecordTable.keepRdata), if it kept it. */
  get keptRdata(): object | undefined {
    return this.chunk.kept?.[this.row];
  }

  get memo(): object | undefined {
    return this.chunk.memos?.[this.row];
  }

  set memo(value: object | undefined) {
    (this.chunk.memos ??= this.chunk.column())[this.row] = value;
  }
}

/** A plain array store, for records whose fields are not slices of a BIND file. */
export class ArrayRdataStore implements RdataStore {
  private readonly all: RdataField[] = [];
  add(fields: RdataField[]): number {
    const first = this.all.length;
    for (const f of fields) this.all.push(f);
    return first;
  }
  fields(first: number, count: number): RdataField[] {
    return this.all.slice(first, first + count);
  }
  fieldText(index: number): string {
    return this.all[index].text;
  }
  fieldSpan(index: number): Span {
    return this.all[index].span;
  }
  textOffset(index: number, i: number): number {
    return fieldCharOffset(this.all[index], i);
  }
  textEnd(index: number): number {
    const field = this.all[index];
    return fieldCharOffset(field, field.text.length);
  }
}

/**
 * Records (or what was derived from them) of one name split by routing set: what servers answer
 * together. Almost always one group, returned as is.
 */
export function byRoutingSet<T>(items: T[], recordOf: (item: T) => ZoneRecord): T[][] {
  if (items.every((item) => recordOf(item).routingSet === 0)) return [items];
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const set = recordOf(item).routingSet;
    const group = groups.get(set);
    if (group) group.push(item);
    else groups.set(set, [item]);
  }
  return [...groups.values()];
}

/**
 * The records read from `source`, by the line their type stands on: the comment a provider's
 * export writes after a record (Cloudflare's `cf_tags=`, cli53's `AWS routing=`) finds them so.
 */
export function recordsByLine(records: readonly ZoneRecord[], source: SourceText): Map<number, ZoneRecord[]> {
  const byLine = new Map<number, ZoneRecord[]>();
  for (const record of records) {
    if (record.source !== source) continue;
    const line = source.positionAt(record.typeStart).line;
    const list = byLine.get(line);
    if (list) list.push(record);
    else byLine.set(line, [record]);
  }
  return byLine;
}
