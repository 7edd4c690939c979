/**
 * Servers the online tests start on 127.0.0.1 and stop afterwards: BIND's named (authoritative,
 * unprivileged port, zones from a folder), tiny UDP servers that never answer, or answer
 * REFUSED or SERVFAIL to everything, and an HTTPS server for MTA-STS with a test CA. Nothing here listens on another address.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
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

export interface PolicyServer {
  port: number;
  /** The test CA's certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  stop(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 serving `policy` at /.well-known/mta-sts.txt, with a certificate
 * for `host` from a certificate authority made for the test (openssl).
 */
export async function startPolicyServer(host: string, policy: string): Promise<PolicyServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-ca-'));
  const openssl = (...args: string[]): void => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=mxlint test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  openssl('req', ...ec, '-keyout', 'host.key', '-out', 'host.csr', '-subj', `/CN=${host}`);
  writeFileSync(join(dir, 'host.ext'), `subjectAltName=DNS:${host}\n`);
  openssl('x509', '-req', '-in', 'host.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'host.pem', '-days', '2', '-extfile', 'host.ext');
  const server = createHttpsServer({ key: readFileSync(join(dir, 'host.key')), cert: readFileSync(join(dir, 'host.pem')) }, (req, res) => {
    if (req.url !== '/.well-known/mta-sts.txt') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(policy);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    caFile: join(dir, 'ca.pem'),
    stop: () =>
      new Promise((done) =>
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
