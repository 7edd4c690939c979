"use strict";
const __mxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";

// src/zone/split-worker.ts
var import_node_worker_threads = require("node:worker_threads");

// src/model/source.ts
var SourceText = class _SourceText {
  constructor(path, text2, encoding) {
    this.path = path;
    this.encoding = encoding;
    this.decoded = text2;
  }
  path;
  encoding;
  lineStarts;
  decoded;
  octets;
  /** A BIND file's octets, kept as they are (latin1: one character per octet). */
  static fromBytes(path, bytes2) {
    const source = new _SourceText(path, "", "octets");
    source.decoded = void 0;
    source.octets = Buffer.isBuffer(bytes2) ? bytes2 : Buffer.from(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
    return source;
  }
  /** The whole text; decoded on first use for a file kept as octets. */
  get text() {
    this.decoded ??= this.octets.toString("latin1");
    return this.decoded;
  }
  /**
   * The text as a person reads it (see display) in pieces of about `size` characters, none of
   * which splits a character: a large file is never decoded or copied as a whole.
   */
  *displayPieces(size) {
    const octets = this.octets;
    if (octets === void 0) {
      const text2 = this.display(this.text);
      for (let at = 0; at < text2.length; ) {
        let end = Math.min(text2.length, at + size);
        const last = text2.charCodeAt(end - 1);
        if (last >= 55296 && last <= 56319 && end < text2.length) end++;
        yield text2.slice(at, end);
        at = end;
      }
      return;
    }
    for (let at = 0; at < octets.length; ) {
      const end = utf8Cut(octets, at, Math.min(octets.length, at + Math.max(4, size)));
      yield octets.toString("utf8", at, end);
      at = end;
    }
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
    const text2 = this.decoded;
    const octets = this.octets;
    const next = text2 !== void 0 ? (from) => text2.indexOf("\n", from) : (from) => octets.indexOf(10, from);
    let count = 1;
    for (let i = next(0); i !== -1; i = next(i + 1)) count++;
    const starts = new Int32Array(count);
    for (let i = next(0), line = 1; i !== -1; i = next(i + 1)) starts[line++] = i + 1;
    this.lineStarts = starts;
    return starts;
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
var TextCutter = class {
  constructor(source) {
    this.source = source;
  }
  source;
  window = "";
  windowStart = 0;
  slice(start, end) {
    if (end - start >= SHORT_PIECE) return this.source.slice(start, end);
    let at = start - this.windowStart;
    if (at < 0 || end - this.windowStart > this.window.length) {
      this.windowStart = start;
      this.window = this.source.slice(start, Math.min(this.source.length, start + WINDOW));
      at = 0;
    }
    return this.window.slice(at, at + end - start);
  }
};
var SHORT_PIECE = 13;
var WINDOW = 1024;
function utf8Cut(octets, start, end) {
  if (end >= octets.length) return octets.length;
  for (let cut = end, steps = 0; cut > start && steps <= 3; cut--, steps++) if ((octets[cut] & 192) !== 128) return cut;
  return end;
}

// src/zone/reader.ts
var import_node_fs4 = require("node:fs");
var import_node_path2 = require("node:path");

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
  constructor(names2, parts, fieldBase, rows = new Int32Array(CHUNK_ROWS * STRIDE), owners = void 0, count = 0) {
    this.names = names2;
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
  /**
   * A column of objects beside the rows, made at the chunk's full size: an array first written
   * far past its end (the first TXT row of a chunk whose records are sorted by type) would turn
   * into a hash table, slower and larger.
   */
  column() {
    return new Array(this.rows.length / STRIDE);
  }
  makeViews() {
    for (let row = this.views.length; row < this.count; row++) this.views.push(new ZoneRecord(this, row));
  }
  owner(row) {
    const known = this.owners?.[row];
    if (known !== void 0) return known;
    const rows = this.rows;
    const at = row * STRIDE;
    const start = rows[at + OWNER_TOKEN_START];
    const previous = row > 0 && rows[at - STRIDE + OWNER_TOKEN_START] === start && rows[at - STRIDE + PART] === rows[at + PART] ? this.owners?.[row - 1] : void 0;
    const part = this.parts[rows[at + PART]];
    const name2 = previous ?? part.store.ownerName?.(start, rows[at + OWNER_TOKEN_END], this.names[rows[at + ORIGIN]]) ?? ".";
    (this.owners ??= this.column())[row] = name2;
    return name2;
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
  add(owner, ttl2, type, origin, source, store, start, end, ownerStart, ownerEnd, ttlStart, ttlEnd, typeStart, typeEnd, firstField, fieldCount, ownerToken = -1, ownerTokenEnd = -1) {
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
    rows[at++] = ttl2;
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
    if (owner !== void 0) (chunk.owners ??= chunk.column())[row] = owner;
    return { chunk, row };
  }
  nameId(name2) {
    let id = this.nameIndex.get(name2);
    if (id === void 0) {
      id = this.names.length;
      this.names.push(name2);
      this.nameIndex.set(name2, id);
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
    (ref.chunk.kept ??= ref.chunk.column())[ref.row] = rdata;
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
    return this.chunk.owners?.[this.row] ?? this.chunk.owner(this.row);
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
    return this.fields.map((f2) => f2.quoted ? `"${f2.text}"` : f2.text).join(" ");
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
    (this.chunk.memos ??= this.chunk.column())[this.row] = value;
  }
};
var ArrayRdataStore = class {
  all = [];
  add(fields) {
    const first = this.all.length;
    for (const f2 of fields) this.all.push(f2);
    return first;
  }
  fields(first, count) {
    return this.all.slice(first, first + count);
  }
  fieldText(index) {
    return this.all[index].text;
  }
};

// src/zone/split-records.ts
var SplitRecordTable = class extends RecordTable {
  /** Chunks made ahead, with their record objects, for rows another thread is still reading. */
  ahead = [];
  aheadRows = 0;
  /**
   * Makes the record objects of one more chunk of rows that another thread is still reading, so
   * that adopt() only fills them in, while `expected` rows are not covered yet; false once they are.
   * The chunks are sized as the other thread's table sizes its own (chunkRows), so they pair up.
   */
  makeAhead(expected) {
    if (this.aheadRows >= expected) return false;
    const rows = chunkRows(this.ahead.length);
    const chunk = new RecordChunk(this.names, this.parts, 0, new Int32Array(0), void 0, rows);
    chunk.makeViews();
    this.ahead.push(chunk);
    this.aheadRows += rows;
    return true;
  }
  discardAhead() {
    this.ahead = [];
    this.aheadRows = 0;
  }
  /** The rows, for another thread to adopt. The table is not used afterwards (its arrays move). */
  portable() {
    const chunks = this.chunks.map((c) => ({ rows: c.rows, count: c.count, owners: c.owners }));
    return { chunks, names: this.names, parts: this.parts.length };
  }
  /** Appends records another thread read from `source`, whose fields are now in `store` at `fieldShift` past where that thread put them. */
  adopt(records, source, store, fieldShift) {
    const part = { source, store };
    const parts = Array.from({ length: records.parts }, () => part);
    records.chunks.forEach(({ rows, count, owners }, i) => {
      const chunk = this.ahead[i];
      if (chunk === void 0) {
        this.chunks.push(new RecordChunk(records.names, parts, fieldShift, rows, owners, count));
        return;
      }
      chunk.names = records.names;
      chunk.parts = parts;
      chunk.fieldBase = fieldShift;
      chunk.rows = rows;
      chunk.owners = owners;
      chunk.count = count;
      if (chunk.views.length > count) chunk.views.length = count;
      this.chunks.push(chunk);
    });
    this.discardAhead();
  }
};

// src/zone/lexer.ts
var FileComment = class {
  constructor(source, start, end) {
    this.source = source;
    this.start = start;
    this.end = end;
  }
  source;
  start;
  end;
  get text() {
    return this.source.slice(this.start + 1, this.end);
  }
};
var CommentStore = class {
  /** (source number, start, end) per comment; source numbers index the chunk's `sources`. */
  chunks = [];
  sources = [];
  size = 0;
  get length() {
    return this.size;
  }
  add(source, start, end) {
    if (this.sources[this.sources.length - 1] !== source) this.sources.push(source);
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === void 0 || chunk.count * 3 === chunk.data.length || chunk.sources !== this.sources) {
      const size = chunk === void 0 ? FIRST_COMMENTS : Math.min(COMMENT_CHUNK, Math.max(FIRST_COMMENTS, chunk.data.length / 3 * 2));
      chunk = { data: new Int32Array(size * 3), count: 0, sources: this.sources };
      this.chunks.push(chunk);
    }
    const at = chunk.count++ * 3;
    chunk.data[at] = this.sources.length - 1;
    chunk.data[at + 1] = start;
    chunk.data[at + 2] = end;
    this.size++;
  }
  /** Forgets the comments after the first `length` (those of an entry read no further). */
  truncate(length) {
    while (this.size > length) {
      const chunk = this.chunks[this.chunks.length - 1];
      const drop = Math.min(chunk.count, this.size - length);
      chunk.count -= drop;
      this.size -= drop;
      if (chunk.count === 0) this.chunks.pop();
    }
  }
  /** The comments of a store that holds one file's, for another thread to adopt. */
  portable() {
    return this.chunks.map((c) => ({ data: c.data, count: c.count }));
  }
  /** Appends comments another thread read from `source`; their arrays are kept as they are. */
  adopt(comments, source) {
    const sources = [source];
    for (const c of comments) this.chunks.push({ data: c.data, count: c.count, sources });
    this.size += comments.reduce((n, c) => n + c.count, 0);
  }
  toComments() {
    const out = new Array(this.size);
    let n = 0;
    for (const { data, count, sources } of this.chunks) {
      for (let at = 0; at < count * 3; at += 3) out[n++] = new FileComment(sources[data[at]], data[at + 1], data[at + 2]);
    }
    return out;
  }
};
var COMMENT_CHUNK = 8192;
var FIRST_COMMENTS = 64;
var Entry = class {
  /** The line starts with blank space: the owner is the previous record's. */
  blankOwner = false;
  count = 0;
  starts = [];
  ends = [];
  /** A quoted token spans its quotes; its text is between them. */
  quoted = [];
  push(start, end, quoted) {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.quoted[this.count] = quoted;
    this.count++;
  }
};
var SPACE = 32;
var TAB = 9;
var CR = 13;
var LF = 10;
var SEMI = 59;
var LPAREN = 40;
var RPAREN = 41;
var QUOTE = 34;
var BACKSLASH = 92;
var PLAIN = 0;
var ENDS_TOKEN = 1;
var ESCAPE = 2;
var ENDS_LINE = 3;
var ENDS_STRING = 4;
var IN_TOKEN = new Uint8Array(256);
for (const c of [SPACE, TAB, LF, CR, SEMI, LPAREN, RPAREN, QUOTE]) IN_TOKEN[c] = ENDS_TOKEN;
IN_TOKEN[BACKSLASH] = ESCAPE;
var IN_STRING = new Uint8Array(256);
IN_STRING[LF] = ENDS_LINE;
IN_STRING[QUOTE] = ENDS_STRING;
IN_STRING[BACKSLASH] = ESCAPE;
var Lexer = class {
  constructor(source, comments, report, from = 0, end = Infinity) {
    this.source = source;
    this.comments = comments;
    this.report = report;
    this.octets = source.bytes;
    this.cutter = new TextCutter(source);
    this.end = end;
    const bom = from === 0 && this.octets[0] === 239 && this.octets[1] === 187 && this.octets[2] === 191;
    this.pos = bom ? 3 : from;
  }
  source;
  comments;
  report;
  pos;
  octets;
  /** Token texts are cut in file order. */
  cutter;
  /**
   * Where lexing stops: the file's end, or a line start where another thread takes over (split.ts).
   * An entry still inside parentheses there is not read, and `crossed` is set.
   */
  end;
  crossed = false;
  /** Problems of the entry being read, reported once it is known to end before `end`. */
  pending = [];
  /** Where the next entry starts being looked for. */
  get offset() {
    return this.pos;
  }
  /** Reads on to the end of the file. */
  unlimit() {
    this.end = Infinity;
    this.crossed = false;
  }
  /** Token text: quotes stripped, escapes kept. */
  tokenText(entry, i) {
    return entry.quoted[i] ? this.cutter.slice(entry.starts[i] + 1, entry.ends[i] - 1) : this.cutter.slice(entry.starts[i], entry.ends[i]);
  }
  /**
   * Reads the next entry with at least one token. Returns false at the end of the file.
   * A malformed entry is reported and skipped; lexing resumes on the next line.
   */
  next(entry) {
    const text2 = this.octets;
    const n = Math.min(text2.length, this.end);
    for (; ; ) {
      if (this.pos >= n) return false;
      const lineStart = this.pos;
      const commentCount = this.comments?.length ?? 0;
      entry.count = 0;
      const first = text2[lineStart];
      entry.blankOwner = first === SPACE || first === TAB;
      let depth = 0;
      let openParen = -1;
      let pos = lineStart;
      let failed = false;
      scan: while (pos < n) {
        const c = text2[pos];
        switch (c) {
          case SPACE:
          case TAB:
          case CR:
            pos++;
            break;
          case LF:
            pos++;
            if (depth === 0) break scan;
            break;
          case SEMI: {
            let end = pos;
            while (end < n && text2[end] !== LF) end++;
            let textEnd = end;
            if (textEnd > pos && text2[textEnd - 1] === CR) textEnd--;
            this.comments?.add(this.source, pos, textEnd);
            pos = end;
            break;
          }
          case LPAREN:
            depth++;
            if (openParen < 0) openParen = pos;
            pos++;
            break;
          case RPAREN:
            if (depth === 0) {
              this.pending.push({ code: "unbalanced-parenthesis", message: "')' closes no open parenthesis", start: pos, end: pos + 1 });
              failed = true;
            } else depth--;
            pos++;
            break;
          case QUOTE: {
            const start = pos;
            pos++;
            for (; ; ) {
              const kind = pos < n ? IN_STRING[text2[pos]] : ENDS_LINE;
              if (kind === PLAIN) pos++;
              else if (kind === ENDS_STRING) break;
              else if (kind === ESCAPE) pos += 2;
              else {
                pos = Math.min(pos, n);
                this.pending.push({ code: "unterminated-string", message: "quoted string is not closed before the end of the line", start, end: pos });
                failed = true;
                break scan;
              }
            }
            pos++;
            entry.push(start, pos, true);
            break;
          }
          default: {
            const start = pos;
            while (pos < n) {
              const kind = IN_TOKEN[text2[pos]];
              if (kind === PLAIN) pos++;
              else if (kind === ENDS_TOKEN) break;
              else pos += pos + 1 < n && text2[pos + 1] !== LF ? 2 : 1;
            }
            entry.push(start, pos, false);
          }
        }
      }
      if (depth > 0 && n < text2.length) {
        this.comments?.truncate(commentCount);
        this.pending.length = 0;
        this.pos = lineStart;
        this.crossed = true;
        return false;
      }
      if (this.pending.length > 0) {
        for (const problem of this.pending) this.report(problem);
        this.pending.length = 0;
      }
      if (depth > 0 && !failed) {
        this.report({ code: "unclosed-parenthesis", message: "'(' is never closed; the record runs to the end of the file", start: openParen, end: openParen + 1 });
        const eol = text2.indexOf(LF, openParen);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      if (failed) {
        let from = pos > 0 && text2[pos - 1] === LF ? pos - 1 : pos;
        if (depth > 0) {
          const close = text2.indexOf(RPAREN, from);
          if (close !== -1) from = close;
        }
        const eol = text2.indexOf(LF, from);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      this.pos = pos;
      if (entry.count > 0) return true;
    }
  }
};

// src/zone/split.ts
var import_node_fs = require("node:fs");

// src/zone/names.ts
var PLAIN2 = new Uint8Array(256).fill(1);
for (const c of ' 	\r\n.\\"();') PLAIN2[c.charCodeAt(0)] = 0;
function parseName(text2, origin) {
  if (text2 === "@") return { ok: true, name: origin };
  if (text2 === ".") return { ok: true, name: "." };
  const checked = checkName(text2, origin);
  if (typeof checked === "string") return { ok: false, message: checked };
  if (checked) return { ok: true, name: text2 };
  return { ok: true, name: origin === "." ? text2 + "." : text2 + "." + origin };
}
function nameProblem(text2, origin) {
  if (text2 === "@" || text2 === ".") return void 0;
  const checked = checkName(text2, origin);
  return typeof checked === "string" ? checked : void 0;
}
function checkName(text2, origin) {
  let wireLength = 1;
  let labelLength = 0;
  let absolute = false;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return i === 0 ? "a name cannot start with a dot" : "empty label (two dots in a row)";
      wireLength += labelLength + 1;
      labelLength = 0;
      if (i === n - 1) absolute = true;
      continue;
    }
    if (c === 92) {
      const d1 = text2.charCodeAt(i + 1);
      if (i + 1 >= n) return "a name cannot end with a lone backslash";
      if (d1 === 91 && labelLength === 0) return "'\\[' at the start of a label opens a binary label (RFC 2673), which BIND refuses: write \\091";
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text2.charCodeAt(i + 2);
        const d3 = text2.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) return "a \\DDD escape needs exactly three decimal digits";
        if ((d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48) > 255) return "a \\DDD escape cannot exceed 255";
        i += 3;
      } else {
        i += 1;
      }
    } else if (!PLAIN2[c]) {
      if (c > 255) return `character '${String.fromCodePoint(text2.codePointAt(i) ?? c)}' is not an octet: write the name's UTF-8 octets`;
      return `character ${describeChar(c)} must be escaped in a name (write \\${String(c).padStart(3, "0")})`;
    }
    labelLength++;
    if (labelLength > 63) return "a label is longer than 63 octets";
  }
  if (labelLength > 0) wireLength += labelLength + 1;
  if (!absolute) {
    if (origin !== ".") wireLength += wireLengthOf(origin) - 1;
    if (wireLength > 255) return `the name is longer than 255 octets once the origin ${origin} is appended`;
    return false;
  }
  if (wireLength > 255) return "the name is longer than 255 octets";
  return true;
}
function describeChar(c) {
  if (c === 32) return "space";
  if (c === 9) return "tab";
  return c < 32 || c === 127 ? `0x${c.toString(16).padStart(2, "0")}` : `'${String.fromCharCode(c)}'`;
}
var lastLengthName = ".";
var lastLength = 1;
function wireLengthOf(name2) {
  if (name2 !== lastLengthName) {
    lastLength = nameToWire(name2).length;
    lastLengthName = name2;
  }
  return lastLength;
}
function nameToWire(name2) {
  const out = [];
  if (name2 === ".") return Uint8Array.of(0);
  let lengthAt = 0;
  out.push(0);
  for (let i = 0; i < name2.length; i++) {
    let c = name2.charCodeAt(i);
    if (c === 46) {
      out[lengthAt] = out.length - lengthAt - 1;
      lengthAt = out.length;
      out.push(0);
      continue;
    }
    if (c === 92) {
      const d1 = name2.charCodeAt(i + 1);
      if (d1 >= 48 && d1 <= 57) {
        c = Number(name2.slice(i + 1, i + 4));
        i += 3;
      } else {
        c = d1;
        i += 1;
      }
    }
    out.push(c);
  }
  return Uint8Array.from(out);
}
function nameLabels(name2) {
  const wire = nameToWire(name2);
  const labels = [];
  for (let i = 0; wire[i] !== 0; i += wire[i] + 1) labels.push(String.fromCharCode(...wire.subarray(i + 1, i + 1 + wire[i])));
  return labels;
}

// src/zone/ttl.ts
var UNIT = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var MAX = 4294967295;
function parseTtl(text2) {
  const n = text2.length;
  if (n === 0) return { ok: false, code: "bad-ttl", message: "empty TTL" };
  let total = 0;
  let value = -1;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = (value < 0 ? 0 : value) * 10 + (c - 48);
      if (value > MAX) return overflow(text2);
      continue;
    }
    const unit = UNIT[String.fromCharCode(c | 32)];
    if (unit === void 0 || value < 0) {
      return c === 45 && i === 0 ? { ok: false, code: "bad-ttl", message: `TTL '${text2}' is negative; a TTL is 0 to 4294967295 seconds` } : { ok: false, code: "bad-ttl", message: `TTL '${text2}' is not a number of seconds or a duration like 1h30m (units w, d, h, m, s)` };
    }
    total += value * unit;
    if (total > MAX) return overflow(text2);
    value = -1;
  }
  if (value >= 0) total += value;
  if (total > MAX) return overflow(text2);
  return { ok: true, value: total };
}
function overflow(text2) {
  return { ok: false, code: "ttl-overflow", message: `TTL '${text2}' exceeds 4294967295 seconds` };
}

