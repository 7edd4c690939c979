/**
 * Issue #18: each hostile input of the issue, run through the committed CLI within the floors
 * (5 s, 300 MB): it ends with a positioned diagnostic (or a one-line error) and the documented
 * exit code, and the witness zone beside it keeps its finding.
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, findings, makeTree, MAX_MB, MAX_MS, runCli, WITNESS, WITNESS_FILE, type Item, type Outcome } from './harness.ts';

const measured: string[] = [];
afterAll(() => {
  cleanup();
  // HOSTILE_REPORT=1 prints what each case cost (the figures of the issue's floors).
  if (process.env.HOSTILE_REPORT) console.log(measured.join('\n'));
});

const HEAD = '$ORIGIN bad.example.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 14400 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n';

interface Case {
  name: string;
  files: Record<string, Item>;
  args?: string[];
  /** Exit status the documentation gives. */
  status: 1 | 2;
  /** A finding on the hostile file: rule id, file, and line when it has one. */
  finding?: { file: string; ruleId: string | RegExp; line?: number; message?: RegExp };
  /** Or, for a run-level failure (exit 2), what stderr says. */
  stderr?: RegExp;
  /** The witness zone is linted too (false where the failure is the configuration itself). */
  witness?: boolean;
  check?: (r: Outcome) => void;
}

function fanOut(levels: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < levels; i++) files[`inc/f${i}.inc`] = i + 1 < levels ? `$INCLUDE f${i + 1}.inc\n$INCLUDE f${i + 1}.inc\n` : 'x IN A 192.0.2.9\n';
  return files;
}

