/**
 * Servers the online tests start on 127.0.0.1 and stop afterwards: BIND's named (authoritative,
 * unprivileged port, zones from a folder) and tiny UDP servers that never answer, or answer
 * REFUSED or SERVFAIL to everything. Nothing here listens on another address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import dnsPacket from 'dns-packet';

/** A port free on 127.0.0.1 for both TCP and UDP (the kernel picks it for TCP; UDP is checked). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((done) => {
      const socket = createSocket('udp4');
      socket.once('error', () => done(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => done(true)));
    });
    if (udpFree) return port;
  }
}

export interface Named {
  port: number;
  stop(): Promise<void>;
}

/** Starts named serving every `<origin>.zone` file of `zoneDir` (the origin is the file name). */
export async function startNamed(zoneDir: string): Promise<Named> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-named-'));
  const zones = readdirSync(zoneDir)
    .filter((f) => f.endsWith('.zone'))
    .map((f) => `zone "${basename(f, '.zone')}" { type primary; file "${join(zoneDir, f)}"; };`);
  writeFileSync(
    join(dir, 'named.conf'),
    `options {
  directory "${dir}";
  pid-file "${dir}/named.pid";
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  dnssec-validation no;
  notify no;
};
controls { };
${zones.join('\n')}
`,
  );
  // -g: foreground, log to stderr; -n 1: one worker thread is plenty and spares the machine.
  const child = spawn('/usr/sbin/named', ['-g', '-n', '1', '-c', join(dir, 'named.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`named did not start within 10 s:\n${log}`)), 10_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('running')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`named exited with ${code}:\n${log}`));
    });
  });
  return { port, stop: () => stopProcess(child, dir) };
}

function stopProcess(child: ChildProcess, dir: string): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      rmSync(dir, { recursive: true, force: true });
      done();
    };
    if (child.exitCode !== null) return finish();
    child.once('exit', finish);
    child.kill('SIGTERM');
  });
}

export interface FakeServer {
  port: number;
  /** Queries received, so a test can tell the client really asked. */
  received: number;
  stop(): Promise<void>;
}

/** A UDP server on 127.0.0.1 that never answers (`silent`) or answers every query with `rcode`. */
export async function startFakeServer(behaviour: 'silent' | 'REFUSED' | 'SERVFAIL'): Promise<FakeServer> {
  const socket: Socket = createSocket('udp4');
  const server: FakeServer = { port: 0, received: 0, stop: () => new Promise((done) => socket.close(() => done())) };
  socket.on('message', (bytes, peer) => {
    server.received++;
    if (behaviour === 'silent') return;
    const query = dnsPacket.decode(bytes);
    const reply = dnsPacket.encode({ type: 'response', id: query.id, flags: behaviour === 'REFUSED' ? 5 : 2, questions: query.questions });
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((done) => socket.bind(0, '127.0.0.1', () => done()));
  server.port = socket.address().port;
  return server;
}
