/**
 * A small DNS client for the online checks: dns-packet reads and writes the wire format, the
 * transport is our own over node:dgram and node:net (UDP with EDNS, TCP when the answer is
 * truncated), so every failure can be turned into an answer with a reason instead of an
 * exception. Bounded: a timeout per try, a deadline for the whole run, a cap on queries in
 * flight, and one cache per client (per run), so the same question is asked once.
 */
import { createSocket } from 'node:dgram';
import { connect, isIPv6 } from 'node:net';
import { randomInt } from 'node:crypto';
import dnsPacket from 'dns-packet';

/** What became of a query: a response code, or why there was none. */
export type LiveRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'TIMEOUT' | 'UNREACHABLE' | 'BAD-RESPONSE' | 'OTHER';

export interface Server {
  address: string;
  port: number;
  /** How messages name the server: `ns1.example.net. (192.0.2.53)` or `127.0.0.1:5300`. */
  label: string;
}

/** One resource record of an answer, with dns-packet's decoded data. */
export interface LiveRecord {
  name: string;
  type: string;
  ttl: number;
  data: unknown;
}

export interface LiveAnswer {
  server: Server;
  rcode: LiveRcode;
  /** Why the query failed, in words ("no answer within 2 s (2 tries)"); absent on NOERROR/NXDOMAIN. */
  detail?: string;
  authoritative: boolean;
  answers: LiveRecord[];
}

export interface ClientOptions {
  /** Milliseconds to wait for one try. */
  timeoutMs?: number;
  /** Tries over UDP before giving up (TCP is tried once, after a truncated UDP answer). */
  tries?: number;
  /** Milliseconds for all queries of the run together; later queries fail at once with TIMEOUT. */
  deadlineMs?: number;
  /** Queries in flight at once. */
  concurrency?: number;
}

/** EDNS buffer size of the DNS flag day 2020: answers above it come over TCP, not fragmented. */
const EDNS_SIZE = 1232;

export class DnsClient {
  private readonly cache = new Map<string, Promise<LiveAnswer>>();
  private readonly timeoutMs: number;
  private readonly tries: number;
  private readonly deadline: number;
  private readonly deadlineMs: number;
  private readonly concurrency: number;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Queries sent on the wire (cache hits excluded), for tests and figures. */
  sent = 0;

  constructor(options: ClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.tries = options.tries ?? 2;
    this.deadlineMs = options.deadlineMs ?? 60_000;
    this.deadline = Date.now() + this.deadlineMs;
    this.concurrency = options.concurrency ?? 16;
  }

  /**
   * Asks `server` for `name` (absolute or not) and `type` (a mnemonic dns-packet knows, or
   * `TYPEnnn` for any other: SVCB is TYPE64). `recursive` sets RD, for a resolver; without it
   * the server answers from its own zones, as an authoritative server does. Never rejects.
   */
  query(server: Server, name: string, type: string, recursive = false): Promise<LiveAnswer> {
    const qname = name.endsWith('.') && name !== '.' ? name.slice(0, -1) : name;
    const key = `${server.address}|${server.port}|${qname.toLowerCase()}|${type}|${recursive}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.limited(() => this.ask(server, qname, type, recursive));
      this.cache.set(key, answer);
    }
    return answer;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async ask(server: Server, name: string, type: string, recursive: boolean): Promise<LiveAnswer> {
    const failed = (rcode: LiveRcode, detail: string): LiveAnswer => ({ server, rcode, detail, authoritative: false, answers: [] });
    let edns = true;
    for (let attempt = 0; attempt < this.tries; attempt++) {
      const left = this.deadline - Date.now();
      if (left <= 0) return failed('TIMEOUT', `the run's deadline of ${this.deadlineMs / 1000} s passed before this query`);
      const id = randomInt(0x10000);
      const packet = request(id, name, type, recursive, edns);
      let reply = await udpExchange(server, packet, Math.min(this.timeoutMs, left));
      this.sent++;
      if (reply.kind === 'timeout') continue;
      if (reply.kind === 'error') return failed('UNREACHABLE', reply.message);
      let decoded = decode(reply.bytes, id, name);
      if (typeof decoded === 'string') return failed('BAD-RESPONSE', decoded);
      if (decoded.flag_tc) {
        reply = await tcpExchange(server, packet, Math.max(1, Math.min(this.timeoutMs, this.deadline - Date.now())));
        this.sent++;
        if (reply.kind === 'timeout') return failed('TIMEOUT', `the answer was truncated and TCP gave none within ${this.timeoutMs / 1000} s`);
        if (reply.kind === 'error') return failed('UNREACHABLE', `the answer was truncated and TCP failed: ${reply.message}`);
        decoded = decode(reply.bytes, id, name);
        if (typeof decoded === 'string') return failed('BAD-RESPONSE', decoded);
      }
      // dns-packet gives the response code as text; its type declarations leave it out.
      const rcode = (decoded as { rcode?: string }).rcode ?? 'OTHER';
      // A server from before EDNS (RFC 6891 §7) says FORMERR to the OPT record: ask again without it.
      if (rcode === 'FORMERR' && edns) {
        edns = false;
        attempt--;
        continue;
      }
      const known: LiveRcode[] = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'];
      const answers = (decoded.answers ?? []).map((a) => ({ name: a.name, type: a.type, ttl: 'ttl' in a ? (a.ttl ?? 0) : 0, data: 'data' in a ? a.data : undefined }));
      if (known.includes(rcode as LiveRcode)) {
        const result: LiveAnswer = { server, rcode: rcode as LiveRcode, authoritative: decoded.flag_aa, answers };
        if (rcode === 'SERVFAIL') result.detail = 'the server answered SERVFAIL';
        if (rcode === 'REFUSED') result.detail = 'the server refused the query (REFUSED): it does not serve this name to us';
        return result;
      }
      return failed('OTHER', `the server answered ${rcode}`);
    }
    return failed('TIMEOUT', `no answer within ${this.timeoutMs / 1000} s (${this.tries} ${this.tries === 1 ? 'try' : 'tries'})`);
  }
}