// src/zone/split.ts
var DEFAULT_MIN_BYTES = 24 << 20;
var READ = 0;
var DONE = 1;
function readRange(path, bytes2, from, to) {
  const fd = (0, import_node_fs.openSync)(path, "r");
  try {
    for (let at = from; at < to; ) {
      const n = (0, import_node_fs.readSync)(fd, bytes2, at, to - at, at);
      if (n === 0) throw new Error(`${path} is shorter than expected`);
      at += n;
    }
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/zone/rdata/codec.ts
var RdataError = class extends Error {
  constructor(code, message, field) {
    super(message);
    this.code = code;
    this.field = field;
  }
  code;
  field;
};
var ITEM = { strings: "string", items: "item", types: "type", params: "parameter" };
function fieldLabel(type, key) {
  return `${type} ${ITEM[key] ?? key.replace(/[A-Z]/g, (c) => " " + c.toLowerCase())}`;
}
var Cursor = class {
  constructor(fields, origin) {
    this.fields = fields;
    this.origin = origin;
  }
  fields;
  origin;
  i = 0;
  /** What the field being parsed is, for messages: `MX preference`. */
  label = "";
  get done() {
    return this.i >= this.fields.length;
  }
  /** The next field; raises `missing-field` when there is none. */
  take() {
    if (this.i >= this.fields.length) throw new RdataError("missing-field", `${this.label} is missing.`, this.fields.length);
    return this.fields[this.i++];
  }
  /**
   * The next field, which must not be quoted: BIND takes a quoted string only where a
   * character-string goes, and refuses it as a number, name, address or blob ("unexpected token").
   */
  token() {
    const field = this.take();
    if (field.quoted) this.fail("quoted-field", `${this.label} "${field.text.length > 40 ? field.text.slice(0, 40) + "\u2026" : field.text}" must not be quoted: only character-strings are written in quotes.`);
    return field;
  }
  /** Text of the next field (not quoted). */
  text() {
    return this.token().text;
  }
  /** An error about the field just taken (or the next one when none was taken yet). */
  fail(code, message, back = 1) {
    throw new RdataError(code, message, Math.max(0, this.i - back));
  }
};
var Writer = class {
  buf = new Uint8Array(64);
  length = 0;
  room(n) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  u8(v) {
    this.room(1);
    this.buf[this.length++] = v & 255;
  }
  u16(v) {
    this.u8(v >>> 8);
    this.u8(v);
  }
  u32(v) {
    this.u16(v >>> 16);
    this.u16(v & 65535);
  }
  bytes(b) {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /** Octets of a latin1 string (one char = one octet). */
  octets(s) {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i);
  }
  finish() {
    return this.buf.slice(0, this.length);
  }
};
function fixedEnd(n) {
  return (wire, at) => at + n <= wire.length ? at + n : -1;
}

// src/model/ip.ts
function parseIPv4(text2) {
  const n = text2.length;
  if (n < 7 || n > 15) return null;
  const out = new Uint8Array(4);
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text2.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || part > 3) return null;
      out[part++] = value;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && value === 0) return null;
      value = value * 10 + (c - 48);
      if (++digits > 3 || value > 255) return null;
    } else return null;
  }
  return part === 4 ? out : null;
}
function parseIPv6(text2) {
  const n = text2.length;
  if (n < 2 || n > 45) return null;
  const groups = new Uint16Array(8);
  let count = 0;
  let gap = -1;
  let i = 0;
  if (text2.charCodeAt(0) === 58) {
    if (text2.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
  }
  while (i < n) {
    const start = i;
    let value = 0;
    let digits = 0;
    for (; i < n && digits <= 4; i++) {
      const h = hexValue(text2.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
    }
    if (i < n && text2.charCodeAt(i) === 46) {
      const v4 = count <= 6 ? parseIPv4(text2.slice(start)) : null;
      if (!v4) return null;
      groups[count++] = v4[0] << 8 | v4[1];
      groups[count++] = v4[2] << 8 | v4[3];
      break;
    }
    if (digits === 0 || digits > 4 || count === 8) return null;
    groups[count++] = value;
    if (i === n) break;
    if (text2.charCodeAt(i) !== 58) return null;
    i++;
    if (i < n && text2.charCodeAt(i) === 58) {
      if (gap >= 0) return null;
      gap = count;
      i++;
    } else if (i === n) return null;
  }
  if (gap < 0 ? count !== 8 : count > 7) return null;
  const out = new Uint8Array(16);
  const zeros = gap < 0 ? 0 : 8 - count;
  for (let g = 0, k = 0; g < 8; g++) {
    const v = gap >= 0 && g >= gap && g < gap + zeros ? 0 : groups[k++];
    out[g * 2] = v >> 8;
    out[g * 2 + 1] = v & 255;
  }
  return out;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function formatIPv6(bytes2) {
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes2[i] << 8 | bytes2[i + 1]);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex2 = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex2.join(":");
  return `${hex2.slice(0, bestStart).join(":")}::${hex2.slice(bestStart + bestLen).join(":")}`;
}

// src/zone/rdata/registry.ts
var TYPES = [
  ["A", 1],
  ["NS", 2],
  ["MD", 3],
  ["MF", 4],
  ["CNAME", 5],
  ["SOA", 6],
  ["MB", 7],
  ["MG", 8],
  ["MR", 9],
  ["NULL", 10],
  ["WKS", 11],
  ["PTR", 12],
  ["HINFO", 13],
  ["MINFO", 14],
  ["MX", 15],
  ["TXT", 16],
  ["RP", 17],
  ["AFSDB", 18],
  ["X25", 19],
  ["ISDN", 20],
  ["RT", 21],
  ["NSAP", 22],
  ["NSAP-PTR", 23],
  ["SIG", 24],
  ["KEY", 25],
  ["PX", 26],
  ["GPOS", 27],
  ["AAAA", 28],
  ["LOC", 29],
  ["NXT", 30],
  ["EID", 31],
  ["NIMLOC", 32],
  ["SRV", 33],
  ["ATMA", 34],
  ["NAPTR", 35],
  ["KX", 36],
  ["CERT", 37],
  ["A6", 38],
  ["DNAME", 39],
  ["SINK", 40],
  ["OPT", 41],
  ["APL", 42],
  ["DS", 43],
  ["SSHFP", 44],
  ["IPSECKEY", 45],
  ["RRSIG", 46],
  ["NSEC", 47],
  ["DNSKEY", 48],
  ["DHCID", 49],
  ["NSEC3", 50],
  ["NSEC3PARAM", 51],
  ["TLSA", 52],
  ["SMIMEA", 53],
  ["HIP", 55],
  ["NINFO", 56],
  ["RKEY", 57],
  ["TALINK", 58],
  ["CDS", 59],
  ["CDNSKEY", 60],
  ["OPENPGPKEY", 61],
  ["CSYNC", 62],
  ["ZONEMD", 63],
  ["SVCB", 64],
  ["HTTPS", 65],
  ["DSYNC", 66],
  ["HHIT", 67],
  ["BRID", 68],
  ["SPF", 99],
  ["UINFO", 100],
  ["UID", 101],
  ["GID", 102],
  ["UNSPEC", 103],
  ["NID", 104],
  ["L32", 105],
  ["L64", 106],
  ["LP", 107],
  ["EUI48", 108],
  ["EUI64", 109],
  ["NXNAME", 128],
  ["TKEY", 249],
  ["TSIG", 250],
  ["IXFR", 251],
  ["AXFR", 252],
  ["MAILB", 253],
  ["MAILA", 254],
  ["ANY", 255],
  ["URI", 256],
  ["CAA", 257],
  ["AVC", 258],
  ["DOA", 259],
  ["AMTRELAY", 260],
  ["RESINFO", 261],
  ["WALLET", 262],
  ["CLA", 263],
  ["IPN", 264],
  ["TA", 32768],
  ["DLV", 32769],
  // Not IANA: the private-use number Knot DNS gives the ALIAS (apex CNAME) pseudo-type of several providers.
  ["ALIAS", 65401]
];
var CLASSES = [["IN", 1], ["CH", 3], ["HS", 4], ["NONE", 254], ["ANY", 255]];
function table(entries) {
  return { byName: new Map(entries), byNumber: new Map(entries.map(([n, v]) => [v, n])) };
}
var types = table(TYPES);
var classes = table(CLASSES);
function numbered(text2, prefix) {
  if (text2.length <= prefix.length || text2.length > prefix.length + 5) return void 0;
  if (text2.slice(0, prefix.length).toUpperCase() !== prefix) return void 0;
  const digits = text2.slice(prefix.length);
  if (!/^[0-9]+$/.test(digits)) return void 0;
  const n = Number(digits);
  return n <= 65535 ? n : void 0;
}
function lookup(t, prefix, name2) {
  return t.byName.get(name2.toUpperCase()) ?? numbered(name2, prefix);
}
function typeNumber(name2) {
  return lookup(types, "TYPE", name2);
}
function typeName(n) {
  return types.byNumber.get(n) ?? `TYPE${n}`;
}
function isMetaType(n) {
  return n === 0 || n === 41 || n >= 128 && n <= 255;
}
function isObsoleteType(n) {
  return n === 3 || n === 4;
}
var ALGORITHMS = /* @__PURE__ */ new Map([
  ["RSAMD5", 1],
  ["DH", 2],
  ["DSA", 3],
  ["RSASHA1", 5],
  ["DSA-NSEC3-SHA1", 6],
  ["RSASHA1-NSEC3-SHA1", 7],
  ["RSASHA256", 8],
  ["RSASHA512", 10],
  ["ECC-GOST", 12],
  ["ECDSAP256SHA256", 13],
  ["ECDSAP384SHA384", 14],
  ["ED25519", 15],
  ["ED448", 16],
  ["INDIRECT", 252],
  ["PRIVATEDNS", 253],
  ["PRIVATEOID", 254]
]);
var CERT_TYPES = /* @__PURE__ */ new Map([
  ["PKIX", 1],
  ["SPKI", 2],
  ["PGP", 3],
  ["IPKIX", 4],
  ["ISPKI", 5],
  ["IPGP", 6],
  ["ACPKIX", 7],
  ["IACPKIX", 8],
  ["URI", 253],
  ["OID", 254]
]);
var DSYNC_SCHEMES = /* @__PURE__ */ new Map([["NOTIFY", 1]]);

// src/zone/rdata/text.ts
function fieldCharOffset(field, i) {
  if (field.offsets) return i < field.offsets.length ? field.offsets[i] : field.span.end - (field.quoted ? 1 : 0);
  return field.span.start + (field.quoted ? 1 : 0) + i;
}
function decodeField(field, index, what) {
  const text2 = field.text;
  if (isVerbatim(field)) return { value: text2, field: index };
  const n = text2.length;
  const offsets = new Int32Array(n);
  const octets = [];
  for (let i = 0; i < n; i++) {
    const start = i;
    let c = text2.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= n) throw new RdataError("bad-escape", `${what} '${text2}' ends with a lone backslash.`, index);
      const d = text2.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) {
        const digits = text2.slice(i + 1, i + 4);
        if (!/^[0-9]{3}$/.test(digits)) throw new RdataError("bad-escape", `${what} '${text2}' has a \\DDD escape without three digits.`, index);
        c = Number(digits);
        if (c > 255) throw new RdataError("bad-escape", `${what} '${text2}' has the escape \\${digits}, above 255.`, index);
        i += 3;
      } else {
        c = d;
        i += 1;
      }
    } else if (c === 34 && !field.quoted) {
      throw new RdataError("bad-text", `${what} '${text2}' has an unescaped quote.`, index);
    }
    offsets[octets.length] = fieldCharOffset(field, start);
    octets.push(c);
  }
  const value = Buffer.from(octets).toString("latin1");
  return { value, field: index, offsets: octets.length === n ? offsets : offsets.slice(0, octets.length) };
}
function isVerbatim(field) {
  return field.text.indexOf("\\") === -1 && (field.quoted || field.text.indexOf('"') === -1);
}
var CHAR_STRING_MAX = 255;
function decodeCharString(field, index, what) {
  const s = decodeField(field, index, what);
  if (s.value.length > CHAR_STRING_MAX) {
    throw new RdataError("string-too-long", `${what} "${abbreviate(field.text)}" is ${s.value.length} octets long; a character-string holds at most ${CHAR_STRING_MAX} (split it into several quoted strings).`, index);
  }
  return s;
}
function asWritten(s) {
  if (!/[\x80-\xff]/.test(s) || /[^\x00-\xff]/.test(s)) return s;
  const decoded = Buffer.from(s, "latin1").toString("utf8");
  return decoded.includes("\uFFFD") ? s : decoded;
}
function abbreviate(s, max = 40) {
  return s.length <= max ? s : s.slice(0, max - 1) + "\u2026";
}
function parseDecimal(text2, max, what, index) {
  if (!/^[0-9]+$/.test(text2)) throw new RdataError("bad-number", `${what} '${text2}' is not a decimal number.`, index);
  const v = Number(text2);
  if (v > max) throw new RdataError("number-too-large", `${what} '${text2}' is larger than ${max}.`, index);
  return v;
}

