#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  ArrayRdataStore,
  RecordChunk,
  RecordTable,
  SourceText,
  chunkRows
} from "./chunk-5KNXT2RY.js";
import {
  isObsoleteType,
  nameLabels,
  nameProblem,
  parseName,
  parseRdata,
  parseTtl,
  rdataToWire,
  typeName,
  typeNumber
} from "./chunk-CUWRVAA3.js";
import {
  Budget,
  LIMIT_FINDINGS,
  NOT_REGULAR_REASON,
  inGitDir,
  readRegularFile,
  realpathOrUndefined
} from "./chunk-C7ZOMXXB.js";

// src/zone/split.ts
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
var DEFAULT_MIN_BYTES = 24 << 20;
var READ = 0;
var DONE = 1;
var PATIENCE_MS = 12e4;
var workerUrl;
function threads() {
  return createRequire(import.meta.url)("node:worker_threads");
}
function useReadWorker(url) {
  workerUrl = existsSync(fileURLToPath(url)) ? url : void 0;
}
function trace(message) {
  if (process.env.MXLINT_DEBUG?.split(",").includes("split")) process.stderr.write(`mxlint: ${message}
`);
}
function minBytes() {
  const setting = process.env.MXLINT_SPLIT_BYTES;
  if (setting === void 0 || setting === "") return DEFAULT_MIN_BYTES;
  const bytes = Number(setting);
  return setting === "off" ? Infinity : Number.isFinite(bytes) ? bytes : DEFAULT_MIN_BYTES;
}
function readRange(path, bytes, from, to) {
  const fd = openSync(path, "r");
  try {
    for (let at = from; at < to; ) {
      const n = readSync(fd, bytes, at, to - at, at);
      if (n === 0) throw new Error(`${path} is shorter than expected`);
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}
function startSplit(path, display, statSize) {
  if (!workerUrl || statSize < minBytes() || availableParallelism() < 2) return void 0;
  let size;
  try {
    const fd = openSync(path, "r");
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return void 0;
      size = stat.size;
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
  if (size < minBytes() || size < 2) return void 0;
  const shared = new SharedArrayBuffer(size);
  const bytes = Buffer.from(shared);
  const mid = Math.floor(size * 0.45);
  let at;
  try {
    readRange(path, bytes, mid, Math.min(size, mid + 65536));
    at = ownerLineAfter(bytes, mid, Math.min(size, mid + 65536));
  } catch {
    return void 0;
  }
  if (at < 0) return void 0;
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const { MessageChannel, Worker } = threads();
  const channel = new MessageChannel();
  const job = { bytes: shared, flags, path, display, at, port: channel.port2 };
  let worker;
  try {
    worker = new Worker(workerUrl, { workerData: job, transferList: [channel.port2], resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  } catch {
    return void 0;
  }
  worker.unref();
  try {
    readRange(path, bytes, 0, at);
  } catch {
    void worker.terminate();
    return void 0;
  }
  const source = SourceText.fromBytes(display, bytes);
  const port = channel.port1;
  const secondPart = () => {
    Atomics.wait(flags, READ, 0, PATIENCE_MS);
    if (Atomics.load(flags, READ) === 1) return true;
    try {
      readRange(path, bytes, at, size);
    } catch (e) {
      split.lost = e instanceof Error ? e.message : String(e);
    }
    return false;
  };
  const split = {
    source,
    at,
    begin(origin) {
      const predicted = predictState(bytes, at, origin);
      port.postMessage(predicted ?? null);
      if (!predicted) {
        secondPart();
        trace(`${display}: read by one thread (the directives before octet ${at} do not tell the state there)`);
        port.close();
        void worker.terminate();
      }
      return predicted;
    },
    finish(agrees, meanwhile) {
      let region;
      if (agrees) {
        while (Atomics.load(flags, DONE) === 0 && meanwhile()) {
        }
        Atomics.wait(flags, DONE, 0, PATIENCE_MS);
        region = threads().receiveMessageOnPort(port)?.message ?? void 0;
      }
      if (!region) {
        const workerRead = secondPart();
        const why = !agrees ? "the first part did not end there in the predicted state" : workerRead ? "the second part needs the whole file in order" : "the worker could not read the file";
        trace(`${display}: read on by one thread from octet ${at} (${why})`);
      } else trace(`${display}: read by two threads, the second from octet ${at}`);
      port.close();
      void worker.terminate();
      return region;
    }
  };
  return split;
}
function ownerLineAfter(bytes, from, to) {
  for (let i = bytes.indexOf(10, from); i !== -1 && i + 1 < to; i = bytes.indexOf(10, i + 1)) {
    const c = bytes[i + 1];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 59 && c !== 36 && c !== 40 && c !== 41 && c !== 34) return i + 1;
  }
  return -1;
}
function predictState(bytes, at, origin) {
  let defaultTtl;
  for (let i = bytes[0] === 36 ? 0 : bytes.indexOf("\n$"); i !== -1 && i < at; i = bytes.indexOf("\n$", i + 1)) {
    const start = bytes[i] === 10 ? i + 1 : i;
    let end = bytes.indexOf(10, start);
    if (end === -1 || end > at) end = at;
    let line = bytes.toString("latin1", start, end);
    const comment = line.indexOf(";");
    if (comment !== -1) line = line.slice(0, comment);
    if (/["()\\]/.test(line)) return void 0;
    const [keyword, value, extra] = line.trim().split(/[ \t\r]+/);
    if (value === void 0 || extra !== void 0) return void 0;
    switch (keyword.toUpperCase()) {
      case "$ORIGIN": {
        if (origin === void 0 && !value.endsWith(".")) return void 0;
        const name = parseName(value, origin ?? ".");
        if (!name.ok) return void 0;
        origin = name.name;
        break;
      }
      case "$TTL": {
        const ttl = parseTtl(value);
        if (!ttl.ok) return void 0;
        defaultTtl = ttl.value;
        break;
      }
      default:
        return void 0;
    }
  }
  return defaultTtl === void 0 ? void 0 : { origin, defaultTtl };
}

// src/zone/reader.ts
import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";

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
    const chunk = new RecordChunk(this.names, this.parts, 0, new Int32Array(0), [], rows);
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
    const chunks = this.chunks.map((c) => ({ rows: c.rows, count: c.count, owners: c.owners.some((o) => o !== void 0) ? c.owners : void 0 }));
    return { chunks, names: this.names, parts: this.parts.length };
  }
  /** Appends records another thread read from `source`, whose fields are now in `store` at `fieldShift` past where that thread put them. */
  adopt(records, source, store, fieldShift) {
    const part = { source, store };
    const parts = Array.from({ length: records.parts }, () => part);
    records.chunks.forEach(({ rows, count, owners = new Array(count) }, i) => {
      const chunk = this.ahead[i];
      if (chunk === void 0) {
        this.chunks.push(new RecordChunk(records.names, parts, fieldShift, rows, owners));
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
var Lexer = class {
  constructor(source, comments, report, from = 0, end = Infinity) {
    this.source = source;
    this.comments = comments;
    this.report = report;
    this.octets = source.bytes;
    this.end = end;
    const bom = from === 0 && this.octets[0] === 239 && this.octets[1] === 187 && this.octets[2] === 191;
    this.pos = bom ? 3 : from;
  }
  source;
  comments;
  report;
  pos;
  octets;
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
    return entry.quoted[i] ? this.source.slice(entry.starts[i] + 1, entry.ends[i] - 1) : this.source.slice(entry.starts[i], entry.ends[i]);
  }
  /**
   * Reads the next entry with at least one token. Returns false at the end of the file.
   * A malformed entry is reported and skipped; lexing resumes on the next line.
   */
  next(entry) {
    const text = this.octets;
    const n = Math.min(text.length, this.end);
    for (; ; ) {
      if (this.pos >= n) return false;
      const lineStart = this.pos;
      const commentCount = this.comments?.length ?? 0;
      entry.count = 0;
      const first = text[lineStart];
      entry.blankOwner = first === SPACE || first === TAB;
      let depth = 0;
      let openParen = -1;
      let pos = lineStart;
      let failed = false;
      scan: while (pos < n) {
        const c = text[pos];
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
            while (end < n && text[end] !== LF) end++;
            let textEnd = end;
            if (textEnd > pos && text[textEnd - 1] === CR) textEnd--;
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
              if (pos >= n || text[pos] === LF) {
                pos = Math.min(pos, n);
                this.pending.push({ code: "unterminated-string", message: "quoted string is not closed before the end of the line", start, end: pos });
                failed = true;
                break scan;
              }
              const q = text[pos];
              if (q === QUOTE) break;
              pos += q === BACKSLASH ? 2 : 1;
            }
            pos++;
            entry.push(start, pos, true);
            break;
          }
          default: {
            const start = pos;
            while (pos < n) {
              const w = text[pos];
              if (w === SPACE || w === TAB || w === LF || w === CR || w === SEMI || w === LPAREN || w === RPAREN || w === QUOTE) break;
              pos += w === BACKSLASH && pos + 1 < n && text[pos + 1] !== LF ? 2 : 1;
            }
            entry.push(start, pos, false);
          }
        }
      }
      if (depth > 0 && n < text.length) {
        this.comments?.truncate(commentCount);
        this.pending.length = 0;
        this.pos = lineStart;
        this.crossed = true;
        return false;
      }
      for (const problem of this.pending) this.report(problem);
      this.pending.length = 0;
      if (depth > 0 && !failed) {
        this.report({ code: "unclosed-parenthesis", message: "'(' is never closed; the record runs to the end of the file", start: openParen, end: openParen + 1 });
        const eol = text.indexOf(LF, openParen);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      if (failed) {
        let from = pos > 0 && text[pos - 1] === LF ? pos - 1 : pos;
        if (depth > 0) {
          const close = text.indexOf(RPAREN, from);
          if (close !== -1) from = close;
        }
        const eol = text.indexOf(LF, from);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      this.pos = pos;
      if (entry.count > 0) return true;
    }
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
  let ttl;
  let ttlSpan;
  for (let k = 0; k < 2 && i < tokens.length - 2; k++) {
    const text = tokens[i].text;
    if (ttl === void 0 && /^\d/.test(text)) {
      const parsed = parseTtl(text);
      if (!parsed.ok) return fail(parsed.code, parsed.message, tokens[i]);
      ttl = parsed.value;
      ttlSpan = tokens[i];
      i++;
    } else if (/^in$/i.test(text)) i++;
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
    records.push({ owner, ttl, type: typeToken.text, rdata: splitFields(data) });
  }
  return { ok: true, records, ownerSpan: lhs, ttlSpan, typeSpan: typeToken, rdataSpan };
}
function splitFields(text) {
  const lexer = new Lexer(new SourceText("", text, "octets"), void 0, () => void 0);
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
  const text = Math.abs(value).toString(radix).padStart(width, "0");
  const signed = value < 0 ? "-" + text : text;
  return base === "X" ? signed.toUpperCase() : signed;
}

// src/zone/reader.ts
var TokenField = class {
  constructor(text, quoted, source, start, end) {
    this.text = text;
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
function unquoted(text, start, end) {
  return text.charCodeAt(start) === 34 ? text.slice(start + 1, end - 1) : text.slice(start, end);
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
    const text = this.source.slice(start, end);
    const name = parseName(text, origin);
    return name.ok ? name.name : text;
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
    return unquoted(this.source.text, chunk[2 * at], chunk[2 * at + 1]);
  }
  fields(first, count) {
    const out = [];
    const source = this.source;
    const text = source.text;
    for (let i = first; i < first + count; i++) {
      const chunk = this.chunks[i >> FIELD_CHUNK_BITS];
      const at = i & FIELD_CHUNK - 1;
      const start = chunk[2 * at];
      const end = chunk[2 * at + 1];
      out.push(new TokenField(unquoted(text, start, end), text.charCodeAt(start) === 34, source, start, end));
    }
    return out;
  }
};
var FIELD_CHUNK_BITS = 15;
var FIELD_CHUNK = 1 << FIELD_CHUNK_BITS;
var FIRST_FIELDS = 256;
var ScratchFields = class {
  list = [];
  pool = [];
  fill(lexer, entry, from, source) {
    const list = this.list;
    list.length = 0;
    for (let f = from; f < entry.count; f++) {
      const text = lexer.tokenText(entry, f);
      let field = this.pool[f - from];
      if (field === void 0) {
        field = new TokenField(text, entry.quoted[f], source, entry.starts[f], entry.ends[f]);
        this.pool.push(field);
      } else {
        field.text = text;
        field.quoted = entry.quoted[f];
        field.source = source;
        field.start = entry.starts[f];
        field.end = entry.ends[f];
      }
      list.push(field);
    }
    return list;
  }
};
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
  typeTokens = new TokenInterner();
  scratch = new ScratchFields();
  typeCodes = /* @__PURE__ */ new Map();
  /** Reading part of a file in another thread: $INCLUDE and $GENERATE need the whole file in order. */
  regionOnly = false;
  budget;
  /** A limit of the budget was reached: nothing more of this zone is read. */
  stopped = false;
  /** Diagnostics past the per-file limit, counted but not kept. */
  dropped = 0;
  typeCode(text) {
    if (this.typeCodes.has(text)) return this.typeCodes.get(text);
    const code = typeNumber(text);
    this.typeCodes.set(text, code);
    return code;
  }
  realRoot;
  /** The folder `$INCLUDE` must stay inside, resolved on the first `$INCLUDE` (most zones have none). */
  get root() {
    return this.realRoot ??= realpathOrUndefined(resolve(this.options.root)) ?? resolve(this.options.root);
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
    let bytes;
    if (known) bytes = known;
    else if (this.options.readFile) {
      bytes = this.options.readFile(absolutePath);
      if (!bytes) return { code: "not-found", reason: "does not exist" };
    } else {
      const read = readRegularFile(absolutePath, { root, maxBytes: this.budget.limits.fileBytes });
      if (!read.ok) return { code: read.code === "too-large" ? "limit-file-bytes" : read.code, reason: read.reason };
      bytes = read.bytes;
    }
    if (bytes.byteLength > this.budget.limits.fileBytes) return { code: "limit-file-bytes", reason: this.budget.message("fileBytes", `${bytes.byteLength} octets`) };
    if (!this.budget.take("bytes", bytes.byteLength)) return { code: "limit-bytes", reason: this.budget.message("bytes", "octets read in this run") };
    return SourceText.fromBytes(display, crOnlyToLf(bytes));
  }
  /** Stops reading the zone at a limit, with one diagnostic where it was reached. */
  limitReached(source, name, what, start, end) {
    this.stopped = true;
    this.diagnostic(source, `limit-${name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())}`, this.budget.message(name, what), start, end);
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
    let ttl;
    let ttlStart = -1;
    let ttlEnd = -1;
    let classSeen = false;
    for (let k = 0; k < 2 && i < entry.count; k++) {
      const text = this.typeTokens.text(source, entry.starts[i], entry.ends[i]);
      const c = text.charCodeAt(0);
      if (ttl === void 0 && (c >= 48 && c <= 57 || c === 45 && text.length > 1)) {
        const parsed2 = parseTtl(text);
        if (!parsed2.ok) {
          this.diagnostic(source, parsed2.code, parsed2.message, entry.starts[i], entry.ends[i]);
          return;
        }
        ttl = this.capTtl(source, parsed2.value, entry.starts[i], entry.ends[i]);
        ttlStart = entry.starts[i];
        ttlEnd = entry.ends[i];
        i++;
      } else if (!classSeen && isClassToken(text)) {
        const upper = text.toUpperCase();
        if (upper !== "IN" && upper !== "CLASS1") {
          this.diagnostic(source, "unsupported-class", `class ${text} is not supported: mxlint reads Internet (IN) zones`, entry.starts[i], entry.ends[i]);
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
    const typeText = this.typeTokens.text(source, entry.starts[i], entry.ends[i]);
    const typeCode = entry.quoted[i] ? void 0 : this.typeCode(typeText);
    if (typeCode === void 0) {
      this.diagnostic(source, "unknown-type", `'${source.display(typeText)}' is not a record type (write TYPEnnn for a type without a mnemonic)`, entry.starts[i], entry.ends[i]);
      return;
    }
    const type = typeName(typeCode);
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
    const resolvedTtl = this.resolveTtl(source, ttl, parsed.rdata, typeStart, typeEnd);
    if (resolvedTtl === void 0) return;
    const end = entry.count > 0 ? entry.ends[entry.count - 1] : typeEnd;
    const firstField = store.add(entry, first);
    const ref = this.records.add(void 0, resolvedTtl, type, origin, source, store, ownerStart, end, ownerStart, ownerEnd, ttlStart, ttlEnd, typeStart, typeEnd, firstField, entry.count - first, state.ownerStart, state.ownerEnd);
    if (type === "MX" || type === "TXT") this.records.keepRdata(ref, parsed.rdata);
  }
  /** A TTL above 2^31 - 1 is read as 0, with a warning (RFC 2181 §8, as BIND does). */
  capTtl(source, ttl, start, end) {
    if (ttl <= MAX_TTL) return ttl;
    this.diagnostic(source, "ttl-above-max", `TTL ${ttl} is above ${MAX_TTL} (RFC 2181): it is read as 0, as BIND does`, start, end, "warning");
    return 0;
  }
  /** BIND's TTL rules: explicit, else $TTL, else the last explicit TTL, else the SOA minimum. */
  resolveTtl(source, ttl, rdata, typeStart, typeEnd) {
    if (ttl !== void 0) {
      this.lastTtl = ttl;
      return ttl;
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
        const text = lexer.tokenText(entry, 1);
        if (state.origin === void 0 && !text.endsWith(".")) return this.noOrigin(source, at(1).start, at(1).end);
        const name = parseName(text, state.origin ?? ".");
        if (!name.ok || entry.quoted[1]) return this.diagnostic(source, "bad-origin", `$ORIGIN '${source.display(text)}': ${name.ok ? "cannot be quoted" : name.message}`, at(1).start, at(1).end);
        if (argCount > 1) this.extraArguments(source, entry, 2);
        state.origin = name.name;
        state.ownerStart = -1;
        this.firstOrigin ??= name.name;
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
      const text = lexer.tokenText(entry, 2);
      if (state.origin === void 0 && !text.endsWith(".")) return this.noOrigin(source, entry.starts[2], entry.ends[2]);
      const name = parseName(text, state.origin ?? ".");
      if (!name.ok || entry.quoted[2]) return this.diagnostic(source, "bad-include-origin", `$INCLUDE origin '${source.display(text)}': ${name.ok ? "cannot be quoted" : name.message}`, entry.starts[2], entry.ends[2]);
      origin = name.name;
      if (entry.count > 3) this.extraArguments(source, entry, 3);
    }
    const target = isAbsolute(fileName) ? fileName : resolve(dirname(state.absolutePath), fileName);
    const shown = source.display(fileName);
    const real = this.options.readFile ? target : realpathOrUndefined(target);
    if (real === void 0) return this.diagnostic(source, "include-not-found", `$INCLUDE file '${shown}' does not exist`, pathStart, pathEnd);
    const rel = relative(this.root, real);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      return this.diagnostic(source, "include-outside-root", `$INCLUDE '${shown}' points outside the linted tree (${this.root}); mxlint does not read it`, pathStart, pathEnd);
    }
    if (inGitDir(rel)) return this.diagnostic(source, "include-git-dir", `$INCLUDE '${shown}' points into .git/, which mxlint never reads`, pathStart, pathEnd);
    if (this.beingRead(real)) return this.diagnostic(source, "include-cycle", `$INCLUDE '${shown}' includes a file that is already being read (an include cycle)`, pathStart, pathEnd);
    if (!this.options.readFile) {
      const stat = statSync(real, { throwIfNoEntry: false });
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
      const fields = g.rdata.map((f) => ({ text: f.text, quoted: f.quoted, span: { source, start: result.rdataSpan.start, end: result.rdataSpan.end }, offsets: new Int32Array(f.text.length).fill(result.rdataSpan.start) }));
      const parsed = parseRdata(type, fields, origin);
      if (!parsed.ok) return this.diagnostic(source, parsed.error.code, `$GENERATE: ${parsed.error.message}`, result.rdataSpan.start, result.rdataSpan.end);
      let ttl = g.ttl;
      if (ttl === void 0) ttl = this.resolveTtl(source, void 0, parsed.rdata, result.typeSpan.start, result.typeSpan.end);
      if (ttl === void 0) return;
      const first = this.generated.add(fields);
      this.records.add(owner.name, ttl, type, origin, source, this.generated, entry.starts[0], entry.ends[entry.count - 1], result.ownerSpan.start, result.ownerSpan.end, result.ttlSpan?.start ?? -1, result.ttlSpan?.end ?? -1, result.typeSpan.start, result.typeSpan.end, first, fields.length);
    }
  }
  displayPath(absolutePath) {
    return this.options.displayPath ? this.options.displayPath(absolutePath) : relative(process.cwd(), absolutePath) || absolutePath;
  }
};
var WILDCARD_REFUSED = /* @__PURE__ */ new Set(["NS", "NSEC3"]);
function wildcardOwnerMessage(type) {
  return `an ${type} record cannot be owned by a wildcard name: BIND refuses it ("invalid ${type} owner name")`;
}
var TokenInterner = class {
  seen = /* @__PURE__ */ new Map();
  text(source, start, end) {
    if (end - start > 6) return source.slice(start, end);
    const octets = source.bytes;
    let key = end - start;
    for (let i = start; i < end; i++) key = key * 256 + octets[i];
    let found = this.seen.get(key);
    if (found === void 0) {
      found = source.slice(start, end);
      this.seen.set(key, found);
    }
    return found;
  }
};
function startsWith(octets, offset, text) {
  for (let i = 0; i < text.length; i++) if (octets[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}
function isClassToken(text) {
  const n = text.length;
  if (n === 2) {
    const pair = text.toUpperCase();
    return pair === "IN" || pair === "CH" || pair === "HS" || pair === "CS";
  }
  if (n === 3 || n === 4) return /^(any|none)$/i.test(text);
  return n > 5 && (text.charCodeAt(0) | 32) === 99 && /^class\d+$/i.test(text);
}
function unescapeText(text) {
  if (text.indexOf("\\") === -1) return text;
  return text.replace(/\\(\d{3}|.)/g, (_, e) => e.length === 3 ? String.fromCharCode(Number(e)) : e);
}
function readZone(path, options) {
  const reader = new ZoneReader(options);
  const absolutePath = resolve(path);
  const stat = options.readFile || options.bytes ? void 0 : statSync(absolutePath, { throwIfNoEntry: false });
  let refused = options.readFile || options.bytes ? void 0 : refusal(stat, reader.budget);
  const size = options.readFile ? void 0 : options.bytes?.length ?? stat?.size;
  const split = size === void 0 || refused ? void 0 : startSplit(absolutePath, reader.displayPath(absolutePath), size);
  if (split && !reader.budget.take("bytes", split.source.length)) refused ??= { code: "limit-bytes", reason: reader.budget.message("bytes", "octets read in this run") };
  const loaded = refused ?? (split ? split.source : reader.load(absolutePath, void 0, options.bytes));
  let source;
  if (loaded instanceof SourceText) {
    source = loaded;
    reader.readFile(absolutePath, options.origin, source, split);
    if (!reader.budget.take("records", reader.records.length)) reader.limitReached(source, "records", "records read in this run", 0, 0);
    if (reader.records.length === 0 && reader.diagnostics.length === 0 && source.text.replace(/;[^\n]*/g, "").trim() === "") {
      reader.diagnostic(source, "empty-file", "the file is empty: BIND refuses a zone without a SOA record (delete the file, or add the zone's records)", 0, 0);
    }
  } else {
    source = new SourceText(reader.displayPath(absolutePath), "", "octets");
    const code = loaded.code === "not-regular" ? "not-regular-file" : loaded.code.startsWith("limit-") ? loaded.code : "unreadable";
    reader.diagnostic(source, code, `cannot read ${source.path}: it ${loaded.reason}`, 0, 0);
  }
  if (reader.dropped > 0) {
    reader.diagnostics.push({ ruleId: LIMIT_FINDINGS, severity: "error", message: `${reader.dropped} more problems in this file were not reported: ${reader.budget.message("findingsPerFile", "findings per file", "so the rest are left out")}`, span: { source, start: 0, end: 0 } });
  }
  const records = reader.records.records();
  const commentStore = reader.comments;
  let comments;
  return {
    origin: reader.zoneOrigin(records),
    format: "bind",
    source,
    files: reader.files.length ? reader.files : [source],
    records,
    diagnostics: reader.diagnostics,
    get comments() {
      comments ??= commentStore.toComments();
      return comments;
    }
  };
}
function crOnlyToLf(bytes) {
  const octets = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (octets.indexOf(10) !== -1 || octets.indexOf(13) === -1) return bytes;
  const copy = Buffer.from(octets);
  for (let i = copy.indexOf(13); i !== -1; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}
function refusal(stat, budget) {
  if (!stat) return { code: "unreadable", reason: "does not exist" };
  if (!stat.isFile()) return { code: "not-regular", reason: NOT_REGULAR_REASON };
  if (stat.size > budget.limits.fileBytes) return { code: "limit-file-bytes", reason: `is ${stat.size.toLocaleString("en-US")} octets: ${budget.message("fileBytes", "octets in one file")}` };
  return void 0;
}
function readRegion(source, from, start) {
  return new ZoneReader({ root: "/" }).readRegion(source, from, start);
}

export {
  READ,
  DONE,
  useReadWorker,
  readRange,
  readZone,
  readRegion
};
