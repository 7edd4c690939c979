/**
 * `mxlint diff <base> [<head>]`: what a change does to each mail domain. Base and head are two
 * directories, or git revisions of the repository around the working directory (the head
 * defaults to the working tree). A revision is read from `git archive` into a scratch directory,
 * so every input format, renamed, added and deleted zones and `$INCLUDE`d files are read exactly
 * as a lint run reads the checkout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../engine/config.ts';
import { readPaths } from '../engine/run.ts';
import { ZoneSet } from '../model/zoneset.ts';
import { diffPostures, type DomainDiff } from './diff.ts';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from './format.ts';
import { type DomainPosture, postureSet } from './posture.ts';
import { rules } from '../../rules/index.ts';

export const DIFF_HELP = `Usage: mxlint diff <base> [<head>] [options]

Says what a change does to each mail domain's posture: inbound (MX), senders (SPF),
DMARC, DKIM, MTA-STS, TLS-RPT, DANE and BIMI.
<base> and <head> are two directories, or git revisions of the repository around the
working directory; <head> defaults to the working tree.

Options:
  -f, --format <name>     text (default), markdown, json
  -o, --output-file <f>   write the report to a file instead of standard output
  -c, --config <file>     use this configuration file instead of searching for one
  -h, --help              show this help

Exit codes: 0 the review was written (whatever it says), 2 usage or git error.`;

class DiffError extends Error {}

/** Runs the subcommand; returns the exit code. */
export async function diffCommand(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err(`mxlint diff: ${error instanceof Error ? error.message : String(error)}\nRun mxlint diff --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    out(DIFF_HELP + '\n');
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format) || positionals.length < 1 || positionals.length > 2) {
    err(`mxlint diff: ${positionals.length < 1 || positionals.length > 2 ? 'give a base and optionally a head' : `unknown format '${format}' (text, markdown, json)`}\nRun mxlint diff --help for usage.\n`);
    return 2;
  }
  const scratch: string[] = [];
  try {
    const [baseArg, headArg] = positionals;
    const base = await postures(side(baseArg, scratch), values.config);
    const head = await postures(headArg === undefined ? workTree() : side(headArg, scratch), values.config);
    const diffs = diffPostures(base, head);
    const compared = new Set([...base.keys(), ...head.keys()]).size;
    const text = render(format, diffs, compared);
    if (values['output-file']) writeFileSync(values['output-file'], text);
    else out(text);
    return 0;
  } catch (error) {
    if (error instanceof DiffError || error instanceof ConfigError) {
      err(`mxlint diff: ${error instanceof ConfigError ? 'configuration error: ' : ''}${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}

function render(format: string, diffs: DomainDiff[], compared: number): string {
  if (format === 'json') return formatDiffJson(diffs, compared);
  if (format === 'markdown') return formatDiffMarkdown(diffs, compared);
  return formatDiffText(diffs, compared);
}

async function postures(dir: string, configPath: string | undefined): Promise<Map<string, DomainPosture>> {
  const { zones } = await readPaths({ rules, paths: [dir], configPath });
  return postureSet(new ZoneSet(zones));
}

/** A directory as given, or a git revision checked out (by `git archive`) into a scratch directory. */
function side(arg: string, scratch: string[]): string {
  if (statSync(arg, { throwIfNoEntry: false })?.isDirectory()) return arg;
  const top = workTree();
  const commit = run('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], top);
  if (commit.status !== 0) throw new DiffError(`'${arg}' is neither a directory nor a git revision of ${top}`);
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-diff-'));
  scratch.push(dir);
  const archive = spawnSync('git', ['archive', '--format=tar', commit.stdout.toString().trim()], { cwd: top, maxBuffer: 2 * 1024 * 1024 * 1024 });
  if (archive.status !== 0) throw new DiffError(`git archive ${arg} failed: ${archive.stderr.toString().trim()}`);
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (tar.status !== 0) throw new DiffError(`unpacking ${arg} failed: ${tar.stderr.toString().trim()}`);
  // $INCLUDE stays inside the repository that holds the file: mark the scratch copy as one.
  writeFileSync(join(dir, '.git'), '');
  return dir;
}

function workTree(): string {
  const top = run('git', ['rev-parse', '--show-toplevel'], process.cwd());
  if (top.status !== 0) throw new DiffError(`${process.cwd()} is not in a git repository: give two directories, or run mxlint diff inside the repository`);
  return top.stdout.toString().trim();
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd });
  if (result.error) throw new DiffError(`cannot run ${command}: ${result.error.message}`);
  return result;
}