// src/zone/rdata/codecs.ts
function single(min, read2, encode, end) {
  return {
    min,
    end,
    parse(cur) {
      const index = cur.i;
      return read2(cur.text(), cur.label, index, cur);
    },
    encode
  };
}
function rest(least, min, item, combine, encode) {
  return {
    min,
    parse(cur) {
      const items = [];
      while (!cur.done) items.push(item(cur, cur.i));
      if (items.length < least) cur.take();
      return combine(items);
    },
    encode
  };
}
var WRITE = { 8: "u8", 16: "u16", 32: "u32" };
function uint(bits, names2) {
  const max = 2 ** bits - 1;
  return single(
    bits / 8,
    (text2, what, index) => names2?.get(text2.toUpperCase()) ?? parseDecimal(text2, max, what, index),
    (v, out) => out[WRITE[bits]](v),
    fixedEnd(bits / 8)
  );
}
var u8 = uint(8);
var u16 = uint(16);
var u32 = uint(32);
var ttl = single(
  4,
  (text2, what, index) => {
    const r = parseTtl(text2);
    if (r.ok) return r.value;
    if (r.code === "ttl-overflow") throw new RdataError("number-too-large", `${what} '${text2}' is larger than 4294967295 seconds.`, index);
    throw new RdataError("bad-number", `${what} '${text2}' is neither a number of seconds nor a duration like 1h30m.`, index);
  },
  (v, out) => out.u32(v),
  fixedEnd(4)
);
function nameEnd(wire, at) {
  for (let p = at; p < wire.length && p - at < 255; ) {
    const len = wire[p];
    if (len === 0) return p + 1;
    if (len > 63) return -1;
    p += len + 1;
  }
  return -1;
}
function charStringEnd(wire, at) {
  return at < wire.length && at + 1 + wire[at] <= wire.length ? at + 1 + wire[at] : -1;
}
var name = single(
  1,
  (text2, what, index, cur) => {
    const r = parseName(text2, cur.origin);
    if (!r.ok) {
      if (parseIPv6(text2.replace(/\.$/, ""))) throw new RdataError("bad-name", `${what} '${text2}' is an IPv6 address, not a domain name: name a host that has the address in an AAAA record.`, index);
      throw new RdataError("bad-name", `${what} '${abbreviate(asWritten(text2))}' is not a valid domain name: ${r.message}.`, index);
    }
    return r.name;
  },
  (v, out) => out.bytes(nameToWire(v)),
  nameEnd
);
function wireLabelCount(wire, at) {
  let n = 0;
  for (let p = at; wire[p] !== 0; p += wire[p] + 1) n++;
  return n;
}
var signer = {
  min: 1,
  parse(cur, rec) {
    const index = cur.i;
    const v = name.parse(cur, rec);
    const labels = nameLabels(v).length;
    if (labels > rec.labels) {
      throw new RdataError("bad-signer", `${cur.label} '${abbreviate(asWritten(cur.fields[index].text))}' has ${labels} labels, more than the labels field's ${String(rec.labels)}.`, index);
    }
    return v;
  },
  encode: name.encode,
  // The labels field is octet 3 of RRSIG rdata (RFC 4034 §3.1).
  end(wire, at) {
    const end = nameEnd(wire, at);
    return end !== -1 && wireLabelCount(wire, at) > wire[3] ? -1 : end;
  }
};
var names = {
  ...rest(
    0,
    0,
    (cur) => name.parse(cur, {}),
    (items) => items,
    (v, out) => v.forEach((n) => out.bytes(nameToWire(n)))
  ),
  end(wire, at) {
    let p = at;
    while (p !== -1 && p < wire.length) p = nameEnd(wire, p);
    return p;
  }
};
function optional(codec) {
  return {
    min: 0,
    parse: (cur, record) => cur.done ? void 0 : codec.parse(cur, record),
    encode(v, out, record) {
      if (v !== void 0) codec.encode(v, out, record);
    },
    end: codec.end && ((wire, at) => at === wire.length ? at : codec.end?.(wire, at) ?? -1)
  };
}
var ipv4 = single(
  4,
  (text2, what, index) => {
    if (!parseIPv4(text2)) throw new RdataError("bad-ipv4", `${what} '${text2}' is not an IPv4 address.`, index);
    return text2;
  },
  (v, out) => out.bytes(parseIPv4(v)),
  fixedEnd(4)
);
var ipv6 = single(
  16,
  (text2, what, index) => {
    const b = parseIPv6(text2);
    if (!b) throw new RdataError("bad-ipv6", `${what} '${text2}' is not an IPv6 address.`, index);
    return formatIPv6(b);
  },
  (v, out) => out.bytes(parseIPv6(v)),
  fixedEnd(16)
);
function writeCharString(s, out) {
  const v = typeof s === "string" ? s : s.value;
  out.u8(v.length);
  out.octets(v);
}
var charString = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return decodeCharString(cur.take(), index, cur.label);
  },
  encode: writeCharString,
  end: charStringEnd
};
var charStrings = {
  ...rest(
    1,
    1,
    (cur, index) => decodeCharString(cur.take(), index, cur.label),
    // A copy sized to its length: the reader keeps every TXT record's strings, and an array grown
    // by push keeps room for 16 (V8 never gives it back).
    (items) => items.slice(),
    (v, out) => v.forEach((s) => writeCharString(s, out))
  ),
  end(wire, at) {
    let p = charStringEnd(wire, at);
    while (p !== -1 && p < wire.length) p = charStringEnd(wire, p);
    return p;
  }
};
var lastString = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return decodeField(cur.take(), index, cur.label);
  },
  encode: (v, out) => out.octets(v.value),
  end: restEnd(0)
};
var quotedLastString = {
  ...lastString,
  parse(cur, rec) {
    const field = cur.fields[cur.i];
    if (field && !field.quoted) cur.fail("unquoted-field", `${cur.label} '${abbreviate(field.text)}' must be written in quotes.`, 0);
    return lastString.parse(cur, rec);
  }
};
var tag = {
  min: 1,
  parse(cur) {
    const value = decodeCharString(cur.token(), cur.i - 1, cur.label).value;
    if (!/^[A-Za-z0-9]+$/.test(value)) cur.fail("bad-tag", `${cur.label} '${abbreviate(value)}' must be one or more letters and digits.`);
    return value;
  },
  encode: writeCharString,
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || end === at + 1 || !/^[A-Za-z0-9]+$/.test(String.fromCharCode(...wire.subarray(at + 1, end))) ? -1 : end;
  }
};
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function joined(cur) {
  if (cur.done) return void 0;
  const index = cur.i;
  let text2 = "";
  while (!cur.done) text2 += cur.text();
  return { text: text2, index };
}
function decodeBase64(cur, optional2) {
  const blob = joined(cur);
  if (blob === void 0) return optional2 ? new Uint8Array(0) : cur.take();
  if (blob.text === "" || !BASE64.test(blob.text)) {
    throw new RdataError("bad-base64", `${cur.label} '${abbreviate(blob.text)}' is not valid base64 (a multiple of 4 characters once its pieces are joined, '=' only as final padding).`, blob.index);
  }
  if (!paddingBitsZero(blob.text)) {
    throw new RdataError("bad-base64", `${cur.label} '${abbreviate(blob.text)}' is not valid base64: the bits its padding leaves over are not zero.`, blob.index);
  }
  return Buffer.from(blob.text, "base64");
}
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function paddingBitsZero(text2) {
  const pad = text2.endsWith("==") ? 2 : text2.endsWith("=") ? 1 : 0;
  if (pad === 0) return true;
  const last = B64.indexOf(text2[text2.length - pad - 1]);
  return (last & (pad === 2 ? 15 : 3)) === 0;
}
var writeBytes = (v, out) => out.bytes(v);
var base64OrDash = {
  min: 0,
  parse(cur) {
    if (cur.fields.length === cur.i + 1 && cur.fields[cur.i].text === "-" && !cur.fields[cur.i].quoted) {
      cur.take();
      return new Uint8Array(0);
    }
    return decodeBase64(cur, false);
  },
  encode: writeBytes,
  end: restEnd(0)
};
function base64(optional2 = false) {
  return { min: optional2 ? 0 : 1, parse: (cur) => decodeBase64(cur, optional2), encode: writeBytes, end: restEnd(optional2 ? 0 : 1) };
}
function restEnd(least) {
  return (wire, at) => wire.length - at >= least ? wire.length : -1;
}
var HEX = /^(?:[0-9a-fA-F]{2})+$/;
function hexItem(cur, index) {
  const text2 = cur.text();
  if (!HEX.test(text2)) {
    throw new RdataError("bad-hex", `${cur.label} '${abbreviate(text2)}' is not hexadecimal with an even number of digits.`, index);
  }
  return Buffer.from(text2, "hex");
}
function hexBlob(digest2) {
  const length = (record) => digest2?.octets[record[digest2.key]];
  return {
    min: 1,
    parse(cur, record) {
      const blob = joined(cur);
      if (blob === void 0) return cur.take();
      if (!HEX.test(blob.text)) throw new RdataError("bad-hex", `${cur.label} '${abbreviate(blob.text)}' is not hexadecimal with an even number of digits.`, blob.index);
      const want = length?.(record);
      if (want !== void 0 && blob.text.length !== want * 2) {
        throw new RdataError("bad-length", `${cur.label} has ${blob.text.length / 2} octets; this digest type has ${want}.`, blob.index);
      }
      return Buffer.from(blob.text, "hex");
    },
    encode: writeBytes,
    end(wire, at) {
      const want = digest2?.octets[wire[digest2.at]];
      return wire.length > at && (want === void 0 || wire.length - at === want) ? wire.length : -1;
    }
  };
}
var hex = hexBlob();
var salt = {
  min: 1,
  parse(cur) {
    if (cur.fields[cur.i]?.text === "-" && !cur.fields[cur.i].quoted) {
      cur.take();
      return new Uint8Array(0);
    }
    const b = hexItem(cur, cur.i);
    if (b.length > 255) cur.fail("string-too-long", `${cur.label} is ${b.length} octets long; at most 255 fit.`);
    return b;
  },
  encode(v, out) {
    out.u8(v.length);
    out.bytes(v);
  },
  end: charStringEnd
};
var BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
var base32hex = {
  min: 1,
  parse(cur, record) {
    const text2 = cur.text();
    const bad = (why) => cur.fail("bad-base32hex", `${cur.label} '${abbreviate(text2)}' is not base32hex without padding (${why}).`);
    if (!/^[0-9A-Va-v]+$/.test(text2)) bad(text2.includes("=") ? "NSEC3 hashes are written without '=' padding" : "characters 0-9 and A-V only");
    if (![0, 2, 4, 5, 7].includes(text2.length % 8)) bad(`${text2.length} characters cannot end on a whole octet`);
    const out = [];
    let acc = 0;
    let bits = 0;
    for (const ch of text2.toUpperCase()) {
      acc = (acc << 5 | BASE32HEX.indexOf(ch)) & 65535;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push(acc >> bits & 255);
      }
    }
    if ((acc & (1 << bits) - 1) !== 0) bad("the bits after the last octet are not zero");
    if (out.length > 255) cur.fail("string-too-long", `${cur.label} is ${out.length} octets long; at most 255 fit.`);
    if (record.hashAlgorithm === 1 && out.length !== 20) cur.fail("bad-length", `${cur.label} has ${out.length} octets; a SHA-1 hash has 20.`);
    return Uint8Array.from(out);
  },
  encode: salt.encode,
  // Not empty; 20 octets for SHA-1 (the hash algorithm is octet 0 of NSEC3 rdata).
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || wire[at] === 0 || wire[0] === 1 && wire[at] !== 20 ? -1 : end;
  }
};
function typeItem(cur, index) {
  const text2 = cur.text();
  const n = typeNumber(text2);
  if (n === void 0) throw new RdataError("bad-type", `${cur.label} '${text2}' is not a known record type (write TYPEnnn for others).`, index);
  return n;
}
var rrType = { min: 2, parse: (cur) => typeItem(cur, cur.i), encode: (v, out) => out.u16(v), end: fixedEnd(2) };
function bitmapEnd(least) {
  return (wire, at) => {
    let last = -1;
    let p = at;
    while (p < wire.length) {
      if (p + 2 > wire.length) return -1;
      const [window, len] = [wire[p], wire[p + 1]];
      p += 2;
      if (window <= last || len < 1 || len > 32 || p + len > wire.length || wire[p + len - 1] === 0) return -1;
      last = window;
      p += len;
    }
    return least > 0 && last === -1 ? -1 : p;
  };
}
function bitmap(least) {
  const codec = rest(least, least > 0 ? 3 : 0, typeItem, (items) => [...new Set(items)].sort((a, b) => a - b), (types2, out) => {
    for (let i = 0; i < types2.length; ) {
      const window = types2[i] >> 8;
      const bits = new Uint8Array(32);
      let len = 0;
      for (; i < types2.length && types2[i] >> 8 === window; i++) {
        const low = types2[i] & 255;
        bits[low >> 3] |= 128 >> (low & 7);
        len = (low >> 3) + 1;
      }
      out.u8(window);
      out.u8(len);
      out.bytes(bits.subarray(0, len));
    }
  });
  return { ...codec, end: bitmapEnd(least) };
}
var typeBitmap = bitmap(0);
var nsecBitmap = bitmap(1);
var sigTime = single(
  4,
  (text2, what, index) => {
    if (text2.length !== 14) return parseDecimal(text2, 4294967295, what, index);
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text2);
    if (!m) throw new RdataError("bad-time", `${what} '${text2}' is not a YYYYMMDDHHmmSS timestamp.`, index);
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const t = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(t);
    if (y < 1970 || y > 2225 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
      throw new RdataError("bad-time", `${what} '${text2}' is not a valid date between 1970 and 2225.`, index);
    }
    return t / 1e3 % 2 ** 32;
  },
  (v, out) => out.u32(v),
  fixedEnd(4)
);
function hexGroups(groups, digits, sep2, trailing = false) {
  const group = `[0-9a-fA-F]{1,${digits}}`;
  const re = new RegExp(`^(${group}(?:\\${sep2}${group}){${groups - 1}})${trailing ? "" : "$"}`);
  return single(
    groups * digits / 2,
    (text2, what, index) => {
      const m = re.exec(text2);
      if (!m) throw new RdataError("bad-hex", `${what} '${text2}' is not ${groups} groups of up to ${digits} hex digits separated by '${sep2}'.`, index);
      return m[1].split(sep2).map((g) => g.padStart(digits, "0").toLowerCase()).join(sep2);
    },
    (v, out) => out.bytes(Buffer.from(v.split(sep2).join(""), "hex")),
    fixedEnd(groups * digits / 2)
  );
}