function aliasBomb(): string {
  const lines = ['www:', '  type: A', '  value: 192.0.2.1', 'l0: &l0', '  type: A', '  value: 192.0.2.2'];
  for (let i = 1; i <= 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** A named.conf that includes itself, devices, .git/config, a file outside the tree and a fan of 100 files each including the next. */
function confMaze(): Record<string, string> {
  const files: Record<string, string> = {
    // The megabytes are included first, so they are read before the fan uses up the files a run reads.
    'named.conf': 'include "named.conf.braces";\ninclude "named.conf.string";\ninclude "named.conf";\ninclude "/dev/zero";\ninclude ".git/config";\ninclude "../../../../../../etc/passwd";\ninclude "maze/c0.conf";\nzone "passwd.example" { type master; file "/etc/passwd"; };\n',
    // Megabytes of braces and of an unterminated string, in files named as configuration.
    'named.conf.braces': '{'.repeat(4 << 20),
    'named.conf.string': `zone "${'a'.repeat(3 << 20)}`,
  };
  for (let i = 0; i < 100; i++) files[`maze/c${i}.conf`] = `include "c${i + 1}.conf";\ninclude "c${i + 1}.conf";\ninclude "c0.conf";\n`;
  return files;
}

const cases: Case[] = [
  {
    name: 'named.conf maze: self-inclusion, devices, .git, outside paths, a fan of 100 files, megabytes of braces',
    files: confMaze(),
    status: 1,
  },
  {
    name: '$INCLUDE fan-out (18 files, each including the next twice)',
    files: { 'bad.example.zone': HEAD + '$INCLUDE inc/f0.inc\n', ...fanOut(18) },
    status: 1,
    finding: { file: /inc\/f\d+\.inc|bad.example.zone/.source, ruleId: 'syntax/limit-inclusions' },
  },
  {
    name: 'YAML alias bomb (ten levels of ten-fold aliases)',
    files: { 'bad.yaml': aliasBomb() },
    status: 1,
    finding: { file: 'bad.yaml', ruleId: 'syntax/limit-yaml-alias-nodes', line: 5 },
  },
  {
    name: '$GENERATE: 50 directives of 65,536 records',
    files: { 'bad.example.zone': HEAD + Array.from({ length: 50 }, (_, i) => `$GENERATE 0-65535 g${i}-$ A 192.0.2.1\n`).join('') },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: 'syntax/limit-generated-records' },
  },
  {
    name: '$GENERATE width ${0,60000,x}',
    files: { 'bad.example.zone': HEAD + '$GENERATE 0-65535 w$ TXT "${0,60000,x}"\n' },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: 'syntax/bad-generate-template', line: 6 },
  },
  {
    name: '$GENERATE width ${0,999999999,d}',
    files: { 'bad.example.zone': HEAD + '$GENERATE 0-10 w$ TXT "${0,999999999,d}"\n' },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: 'syntax/bad-generate-template', line: 6 },
  },
  {
    name: 'JSON nested 2,000 levels deep',
    files: { 'bad.json': '{"type": "A", "x": ' + '['.repeat(2000) + ']'.repeat(2000) + '}\n' },
    status: 1,
    finding: { file: 'bad.json', ruleId: /limit-nesting-depth/, line: 1 },
  },
  {
    name: '30 KB of ( on one line',
    files: { 'bad.example.zone': HEAD + 'x IN TXT ' + '('.repeat(30_000) + '\n' },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: /^syntax\// },
  },
  {
    name: 'a 39 KB multi-string SPF record',
    files: { 'bad.example.zone': HEAD + '@ IN MX 10 ns1\n@ IN TXT "v=spf1" ' + Array.from({ length: 3000 }, (_, i) => `" +ip4:10.${i >> 8}.${i & 255}.1"`).join(' ') + ' " +all"\n' },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: /^(spf|syntax)/, line: 7 },
  },
  {
    name: 'config glob *a*a*a*a*a*a*a*a*a*a*b against a 40-character name',
    files: { 'mxlint.config.json': JSON.stringify({ overrides: [{ files: '*a*a*a*a*a*a*a*a*a*a*b', rules: { 'spf-permissive-all': 'off' } }] }), [`${'a'.repeat(40)}.zone`]: WITNESS },
    status: 1,
    finding: { file: `${'a'.repeat(40)}.zone`, ruleId: 'spf-permissive-all', line: 8 },
  },
  {
    name: 'mxlint.config.json -> /dev/zero',
    files: { 'mxlint.config.json': { symlink: '/dev/zero' } },
    status: 2,
    stderr: /mxlint\.config\.json: (is not a regular file|resolves to \/dev\/\w+, outside)/,
    witness: false,
  },
  {
    name: 'mxlint.config.json -> /dev/stdin',
    files: { 'mxlint.config.json': { symlink: '/dev/stdin' } },
    status: 2,
    stderr: /mxlint\.config\.json: (is not a regular file|resolves to \/dev\/\w+, outside)/,
    witness: false,
  },
  {
    name: 'mxlint.config.json -> /etc/passwd (outside the repository)',
    files: { 'mxlint.config.json': { symlink: '/etc/passwd' } },
    status: 2,
    stderr: /mxlint\.config\.json.*outside/,
    witness: false,
    check: (r) => expect(r.stderr).not.toMatch(/root:/),
  },
  {
    name: 'configuration that is not JSON does not echo its text',
    files: { 'mxlint.config.json': 'root:x:0:0:secret-value\n' },
    status: 2,
    stderr: /mxlint\.config\.json:1:1: invalid JSON/,
    witness: false,
    check: (r) => expect(r.stderr).not.toMatch(/secret-value|root:x/),
  },
  {
    name: 'configuration errors print no raw terminal escapes',
    files: { 'mxlint.config.json': JSON.stringify({ rules: { 'spf-\x1b]0;pwned\x07\x1b[2J': 'error' } }) },
    status: 2,
    stderr: /unknown rule/,
    witness: false,
    check: (r) => expect(r.stderr).not.toMatch(/[\x1b\x07]/),
  },
  {
    name: '.gitignore -> /dev/zero in a walked folder',
    files: { '.gitignore': { symlink: '/dev/zero' }, 'sub/.gitignore': { symlink: '/dev/zero' }, 'sub/b.example.zone': HEAD + '@ IN TXT "v=spf1 +all"\n' },
    status: 1,
    finding: { file: 'sub/b.example.zone', ruleId: 'spf-permissive-all', line: 6 },
  },
  {
    name: 'a baseline -> /dev/zero',
    files: { 'baseline.json': { symlink: '/dev/zero' }, 'a.example.zone': HEAD },
    args: ['--baseline', 'baseline.json', '.'],
    status: 2,
    stderr: /baseline baseline\.json: .*not a regular file/,
    witness: false,
  },
  {
    name: 'a FIFO named on the command line',
    files: { 'pipe.zone': { fifo: true } },
    args: ['-f', 'json', 'pipe.zone', 'witness.example.zone'],
    status: 1,
    finding: { file: 'pipe.zone', ruleId: 'syntax/not-regular-file' },
  },
  {
    name: 'a symlink to /dev/zero named on the command line',
    files: { 'zero.zone': { symlink: '/dev/zero' } },
    args: ['-f', 'json', 'zero.zone', 'witness.example.zone'],
    status: 1,
    finding: { file: 'zero.zone', ruleId: 'syntax/not-regular-file' },
  },
  {
    name: 'wrong-shape configuration {"zones":{"exclude":5}}',
    files: { 'mxlint.config.json': '{"zones":{"exclude":5}}' },
    status: 2,
    stderr: /configuration error: .*zones\.exclude must be (an )?array/,
    witness: false,
  },
  {
    name: 'a file over 512 MiB',
    // Zone text past the head content detection reads, then zeros to 513 MiB (a sparse file: nothing is written to disk).
    files: { 'huge.example.zone': HEAD + 'x IN A 192.0.2.1\n'.repeat(2000) },
    status: 1,
    finding: { file: 'huge.example.zone', ruleId: 'syntax/limit-file-bytes', line: 1 },
    check: (r) => expect(r.stdout).not.toContain('internal-error'),
  },
  {
    name: 'a million problems in one file',
    files: { 'bad.example.zone': HEAD + 'x IN BOGUS 1\n'.repeat(1_000_000) },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: 'mxlint/limit-findings', message: /not reported/ },
  },
  {
    name: 'rdata over 65,535 octets',
    files: { 'bad.example.zone': HEAD + 'big IN TXT ' + Array(300).fill(`"${'x'.repeat(255)}"`).join(' ') + '\n' },
    status: 1,
    finding: { file: 'bad.example.zone', ruleId: 'syntax/rdata-too-long', line: 6 },
  },
  {
    name: 'an empty x.zone',
    files: { 'x.zone': '' },
    status: 1,
    finding: { file: 'x.zone', ruleId: 'syntax/empty-file', line: 1 },
  },
  {
    name: '$INCLUDE ../.git/config',
    files: { 'zones/bad.example.zone': HEAD + '$INCLUDE ../.git/config\n' },
    status: 1,
    finding: { file: 'zones/bad.example.zone', ruleId: 'syntax/include-git-dir', line: 6 },
  },
];

