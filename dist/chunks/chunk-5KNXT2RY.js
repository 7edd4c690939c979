#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/model/source.ts
var SourceText = class _SourceText {
  constructor(path, text, encoding) {
    this.path = path;
    this.encoding = encoding;
    this.decoded = text;
  }
  path;
  encoding;
  lineStarts;
  decoded;
  octets;
  /** A BIND file's octets, kept as they are (latin1: one character per octet). */
  static fromBytes(path, bytes) {
    const source = new _SourceText(path, "", "octets");
    source.decoded = void 0;
    source.octets = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return source;
  }
  /** The whole text; decoded on first use for a file kept as octets. */
  get text() {
    this.decoded ??= this.octets.toString("latin1");
    return this.decoded;
  }
  /** The file's octets (for a file read from text: its latin1 encoding). */
  get bytes() {
    this.octets ??= Buffer.from(this.text, "latin1");
    return this.octets;
  }
  get length() {
    return this.decoded !== void 0 ? this.decoded.length : this.octets.length;
  }
  /** Characters `start…end` (octets, for a file kept as octets). */
  slice(start, end) {
    if (this.decoded !== void 0) return this.decoded.slice(start, end);
    return this.octets.toString("latin1", start, end);
  }
  /** True when `needle` (ASCII) is written anywhere in the file. */
  includes(needle) {
    return this.decoded !== void 0 ? this.decoded.includes(needle) : this.octets.includes(needle, 0, "latin1");
  }
  /** Code of character `i` (NaN past the end, as String#charCodeAt). */
  charCodeAt(i) {
    if (this.decoded !== void 0) return this.decoded.charCodeAt(i);
    const octets = this.octets;
    return i >= 0 && i < octets.length ? octets[i] : NaN;
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    if (this.decoded !== void 0) {
      const text = this.decoded;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      const octets = this.octets;
      for (let i = octets.indexOf(10); i !== -1; i = octets.indexOf(10, i + 1)) starts.push(i + 1);
    }
    this.lineStarts = Int32Array.from(starts);
    return this.lineStarts;
  }
  get lineCount() {
    return this.starts().length;
  }
  positionAt(offset) {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo];
    return { line: lo + 1, column: this.columnWidth(lineStart, clamped) + 1 };
  }
  /** Offset of the first character of a 1-based line. */
  lineOffset(line) {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }
  /** The text of a 1-based line, without its line break, decoded for display. */
  lineText(line) {
    const starts = this.starts();
    const start = starts[line - 1] ?? this.length;
    let end = line < starts.length ? starts[line] - 1 : this.length;
    if (end > start && this.charCodeAt(end - 1) === 13) end--;
    return this.display(this.slice(start, end));
  }
  /** Text of the file as a person reads it (UTF-8 decoded when the file is kept as octets). */
  display(slice) {
    if (this.encoding === "utf8" || !/[\x80-\xff]/.test(slice)) return slice;
    return Buffer.from(slice, "latin1").toString("utf8");
  }
  columnWidth(from, to) {
    if (this.encoding === "utf8") return to - from;
    const slice = this.slice(from, to);
    return /[\x80-\xff]/.test(slice) ? this.display(slice).length : to - from;
  }
};