// src/zone/rdata/special.ts
var import_node_fs2 = require("node:fs");
function coordinate(maxDegrees, positive, negative) {
  return {
    min: 4,
    parse(cur) {
      const parts = [];
      for (; ; ) {
        const t = cur.text();
        const hemisphere = t.toUpperCase();
        if (hemisphere === positive || hemisphere === negative) {
          if (parts.length === 0) cur.fail("bad-loc", `${cur.label} needs degrees before '${t}'.`);
          return (hemisphere === positive ? 1 : -1) * arcMs(cur, parts, maxDegrees);
        }
        if (parts.length === 3) cur.fail("bad-loc", `${cur.label} has '${t}' where ${positive} or ${negative} was expected.`);
        parts.push(t);
      }
    },
    encode: (v, out) => out.u32(2 ** 31 + v),
    end(wire, at) {
      if (at + 4 > wire.length) return -1;
      const v = new DataView(wire.buffer, wire.byteOffset).getUint32(at);
      return Math.abs(v - 2 ** 31) <= maxDegrees * 36e5 ? at + 4 : -1;
    }
  };
}
function arcMs(cur, parts, maxDegrees) {
  const at = cur.i - 1 - parts.length;
  const [d, m = "0", s = "0"] = parts;
  const degrees = parseDecimal(d, maxDegrees, `${cur.label} degrees`, at);
  const minutes = parseDecimal(m, 59, `${cur.label} minutes`, at + 1);
  if (!/^[0-9]+(\.[0-9]{1,3})?$/.test(s) || Number(s) >= 60) {
    throw new RdataError("bad-loc", `${cur.label} seconds '${s}' is not a number below 60 with at most 3 decimals.`, at + 2);
  }
  return degrees * 36e5 + minutes * 6e4 + Math.round(Number(s) * 1e3);
}
function metres(cur, lo, hi) {
  const t = cur.text();
  const m = /^(-?[0-9]+(?:\.[0-9]{1,2})?)m?$/.exec(t);
  const cm = m ? Math.round(Number(m[1]) * 100) : NaN;
  if (!(cm >= lo && cm <= hi)) cur.fail("bad-loc", `${cur.label} '${t}' is not a distance in metres between ${lo / 100} and ${hi / 100}.`);
  return cm;
}
var altitude = {
  min: 4,
  parse: (cur) => metres(cur, -1e7, 4284967295),
  encode: (v, out) => out.u32(v + 1e7),
  end: fixedEnd(4)
};
function precision(defaultCm) {
  return {
    min: 1,
    parse: (cur) => cur.done ? defaultCm : metres(cur, 0, 9e9),
    encode(v, out) {
      let e = 0;
      while (v >= 10) {
        v = Math.floor(v / 10);
        e++;
      }
      out.u8(v << 4 | e);
    },
    // A mantissa of 1-9 and an exponent of 0-9, or 0.
    end: (wire, at) => at < wire.length && (wire[at] === 0 || wire[at] >> 4 >= 1 && wire[at] >> 4 <= 9 && (wire[at] & 15) <= 9) ? at + 1 : -1
  };
}
var zero = { min: 1, parse: () => 0, encode: (_v, out) => out.u8(0), end: (wire, at) => wire[at] === 0 ? at + 1 : -1 };
function aplItem(cur, index) {
  const t = cur.text();
  const m = /^(!?)([0-9]+):([^/]*)\/([0-9]+)$/.exec(t);
  const fail = (why) => {
    throw new RdataError("bad-apl", `${cur.label} '${t}' ${why}.`, index);
  };
  if (!m) return fail("is not of the form [!]family:address/prefix");
  const family = Number(m[2]);
  if (family !== 1 && family !== 2) fail("has an address family other than 1 (IPv4) or 2 (IPv6)");
  const bytes2 = family === 1 ? parseIPv4(m[3]) : parseIPv6(m[3]);
  if (!bytes2) fail(`has '${m[3]}', which is not an ${family === 1 ? "IPv4" : "IPv6"} address`);
  const prefix = Number(m[4]);
  if (prefix > (family === 1 ? 32 : 128)) fail(`has a prefix length above ${family === 1 ? 32 : 128}`);
  return { negate: m[1] === "!", family, address: family === 1 ? m[3] : formatIPv6(bytes2), prefix };
}
var aplItems = {
  min: 0,
  parse(cur) {
    const items = [];
    while (!cur.done) items.push(aplItem(cur, cur.i));
    return items;
  },
  encode(items, out) {
    for (const it of items) {
      let bytes2 = it.family === 1 ? parseIPv4(it.address) : parseIPv6(it.address);
      let len = bytes2.length;
      while (len > 0 && bytes2[len - 1] === 0) len--;
      bytes2 = bytes2.subarray(0, len);
      out.u16(it.family);
      out.u8(it.prefix);
      out.u8((it.negate ? 128 : 0) | len);
      out.bytes(bytes2);
    }
  },
  // As BIND decodes items: known families within their sizes, no trailing zero octet in an address.
  end(wire, at) {
    let p = at;
    while (p < wire.length) {
      if (p + 4 > wire.length) return -1;
      const family = wire[p] << 8 | wire[p + 1];
      const prefix = wire[p + 2];
      const len = wire[p + 3] & 127;
      p += 4;
      if (p + len > wire.length) return -1;
      if (family === 1 && (prefix > 32 || len > 4) || family === 2 && (prefix > 128 || len > 16)) return -1;
      if (len > 0 && wire[p + len - 1] === 0) return -1;
      p += len;
    }
    return p;
  }
};
function gateway(kindKey, otherKinds = "refuse") {
  return {
    min: 0,
    parse(cur, rec) {
      const kind = rec[kindKey];
      if (kind === 0) {
        const t = cur.text();
        if (t !== ".") cur.fail("bad-gateway", `${cur.label} '${t}' must be '.' when its type is 0 (none).`);
        return ".";
      }
      const codec = [ipv4, ipv6, name][kind - 1];
      if (!codec) cur.fail("bad-gateway", `${cur.label} type '${kind}' is not 0, 1, 2 or 3.`);
      return codec.parse(cur, rec);
    },
    encode(v, out, rec) {
      const kind = rec[kindKey];
      if (kind === 1) ipv4.encode(v, out, rec);
      else if (kind === 2) ipv6.encode(v, out, rec);
      else if (kind === 3) out.bytes(nameToWire(v));
    },
    end(wire, at) {
      const kind = otherKinds === "opaque" ? wire[1] & 127 : wire[1];
      if (kind === 0) return at;
      if (kind === 3) return name.end?.(wire, at) ?? -1;
      if (kind === 1 || kind === 2) return fixedEnd(kind === 1 ? 4 : 16)(wire, at);
      return otherKinds === "opaque" ? wire.length : -1;
    }
  };
}
var discoveryBit = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 1, cur.label, index);
  },
  encode: () => {
  },
  end: (_wire, at) => at
};
var relayType = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 127, cur.label, index);
  },
  encode: (v, out, rec) => out.u8(rec.discovery << 7 | v),
  end: fixedEnd(1)
};
var hipKey = {
  min: 4,
  parse(cur) {
    const algorithm2 = parseDecimal(cur.text(), 255, "HIP algorithm", cur.i - 1);
    const hitText = cur.text();
    if (!/^(?:[0-9a-fA-F]{2}){1,255}$/.test(hitText)) cur.fail("bad-hex", `HIP HIT '${abbreviate(hitText)}' is not 1 to 255 octets of hexadecimal.`);
    const keyText = cur.text();
    if (!BASE64.test(keyText) || !paddingBitsZero(keyText)) cur.fail("bad-base64", `HIP public key '${abbreviate(keyText)}' is not valid base64.`);
    return { algorithm: algorithm2, hit: Buffer.from(hitText, "hex"), publicKey: Buffer.from(keyText, "base64") };
  },
  encode(v, out) {
    out.u8(v.hit.length);
    out.u8(v.algorithm);
    out.u16(v.publicKey.length);
    out.bytes(v.hit);
    out.bytes(v.publicKey);
  },
  // HIT length, algorithm, key length, HIT, key: neither empty.
  end(wire, at) {
    if (at + 4 > wire.length) return -1;
    const hit = wire[at];
    const key = wire[at + 2] << 8 | wire[at + 3];
    const end = at + 4 + hit + key;
    return hit === 0 || key === 0 || end > wire.length ? -1 : end;
  }
};
var ipsecPublicKey = base64();
var rkeyFlags = {
  ...u16,
  parse(cur, rec) {
    const index = cur.i;
    const v = u16.parse(cur, rec);
    if (v !== 0) throw new RdataError("bad-flags", `${cur.label} '${v}' must be 0: no RKEY flag is defined.`, index);
    return v;
  },
  end: (wire, at) => at + 2 <= wire.length && wire[at] === 0 && wire[at + 1] === 0 ? at + 2 : -1
};
var nsapAddress = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    if (!/^0[xX]/.test(t) || !/^[0-9a-fA-F.]*$/.test(t.slice(2))) cur.fail("bad-nsap", `${cur.label} '${t}' is not 0x followed by hex digits (dots allowed between them).`);
    const digits = t.slice(2).replaceAll(".", "");
    if (digits.length === 0 || digits.length % 2 !== 0) cur.fail("bad-nsap", `${cur.label} '${t}' needs a whole number of octets (an even, non-zero count of hex digits).`);
    return Uint8Array.from(Buffer.from(digits, "hex"));
  },
  encode: (v, out) => out.bytes(v),
  end: restEnd(1)
};
var psdnAddress = {
  min: 5,
  parse(cur, record) {
    const s = charString.parse(cur, record);
    if (!/^[0-9]{4,}$/.test(s.value)) cur.fail("bad-x25", `${cur.label} '${s.value}' is not a PSDN address of at least four decimal digits.`);
    return s;
  },
  encode: charString.encode,
  end(wire, at) {
    const end = charString.end?.(wire, at) ?? -1;
    return end - at >= 5 && wire.subarray(at + 1, end).every((c) => c >= 48 && c <= 57) ? end : -1;
  }
};
var netdb;
function readNetdb(file) {
  try {
    return (0, import_node_fs2.readFileSync)(file, "latin1").split("\n").map((l) => l.replace(/#.*/, "").trim().split(/\s+/)).filter((w) => w.length >= 2);
  } catch {
    return [];
  }
}
function hostNetdb() {
  if (!netdb) {
    const protocols = /* @__PURE__ */ new Map();
    for (const [name2, number, ...aliases] of readNetdb("/etc/protocols")) {
      for (const n of [name2, ...aliases]) if (!protocols.has(n)) protocols.set(n, Number(number));
    }
    const services = /* @__PURE__ */ new Map();
    for (const [name2, portProto, ...aliases] of readNetdb("/etc/services")) {
      const [port, proto] = portProto.split("/");
      for (const n of [name2, ...aliases]) {
        if (!services.has(`${n}/${proto}`)) services.set(`${n}/${proto}`, Number(port));
        if (!services.has(n)) services.set(n, Number(port));
      }
    }
    netdb = { protocols, services };
  }
  return netdb;
}
function strtol(text2) {
  return text2 === "" || /^[+-]?[0-9]+$/.test(text2) ? Number(text2) : void 0;
}
var wksProtocol = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    const n = strtol(t) ?? hostNetdb().protocols.get(t);
    if (n === void 0) return cur.fail("bad-wks", `${cur.label} '${t}' is neither a number nor a protocol this host knows.`);
    if (n < 0 || n > 255) cur.fail("number-too-large", `${cur.label} '${t}' is not between 0 and 255.`);
    return n;
  },
  encode: (v, out) => out.u8(v),
  end: fixedEnd(1)
};
var wksServices = {
  min: 0,
  parse(cur, rec) {
    const proto = { 6: "tcp", 17: "udp" }[rec.protocol];
    const ports = /* @__PURE__ */ new Set();
    while (!cur.done) {
      const t = cur.text();
      const services = strtol(t) === void 0 ? hostNetdb().services : void 0;
      const find = (s) => services?.get(proto ? `${s}/${proto}` : s);
      const port = strtol(t) ?? find(t.toLowerCase()) ?? find(t);
      if (port === void 0) return cur.fail("bad-wks", `${cur.label} '${t}' is neither a port number nor a service this host knows${proto ? ` for ${proto.toUpperCase()}` : ""}.`);
      if (port < 0 || port > 65535) cur.fail("number-too-large", `${cur.label} '${t}' is not a port between 0 and 65535.`);
      ports.add(port);
    }
    return [...ports].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND takes a bitmap of at most 8192 octets (ports 0-65535) whose last octet is not zero.
  end: (wire, at) => wire.length - at <= 8192 && (wire.length === at || wire[wire.length - 1] !== 0) ? wire.length : -1
};
function flatBitmap(numbers, out) {
  if (numbers.length === 0) return;
  const bits = new Uint8Array((numbers[numbers.length - 1] >> 3) + 1);
  for (const n of numbers) bits[n >> 3] |= 128 >> (n & 7);
  out.bytes(bits);
}
var atmAddress = {
  min: 1,
  parse(cur) {
    const field = cur.take();
    const t = field.text;
    if (!field.quoted && /^\+[0-9]+(?:\.[0-9]+)*$/.test(t)) return { format: 1, address: Buffer.from(t.slice(1).replaceAll(".", ""), "latin1") };
    const hex2 = /^[0-9a-fA-F]+(?:\.[0-9a-fA-F]+)*$/.test(t) ? t.replaceAll(".", "") : "";
    if (field.quoted || hex2.length === 0 || hex2.length % 2 !== 0) {
      cur.fail("bad-atma", `${cur.label} '${t}' is neither + and E.164 digits nor an even number of hex digits (single dots allowed between digits).`);
    }
    return { format: 0, address: Buffer.from(hex2, "hex") };
  },
  encode(v, out) {
    out.u8(v.format);
    out.bytes(v.address);
  },
  // A format octet and an address of one octet or more; E.164 (format 1) is digits only.
  end(wire, at) {
    if (wire.length - at < 2) return -1;
    return wire[at] === 1 && !wire.subarray(at + 1).every((c) => c >= 48 && c <= 57) ? -1 : wire.length;
  }
};
function a6Suffix(prefixLength) {
  return { octets: prefixLength === 128 ? 0 : 16 - Math.floor(prefixLength / 8), mask: 255 >> prefixLength % 8 };
}
var a6Address = {
  min: 1,
  parse(cur, rec) {
    const prefixLength = parseDecimal(cur.text(), 128, cur.label + " prefix length", cur.i - 1);
    const { octets, mask } = a6Suffix(prefixLength);
    let suffix = new Uint8Array(0);
    if (octets > 0) {
      const t = cur.text();
      const bytes2 = parseIPv6(t);
      if (!bytes2) return cur.fail("bad-ipv6", `${cur.label} suffix '${t}' is not an IPv6 address.`);
      suffix = bytes2.slice(16 - octets);
      suffix[0] &= mask;
    }
    return { prefixLength, suffix, prefix: prefixLength === 0 ? void 0 : name.parse(cur, rec) };
  },
  encode(v, out) {
    out.u8(v.prefixLength);
    out.bytes(v.suffix);
    if (v.prefix !== void 0) out.bytes(nameToWire(v.prefix));
  },
  end(wire, at) {
    if (at >= wire.length || wire[at] > 128) return -1;
    const prefixLength = wire[at];
    const { octets, mask } = a6Suffix(prefixLength);
    const after = at + 1 + octets;
    if (after > wire.length || octets > 0 && (wire[at + 1] & ~mask) !== 0) return -1;
    return prefixLength === 0 ? after : name.end?.(wire, after) ?? -1;
  }
};
function nxtType(cur) {
  const index = cur.i;
  const t = cur.text();
  let n = typeNumber(t);
  if (/^[+-]?[0-9]+$/.test(t)) {
    const limit = 2n ** 63n;
    const v = BigInt(t);
    n = Number(BigInt.asUintN(16, v >= limit ? limit - 1n : v < -limit ? -limit : v));
  }
  if (n === void 0) throw new RdataError("bad-type", `${cur.label} '${t}' is not a record type.`, index);
  if (n < 1 || n > 127) throw new RdataError("bad-type", `${cur.label} '${t}' is not a type between 1 and 127, the only ones NXT lists.`, index);
  return n;
}
var nxtTypes = {
  min: 0,
  parse(cur) {
    const types2 = /* @__PURE__ */ new Set();
    while (!cur.done) types2.add(nxtType(cur));
    return [...types2].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND refuses a bitmap with bit 0 set, over 16 octets, or ending in a zero octet.
  end(wire, at) {
    const rest2 = wire.length - at;
    if (rest2 === 0) return at;
    return (wire[at] & 128) !== 0 || rest2 > 16 || wire[wire.length - 1] === 0 ? -1 : wire.length;
  }
};

// src/zone/rdata/svcb.ts
var import_node_buffer = require("node:buffer");
var SVC_KEYS = /* @__PURE__ */ new Map([
  ["mandatory", 0],
  ["alpn", 1],
  ["no-default-alpn", 2],
  ["port", 3],
  ["ipv4hint", 4],
  ["ech", 5],
  ["ipv6hint", 6],
  ["dohpath", 7],
  ["ohttp", 8]
]);
var KEY_NAMES = new Map([...SVC_KEYS].map(([n, k]) => [k, n]));
function svcKeyName(key) {
  return KEY_NAMES.get(key) ?? `key${key}`;
}
function keyNumber(text2) {
  const known = SVC_KEYS.get(text2);
  if (known !== void 0) return known;
  const m = /^key([0-9]{1,5})$/.exec(text2);
  return m && Number(m[1]) <= 65535 ? Number(m[1]) : void 0;
}
function splitList(v, escapes, fail) {
  const items = [];
  let cur = "";
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === ",") {
      items.push(cur);
      cur = "";
    } else if (c === "\\" && escapes) {
      const next = v[i + 1];
      if (next !== "," && next !== "\\") fail(`a backslash in a list item must escape ',' or '\\'`);
      cur += next;
      i++;
    } else {
      cur += c;
    }
  }
  items.push(cur);
  if (items.some((s) => s === "")) fail("the list has an empty item");
  return items;
}
function addresses(bytes2, kind) {
  return (v, fail) => Uint8Array.from(
    Buffer.concat(
      splitList(v, false, fail).map((a) => bytes2(a) ?? fail(`'${a}' is not an ${kind} address`))
    )
  );
}
var latin1 = (s) => Uint8Array.from(Buffer.from(s, "latin1"));
var VALUE = /* @__PURE__ */ new Map([
  [0, (v, fail) => {
    const keys = splitList(v, false, fail).map((k) => keyNumber(k) ?? fail(`'${k}' is not a SvcParamKey`));
    if (keys.includes(0)) fail(`'mandatory' cannot list itself`);
    if (new Set(keys).size !== keys.length) fail("a key is listed twice");
    const out = Buffer.alloc(keys.length * 2);
    keys.sort((a, b) => a - b).forEach((k, i) => out.writeUInt16BE(k, i * 2));
    return Uint8Array.from(out);
  }],
  [1, (v, fail) => {
    const ids = splitList(v, true, fail);
    const long = ids.find((s) => s.length > 255);
    if (long !== void 0) fail(`the protocol id '${abbreviate(long)}' is longer than 255 octets`);
    return latin1(ids.map((s) => String.fromCharCode(s.length) + s).join(""));
  }],
  [2, null],
  [3, (v, fail) => {
    if (!/^[0-9]+$/.test(v) || Number(v) > 65535) fail(`'${v}' is not a port number`);
    return Uint8Array.of(Number(v) >> 8, Number(v) & 255);
  }],
  [4, addresses(parseIPv4, "IPv4")],
  [5, (v, fail) => {
    if (!BASE64.test(v)) fail(`'${abbreviate(v)}' is not base64`);
    return Uint8Array.from(Buffer.from(v, "base64"));
  }],
  [6, addresses(parseIPv6, "IPv6")],
  [7, (v) => latin1(v)],
  [8, null]
]);
function validValue(key, value) {
  switch (key) {
    case 0:
      if (value.length === 0 || value.length % 2 !== 0) return false;
      for (let i = 2; i < value.length; i += 2) if ((value[i - 2] << 8 | value[i - 1]) >= (value[i] << 8 | value[i + 1])) return false;
      return true;
    case 1:
      if (value.length === 0) return false;
      for (let i = 0; i < value.length; i += value[i] + 1) if (value[i] === 0 || i + 1 + value[i] > value.length) return false;
      return true;
    case 2:
      return value.length === 0;
    case 3:
      return value.length === 2;
    case 4:
      return value.length > 0 && value.length % 4 === 0;
    case 6:
      return value.length > 0 && value.length % 16 === 0;
    case 7:
      return value[0] === 47 && Buffer.from(value).includes("{?dns}") && (0, import_node_buffer.isUtf8)(value);
    default:
      return true;
  }
}
function valueField(cur, field, at) {
  const text2 = field.text.slice(at);
  const next = cur.fields[cur.i];
  if (text2 === "" && next?.quoted && next.span.source === field.span.source && next.span.start === field.span.end) {
    cur.i++;
    return next;
  }
  const start = field.span.start + at;
  if (text2.length >= 2 && text2.startsWith('"') && text2.endsWith('"')) {
    return { text: text2.slice(1, -1), quoted: true, span: { source: field.span.source, start, end: field.span.end } };
  }
  return { text: text2, quoted: false, span: { source: field.span.source, start, end: field.span.end } };
}
function param(cur) {
  const index = cur.i;
  const field = cur.token();
  const eq = field.text.indexOf("=");
  const keyText = eq === -1 ? field.text : field.text.slice(0, eq);
  const key = keyNumber(keyText);
  const fail = (why) => {
    throw new RdataError("bad-svcparam", `${cur.label} '${abbreviate(field.text)}': ${why}.`, index);
  };
  if (key === void 0) fail(`'${keyText}' is not a SvcParamKey (registered names are lower case; others are written keyNNNNN)`);
  const k = key;
  const parser = keyText.startsWith("key") ? void 0 : VALUE.get(k);
  const generic2 = (value2) => {
    if (!validValue(k, value2)) fail(`${value2.length === 0 ? "an empty value" : "the value"} is not the wire form of '${svcKeyName(k)}'`);
    return { key: k, value: value2, field: index };
  };
  if (eq === -1) {
    if (parser) fail("this key needs a value");
    return generic2(new Uint8Array(0));
  }
  if (parser === null) fail("this key takes no value");
  const vf = valueField(cur, field, eq + 1);
  const v = decodeField(vf, index, `${cur.label} ${keyText}`).value;
  if (!parser) return generic2(latin1(v));
  if (v === "" && k !== 5) fail("the value is empty");
  const value = parser(v, fail);
  if (!validValue(k, value)) fail(`'${abbreviate(v)}' is not a valid ${svcKeyName(k)}`);
  return { key: k, value, field: index };
}
var svcParams = {
  min: 0,
  parse(cur) {
    const params = [];
    while (!cur.done) params.push(param(cur));
    const seen = /* @__PURE__ */ new Set();
    for (const p of params) {
      if (seen.has(p.key)) throw new RdataError("bad-svcparam", `${cur.label} '${svcKeyName(p.key)}' is given twice.`, p.field);
      seen.add(p.key);
    }
    const mandatory = params.find((p) => p.key === 0);
    for (let i = 0; mandatory && i < mandatory.value.length; i += 2) {
      const k = mandatory.value[i] << 8 | mandatory.value[i + 1];
      if (!seen.has(k)) throw new RdataError("bad-svcparam", `${cur.label} 'mandatory' lists '${svcKeyName(k)}', which the record does not have.`, mandatory.field);
    }
    const noDefault = params.find((p) => p.key === 2);
    if (noDefault && !seen.has(1)) throw new RdataError("bad-svcparam", `${cur.label} 'no-default-alpn' needs an 'alpn' parameter beside it.`, noDefault.field);
    return params.sort((a, b) => a.key - b.key);
  },
  /** The params of `\#` data end the rdata: keys ascending, each value its key's wire form. */
  end(wire, at) {
    let last = -1;
    while (at < wire.length) {
      if (at + 4 > wire.length) return -1;
      const key = wire[at] << 8 | wire[at + 1];
      const length = wire[at + 2] << 8 | wire[at + 3];
      if (key <= last || at + 4 + length > wire.length || !validValue(key, wire.subarray(at + 4, at + 4 + length))) return -1;
      last = key;
      at += 4 + length;
    }
    return at;
  },
  encode(params, out) {
    for (const p of params) {
      out.u16(p.key);
      out.u16(p.value.length);
      out.bytes(p.value);
    }
  }
};