describe('hostile inputs end within the floors with a diagnostic', { timeout: 30_000 }, () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = makeTree({ ...(c.witness === false ? {} : { [WITNESS_FILE]: WITNESS }), ...c.files }, { git: true });
      if (c.name.startsWith('a file over 512 MiB')) truncateSync(join(dir, 'huge.example.zone'), 513 * 1024 * 1024);
      const r = await runCli(dir, c.args ?? ['-f', 'json', '.']);
      measured.push(`${c.name}\t${r.timedOut ? 'killed' : `exit ${r.status}`}\tcpu ${(r.cpuMs / 1000).toFixed(2)} s\twall ${(r.ms / 1000).toFixed(2)} s\t${r.mb.toFixed(0)} MB`);
      expect(r.timedOut, 'killed at the time limit').toBe(false);
      expect(r.cpuMs).toBeLessThan(MAX_MS);
      expect(r.mb).toBeLessThan(MAX_MB);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(r.status).toBe(c.status);
      if (c.stderr) expect(r.stderr).toMatch(c.stderr);
      c.check?.(r);
      if (c.witness === false) return;
      const found = findings(dir, r.stdout);
      expect(found.some((f) => f.file === WITNESS_FILE && f.ruleId === 'spf-permissive-all' && f.line === 8), 'the witness zone keeps its finding').toBe(true);
      if (c.finding) {
        const { file, ruleId, line, message } = c.finding;
        const hit = found.find((f) => new RegExp(`^${file}$`).test(f.file) && (typeof ruleId === 'string' ? f.ruleId === ruleId : ruleId.test(f.ruleId)) && (line === undefined || f.line === line) && (!message || message.test(f.message)));
        expect(hit, `a finding ${String(ruleId)} on ${file} in ${JSON.stringify(found.filter((f) => f.file !== WITNESS_FILE).slice(0, 5))}`).toBeDefined();
      }
    });
  }

  it('output to a full device is one clear error, no stack', async () => {
    const dir = makeTree({ [WITNESS_FILE]: WITNESS });
    const r = await runCli(dir, ['.'], { stdoutFile: '/dev/full' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mxlint: cannot write the report: .*no space/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('CR-only line endings are lines, as BIND reads them', async () => {
    const dir = makeTree({ [WITNESS_FILE]: WITNESS.replace(/\n/g, '\r') });
    const r = await runCli(dir, ['-f', 'json', '.']);
    expect(findings(dir, r.stdout).filter((f) => f.ruleId === 'spf-permissive-all').map((f) => f.line)).toEqual([8]);
  });

  it('the limits key of the configuration raises a limit', async () => {
    const files = { 'bad.example.zone': HEAD + '$INCLUDE inc/f0.inc\n', ...fanOut(11) };
    const limited = makeTree(files);
    const raised = makeTree({ ...files, 'mxlint.config.json': JSON.stringify({ limits: { inclusions: 3000 } }) });
    const limit = (dir: string, out: string) => findings(dir, out).filter((f) => f.ruleId.startsWith('syntax/limit'));
    expect(limit(limited, (await runCli(limited, ['-f', 'json', '.'])).stdout).map((f) => f.ruleId)).toEqual(['syntax/limit-inclusions']);
    expect(limit(raised, (await runCli(raised, ['-f', 'json', '.'])).stdout)).toEqual([]);
  });
});
