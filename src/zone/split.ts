/**
 * Reading one large BIND file with two threads. The file's octets go into shared memory; this
 * thread reads the first part, a worker (split-worker.ts) the rest, from a line near the middle
 * that begins with an owner name, in the $ORIGIN and $TTL a scan of the first part's directives
 * predicts. The worker's records count only when this thread's own reading ends exactly at that
 * line in exactly that state; otherwise (a parenthesis open across the line, a directive the scan
 * cannot follow, $INCLUDE or $GENERATE, no $TTL) this thread reads on alone, so the result is
 * always that of reading the file in order.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import { SourceText } from '../model/source.ts';
import { parseName } from './names.ts';
import type { PortableRegion, RegionState } from './reader.ts';
import { parseTtl } from './ttl.ts';

/**
 * Files smaller than this are read by one thread: below about 20 MB a second thread does not pay
 * for its start (a thread with its own copy of the code, compiled afresh); see bench/README.md.
 */
const DEFAULT_MIN_BYTES = 24 << 20;
/** Slots of the shared flag array: the worker has read its part (1, or 2 when it could not), and has finished. */
export const READ = 0, DONE = 1;
/** How long to wait for the worker before reading on alone. */
const PATIENCE_MS = 120_000;

let workerUrl: URL | undefined;

/** Loaded with the first large file: most runs never start a thread. */
function threads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

/** Enables split reading; `url` is the bundled split-worker script (set by the CLI and the action). */
export function useReadWorker(url: URL): void {
  workerUrl = existsSync(fileURLToPath(url)) ? url : undefined;
}

/** MXLINT_DEBUG=split tells on standard error how each large file was read. */
function trace(message: string): void {
  if (process.env.MXLINT_DEBUG?.split(',').includes('split')) process.stderr.write(`mxlint: ${message}\n`);
}

function minBytes(): number {
  // MXLINT_SPLIT_BYTES: the smallest file read by two threads ("off" never); for tests and benchmarks.
  const setting = process.env.MXLINT_SPLIT_BYTES;
  if (setting === undefined || setting === '') return DEFAULT_MIN_BYTES;
  const bytes = Number(setting);
  return setting === 'off' ? Infinity : Number.isFinite(bytes) ? bytes : DEFAULT_MIN_BYTES;
}

/** What the worker is given at its start. */
export interface SplitJob {
  bytes: SharedArrayBuffer;
  flags: Int32Array;
  path: string;
  display: string;
  at: number;
  port: MessagePort;
}

export interface Split {
  /** The whole file (the worker reads the part from `at` on into it). */
  source: SourceText;
  /** Where the worker starts: a line start. */
  at: number;
  /** Why the part from `at` on could not be read (the file shrank since it was measured, say). */
  lost?: string;
  /** The state predicted at `at` for a file read from `origin`; undefined when the file cannot be split. */
  begin(origin: string | undefined): RegionState | undefined;
  /**
   * The worker's part when this thread `agrees` it began where it should; undefined to read on
   * alone. `meanwhile` is called while the worker is busy, until it returns false.
   */
  finish(agrees: boolean, meanwhile: () => boolean): PortableRegion | undefined;
}