// src/zone/rdata/schema.ts
function f(key, codec) {
  return { key, codec };
}
var algorithm = uint(8, ALGORITHMS);
var digest = (key, at, octets) => hexBlob({ key, at, octets });
var target = [f("target", name)];
var text = [f("strings", charStrings)];
var dnskey = [f("flags", u16), f("protocol", u8), f("algorithm", algorithm), f("publicKey", base64())];
var rkey = [f("flags", rkeyFlags), f("protocol", u8), f("algorithm", algorithm), f("publicKey", base64())];
var ds = [f("keyTag", u16), f("algorithm", algorithm), f("digestType", u8), f("digest", digest("digestType", 3, { 1: 20, 2: 32, 4: 48 }))];
var tlsa = [f("usage", u8), f("selector", u8), f("matchingType", u8), f("data", hex)];
var sigHead = [
  f("typeCovered", rrType),
  f("algorithm", algorithm),
  f("labels", u8),
  f("originalTtl", ttl),
  f("expiration", sigTime),
  f("inception", sigTime),
  f("keyTag", u16)
];
var rrsig = [...sigHead, f("signer", signer), f("signature", base64())];
var sig = [...sigHead, f("signer", name), f("signature", base64())];
var svcb = [f("priority", u16), f("target", name), f("params", svcParams)];
var preferred = (key) => [f("preference", u16), f(key, name)];
var SCHEMA = {
  A: { fields: [f("address", ipv4)] },
  AAAA: { fields: [f("address", ipv6)] },
  A6: { fields: [f("address", a6Address)] },
  NS: { fields: target },
  CNAME: { fields: target },
  DNAME: { fields: target },
  PTR: { fields: target },
  ALIAS: { fields: target },
  MB: { fields: target },
  MD: { fields: target },
  MF: { fields: target },
  MG: { fields: target },
  MR: { fields: target },
  MX: { fields: preferred("exchange") },
  RT: { fields: preferred("intermediate") },
  KX: { fields: preferred("exchanger") },
  LP: { fields: preferred("fqdn") },
  AFSDB: { fields: [f("subtype", u16), f("hostname", name)] },
  MINFO: { fields: [f("rmailbx", name), f("emailbx", name)] },
  RP: { fields: [f("mailbox", name), f("txtDomain", name)] },
  TALINK: { fields: [f("previous", name), f("next", name)] },
  PX: { fields: [f("preference", u16), f("map822", name), f("mapx400", name)] },
  TXT: { fields: text },
  SPF: { fields: text },
  WALLET: { fields: text },
  RESINFO: { fields: text },
  NINFO: { fields: text },
  AVC: { fields: text },
  HINFO: { fields: [f("cpu", charString), f("os", charString)] },
  X25: { fields: [f("address", psdnAddress)] },
  ATMA: { fields: [f("address", atmAddress)] },
  WKS: { fields: [f("address", ipv4), f("protocol", wksProtocol), f("services", wksServices)] },
  ISDN: { fields: [f("address", charString), f("subaddress", optional(charString))] },
  GPOS: { fields: [f("longitude", charString), f("latitude", charString), f("altitude", charString)] },
  SINK: { fields: [f("meaning", u8), f("coding", u8), f("subcoding", u8), f("data", base64(true))] },
  DOA: { fields: [f("enterprise", u32), f("doaType", u32), f("location", u8), f("mediaType", charString), f("data", base64OrDash)] },
  NSAP: { fields: [f("address", nsapAddress)] },
  SOA: {
    fields: [
      f("mname", name),
      f("rname", name),
      f("serial", u32),
      f("refresh", ttl),
      f("retry", ttl),
      f("expire", ttl),
      f("minimum", ttl)
    ]
  },
  SRV: { fields: [f("priority", u16), f("weight", u16), f("port", u16), f("target", name)] },
  NAPTR: {
    fields: [
      f("order", u16),
      f("preference", u16),
      f("flags", charString),
      f("services", charString),
      f("regexp", charString),
      f("replacement", name)
    ]
  },
  CAA: { fields: [f("flags", u8), f("tag", tag), f("value", lastString)] },
  URI: { fields: [f("priority", u16), f("weight", u16), f("target", quotedLastString)] },
  TLSA: { fields: tlsa },
  SMIMEA: { fields: tlsa },
  SSHFP: { fields: [f("algorithm", u8), f("fingerprintType", u8), f("fingerprint", digest("fingerprintType", 1, { 1: 20, 2: 32 }))] },
  DS: { fields: ds },
  CDS: { fields: ds },
  DLV: { fields: ds },
  TA: { fields: ds },
  DNSKEY: { fields: dnskey },
  CDNSKEY: { fields: dnskey },
  KEY: { fields: dnskey },
  RKEY: { fields: rkey },
  RRSIG: { fields: rrsig },
  SIG: { fields: sig },
  NSEC: { fields: [f("next", name), f("types", nsecBitmap)] },
  NXT: { fields: [f("next", name), f("types", nxtTypes)] },
  NSEC3: {
    fields: [
      f("hashAlgorithm", u8),
      f("flags", u8),
      f("iterations", u16),
      f("salt", salt),
      f("nextHashed", base32hex),
      f("types", typeBitmap)
    ]
  },
  NSEC3PARAM: { fields: [f("hashAlgorithm", u8), f("flags", u8), f("iterations", u16), f("salt", salt)] },
  CSYNC: { fields: [f("serial", u32), f("flags", u16), f("types", typeBitmap)] },
  ZONEMD: { fields: [f("serial", u32), f("scheme", u8), f("hashAlgorithm", u8), f("digest", digest("hashAlgorithm", 5, { 1: 48, 2: 64 }))] },
  CERT: { fields: [f("certType", uint(16, CERT_TYPES)), f("keyTag", u16), f("algorithm", algorithm), f("certificate", base64())] },
  DHCID: { fields: [f("data", base64())] },
  OPENPGPKEY: { fields: [f("publicKey", base64())] },
  HHIT: { fields: [f("data", base64())] },
  BRID: { fields: [f("data", base64())] },
  IPSECKEY: {
    fields: [f("precedence", u8), f("gatewayType", u8), f("algorithm", u8), f("gateway", gateway("gatewayType")), f("publicKey", base64())]
  },
  AMTRELAY: { fields: [f("precedence", u8), f("discovery", discoveryBit), f("relayType", relayType), f("relay", gateway("relayType", "opaque"))] },
  HIP: { fields: [f("key", hipKey), f("rendezvousServers", names)] },
  APL: { fields: [f("items", aplItems)] },
  LOC: {
    fields: [
      f("version", zero),
      f("latitude", coordinate(90, "N", "S")),
      f("longitude", coordinate(180, "E", "W")),
      f("altitude", altitude),
      f("size", precision(100)),
      f("horizontalPrecision", precision(1e6)),
      f("verticalPrecision", precision(1e3))
    ],
    wire: ["version", "size", "horizontalPrecision", "verticalPrecision", "latitude", "longitude", "altitude"],
    // A version other than 0 has no known layout (RFC 1876 §2): BIND keeps its octets unread.
    opaque: (wire) => wire.length > 0 && wire[0] !== 0
  },
  EUI48: { fields: [f("address", hexGroups(6, 2, "-", true))] },
  EUI64: { fields: [f("address", hexGroups(8, 2, "-", true))] },
  EID: { fields: [f("endpoint", hex)] },
  NIMLOC: { fields: [f("locator", hex)] },
  NID: { fields: [f("preference", u16), f("nodeId", hexGroups(4, 4, ":"))] },
  L64: { fields: [f("preference", u16), f("locator", hexGroups(4, 4, ":"))] },
  L32: { fields: [f("preference", u16), f("locator", ipv4)] },
  DSYNC: { fields: [f("rrtype", rrType), f("scheme", uint(8, DSYNC_SCHEMES)), f("port", u16), f("target", name)] },
  SVCB: { fields: svcb },
  HTTPS: { fields: svcb }
};
function typeSpec(type) {
  return Object.prototype.hasOwnProperty.call(SCHEMA, type) ? SCHEMA[type] : void 0;
}
function minWire(spec) {
  return spec.fields.reduce((n, s) => n + s.codec.min, 0);
}

