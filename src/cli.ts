/**
 * mxlint command line: a thin shell over discover → read → rules → report.
 * Exit codes as ESLint: 0 clean (or warnings within --max-warnings), 1 problems, 2 usage,
 * configuration or internal error.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, ConfigLoader } from './engine/config.ts';
import { INTERNAL_ERROR } from './engine/lint.ts';
import { expandPathGlobs } from './engine/path-globs.ts';
import { reportedFindings, run } from './engine/run.ts';
import { timePhase, timingEnabled, timingReport } from './engine/timing.ts';
import type { FolderWithoutZones } from './engine/zones.ts';
import type { FileResult } from './model/result.ts';
import { countSeverities } from './report/counts.ts';
import { printable } from './report/text.ts';
import { rules } from '../rules/index.ts';
import { VERSION } from './version.ts';


const HELP = `Usage: mxlint [options] [paths...]
       mxlint diff <base> [<head>]   what a change does to each domain's mail (mxlint diff --help)

Lints DNS zones (BIND master files and provider exports) for mail-routing mistakes.
Paths are files, directories or globs ('zones/*.zone'; default: the current directory).

Options:
  -f, --format <name>     stylish (default), json (ESLint format), sarif, github, compact, unix
  -o, --output-file <f>   write the report to a file instead of standard output
  -c, --config <file>     use this configuration file instead of searching for one
      --print-config <f>  print the configuration in force for a file and exit
  -q, --quiet             report errors only
      --staged            lint the content staged in the git index (pre-commit hooks)
      --stdin             lint a zone read from standard input ...
      --stdin-filename <f>  ... as if it were this file (its configuration, origin, format)
      --baseline <file>   report only findings the baseline file does not hold
      --baseline-write <file>  write every current finding to a baseline file, then report as usual
      --explain <rule>    print a rule's page (or a syntax/<code>'s section) and exit
      --list-files        list the files looked at: taken as what, which zone (and how that
                          was found), which view, or why not; lints nothing
      --max-warnings <n>  exit 1 when there are more than n warnings
      --online            also compare the zones with live DNS and check what a file cannot
                          know (asks each zone's name servers; off by default)
      --nameserver <a[:p]> with --online: ask this server instead (repeatable; for an
                          internal view, or a test server)
      --dns-timeout <s>   with --online: seconds to wait for one DNS answer (default 2)
      --https-port <n>    with --online: port of the MTA-STS policy hosts (default 443)
      --color, --no-color force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no problems (or only warnings within --max-warnings), 1 problems found,
2 usage, configuration or internal error.`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'diff') {
    const { diffCommand } = await import('./posture/command.ts');
    return diffCommand(argv.slice(1), (t) => toStdout(t), (t) => process.stderr.write(t));
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        staged: { type: 'boolean', default: false },
        'list-files': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        explain: { type: 'string' },
        online: { type: 'boolean', default: false },
        nameserver: { type: 'string', multiple: true },
        'dns-timeout': { type: 'string' },
        'https-port': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = args;
  if (values.help) {
    toStdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    toStdout(VERSION + '\n');
    return 0;
  }
  if (values.explain !== undefined) return explain(values.explain);
  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format)) return usage(`unknown format '${format}' (${FORMATS.join(', ')})`);
  if (values.stdin && (values['stdin-filename'] === undefined || values.staged || positionals.length)) return usage('--stdin needs --stdin-filename <file> and takes no paths or --staged');
  if (!values.stdin && values['stdin-filename'] !== undefined) return usage('--stdin-filename goes with --stdin');
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) return usage(`--max-warnings needs a whole number, not '${values['max-warnings']}'`);
  }

  try {
    if (values['print-config']) {
      const loader = new ConfigLoader(rules, values.config);
      const file = resolve(values['print-config']);
      loader.find(file);
      await loader.validateAll();
      const config = loader.resolve(file);
      // Every rule, the ones that are off too, so the output answers "is X on here?".
      const inForce = Object.fromEntries(rules.map((r) => [r.meta.id, config.rules.get(r.meta.id) ?? 'off']));
      toStdout(JSON.stringify({ configFile: config.path ?? null, rules: inForce, zones: config.zones }, null, 2) + '\n');
      return 0;
    }
    const { paths, unmatched } = expandPathGlobs(positionals.length ? positionals : ['.']);
    if (unmatched.length) {
      process.stderr.write(unmatched.map((m) => `mxlint: no file matches ${m}\n`).join(''));
      return 2;
    }
    const stdinFile = values.stdin ? { path: values['stdin-filename'] ?? '', bytes: readFileSync(0) } : undefined;
    // --quiet leaves warnings out before the limits of findings per file and run count, unless
    // --max-warnings counts them (as ESLint does).
    const errorsOnly = values.quiet && maxWarnings < 0;
    // A baseline records, or leaves out, every finding: the limits count after it (below).
    const baselined = values['baseline-write'] !== undefined || values.baseline !== undefined;
    const reporting = { errorsOnly: errorsOnly && values['baseline-write'] === undefined, unlimited: baselined };
    // --staged judges what the commit will contain: the git index, not the working tree.
    const outcome = values.staged
      ? await (await import('./git/staged.ts')).runStaged({ paths: positionals.length ? paths : [], configPath: values.config, ...reporting })
      : await run({ rules, paths: stdinFile ? [] : paths, configPath: values.config, stdin: stdinFile, ...reporting });
    if (outcome.missing.length) {
      process.stderr.write(outcome.missing.map((m) => `mxlint: no such file or directory: ${m}\n`).join(''));
      return 2;
    }
    if (values['list-files']) {
      toStdout((await import('./report/listing.ts')).formatListing(outcome.listing));
      return 0;
    }
    // As ESLint does for a pattern that matches no file: a folder without zones is no clean result.
    if (outcome.withoutZones.length) {
      process.stderr.write(outcome.withoutZones.map((folder) => `mxlint: ${printable(noZonesIn(folder))}\n`).join(''));
      return 2;
    }
    let results: FileResult[] = outcome.results;
    if (values.online) {
      const online = await import('./online/index.ts');
      const options = online.parseOnlineOptions(values.nameserver ?? [], values['dns-timeout'], values['https-port']);
      if (typeof options === 'string') return usage(options);
      const configured = await online.configuredServers(outcome.zones, values.config);
      results = await online.checkOnline(outcome.zones, results, { ...options, configured });
    } else if (values.nameserver || values['dns-timeout'] || values['https-port']) {
      return usage('--nameserver, --dns-timeout and --https-port need --online');
    }
    if (baselined) results = reportedFindings(await baseline(results, values['baseline-write'], values.baseline), outcome.budget, { errorsOnly });
    // As ESLint, --max-warnings counts warnings that --quiet does not report.
    const warnings = countSeverities(results).warnings;
    // Warnings the run kept (see errorsOnly) or the online checks added.
    if (values.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
    const output = await timePhase('format', () => render(format, results, outcome.rules, () => color(values)));
    try {
      await timePhase('write', () => {
        const out = values['output-file'] ? openSync(values['output-file'], 'w') : undefined;
        // Written piece by piece (JSON comes one file at a time): no single string holds the whole
        // report, and pieces are gathered up to 64 KiB so that 2,000 small files are not 2,000 writes.
        const write = (text: string) => {
          if (out !== undefined) writeSync(out, text);
          else if (text) toStdout(text);
        };
        let pending = '';
        for (const piece of typeof output === 'string' ? [output] : output) {
          pending += piece;
          if (pending.length >= 65536) {
            write(pending);
            pending = '';
          }
        }
        write(pending);
        if (out !== undefined) closeSync(out);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
      // A full disk or a closed descriptor: the user's situation, said in one line.
      process.stderr.write(`mxlint: cannot write the report: ${printable(error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
    if (timingEnabled) process.stderr.write(timingReport());
    if (outcome.internalError || results.some((r) => r.diagnostics.some((d) => d.ruleId === INTERNAL_ERROR))) return 2;
    const counts = countSeverities(results);
    if (counts.errors > 0) return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      process.stderr.write(`mxlint found too many warnings (maximum: ${maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof Error && error.name === 'BaselineError') {
      process.stderr.write(`mxlint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      // Paths and keys come from the repository: no raw escape reaches the terminal.
      process.stderr.write(`mxlint: configuration error: ${printable(error.message)}\n`);
      return 2;
    }
    // --staged outside a repository, or a git that fails: the user's situation, not a bug.
    if (error instanceof Error && error.name === 'GitError') {
      process.stderr.write(`mxlint: ${printable(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`mxlint: internal error: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.MXLINT_DEBUG && error instanceof Error) process.stderr.write(String(error.stack) + '\n');
    return 2;
  }
}

async function render(format: string, results: FileResult[], ruleList: Parameters<typeof import('./report/sarif.ts').formatSarif>[1], useColor: () => boolean): Promise<string | Iterable<string>> {
  switch (format) {
    case 'json': {
      const { formatJsonChunks } = await import('./report/json.ts');
      return (function* () {
        yield* formatJsonChunks(results);
        yield '\n';
      })();
    }
    case 'sarif':
      return (await import('./report/sarif.ts')).formatSarif(results, ruleList, { toolVersion: VERSION, baseDir: (await import('./git/root.ts')).repositoryRoot() }) + '\n';
    case 'github': {
      const { formatGithubAnnotations } = await import('./report/github.ts');
      // Annotations attach to repository paths, wherever mxlint runs; the CLI writes no job summary.
      const root = (await import('./git/root.ts')).repositoryRoot();
      const fromRoot = results.map((r) => ({ ...r, path: relative(root, resolve(r.path)) }));
      const { lines } = formatGithubAnnotations(fromRoot, { listedIn: 'mxlint with -f stylish lists them all' });
      return lines.map((l) => l + '\n').join('');
    }
    case 'compact':
    case 'unix':
      return (await import('./report/compact.ts')).formatCompact(results, format);
    default:
      return (await import('./report/stylish.ts')).formatStylish(results, { color: useColor() });
  }
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact', 'unix'];

/** --baseline-write records the findings of this run; --baseline leaves out those it holds. */
async function baseline(results: FileResult[], writeTo: string | undefined, readFrom: string | undefined): Promise<FileResult[]> {
  const { applyBaseline, readBaseline, writeBaseline } = await import('./engine/baseline.ts');
  const root = (await import('./git/root.ts')).repositoryRoot();
  if (writeTo !== undefined) {
    const count = writeBaseline(writeTo, results, root);
    process.stderr.write(`mxlint: ${count} finding${count === 1 ? '' : 's'} written to the baseline ${writeTo}\n`);
  }
  if (readFrom === undefined) return results;
  const { results: left, known } = applyBaseline(results, readBaseline(readFrom), root);
  if (known > 0) process.stderr.write(`mxlint: ${known} finding${known === 1 ? '' : 's'} of the baseline ${readFrom} not reported\n`);
  return left;
}