function request(id: number, name: string, type: string, recursive: boolean, edns: boolean): Buffer {
  const typeNumber = /^TYPE\d+$/.test(type) ? `UNKNOWN_${type.slice(4)}` : type;
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: recursive ? dnsPacket.RECURSION_DESIRED : 0,
    // dns-packet takes any type as `UNKNOWN_<n>`; its declarations list only the mnemonics.
    questions: [{ type: typeNumber as dnsPacket.RecordType, name, class: 'IN' }],
    additionals: edns ? [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : [],
  });
}

/** The decoded response, or why it is not one to our question. */
function decode(bytes: Buffer, id: number, name: string): dnsPacket.DecodedPacket | string {
  let decoded: dnsPacket.DecodedPacket;
  try {
    decoded = dnsPacket.decode(bytes);
  } catch (error) {
    return `the response could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  if (decoded.id !== id || !decoded.flag_qr) return 'the response does not belong to the query';
  const question = decoded.questions?.[0];
  if (question && question.name.toLowerCase() !== name.toLowerCase()) return `the response is for ${question.name}, not ${name}`;
  return decoded;
}

type Exchange = { kind: 'reply'; bytes: Buffer } | { kind: 'timeout' } | { kind: 'error'; message: string };

function udpExchange(server: Server, packet: Buffer, timeoutMs: number): Promise<Exchange> {
  return new Promise((done) => {
    const socket = createSocket(isIPv6(server.address) ? 'udp6' : 'udp4');
    const finish = settleOnce(done, () => socket.close(), timeoutMs);
    // A connected socket hears the ICMP "port unreachable" of a closed port as ECONNREFUSED.
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'error', message: socketMessage(error) }));
    socket.on('message', (bytes) => {
      const id = bytes.length >= 2 ? bytes.readUInt16BE(0) : -1;
      if (id === packet.readUInt16BE(0)) finish({ kind: 'reply', bytes });
    });
    socket.connect(server.port, server.address, () => socket.send(packet));
  });
}

function tcpExchange(server: Server, packet: Buffer, timeoutMs: number): Promise<Exchange> {
  return new Promise((done) => {
    const socket = connect({ host: server.address, port: server.port });
    let received = Buffer.alloc(0);
    const finish = settleOnce(done, () => socket.destroy(), timeoutMs);
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'error', message: socketMessage(error) }));
    socket.on('close', () => finish({ kind: 'error', message: 'the server closed the TCP connection without an answer' }));
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(packet.length);
      socket.write(Buffer.concat([length, packet]));
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) finish({ kind: 'reply', bytes: received.subarray(2, 2 + received.readUInt16BE(0)) });
    });
  });
}

/** The first result wins (a timeout after `timeoutMs` included); `close` releases the socket once. */
function settleOnce(done: (result: Exchange) => void, close: () => void, timeoutMs: number): (result: Exchange) => void {
  let settled = false;
  const finish = (result: Exchange): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    close();
    done(result);
  };
  const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
  return finish;
}

function socketMessage(error: NodeJS.ErrnoException): string {
  if (error.code === 'ECONNREFUSED') return 'connection refused (nothing listens on that port)';
  if (error.code === 'ENETUNREACH' || error.code === 'EHOSTUNREACH') return 'the network or host is unreachable';
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

/** `192.0.2.53`, `192.0.2.53:5300`, `2001:db8::53` or `[2001:db8::53]:5300`; undefined when it is none of these. */
export function parseServer(text: string, defaultPort = 53): Server | undefined {
  let address = text;
  let port = defaultPort;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    address = bracketed[1];
    if (bracketed[2]) port = Number(bracketed[2]);
  } else if (/^[\d.]+:\d+$/.test(text)) {
    const colon = text.lastIndexOf(':');
    address = text.slice(0, colon);
    port = Number(text.slice(colon + 1));
  }
  const family = isIPv6(address) ? 6 : /^\d{1,3}(\.\d{1,3}){3}$/.test(address) ? 4 : 0;
  if (!family || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { address, port, label: port === 53 ? address : family === 6 ? `[${address}]:${port}` : `${address}:${port}` };
}