// src/zone/rdata/index.ts
var PLANS = /* @__PURE__ */ new Map();
function planOf(type) {
  let plan = PLANS.get(type);
  if (plan === void 0) {
    const n = typeNumber(type);
    const mnemonic = n === void 0 ? type : typeName(n);
    const spec = n === void 0 ? void 0 : typeSpec(mnemonic);
    plan = { n, mnemonic, spec, labels: spec ? spec.fields.map((f2) => fieldLabel(mnemonic, f2.key)) : [] };
    if (PLANS.size < 1024) PLANS.set(type, plan);
  }
  return plan;
}
function generic(cur, label) {
  cur.i = 1;
  cur.label = `${label} generic rdata length`;
  const lengthIndex = cur.i;
  const length = parseDecimal(cur.text(), 65535, cur.label, lengthIndex);
  let digits = "";
  while (!cur.done) {
    const t = cur.text();
    if (!/^[0-9a-fA-F]*$/.test(t)) cur.fail("bad-hex", `${label} generic rdata '${abbreviate(t)}' is not hexadecimal.`);
    digits += t;
  }
  if (digits.length % 2 !== 0) cur.fail("bad-hex", `${label} generic rdata has an odd number of hex digits.`);
  if (digits.length / 2 !== length) {
    throw new RdataError("generic-length", `${label} generic rdata is declared as ${length} octets but ${digits.length / 2} are given.`, lengthIndex);
  }
  return Uint8Array.from(Buffer.from(digits, "hex"));
}
function wireFits(spec, wire) {
  if (spec.opaque?.(wire)) return true;
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  let at = 0;
  for (const key of spec.wire ?? byKey.keys()) {
    const field = byKey.get(key);
    if (!field?.codec.end) return true;
    at = field.codec.end(wire, at);
    if (at === -1) return false;
  }
  return at === wire.length;
}
var GENERIC_ONLY = /* @__PURE__ */ new Set(["NULL", "UINFO", "UID", "GID", "UNSPEC"]);
function isGeneric(fields) {
  return fields.length > 0 && !fields[0].quoted && fields[0].text === "\\#";
}
function parseRdata(type, fields, origin) {
  const { n, mnemonic, spec, labels } = planOf(type);
  if (n === void 0) return { ok: false, error: { code: "unknown-type", message: `'${type}' is not a known record type.`, field: 0 } };
  if (isMetaType(n)) return { ok: false, error: { code: "meta-type", message: `${mnemonic} is a meta type: it exists only in DNS messages, never as a record in a zone.`, field: 0 } };
  const cur = new Cursor(fields, origin);
  try {
    if (isGeneric(fields)) {
      const wire = generic(cur, mnemonic);
      if (spec && wire.length < minWire(spec) && !spec.opaque?.(wire)) {
        throw new RdataError("generic-length", `${mnemonic} generic rdata of ${wire.length} octets is too short for a ${mnemonic} record.`, 1);
      }
      if (spec && !wireFits(spec, wire)) {
        throw new RdataError("bad-generic", `${mnemonic} generic rdata is not a ${mnemonic} record in wire form (BIND decodes it and refuses it).`, 1);
      }
      return { ok: true, rdata: { type: "unknown", rrtype: n, wire } };
    }
    if (!spec) {
      if (mnemonic.startsWith("TYPE") || GENERIC_ONLY.has(mnemonic)) {
        throw new RdataError("generic-required", `${mnemonic} has no known presentation form; write its rdata as \\# <length> <hex>.`, 0);
      }
      return { ok: true, rdata: { type: "unknown", rrtype: n, wire: null } };
    }
    const compact = mnemonic === "TXT" ? CompactTxt.read(fields) : void 0;
    if (compact) return { ok: true, rdata: compact };
    const record = { type: mnemonic };
    for (let k = 0; k < spec.fields.length; k++) {
      cur.label = labels[k];
      record[spec.fields[k].key] = spec.fields[k].codec.parse(cur, record);
    }
    if (!cur.done) cur.fail("unexpected-field", `${mnemonic} has an unexpected extra value '${abbreviate(fields[cur.i].text)}'.`, 0);
    return { ok: true, rdata: record };
  } catch (e) {
    if (e instanceof RdataError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
}
function rdataToWire(rdata) {
  if (rdata.type === "unknown") return rdata.wire;
  const spec = typeSpec(rdata.type);
  if (!spec) throw new Error(`no field table for ${rdata.type}`);
  const record = rdata;
  const out = new Writer();
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  for (const key of spec.wire ?? spec.fields.map((s) => s.key)) {
    const s = byKey.get(key);
    s?.codec.encode(record[key], out, record);
  }
  return out.finish();
}
var CompactTxt = class _CompactTxt {
  constructor(text2, ends) {
    this.text = text2;
    this.ends = ends;
  }
  text;
  ends;
  type = "TXT";
  /**
   * The rdata of a TXT record's fields when each is a valid character-string written verbatim;
   * undefined for the codecs to type (escapes) or refuse (no string, one too long).
   */
  static read(fields) {
    const n = fields.length;
    if (n === 0) return void 0;
    const ends = n > 1 ? new Array(n - 1) : void 0;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const field = fields[i];
      if (field.text.length > CHAR_STRING_MAX || !isVerbatim(field)) return void 0;
      at += field.text.length;
      if (ends !== void 0 && i < n - 1) ends[i] = at;
    }
    return new _CompactTxt(n === 1 ? fields[0].text : fields.map((f2) => f2.text).join(""), ends);
  }
  /** The character-strings, made from the text (string i is field i, written verbatim). */
  get strings() {
    const ends = this.ends;
    if (ends === void 0) return [{ value: this.text, field: 0 }];
    const out = [];
    for (let i = 0, from = 0; i <= ends.length; i++) {
      const to = i < ends.length ? ends[i] : this.text.length;
      out.push({ value: this.text.slice(from, to), field: i });
      from = to;
    }
    return out;
  }
};

// src/zone/generate.ts
var GENERATE_LIMIT = 65536;
var MAX_WIDTH = 255;
function expandGenerate(tokens) {
  const fail = (code, message, at) => ({ ok: false, code, message, start: at.start, end: at.end });
  if (tokens.length < 4) {
    const at = tokens[tokens.length - 1] ?? { start: 0, end: 0 };
    return fail("bad-generate", "expected `$GENERATE range owner [ttl] [class] type rdata`", at);
  }
  const range = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(tokens[0].text);
  if (!range) return fail("bad-generate-range", `range '${tokens[0].text}' is not start-stop or start-stop/step`, tokens[0]);
  const from = Number(range[1]);
  const to = Number(range[2]);
  const step = range[3] === void 0 ? 1 : Number(range[3]);
  if (from > to || step < 1 || to > 4294967295) return fail("bad-generate-range", `range '${tokens[0].text}' must run upwards with a step of at least 1`, tokens[0]);
  const count = Math.floor((to - from) / step) + 1;
  if (count > GENERATE_LIMIT) return fail("generate-too-large", `range '${tokens[0].text}' makes ${count} records; more than ${GENERATE_LIMIT} is refused`, tokens[0]);
  const lhs = tokens[1];
  let i = 2;
  let ttl2;
  let ttlSpan;
  for (let k = 0; k < 2 && i < tokens.length - 2; k++) {
    const text2 = tokens[i].text;
    if (ttl2 === void 0 && /^\d/.test(text2)) {
      const parsed = parseTtl(text2);
      if (!parsed.ok) return fail(parsed.code, parsed.message, tokens[i]);
      ttl2 = parsed.value;
      ttlSpan = tokens[i];
      i++;
    } else if (/^in$/i.test(text2)) i++;
    else break;
  }
  const typeToken = tokens[i];
  const rhsTokens = tokens.slice(i + 1);
  if (rhsTokens.length === 0) return fail("bad-generate", "the rdata template is missing", typeToken);
  if (rhsTokens.length > 1) {
    return fail("bad-generate", `the rdata template is one token: quote rdata with blanks ("${rhsTokens.map((t) => t.text).join(" ")}")`, { start: rhsTokens[1].start, end: rhsTokens[rhsTokens.length - 1].end });
  }
  const rhs = rhsTokens[0].text;
  const rdataSpan = { start: rhsTokens[0].start, end: rhsTokens[0].end };
  const records = [];
  for (let n = from; n <= to; n += step) {
    const owner = substitute(lhs.text, n);
    if (typeof owner !== "string") return fail("bad-generate-template", owner.error, lhs);
    const data = substitute(rhs, n);
    if (typeof data !== "string") return fail("bad-generate-template", data.error, rdataSpan);
    records.push({ owner, ttl: ttl2, type: typeToken.text, rdata: splitFields(data) });
  }
  return { ok: true, records, ownerSpan: lhs, ttlSpan, typeSpan: typeToken, rdataSpan };
}
function splitFields(text2) {
  const lexer = new Lexer(new SourceText("", text2, "octets"), void 0, () => void 0);
  const entry = new Entry();
  const out = [];
  while (lexer.next(entry)) for (let i = 0; i < entry.count; i++) out.push({ text: lexer.tokenText(entry, i), quoted: entry.quoted[i] });
  return out;
}
function substitute(template, n) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "\\" && template[i + 1] === "$") {
      out += "\\$";
      i++;
      continue;
    }
    if (c !== "$") {
      out += c;
      continue;
    }
    if (template[i + 1] !== "{") {
      out += String(n);
      continue;
    }
    const close = template.indexOf("}", i);
    if (close === -1) return { error: `'\${' without a closing '}' in '${template}'` };
    const spec = /^([+-]?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(template.slice(i + 2, close));
    if (!spec) return { error: `'${template.slice(i, close + 1)}' is not \${offset[,width[,base]]} with base d, o, x, X, n or N` };
    const width = Number(spec[2] ?? 0);
    if (width > MAX_WIDTH) return { error: `width ${spec[2]} in '${template.slice(i, close + 1)}' is over ${MAX_WIDTH}` };
    out += format(n + Number(spec[1]), width, spec[3] ?? "d");
    i = close;
  }
  return out;
}
function format(value, width, base) {
  if (base === "n" || base === "N") {
    let out = "";
    let v = value;
    for (let w = width; ; ) {
      out += (v & 15).toString(16);
      v = Math.floor(v / 16);
      if (--w <= 0 && v === 0) break;
      out += ".";
      if (--w <= 0 && v === 0) break;
    }
    return base === "N" ? out.toUpperCase() : out;
  }
  const radix = base === "o" ? 8 : base === "d" ? 10 : 16;
  const text2 = Math.abs(value).toString(radix).padStart(width, "0");
  const signed = value < 0 ? "-" + text2 : text2;
  return base === "X" ? signed.toUpperCase() : signed;
}

// src/input/limits.ts
var DEFAULT_LIMITS = {
  records: 5e6,
  bytes: 1024 * 1024 * 1024,
  fileBytes: 256 * 1024 * 1024,
  inclusions: 1e3,
  generatedRecords: 65536,
  yamlAliasNodes: 1e4,
  nestingDepth: 64,
  findingsPerFile: 1e4,
  findingsPerRun: 1e5
};
var LIMIT_NAMES = Object.keys(DEFAULT_LIMITS);
var Budget = class {
  limits;
  used = /* @__PURE__ */ new Map();
  constructor(limits = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }
  /** Counts `amount` against `name`; false (and nothing counted) when it would pass the limit. */
  take(name2, amount = 1) {
    const used = this.used.get(name2) ?? 0;
    if (used + amount > this.limits[name2]) return false;
    this.used.set(name2, used + amount);
    return true;
  }
  /** The message of a limit reached, naming the configuration key that raises it. */
  message(name2, what, consequence = "so mxlint stops reading here") {
    return `${what}: the limit of ${this.limits[name2].toLocaleString("en-US")} is reached, ${consequence} (raise "limits": { "${name2}": \u2026 } in the configuration if this repository really needs more)`;
  }
};