/** Reads octets `from…to` of the file at `path` into `bytes`. */
export function readRange(path: string, bytes: Uint8Array, from: number, to: number): void {
  const fd = openSync(path, 'r');
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

/** Starts a split read of a large file, or returns undefined to read it the usual way. */
export function startSplit(path: string, display: string, statSize: number): Split | undefined {
  // Most files are small: no descriptor opened, no thread counted for them.
  if (!workerUrl || statSize < minBytes() || availableParallelism() < 2) return undefined;
  let size: number;
  try {
    const fd = openSync(path, 'r');
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return undefined;
      size = stat.size;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  if (size < minBytes() || size < 2) return undefined;
  const shared = new SharedArrayBuffer(size);
  const bytes = Buffer.from(shared);
  // The worker starts about 100 ms later (a thread and its own copy of the code): it gets a bit less.
  const mid = Math.floor(size * 0.45);
  let at: number;
  try {
    readRange(path, bytes, mid, Math.min(size, mid + 65536));
    at = ownerLineAfter(bytes, mid, Math.min(size, mid + 65536));
  } catch {
    return undefined;
  }
  if (at < 0) return undefined;
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const { MessageChannel, Worker } = threads();
  const channel = new MessageChannel();
  const job: SplitJob = { bytes: shared, flags, path, display, at, port: channel.port2 };
  // A small young generation: fresh memory is what reading a large file mostly pays for.
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { workerData: job, transferList: [channel.port2], resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  } catch {
    return undefined; // no thread to be had: one reads it all
  }
  worker.unref();
  try {
    readRange(path, bytes, 0, at);
  } catch {
    void worker.terminate();
    return undefined; // read the usual way, which reports what went wrong
  }
  const source = SourceText.fromBytes(display, bytes);
  const port = channel.port1;

  /** Makes sure the second part is in memory: read by the worker, or here when it could not. */
  const secondPart = (): boolean => {
    Atomics.wait(flags, READ, 0, PATIENCE_MS);
    if (Atomics.load(flags, READ) === 1) return true;
    try {
      readRange(path, bytes, at, size);
    } catch (e) {
      split.lost = e instanceof Error ? e.message : String(e);
    }
    return false;
  };

  const split: Split = {
    source,
    at,
    begin(origin) {
      // This thread starts on its part at once; the worker starts on its own once it has read it.
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
      let region: PortableRegion | undefined;
      if (agrees) {
        while (Atomics.load(flags, DONE) === 0 && meanwhile()) {
          // work the caller does while the worker reads
        }
        Atomics.wait(flags, DONE, 0, PATIENCE_MS);
        region = (threads().receiveMessageOnPort(port)?.message as PortableRegion | null) ?? undefined;
      }
      if (!region) {
        // Before the worker stops: it may still be reading the second part.
        const workerRead = secondPart();
        const why = !agrees ? 'the first part did not end there in the predicted state' : workerRead ? 'the second part needs the whole file in order' : 'the worker could not read the file';
        trace(`${display}: read on by one thread from octet ${at} (${why})`);
      } else trace(`${display}: read by two threads, the second from octet ${at}`);
      port.close();
      void worker.terminate();
      return region;
    },
  };
  return split;
}

/** The first line start in `from…to` whose line begins with an owner name; -1 when none. */
function ownerLineAfter(bytes: Uint8Array, from: number, to: number): number {
  for (let i = bytes.indexOf(10, from); i !== -1 && i + 1 < to; i = bytes.indexOf(10, i + 1)) {
    const c = bytes[i + 1];
    // Not blank (inherited owner), not a comment, directive, parenthesis or quote.
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 59 && c !== 36 && c !== 40 && c !== 41 && c !== 34) return i + 1;
  }
  return -1;
}

/**
 * $ORIGIN and $TTL at `at`, from the directive lines before it. Undefined for anything it does
 * not follow exactly; a wrong guess is caught later, since the reader's own state must agree.
 */
function predictState(bytes: Buffer, at: number, origin: string | undefined): RegionState | undefined {
  let defaultTtl: number | undefined;
  for (let i = bytes[0] === 36 ? 0 : bytes.indexOf('\n$'); i !== -1 && i < at; i = bytes.indexOf('\n$', i + 1)) {
    const start = bytes[i] === 10 ? i + 1 : i;
    let end = bytes.indexOf(10, start);
    if (end === -1 || end > at) end = at;
    let line = bytes.toString('latin1', start, end);
    const comment = line.indexOf(';');
    if (comment !== -1) line = line.slice(0, comment);
    if (/["()\\]/.test(line)) return undefined;
    const [keyword, value, extra] = line.trim().split(/[ \t\r]+/);
    if (value === undefined || extra !== undefined) return undefined;
    switch (keyword.toUpperCase()) {
      case '$ORIGIN': {
        if (origin === undefined && !value.endsWith('.')) return undefined;
        const name = parseName(value, origin ?? '.');
        if (!name.ok) return undefined;
        origin = name.name;
        break;
      }
      case '$TTL': {
        const ttl = parseTtl(value);
        if (!ttl.ok) return undefined;
        defaultTtl = ttl.value;
        break;
      }
      default:
        return undefined;
    }
  }
  // Without $TTL, records take the last explicit TTL, which only reading in order knows.
  return defaultTtl === undefined ? undefined : { origin, defaultTtl };
}