// src/model/record.ts
var START = 0;
var END = 1;
var OWNER_START = 2;
var OWNER_END = 3;
var TTL_START = 4;
var TTL_END = 5;
var TYPE_START = 6;
var TYPE_END = 7;
var FIRST_FIELD = 8;
var FIELD_COUNT = 9;
var TTL = 10;
var TYPE = 11;
var ORIGIN = 12;
var PART = 13;
var OWNER_TOKEN_START = 14;
var OWNER_TOKEN_END = 15;
var STRIDE = 16;
var FLAG_PROXIED = 1;
var FLAG_AUTOMATIC_TTL = 2;
var CHUNK_ROWS = 1 << 14;
var FIRST_CHUNK_ROWS = 64;
function chunkRows(index) {
  return Math.min(CHUNK_ROWS, FIRST_CHUNK_ROWS * 2 ** index);
}
var RecordChunk = class {
  constructor(names, parts, fieldBase, rows = new Int32Array(CHUNK_ROWS * STRIDE), owners = [], count = owners.length) {
    this.names = names;
    this.parts = parts;
    this.fieldBase = fieldBase;
    this.rows = rows;
    this.owners = owners;
    this.count = count;
  }
  names;
  parts;
  fieldBase;
  rows;
  owners;
  count;
  /** Record objects of the rows, made by RecordTable.records(). */
  views = [];
  /** What the engine derived from each row (see ZoneRecord.memo); made on first use. */
  memos;
  /** Typed rdata the reader kept for rows of the types every mail rule types (see RecordTable.keepRdata). */
  kept;
  /** Provider flags of each row (FLAG_PROXIED, FLAG_AUTOMATIC_TTL); made when a provider reader sets the first. */
  flags;
  makeViews() {
    for (let row = this.views.length; row < this.count; row++) this.views.push(new ZoneRecord(this, row));
  }
  owner(row) {
    const known = this.owners[row];
    if (known !== void 0) return known;
    const rows = this.rows;
    const at = row * STRIDE;
    const start = rows[at + OWNER_TOKEN_START];
    const previous = row > 0 && rows[at - STRIDE + OWNER_TOKEN_START] === start && rows[at - STRIDE + PART] === rows[at + PART] ? this.owners[row - 1] : void 0;
    const part = this.parts[rows[at + PART]];
    const name = previous ?? part.store.ownerName?.(start, rows[at + OWNER_TOKEN_END], this.names[rows[at + ORIGIN]]) ?? ".";
    this.owners[row] = name;
    return name;
  }
};
var RecordTable = class {
  chunks = [];
  /** Types and origins, each stored once and referred to by number. */
  names = [];
  nameIndex = /* @__PURE__ */ new Map();
  parts = [];
  lastSource;
  lastStore;
  lastType = "";
  lastTypeId = -1;
  lastOrigin = "";
  lastOriginId = -1;
  /** Appends a record; positions are offsets into `source`, fields `first…first+fieldCount` of `store`. */
  add(owner, ttl, type, origin, source, store, start, end, ownerStart, ownerEnd, ttlStart, ttlEnd, typeStart, typeEnd, firstField, fieldCount, ownerToken = -1, ownerTokenEnd = -1) {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === void 0 || chunk.count * STRIDE === chunk.rows.length || chunk.names !== this.names) {
      chunk = new RecordChunk(this.names, this.parts, 0, new Int32Array(chunkRows(this.chunks.length) * STRIDE));
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
    rows[at++] = ttl;
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
    chunk.owners.push(owner);
    return { chunk, row };
  }
  nameId(name) {
    let id = this.nameIndex.get(name);
    if (id === void 0) {
      id = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, id);
    }
    return id;
  }
  partId(source, store) {
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
  keepRdata(ref, rdata) {
    (ref.chunk.kept ??= [])[ref.row] = rdata;
  }
  /** How many records there are. */
  get length() {
    let total = 0;
    for (const chunk of this.chunks) total += chunk.count;
    return total;
  }
  /** Makes the record objects of the rows so far (records() then only gathers them). */
  makeViews() {
    for (const chunk of this.chunks) chunk.makeViews();
  }
  /** A record object for each row, in order (made once per row). */
  records() {
    const total = this.length;
    const out = new Array(total);
    let n = 0;
    for (const chunk of this.chunks) {
      chunk.makeViews();
      for (const view of chunk.views) out[n++] = view;
    }
    return out;
  }
};
var ZoneRecord = class {
  constructor(chunk, row) {
    this.chunk = chunk;
    this.row = row;
  }
  chunk;
  row;
  cell(column) {
    return this.chunk.rows[this.row * STRIDE + column];
  }
  get owner() {
    return this.chunk.owners[this.row] ?? this.chunk.owner(this.row);
  }
  get ttl() {
    return this.cell(TTL) >>> 0;
  }
  /** Only Internet-class zones are read. */
  get class_() {
    return "IN";
  }
  /** Upper-case mnemonic (`MX`) or `TYPEnnn` for types without one. */
  get type() {
    return this.chunk.names[this.cell(TYPE)];
  }
  /** `$ORIGIN` in force where the record stands: relative names in its rdata hang from it. */
  get origin() {
    return this.chunk.names[this.cell(ORIGIN)];
  }
  get source() {
    return this.chunk.parts[this.cell(PART)].source;
  }
  /** Offsets of the whole record text (first to last token). */
  get start() {
    return this.cell(START);
  }
  get end() {
    return this.cell(END);
  }
  /** Where the owner is written; equal to start..start when inherited from the previous record. */
  get ownerStart() {
    return this.cell(OWNER_START);
  }
  get ownerEnd() {
    return this.cell(OWNER_END);
  }
  /** Where the TTL is written; -1 when it comes from $TTL, the previous record or the SOA. */
  get ttlStart() {
    return this.cell(TTL_START);
  }
  get ttlEnd() {
    return this.cell(TTL_END);
  }
  get typeStart() {
    return this.cell(TYPE_START);
  }
  get typeEnd() {
    return this.cell(TYPE_END);
  }
  get fieldCount() {
    return this.cell(FIELD_COUNT);
  }
  get fields() {
    return this.chunk.parts[this.cell(PART)].store.fields(this.cell(FIRST_FIELD) + this.chunk.fieldBase, this.fieldCount);
  }
  /** The text of rdata field `index` (unquoted), or undefined past the last field: no field objects are made. */
  fieldText(index) {
    if (index < 0 || index >= this.fieldCount) return void 0;
    return this.chunk.parts[this.cell(PART)].store.fieldText(this.cell(FIRST_FIELD) + this.chunk.fieldBase + index);
  }
  get span() {
    return { source: this.source, start: this.start, end: this.end };
  }
  get ownerSpan() {
    return { source: this.source, start: this.ownerStart, end: this.ownerEnd };
  }
  /** The TTL as written; when the TTL is implicit, the type (a TTL would be written before it). */
  get ttlSpan() {
    return this.ttlStart >= 0 ? { source: this.source, start: this.ttlStart, end: this.ttlEnd } : { source: this.source, start: this.typeStart, end: this.typeEnd };
  }
  get typeSpan() {
    return { source: this.source, start: this.typeStart, end: this.typeEnd };
  }
  /** Span of all rdata fields together. */
  get rdataSpan() {
    const fields = this.fields;
    if (fields.length === 0) return this.typeSpan;
    return { source: fields[0].span.source, start: fields[0].span.start, end: fields[fields.length - 1].span.end };
  }
  /** Rdata in presentation form (one space between fields, quoted fields re-quoted). */
  get rdataText() {
    return this.fields.map((f) => f.quoted ? `"${f.text}"` : f.text).join(" ");
  }
  /**
   * What the engine derived from this record (typed rdata, text, mail meaning: engine/facts.ts),
   * kept beside its row for the table's lifetime so that it is derived once.
   */
  /**
   * Cloudflare `proxied: true` (or `cf_tags=cf-proxied:true`): the name answers with Cloudflare's
   * HTTP(S) proxy addresses, not the record's own; mail sent there does not arrive.
   */
  get proxied() {
    return ((this.chunk.flags?.[this.row] ?? 0) & FLAG_PROXIED) !== 0;
  }
  /**
   * The provider chooses the TTL, not the zone's author: Cloudflare `ttl: 1` ("automatic") and
   * Route 53 alias records (the alias target's TTL). TTL rules leave such a record alone.
   */
  get automaticTtl() {
    return ((this.chunk.flags?.[this.row] ?? 0) & FLAG_AUTOMATIC_TTL) !== 0;
  }
  /** For the provider readers: sets FLAG_PROXIED or FLAG_AUTOMATIC_TTL on this record. */
  flag(flag) {
    const chunk = this.chunk;
    chunk.flags ??= new Uint8Array(chunk.rows.length / STRIDE);
    chunk.flags[this.row] |= flag;
  }
  /** The typed rdata the reader kept (RecordTable.keepRdata), if it kept it. */
  get keptRdata() {
    return this.chunk.kept?.[this.row];
  }
  get memo() {
    return this.chunk.memos?.[this.row];
  }
  set memo(value) {
    (this.chunk.memos ??= [])[this.row] = value;
  }
};
var ArrayRdataStore = class {
  all = [];
  add(fields) {
    const first = this.all.length;
    for (const f of fields) this.all.push(f);
    return first;
  }
  fields(first, count) {
    return this.all.slice(first, first + count);
  }
  fieldText(index) {
    return this.all[index].text;
  }
};

export {
  SourceText,
  FLAG_PROXIED,
  FLAG_AUTOMATIC_TTL,
  chunkRows,
  RecordChunk,
  RecordTable,
  ZoneRecord,
  ArrayRdataStore
};