/** Prints the page of a rule or syntax code, from the package: no network. */
async function explain(id: string): Promise<number> {
  const page = (await import('./engine/docs.ts')).rulePage(id);
  if (page === undefined) {
    const known = rules.map((r) => r.meta.id).filter((r) => r.startsWith(id.split('-')[0]));
    return usage(`no rule or syntax code '${id}'${known.length ? ` (rules of that family: ${known.join(', ')})` : ''}`);
  }
  toStdout(page.endsWith('\n') ? page : page + '\n');
  return 0;
}

/** Why a folder named on the command line gave no zone: what was looked at, what was passed over. */
function noZonesIn(folder: FolderWithoutZones): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const looked = folder.skipped.reduce((sum, s) => sum + s.count, 0);
  const parts = [`${plural(looked, 'file')} looked at${looked ? `, none a zone (${folder.skipped.map((s) => `${s.count}: ${s.why}`).join('; ')})` : ''}`];
  if (folder.ignored) parts.push(`${folder.ignored} ignored by git's ignore files`);
  if (folder.passedOver) parts.push(`${plural(folder.passedOver, 'folder')} passed over (version control, dependencies, build output, hidden)`);
  return `no zone file found in ${folder.given}: ${parts.join('; ')}. \`mxlint --list-files ${folder.given}\` lists each file looked at and why it was skipped`;
}

function color(values: { color?: boolean; 'no-color'?: boolean }): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  return process.stdout.isTTY === true;
}

function usage(message: string): number {
  process.stderr.write(`mxlint: ${message}\nRun mxlint --help for usage.\n`);
  return 2;
}

let stdoutWatched = false;

/**
 * Writes to standard output. Node makes the stream on first use, with its stream modules (4 ms):
 * a run that writes its report to a file (-o) never does.
 */
function toStdout(text: string): void {
  if (!stdoutWatched) {
    stdoutWatched = true;
    // `mxlint … | head` closes the pipe early: that is not an error worth a stack trace.
    // Output to a full disk (`> /dev/full`) fails here, after the write was queued: one line, exit 2.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`mxlint: cannot write the report: ${printable(error.message)}\n`);
      process.exit(2);
    });
  }
  process.stdout.write(text);
}

/** Runs the command line (src/start.ts calls it). */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`mxlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