// src/input/safe-files.ts
var import_node_fs3 = require("node:fs");
var import_node_path = require("node:path");
function isInside(root, path) {
  const rel = (0, import_node_path.relative)(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(".." + import_node_path.sep) || (0, import_node_path.isAbsolute)(rel));
}
function inGitDir(path) {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}
function realpathOrUndefined(path) {
  try {
    return import_node_fs3.realpathSync.native(path);
  } catch {
    return void 0;
  }
}
var NOT_REGULAR_REASON = "is not a regular file (a device, a FIFO or a socket); mxlint reads regular files only";
function readRegularFile(path, opts) {
  let real = path;
  if (opts.root !== void 0) {
    const resolved = realpathOrUndefined(path);
    if (resolved === void 0) return { ok: false, code: "not-found", reason: "does not exist" };
    real = resolved;
    const root = realpathOrUndefined(opts.root) ?? opts.root;
    if (!isInside(root, real)) return { ok: false, code: "outside", reason: `resolves to ${real}, outside ${root}` };
    if (inGitDir((0, import_node_path.relative)(root, real))) return { ok: false, code: "git-dir", reason: "is inside .git/, which mxlint never reads" };
  }
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(real, import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (opts.root === void 0 && (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP")) return { ok: false, code: "not-found", reason: "does not exist" };
    return { ok: false, code: "not-found", reason: `cannot be opened (${code ?? "error"})` };
  }
  try {
    const stat = (0, import_node_fs3.fstatSync)(fd);
    if (!stat.isFile()) return { ok: false, code: "not-regular", reason: NOT_REGULAR_REASON };
    if (stat.size > opts.maxBytes && opts.head === void 0) {
      return { ok: false, code: "too-large", reason: `is ${stat.size.toLocaleString("en-US")} octets, over the limit of ${opts.maxBytes.toLocaleString("en-US")}` };
    }
    const size = Math.min(stat.size, opts.head ?? stat.size);
    const bytes2 = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = (0, import_node_fs3.readSync)(fd, bytes2, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got < size ? bytes2.subarray(0, got) : bytes2 };
  } catch (error) {
    return { ok: false, code: "not-found", reason: `cannot be read (${error.code ?? "error"})` };
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}

// src/zone/reader.ts
var TokenField = class {
  constructor(text2, quoted, source, start, end) {
    this.text = text2;
    this.quoted = quoted;
    this.source = source;
    this.start = start;
    this.end = end;
  }
  text;
  quoted;
  source;
  start;
  end;
  get span() {
    return { source: this.source, start: this.start, end: this.end };
  }
};
function unquoted(source, start, end) {
  return source.charCodeAt(start) === 34 ? source.slice(start + 1, end - 1) : source.slice(start, end);
}
var TokenStore = class {
  constructor(source) {
    this.source = source;
  }
  source;
  /** Start and end offset of each field, in fixed chunks so that growing never copies. */
  chunks = [];
  size = 0;
  add(entry, from) {
    const first = this.size;
    for (let i = from; i < entry.count; i++) {
      const at = this.size & FIELD_CHUNK - 1;
      let chunk = this.chunks[this.chunks.length - 1];
      if (at === 0) {
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
  ownerName(start, end, origin) {
    const text2 = this.source.slice(start, end);
    const name2 = parseName(text2, origin);
    return name2.ok ? name2.name : text2;
  }
  /** The offsets, for another thread to adopt; the store is not used afterwards. */
  portable() {
    return { chunks: this.chunks, size: this.size };
  }
  /** Appends fields read by another thread; returns how far their indices moved. */
  adopt(fields) {
    const shift = this.chunks.length * FIELD_CHUNK;
    for (const chunk of fields.chunks) this.chunks.push(chunk);
    this.size = shift + fields.size;
    return shift;
  }
  fieldText(index) {
    const chunk = this.chunks[index >> FIELD_CHUNK_BITS];
    const at = index & FIELD_CHUNK - 1;
    return unquoted(this.source, chunk[2 * at], chunk[2 * at + 1]);
  }
  fields(first, count) {
    const out = [];
    const source = this.source;
    for (let i = first; i < first + count; i++) {
      const chunk = this.chunks[i >> FIELD_CHUNK_BITS];
      const at = i & FIELD_CHUNK - 1;
      const start = chunk[2 * at];
      const end = chunk[2 * at + 1];
      out.push(new TokenField(unquoted(source, start, end), source.charCodeAt(start) === 34, source, start, end));
    }
    return out;
  }
};
var FIELD_CHUNK_BITS = 15;
var FIELD_CHUNK = 1 << FIELD_CHUNK_BITS;
var FIRST_FIELDS = 256;
var ScratchFields = class {
  pool = [];
  /** For each small field count, a list of that many pooled fields: refilled, never resized. */
  lists = new Array(LISTED_COUNTS + 1);
  fill(lexer, entry, from, source) {
    const count = entry.count - from;
    while (this.pool.length < count) this.pool.push(new TokenField("", false, source, 0, 0));
    for (let f2 = from; f2 < entry.count; f2++) {
      const field = this.pool[f2 - from];
      field.text = lexer.tokenText(entry, f2);
      field.quoted = entry.quoted[f2];
      field.source = source;
      field.start = entry.starts[f2];
      field.end = entry.ends[f2];
    }
    if (count > LISTED_COUNTS) return this.pool.slice(0, count);
    return this.lists[count] ??= this.pool.slice(0, count);
  }
};
var LISTED_COUNTS = 32;
var NeedsWholeFile = class extends Error {
};
var MAX_TTL = 2147483647;
var UNKNOWN_OWNER = -2;
var ZoneReader = class {
  constructor(options) {
    this.options = options;
    this.budget = options.budget ?? new Budget();
  }
  options;
  records = new SplitRecordTable();
  diagnostics = [];
  comments = new CommentStore();
  files = [];
  defaultTtl;
  lastTtl;
  warnedRfc1035Ttl = false;
  firstOrigin;
  includeStack = [];
  /** The first file's resolved path, made on the first `$INCLUDE`. */
  firstReal;
  generated = new ArrayRdataStore();
  scratch = new ScratchFields();
  /** Each way a type is written, with its number and mnemonic (undefined: no type). */
  types = /* @__PURE__ */ new Map();
  /** Reading part of a file in another thread: $INCLUDE and $GENERATE need the whole file in order. */
  regionOnly = false;
  budget;
  /** A limit of the budget was reached: nothing more of this zone is read. */
  stopped = false;
  /** Diagnostics past the per-file limit, counted but not kept. */
  dropped = 0;
  typeOf(text2) {
    if (this.types.has(text2)) return this.types.get(text2);
    const code = typeNumber(text2);
    const type = code === void 0 ? void 0 : { code, name: typeName(code) };
    this.types.set(text2, type);
    return type;
  }
  realRoot;
  /** The folder `$INCLUDE` must stay inside, resolved on the first `$INCLUDE` (most zones have none). */
  get root() {
    return this.realRoot ??= realpathOrUndefined((0, import_node_path2.resolve)(this.options.root)) ?? (0, import_node_path2.resolve)(this.options.root);
  }
  diagnostic(source, code, message, start, end, severity = "error") {
    if (this.diagnostics.length >= this.budget.limits.findingsPerFile) {
      this.dropped++;
      return;
    }
    this.diagnostics.push({ ruleId: `syntax/${code}`, severity, message, span: { source, start, end } });
  }
  zoneOrigin(records) {
    const soa = records.find((r) => r.type === "SOA");
    return soa?.owner ?? this.options.origin ?? this.firstOrigin ?? ".";
  }
  /** The file's text, or why it was not read. The bytes are not kept: only the text is. */
  load(absolutePath, root, known) {
    const display = this.displayPath(absolutePath);
    let bytes2;
    if (known) bytes2 = known;
    else if (this.options.readFile) {
      bytes2 = this.options.readFile(absolutePath);
      if (!bytes2) return { code: "not-found", reason: "does not exist" };
    } else {
      const read2 = readRegularFile(absolutePath, { root, maxBytes: this.budget.limits.fileBytes });
      if (!read2.ok) return { code: read2.code === "too-large" ? "limit-file-bytes" : read2.code, reason: read2.reason };
      bytes2 = read2.bytes;
    }
    if (bytes2.byteLength > this.budget.limits.fileBytes) return { code: "limit-file-bytes", reason: this.budget.message("fileBytes", `${bytes2.byteLength} octets`) };
    if (!this.budget.take("bytes", bytes2.byteLength)) return { code: "limit-bytes", reason: this.budget.message("bytes", "octets read in this run") };
    return SourceText.fromBytes(display, crOnlyToLf(bytes2));
  }
  /** Stops reading the zone at a limit, with one diagnostic where it was reached. */
  limitReached(source, name2, what, start, end) {
    this.stopped = true;
    this.diagnostic(source, `limit-${name2.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())}`, this.budget.message(name2, what), start, end);
  }
  readFile(absolutePath, origin, source, split) {
    this.files.push(source);
    this.includeStack.push(absolutePath);
    const state = { source, absolutePath, origin, ownerStart: -1, ownerEnd: -1 };
    const store = new TokenStore(source);
    const report = (p) => this.diagnostic(source, p.code, p.message, p.start, p.end);
    const predicted = split?.begin(origin);
    const lexer = new Lexer(source, this.comments, report, 0, predicted || split?.lost ? split?.at : Infinity);
    this.readEntries(state, lexer, store);
    if (split && predicted) {
      const agrees = !lexer.crossed && lexer.offset === split.at && state.origin === predicted.origin && this.defaultTtl === predicted.defaultTtl;
      if (agrees) this.records.makeViews();
      const expected = Math.floor(this.records.length * (source.length - split.at) / split.at);
      const region = split.finish(agrees, () => this.records.makeAhead(expected));
      if (region) {
        this.adoptRegion(region, source, store);
        state.origin = region.origin;
        this.defaultTtl = region.defaultTtl;
      } else if (!split.lost) {
        this.records.discardAhead();
        lexer.unlimit();
        this.readEntries(state, lexer, store);
      }
    }
    if (split?.lost) {
      this.diagnostic(source, "unreadable", `the file changed while mxlint read it: from here on it was not read (${split.lost})`, split.at, split.at);
    }
    this.includeStack.pop();
  }
  /** Reads a file from `from` on, in another thread, starting in `start` (see split.ts). */
  readRegion(source, from, start) {
    this.regionOnly = true;
    this.defaultTtl = start.defaultTtl;
    const state = { source, absolutePath: "", origin: start.origin, ownerStart: UNKNOWN_OWNER, ownerEnd: -1 };
    const store = new TokenStore(source);
    const comments = new CommentStore();
    const lexer = new Lexer(source, comments, (p) => this.diagnostic(source, p.code, p.message, p.start, p.end), from);
    try {
      this.readEntries(state, lexer, store);
    } catch (e) {
      if (e instanceof NeedsWholeFile) return void 0;
      throw e;
    }
    return {
      records: this.records.portable(),
      fields: store.portable(),
      comments: comments.portable(),
      diagnostics: this.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, start: d.span.start, end: d.span.end })),
      origin: state.origin,
      defaultTtl: this.defaultTtl
    };
  }
  adoptRegion(region, source, store) {
    const shift = store.adopt(region.fields);
    this.records.adopt(region.records, source, store, shift);
    this.comments.adopt(region.comments, source);
    for (const d of region.diagnostics) this.diagnostic(source, d.ruleId.slice("syntax/".length), d.message, d.start, d.end, d.severity);
  }
  readEntries(state, lexer, store) {
    const source = state.source;
    const entry = new Entry();
    let cachedOwnerText = "";
    let cachedOwnerOrigin;
    const octets = source.bytes;
    while (!this.stopped && lexer.next(entry)) {
      const ownerStart = entry.starts[0];
      if (!entry.blankOwner && octets[ownerStart] === 36) {
        this.directive(state, lexer, entry, lexer.tokenText(entry, 0).toUpperCase());
        continue;
      }
      let i = 0;
      let ownerEnd = ownerStart;
      if (!entry.blankOwner) {
        i = 1;
        ownerEnd = entry.ends[0];
        if (ownerEnd - ownerStart === cachedOwnerText.length && state.origin === cachedOwnerOrigin && startsWith(octets, ownerStart, cachedOwnerText) && !entry.quoted[0]) {
          state.ownerStart = ownerStart;
          state.ownerEnd = ownerEnd;
        } else {
          const firstText = lexer.tokenText(entry, 0);
          if (state.origin === void 0 && firstText !== "@" && !firstText.endsWith(".")) {
            this.noOrigin(source, ownerStart, ownerEnd);
            state.ownerStart = -1;
            continue;
          }
          const problem = entry.quoted[0] ? "an owner name cannot be a quoted string" : nameProblem(firstText, state.origin ?? ".");
          if (problem !== void 0) {
            this.diagnostic(source, "bad-owner", `owner '${source.display(firstText)}': ${problem}`, ownerStart, ownerEnd);
            state.ownerStart = -1;
            continue;
          }
          if (firstText === "@" && state.origin === void 0) {
            this.noOrigin(source, ownerStart, ownerEnd);
            continue;
          }
          state.ownerStart = ownerStart;
          state.ownerEnd = ownerEnd;
          cachedOwnerText = firstText;
          cachedOwnerOrigin = state.origin;
        }
      } else if (state.ownerStart < 0) {
        if (state.ownerStart === UNKNOWN_OWNER) throw new NeedsWholeFile();
        this.diagnostic(source, "no-owner", "this record has no owner: its line starts with blank space but no valid record precedes it", entry.starts[0], entry.ends[0]);
        continue;
      }
      this.record(state, lexer, entry, i, ownerStart, ownerEnd, store);
    }
  }
  /** The owner in force (written on the line or inherited) is a wildcard: its first label is `*` (or `\*`, `\042`). */
  wildcardOwner(state) {
    const octets = state.source.bytes;
    const at = state.ownerStart;
    const length = state.ownerEnd - at;
    if (length === 1 && octets[at] === 64) return (state.origin ?? "").startsWith("*.");
    const labelEnd = (n) => length === n || octets[at + n] === 46;
    if (octets[at] === 42) return labelEnd(1);
    if (octets[at] !== 92) return false;
    if (octets[at + 1] === 42) return labelEnd(2);
    return octets[at + 1] === 48 && octets[at + 2] === 52 && octets[at + 3] === 50 && labelEnd(4);
  }
  noOrigin(source, start, end) {
    this.diagnostic(source, "no-origin", "relative name but no origin is known: add $ORIGIN, name the file after the zone, or set its origin in the configuration", start, end);
  }
  record(state, lexer, entry, i, ownerStart, ownerEnd, store) {
    const source = state.source;
    let ttl2;
    let ttlStart = -1;
    let ttlEnd = -1;
    let classSeen = false;
    for (let k = 0; k < 2 && i < entry.count; k++) {
      const text2 = internedText(source, entry.starts[i], entry.ends[i]);
      const c = text2.charCodeAt(0);
      if (ttl2 === void 0 && (c >= 48 && c <= 57 || c === 45 && text2.length > 1)) {
        const parsed2 = parseTtl(text2);
        if (!parsed2.ok) {
          this.diagnostic(source, parsed2.code, parsed2.message, entry.starts[i], entry.ends[i]);
          return;
        }
        ttl2 = this.capTtl(source, parsed2.value, entry.starts[i], entry.ends[i]);
        ttlStart = entry.starts[i];
        ttlEnd = entry.ends[i];
        i++;
      } else if (!classSeen && isClassToken(text2)) {
        const upper = text2.toUpperCase();
        if (upper !== "IN" && upper !== "CLASS1") {
          this.diagnostic(source, "unsupported-class", `class ${text2} is not supported: mxlint reads Internet (IN) zones`, entry.starts[i], entry.ends[i]);
          return;
        }
        classSeen = true;
        i++;
      } else break;
    }
    if (i >= entry.count) {
      this.diagnostic(source, "missing-type", "the record has no type", entry.starts[entry.count - 1], entry.ends[entry.count - 1]);
      return;
    }
    const typeText = internedText(source, entry.starts[i], entry.ends[i]);
    const known = entry.quoted[i] ? void 0 : this.typeOf(typeText);
    if (known === void 0) {
      this.diagnostic(source, "unknown-type", `'${source.display(typeText)}' is not a record type (write TYPEnnn for a type without a mnemonic)`, entry.starts[i], entry.ends[i]);
      return;
    }
    const { code: typeCode, name: type } = known;
    const typeStart = entry.starts[i];
    const typeEnd = entry.ends[i];
    if (isObsoleteType(typeCode)) {
      this.diagnostic(source, "obsolete-type", `${type} is obsolete (RFC 973) and BIND refuses it: use MX`, typeStart, typeEnd);
      return;
    }
    if (WILDCARD_REFUSED.has(type) && this.wildcardOwner(state)) {
      const [start, end2] = ownerEnd > ownerStart ? [ownerStart, ownerEnd] : [typeStart, typeEnd];
      this.diagnostic(source, "wildcard-owner", wildcardOwnerMessage(type), start, end2);
      return;
    }
    const first = i + 1;
    const fields = this.scratch.fill(lexer, entry, first, source);
    const origin = state.origin ?? ".";
    const parsed = parseRdata(type, fields, origin);
    if (!parsed.ok) {
      const at = fields[parsed.error.field];
      const start = at ? at.span.start : entry.ends[entry.count - 1];
      const end2 = at ? at.span.end : start;
      this.diagnostic(source, parsed.error.code, parsed.error.message, start, end2);
      return;
    }
    if (entry.ends[entry.count - 1] - typeEnd > 16384) {
      const wire = rdataToWire(parsed.rdata);
      if (wire && wire.length > 65535) {
        this.diagnostic(source, "rdata-too-long", `the rdata is ${wire.length} octets in wire form; DNS allows at most 65,535 (BIND refuses the record)`, entry.starts[first], entry.ends[entry.count - 1]);
        return;
      }
    }
    const resolvedTtl = this.resolveTtl(source, ttl2, parsed.rdata, typeStart, typeEnd);
    if (resolvedTtl === void 0) return;
    const end = entry.count > 0 ? entry.ends[entry.count - 1] : typeEnd;
    const firstField = store.add(entry, first);
    const ref = this.records.add(void 0, resolvedTtl, type, origin, source, store, ownerStart, end, ownerStart, ownerEnd, ttlStart, ttlEnd, typeStart, typeEnd, firstField, entry.count - first, state.ownerStart, state.ownerEnd);
    if (type === "MX" || type === "TXT") this.records.keepRdata(ref, parsed.rdata);
  }
  /** A TTL above 2^31 - 1 is read as 0, with a warning (RFC 2181 §8, as BIND does). */
  capTtl(source, ttl2, start, end) {
    if (ttl2 <= MAX_TTL) return ttl2;
    this.diagnostic(source, "ttl-above-max", `TTL ${ttl2} is above ${MAX_TTL} (RFC 2181): it is read as 0, as BIND does`, start, end, "warning");
    return 0;
  }
  /** BIND's TTL rules: explicit, else $TTL, else the last explicit TTL, else the SOA minimum. */
  resolveTtl(source, ttl2, rdata, typeStart, typeEnd) {
    if (ttl2 !== void 0) {
      this.lastTtl = ttl2;
      return ttl2;
    }
    if (this.defaultTtl !== void 0) return this.defaultTtl;
    if (this.lastTtl !== void 0) {
      if (!this.warnedRfc1035Ttl) {
        this.warnedRfc1035Ttl = true;
        this.diagnostic(source, "no-default-ttl", `no $TTL: records without a TTL take the last explicit one (${this.lastTtl}); add $TTL at the top of the file`, typeStart, typeEnd, "warning");
      }
      return this.lastTtl;
    }
    if (rdata.type === "SOA") {
      this.lastTtl = rdata.minimum;
      this.warnedRfc1035Ttl = true;
      this.diagnostic(source, "no-default-ttl", `no TTL specified; using the SOA minimum (${rdata.minimum}) instead; add $TTL at the top of the file`, typeStart, typeEnd, "warning");
      return rdata.minimum;
    }
    this.diagnostic(source, "no-ttl", "no TTL specified and no $TTL before this record", typeStart, typeEnd);
    return void 0;
  }
  directive(state, lexer, entry, keyword) {
    const source = state.source;
    const argCount = entry.count - 1;
    const at = (i) => ({ start: entry.starts[i], end: entry.ends[i] });
    switch (keyword) {
      case "$ORIGIN": {
        if (argCount < 1) return this.diagnostic(source, "bad-origin", "$ORIGIN needs a domain name", entry.starts[0], entry.ends[0]);
        const text2 = lexer.tokenText(entry, 1);
        if (state.origin === void 0 && !text2.endsWith(".")) return this.noOrigin(source, at(1).start, at(1).end);
        const name2 = parseName(text2, state.origin ?? ".");
        if (!name2.ok || entry.quoted[1]) return this.diagnostic(source, "bad-origin", `$ORIGIN '${source.display(text2)}': ${name2.ok ? "cannot be quoted" : name2.message}`, at(1).start, at(1).end);
        if (argCount > 1) this.extraArguments(source, entry, 2);
        state.origin = name2.name;
        state.ownerStart = -1;
        this.firstOrigin ??= name2.name;
        return;
      }
      case "$TTL": {
        if (argCount < 1) return this.diagnostic(source, "bad-ttl", "$TTL needs a value", entry.starts[0], entry.ends[0]);
        const parsed = parseTtl(lexer.tokenText(entry, 1));
        if (!parsed.ok) return this.diagnostic(source, parsed.code, parsed.message, at(1).start, at(1).end);
        if (argCount > 1) this.extraArguments(source, entry, 2);
        this.defaultTtl = this.capTtl(source, parsed.value, at(1).start, at(1).end);
        return;
      }
      case "$INCLUDE":
        if (this.regionOnly) throw new NeedsWholeFile();
        return this.include(state, lexer, entry);
      case "$GENERATE":
        if (this.regionOnly) throw new NeedsWholeFile();
        return this.generate(state, lexer, entry);
      default:
        this.diagnostic(source, "unknown-directive", `unknown directive ${source.display(lexer.tokenText(entry, 0))} (BIND knows $ORIGIN, $TTL, $INCLUDE and $GENERATE)`, entry.starts[0], entry.ends[0]);
    }
  }
  /** True when `real` is a file being read (an include cycle). */
  beingRead(real) {
    const [first, ...included] = this.includeStack;
    this.firstReal ??= realpathOrUndefined(first) ?? first;
    return this.firstReal === real || included.includes(real);
  }
  extraArguments(source, entry, from) {
    this.diagnostic(source, "extra-arguments", "unexpected text after the directive (a comment needs a leading ;)", entry.starts[from], entry.ends[entry.count - 1]);
  }
  include(state, lexer, entry) {
    const source = state.source;
    if (entry.count < 2) return this.diagnostic(source, "bad-include", "$INCLUDE needs a file name", entry.starts[0], entry.ends[0]);
    const pathStart = entry.starts[1];
    const pathEnd = entry.ends[1];
    const fileName = unescapeText(lexer.tokenText(entry, 1));
    let origin = state.origin;
    if (entry.count >= 3) {
      const text2 = lexer.tokenText(entry, 2);
      if (state.origin === void 0 && !text2.endsWith(".")) return this.noOrigin(source, entry.starts[2], entry.ends[2]);
      const name2 = parseName(text2, state.origin ?? ".");
      if (!name2.ok || entry.quoted[2]) return this.diagnostic(source, "bad-include-origin", `$INCLUDE origin '${source.display(text2)}': ${name2.ok ? "cannot be quoted" : name2.message}`, entry.starts[2], entry.ends[2]);
      origin = name2.name;
      if (entry.count > 3) this.extraArguments(source, entry, 3);
    }
    const target2 = (0, import_node_path2.isAbsolute)(fileName) ? fileName : (0, import_node_path2.resolve)((0, import_node_path2.dirname)(state.absolutePath), fileName);
    const shown = source.display(fileName);
    const real = this.options.readFile ? target2 : realpathOrUndefined(target2);
    if (real === void 0) return this.diagnostic(source, "include-not-found", `$INCLUDE file '${shown}' does not exist`, pathStart, pathEnd);
    const rel = (0, import_node_path2.relative)(this.root, real);
    if (rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel)) {
      return this.diagnostic(source, "include-outside-root", `$INCLUDE '${shown}' points outside the linted tree (${this.root}); mxlint does not read it`, pathStart, pathEnd);
    }
    if (inGitDir(rel)) return this.diagnostic(source, "include-git-dir", `$INCLUDE '${shown}' points into .git/, which mxlint never reads`, pathStart, pathEnd);
    if (this.beingRead(real)) return this.diagnostic(source, "include-cycle", `$INCLUDE '${shown}' includes a file that is already being read (an include cycle)`, pathStart, pathEnd);
    if (!this.options.readFile) {
      const stat = (0, import_node_fs4.statSync)(real, { throwIfNoEntry: false });
      if (!stat?.isFile()) return this.diagnostic(source, "include-not-file", `$INCLUDE '${shown}' is not a regular file`, pathStart, pathEnd);
    }
    if (!this.budget.take("inclusions")) return this.limitReached(source, "inclusions", `$INCLUDE '${shown}'`, pathStart, pathEnd);
    const included = this.load(real, this.root);
    if (!(included instanceof SourceText)) {
      if (included.code.startsWith("limit-")) return this.limitReached(source, included.code === "limit-bytes" ? "bytes" : "fileBytes", `$INCLUDE '${shown}'`, pathStart, pathEnd);
      return this.diagnostic(source, included.code === "not-found" ? "include-not-found" : "include-not-file", `$INCLUDE file '${shown}' ${included.reason}`, pathStart, pathEnd);
    }
    this.readFile(real, origin, included);
  }
  generate(state, lexer, entry) {
    const source = state.source;
    const tokens = [];
    for (let i = 1; i < entry.count; i++) tokens.push({ text: lexer.tokenText(entry, i), quoted: entry.quoted[i], start: entry.starts[i], end: entry.ends[i] });
    const result = expandGenerate(tokens);
    if (!result.ok) return this.diagnostic(source, result.code, `$GENERATE: ${result.message}`, result.start, result.end);
    if (state.origin === void 0) return this.noOrigin(source, entry.starts[0], entry.ends[0]);
    if (!this.budget.take("generatedRecords", result.records.length)) return this.limitReached(source, "generatedRecords", "records made by $GENERATE in this run", entry.starts[0], entry.ends[entry.count - 1]);
    const origin = state.origin;
    for (const g of result.records) {
      const owner = parseName(g.owner, origin);
      if (!owner.ok) {
        this.diagnostic(source, "bad-owner", `$GENERATE owner '${source.display(g.owner)}': ${owner.message}`, result.ownerSpan.start, result.ownerSpan.end);
        return;
      }
      const typeCode = typeNumber(g.type);
      if (typeCode === void 0) return this.diagnostic(source, "unknown-type", `'${source.display(g.type)}' is not a record type`, result.typeSpan.start, result.typeSpan.end);
      const type = typeName(typeCode);
      if (WILDCARD_REFUSED.has(type) && nameLabels(owner.name)[0] === "*") return this.diagnostic(source, "wildcard-owner", `$GENERATE: ${wildcardOwnerMessage(type)}`, result.ownerSpan.start, result.ownerSpan.end);
      const fields = g.rdata.map((f2) => ({ text: f2.text, quoted: f2.quoted, span: { source, start: result.rdataSpan.start, end: result.rdataSpan.end }, offsets: new Int32Array(f2.text.length).fill(result.rdataSpan.start) }));
      const parsed = parseRdata(type, fields, origin);
      if (!parsed.ok) return this.diagnostic(source, parsed.error.code, `$GENERATE: ${parsed.error.message}`, result.rdataSpan.start, result.rdataSpan.end);
      let ttl2 = g.ttl;
      if (ttl2 === void 0) ttl2 = this.resolveTtl(source, void 0, parsed.rdata, result.typeSpan.start, result.typeSpan.end);
      if (ttl2 === void 0) return;
      const first = this.generated.add(fields);
      this.records.add(owner.name, ttl2, type, origin, source, this.generated, entry.starts[0], entry.ends[entry.count - 1], result.ownerSpan.start, result.ownerSpan.end, result.ttlSpan?.start ?? -1, result.ttlSpan?.end ?? -1, result.typeSpan.start, result.typeSpan.end, first, fields.length);
    }
  }
  displayPath(absolutePath) {
    return this.options.displayPath ? this.options.displayPath(absolutePath) : (0, import_node_path2.relative)(process.cwd(), absolutePath) || absolutePath;
  }
};
var WILDCARD_REFUSED = /* @__PURE__ */ new Set(["NS", "NSEC3"]);
function wildcardOwnerMessage(type) {
  return `an ${type} record cannot be owned by a wildcard name: BIND refuses it ("invalid ${type} owner name")`;
}
var TOKEN_SLOTS = 512;
var tokenTexts = new Array(TOKEN_SLOTS).fill("");
function internedText(source, start, end) {
  const length = end - start;
  if (length > 8) return source.slice(start, end);
  const octets = source.bytes;
  let hash = length;
  for (let i = start; i < end; i++) hash = hash * 31 + octets[i] & TOKEN_SLOTS - 1;
  const known = tokenTexts[hash];
  if (known.length === length && startsWith(octets, start, known)) return known;
  return tokenTexts[hash] = source.slice(start, end);
}
function startsWith(octets, offset, text2) {
  for (let i = 0; i < text2.length; i++) if (octets[offset + i] !== text2.charCodeAt(i)) return false;
  return true;
}
var IN = 26990;
var CH = 25448;
var HS = 26739;
var CS = 25459;
function isClassToken(text2) {
  const n = text2.length;
  if (n === 2) {
    const pair = (text2.charCodeAt(0) | 32) << 8 | (text2.charCodeAt(1) | 32);
    return pair === IN || pair === CH || pair === HS || pair === CS;
  }
  if (n === 3 || n === 4) return /^(any|none)$/i.test(text2);
  return n > 5 && (text2.charCodeAt(0) | 32) === 99 && /^class\d+$/i.test(text2);
}
function unescapeText(text2) {
  if (text2.indexOf("\\") === -1) return text2;
  return text2.replace(/\\(\d{3}|.)/g, (_, e) => e.length === 3 ? String.fromCharCode(Number(e)) : e);
}
function crOnlyToLf(bytes2) {
  const octets = Buffer.from(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  if (octets.indexOf(10) !== -1 || octets.indexOf(13) === -1) return bytes2;
  const copy = Buffer.from(octets);
  for (let i = copy.indexOf(13); i !== -1; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}
function readRegion(source, from, start) {
  return new ZoneReader({ root: "/" }).readRegion(source, from, start);
}

// src/zone/split-worker.ts
var job = import_node_worker_threads.workerData;
var bytes = Buffer.from(job.bytes);
var read = 1;
try {
  readRange(job.path, bytes, job.at, bytes.length);
} catch {
  read = 2;
}
Atomics.store(job.flags, READ, read);
Atomics.notify(job.flags, READ);
job.port.once("message", (start) => {
  if (start) {
    let region;
    try {
      if (read === 1) region = readRegion(SourceText.fromBytes(job.display, bytes), job.at, start);
    } catch {
      region = void 0;
    }
    const transfer = region ? [...region.records.chunks.map((c) => c.rows.buffer), ...region.fields.chunks.map((c) => c.buffer), ...region.comments.map((c) => c.data.buffer)] : [];
    job.port.postMessage(region ?? null, transfer);
    Atomics.store(job.flags, DONE, 1);
    Atomics.notify(job.flags, DONE);
  }
  job.port.close();
});
