/**
 * The GitHub Action: a thin shell over run → filter → report, bundled to dist/action.js.
 *
 * On a pull request it lints the zones of `paths` in the checkout (the head) and, in the default
 * `introduced` mode, at the base too, and reports only what the change introduces. Findings become
 * workflow-command annotations on stdout (no token, fork-safe), the job summary lists them all,
 * SARIF goes where `sarif-file` says. Outside a pull request every finding is reported.
 *
 * Only this file loads @actions/core and @actions/github; the CLI never does.
 */
import * as core from '@actions/core';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { CONFIG_NAMES, ConfigError, MAX_CONFIG_BYTES } from './engine/config.ts';
import { readRegularFile } from './input/safe-files.ts';
import { FILTER_MODES, filterResults, isFilterMode, type FilterMode } from './git/filter.ts';
import { lintRead, readPaths, reportedFindings, type ReadOutcome, type RunOutcome } from './engine/run.ts';
import { isNamedConfName } from './engine/named-conf.ts';
import { GitError, type ChangedFile } from './git/diff.ts';
import { pullRequestFromEvent, resolveChanges, short, type Changes, type PullRequestApi, type PullRequestRef } from './git/revisions.ts';
import type { FileResult } from './model/result.ts';
import type { SourceText } from './model/source.ts';
import { locate } from './model/span.ts';
import { countSeverities, describeCounts, plural } from './report/counts.ts';
import { escapeHtml, formatGithubAnnotations, formatGithubSummary } from './report/github.ts';
import { formatSarif } from './report/sarif.ts';
import { applyBaseline, BaselineError, readBaseline } from './engine/baseline.ts';
import { neutraliseCommands, printable } from './report/text.ts';
import { VERSION } from './version.ts';
import { ZoneSet } from './model/zoneset.ts';
import { diffPostures, impactOf, type DomainDiff } from './posture/diff.ts';
import { formatDiffMarkdown } from './posture/format.ts';
import { postureSet } from './posture/posture.ts';
import { rules } from '../rules/index.ts';

const FAIL_LEVELS = ['error', 'warning', 'none'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

/** A problem the user can fix (an input, the checkout, the configuration): a message, no stack. */
class InputError extends Error {}

interface Inputs {
  paths: string[];
  config?: string;
  failLevel: FailLevel;
  filterMode: FilterMode;
  annotate: boolean;
  summary: boolean;
  sarifFile?: string;
  token?: string;
  baseline?: string;
  online: boolean;
  nameservers: string[];
}

function readInputs(): Inputs {
  const failLevel = core.getInput('fail-level') || 'error';
  if (!(FAIL_LEVELS as readonly string[]).includes(failLevel)) {
    throw new InputError(`Input 'fail-level' must be one of ${FAIL_LEVELS.join(', ')}, not '${failLevel}'.`);
  }
  const filterMode = core.getInput('filter-mode') || 'introduced';
  if (!isFilterMode(filterMode)) throw new InputError(`Input 'filter-mode' must be one of ${FILTER_MODES.join(', ')}, not '${filterMode}'.`);
  const paths = lines(core.getInput('paths'));
  const config = core.getInput('config') || undefined;
  const token = core.getInput('token') || undefined;
  if (token) core.setSecret(token);
  return {
    paths: paths.length ? paths : ['.'],
    config,
    failLevel: failLevel as FailLevel,
    filterMode,
    annotate: booleanInput('annotate', true),
    summary: booleanInput('summary', true),
    sarifFile: core.getInput('sarif-file') || undefined,
    token,
    baseline: core.getInput('baseline') || undefined,
    online: booleanInput('online', false),
    nameservers: lines(core.getInput('nameservers')),
  };
}

/** A multi-line input: one value per line, blank lines dropped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`, with a default and a plain message. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false, not '${value}'.`);
}

/**
 * Logs one line. Record text and file names come from the pull request (maybe a fork's): control
 * characters become visible pictures, a line that would start with `::` (which the runner reads as
 * a workflow command, even after spaces) is prefixed, and `##[` (the legacy command form, read
 * anywhere in a line) is made inert.
 */
function say(message: string): void {
  const line = inert(message);
  core.info(/^\s*::/.test(line) ? `> ${line}` : line);
}

/** Text from the pull request made safe for the log and for a command's message. */
function inert(message: string): string {
  return neutraliseCommands(printable(message));
}

/**
 * Head and base are linted with every finding: a pull request's finding past the first 10,000 of
 * a large zone must still be found on its line, and a base's finding past them still be known as
 * pre-existing. The limits count once, on what is reported (below the filter and the baseline).
 */
const EVERY_FINDING = { unlimited: true } as const;

interface Report {
  results: FileResult[];
  /** Findings of the head left out by the filter. */
  notReported: number;
  /** What the summary says about how the findings were chosen (HTML-safe). */
  notes: string[];
  /** `introduced` mode: findings of the head that the base had already. */
  preExisting?: number;
  /** Every finding of the head (SARIF). */
  all: FileResult[];
  nothingToLint: boolean;
  /** Pull-request mode: what the change does to each mail domain (the "Mail impact" section). */
  mail?: { diffs: DomainDiff[]; compared: number };
}

async function main(): Promise<number> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace) {
    if (!existsSync(workspace)) throw new InputError(`GITHUB_WORKSPACE ${workspace} does not exist.`);
    process.chdir(workspace);
  }
  if (inputs.config && !existsSync(resolve(inputs.config))) throw new InputError(`Input 'config': no such file: ${inputs.config}`);

  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const payload = readEvent();
  const pr = pullRequestFromEvent(payload);
  if (!pr && (eventName.startsWith('pull_request') || eventName === 'merge_group')) {
    const where = eventName === 'merge_group' ? 'merge_group.base_sha and merge_group.head_sha' : 'pull_request.base.sha and pull_request.head.sha';
    throw new InputError(`The ${eventName} event payload has no ${where} (GITHUB_EVENT_PATH).`);
  }

  const headRead = await readPaths({ rules, paths: inputs.paths, configPath: inputs.config });
  if (headRead.missing.length) throw new InputError(`Input 'paths': no such file or directory: ${headRead.missing.join(', ')}`);
  if (!inputs.online && inputs.nameservers.length) throw new InputError("Input 'nameservers' needs 'online: true'.");
  say(`mxlint ${VERSION}: ${plural(headRead.zones.length, 'zone file')} found (paths: ${inputs.paths.join(', ')}).`);
  /** The outside view, when asked for: added to the head's findings before the filter. */
  const checkOnline = async (head: RunOutcome): Promise<void> => {
    if (!inputs.online) return;
    const online = await import('./online/index.ts');
    const options = online.parseOnlineOptions(inputs.nameservers, undefined, undefined);
    if (typeof options === 'string') throw new InputError(`Input 'nameservers': ${options}`);
    // A pull request changes records that are not served yet: drift there is the change itself.
    const configured = await online.configuredServers(head.zones, inputs.config);
    head.results = await online.checkOnline(head.zones, head.results, { ...options, drift: !pr, configured });
  };

  let head: RunOutcome;
  let report: Report;
  if (pr) {
    const outcome = await pullRequestReport(inputs, pr, headRead, checkOnline);
    head = outcome.head;
    report = outcome.report;
  } else {
    head = await lintRead(headRead, undefined, EVERY_FINDING);
    await checkOnline(head);
    report = pushReport(eventName, head);
  }
  if (inputs.baseline) applyBaselineInput(report, inputs.baseline);
  // The limits of findings per file and per run count what is reported, after the filter and the baseline.
  report.results = reportedFindings(report.results, head.budget);
  report.all = reportedFindings(report.all, head.budget);
  const { results } = report;
  const counts = countSeverities(results);

  if (report.nothingToLint) say('No zone file changed in this pull request: nothing to lint.');
  else say(`${describeCounts(counts)} reported${report.notReported ? `; ${plural(report.notReported, 'finding')} of the head not reported (filter)` : ''}.`);
  for (const result of results) {
    for (const d of result.diagnostics) {
      const loc = locate(d.span);
      say(`- ${result.path}:${loc.line}:${loc.column} ${d.severity} ${d.ruleId}: ${d.message}`);
    }
  }

  if (inputs.annotate) {
    const { lines } = formatGithubAnnotations(results, { maxPerLevel: 10, listedIn: inputs.summary ? 'the job summary lists them all' : "the step's log lists them all" });
    // Escaped by the formatter: no record text can end a command or start another.
    for (const line of lines) process.stdout.write(line + '\n');
  }

  if (inputs.summary) writeSummary(report);

  if (inputs.sarifFile) {
    const path = resolve(inputs.sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, formatSarif(report.all, head.rules, { toolVersion: VERSION, baseDir: process.cwd() }) + '\n');
    say(`SARIF written to ${relative(process.cwd(), path) || path} (${plural(countSeverities(report.all).total, 'finding')} of the head).`);
    core.setOutput('sarif-file', path);
  }
  if (report.mail) {
    const impact = impactOf(report.mail.diffs);
    say(`Mail impact: ${impact}${report.mail.diffs.length ? ` (${plural(report.mail.diffs.length, 'mail domain')} changed)` : ''}.`);
    core.setOutput('mail-impact', impact);
  }
  core.setOutput('error-count', counts.errors);
  core.setOutput('warning-count', counts.warnings);

  if (head.internalError) {
    core.setFailed('mxlint: a rule failed on a zone (internal error, reported as mxlint/internal-error); please report it.');
    return 1;
  }
  const failing = inputs.failLevel === 'error' ? counts.errors : inputs.failLevel === 'warning' ? counts.errors + counts.warnings : 0;
  if (failing > 0) {
    const message = `mxlint: ${describeCounts(counts)} (fail-level: ${inputs.failLevel}).`;
    // The findings' own annotations already say what is wrong; a setFailed annotation would take one
    // of the 10 error annotations GitHub shows per step.
    if (inputs.annotate) say(message);
    else core.setFailed(message);
    return 1;
  }
  return 0;
}

/** Leaves out the findings the baseline file (written by `mxlint --baseline-write`) holds. */
function applyBaselineInput(report: Report, file: string): void {
  if (!existsSync(file)) throw new InputError(`Input 'baseline': no such file: ${file} (write it with mxlint --baseline-write ${file})`);
  let baseline;
  try {
    baseline = readBaseline(file);
  } catch (error) {
    if (error instanceof BaselineError) throw new InputError(error.message);
    throw error;
  }
  const { results, known } = applyBaseline(report.results, baseline, process.cwd());
  report.results = results;
  if (known > 0) {
    say(`Baseline ${file}: ${plural(known, 'finding')} it holds not reported.`);
    report.notes.push(`${plural(known, 'finding')} held by the baseline <code>${escapeHtml(file)}</code> ${known === 1 ? 'is' : 'are'} not listed.`);
  }
}

function readEvent(): unknown {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`Cannot read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function pushReport(eventName: string, head: RunOutcome): Report {
  const what = eventName ? `the ${eventName} event` : 'this run';
  say(`Not a pull request (${eventName || 'no event'}): linting every zone of the paths; filter-mode does not apply.`);
  return {
    results: head.results,
    all: head.results,
    notReported: 0,
    notes: [`Not a pull request (${escapeHtml(what)}): every zone of the paths was linted and every finding is listed.`],
    nothingToLint: false,
  };
}

/**
 * Pull-request mode: the base version of the zones is read first (the head's zone files at the
 * base, following renames, and zone files the change deletes), then the head is linted with it,
 * so change rules see both (`RuleContext.base`); the two postures give the "Mail impact" section.
 */
async function pullRequestReport(
  inputs: Inputs,
  pr: PullRequestRef,
  headRead: ReadOutcome,
  checkOnline: (head: RunOutcome) => Promise<void>,
): Promise<{ head: RunOutcome; report: Report }> {
  say(`${Number.isNaN(pr.number) ? 'Merge queue group' : `Pull request #${pr.number}`}: base ${short(pr.baseSha)}, head ${short(pr.headSha)}${pr.fromFork ? ' (from a fork)' : ''}; filter mode ${inputs.filterMode}.`);
  const api = inputs.token && !Number.isNaN(pr.number) ? await githubApi(inputs.token, pr.number) : undefined;
  let changes: Changes;
  try {
    changes = await resolveChanges({ cwd: process.cwd(), pr, api, log: say });
  } catch (error) {
    if (error instanceof GitError) throw new InputError(error.message);
    throw error;
  }
  say(changes.description);
  for (const warning of changes.warnings) say(`Warning: ${warning}`);
  const notes = [escapeHtml(changes.description), ...changes.warnings.map((w) => `Warning: ${escapeHtml(w)}`)];

  const cwd = process.cwd();
  const display = (path: string) => relative(cwd, resolve(changes.root, path));
  const changed: ChangedFile[] = changes.files.map((f) => ({ ...f, path: display(f.path), oldPath: f.oldPath === undefined ? undefined : display(f.oldPath) }));
  say(`${plural(changed.length, 'changed file')}.`);

  // A pull request that changes how it is judged must say so where reviewers look.
  const configChanges = changed.filter((f) => isConfigFile(f.path));
  if (configChanges.length) {
    const list = configChanges.map((f) => `${f.path} (${f.status})`).join(', ');
    const message = `This pull request changes mxlint's configuration: ${list}. The head is linted with the pull request's configuration and the base with the base's, and every zone counts as changed; review these changes, they decide what is checked.`;
    core.warning(inert(message));
    notes.push(`<strong>Warning:</strong> ${escapeHtml(message)}`);
  }

  // named.conf says which zone each BIND file is and in which view: a change to it can change any zone's findings.
  // A file named.conf includes (zones.conf, zones.rfc1918) says it as well as named.conf does.
  const confFiles = new Set(headRead.confFiles);
  const namedConfChanges = changed.filter((f) => isNamedConfName(f.path) || confFiles.has(resolve(f.path)));
  if (namedConfChanges.length) {
    const list = namedConfChanges.map((f) => `${f.path} (${f.status})`).join(', ');
    const message = `This pull request changes BIND's configuration: ${list}. named.conf says which zone each file is and in which view, so every zone counts as changed; review it as you would the zones it names.`;
    core.warning(inert(message));
    notes.push(`<strong>Warning:</strong> ${escapeHtml(message)}`);
  }

  // Fail closed: a changed path that matches no file of the checkout (a name quoted or encoded in a
  // way not understood) must not make a changed zone look unchanged. Every linted file then counts
  // as changed in full.
  const unmatched = changed.filter((f) => f.status !== 'deleted' && !existsSync(resolve(f.path)));
  if (unmatched.length) {
    const message = `${plural(unmatched.length, 'changed path')} of the diff ${unmatched.length === 1 ? 'matches' : 'match'} no file of the checkout (${unmatched.map((f) => f.path).join(', ')}): every linted file counts as changed in full.`;
    say(`Warning: ${message}`);
    notes.push(`Warning: ${escapeHtml(message)}`);
  }

  const sources = new Map<string, SourceText>();
  for (const zone of headRead.zones) for (const file of zone.files) sources.set(file.path, file);
  // A configuration change (mxlint's or named.conf) can change the findings of any zone: every zone counts as changed too.
  if (unmatched.length || configChanges.length || namedConfChanges.length) {
    const listed = new Set(changed.map((f) => f.path));
    for (const path of sources.keys()) if (!listed.has(path)) changed.push({ path, oldPath: path, status: 'modified', hunks: [], wholeFile: true });
    for (const f of changed) if (sources.has(f.path)) f.wholeFile = true;
  }

  // A file the change deletes or renames away that a zone `$INCLUDE`d: that zone no longer loads,
  // though none of its own files changed. It counts as changed in full.
  const gone = new Set(changed.flatMap((f) => (f.status === 'deleted' ? [f.path] : f.oldPath !== undefined && f.oldPath !== f.path ? [f.oldPath] : [])).map((path) => resolve(path)));
  for (const zone of headRead.zones) {
    if (!zone.missingIncludes?.some((path) => gone.has(path)) || changed.some((f) => f.path === zone.source.path)) continue;
    changed.push({ path: zone.source.path, oldPath: zone.source.path, status: 'modified', hunks: [], wholeFile: true });
  }

  if (inputs.filterMode !== 'nofilter' && !changed.some((f) => (f.status === 'deleted' ? looksLikeZoneName(f.path, inputs.paths) : sources.has(f.path)))) {
    const head = await lintRead(headRead, undefined, EVERY_FINDING);
    await checkOnline(head);
    // No zone changed: no mail record either.
    const mail = { diffs: [], compared: postureSet(new ZoneSet(headRead.zones)).size };
    return { head, report: { results: [], all: head.results, notReported: 0, notes, nothingToLint: true, mail } };
  }

  const deleted = changed.filter((f) => f.status === 'deleted' && looksLikeZoneName(f.path, inputs.paths)).map((f) => resolve(f.path));
  const files = [...sources.keys()].map((p) => resolve(p));
  // The base's configuration judges the base: its configuration files are read at the base too.
  await changes.prepare([...files, ...deleted, ...configCandidates(files, changes.root)]);
  const roots = [...headRead.zones.map((z) => resolve(z.source.path)).filter((p) => changes.existsAtBase(p)), ...deleted];
  const baseRead = roots.length ? await readPaths({ rules, paths: roots, configPath: inputs.config, readFile: changes.readBase }) : undefined;
  const baseZones = baseRead?.zones ?? [];
  const head = await lintRead(headRead, baseZones, EVERY_FINDING);
  await checkOnline(head);
  const basePostures = postureSet(new ZoneSet(baseZones));
  const headPostures = postureSet(new ZoneSet(headRead.zones));
  const mail = { diffs: diffPostures(basePostures, headPostures), compared: new Set([...basePostures.keys(), ...headPostures.keys()]).size };

  let base: FileResult[] | undefined;
  if (inputs.filterMode === 'introduced') {
    base = baseRead ? (await lintRead(baseRead, undefined, EVERY_FINDING)).results : [];
    say(`Base: ${plural(roots.length, 'zone file')} linted at ${short(changes.baseRef)}, ${plural(base.reduce((n, r) => n + r.diagnostics.length, 0), 'finding')}.`);
  }
  const filtered = filterResults(inputs.filterMode, { head: head.results, changes: changed, base, sources });
  if (inputs.filterMode !== 'introduced' && filtered.notReported > 0) {
    notes.push(`${plural(filtered.notReported, 'finding')} of the head outside the changes (filter mode <code>${inputs.filterMode}</code>) ${filtered.notReported === 1 ? 'is' : 'are'} not listed.`);
  }
  return {
    head,
    report: {
      results: filtered.results,
      all: filtered.all,
      notReported: filtered.notReported,
      preExisting: inputs.filterMode === 'introduced' && filtered.notReported > 0 ? filtered.notReported : undefined,
      notes,
      nothingToLint: false,
      mail,
    },
  };
}

function isConfigFile(path: string): boolean {
  const name = basename(path);
  if (!CONFIG_NAMES.includes(name)) return false;
  if (name !== 'package.json') return true;
  // The pull request controls this file: read it as configuration is read (a regular file in the
  // checkout, size-capped), never through a link to a device.
  const read = readRegularFile(path, { root: process.cwd(), maxBytes: MAX_CONFIG_BYTES });
  return read.ok && /"mxlint"\s*:/.test(Buffer.from(read.bytes).toString('utf8'));
}

/** Every place a configuration for `files` may be, up to the repository's root. */
function configCandidates(files: readonly string[], root: string): string[] {
  const out = new Set<string>();
  for (const file of files) {
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      for (const name of CONFIG_NAMES) out.add(resolve(dir, name));
      if (dir === resolve(root) || dirname(dir) === dir) break;
    }
  }
  return [...out];
}

/** A deleted file counts as a zone when it lay under the paths and had a zone's or an export's name. */
function looksLikeZoneName(path: string, paths: readonly string[]): boolean {
  const absolute = resolve(path);
  const under = paths.some((p) => {
    const rel = relative(resolve(p), absolute);
    return rel === '' || !(rel.startsWith('..') || resolve(rel) === rel);
  });
  const name = basename(path).toLowerCase();
  return under && (/\.(zone|db|json|ya?ml)$/.test(name) || name.startsWith('db.'));
}

function writeSummary(report: Report): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    say('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  let text: string;
  if (report.nothingToLint) {
    text = `<h2>mxlint</h2>\n\nNo zone file changed in this pull request: nothing to lint.\n\n`;
  } else {
    text = formatGithubSummary(report.results, { preExisting: report.preExisting, title: 'mxlint' });
  }
  if (report.mail) text += formatDiffMarkdown(report.mail.diffs, report.mail.compared, '<h2>Mail impact</h2>') + '\n';
  text += report.notes.map((n) => `<p>${n}</p>\n`).join('') + '\n';
  appendFileSync(path, text);
}

/** The REST calls of the API fallback, with @actions/github (GITHUB_API_URL, GITHUB_REPOSITORY). */
async function githubApi(token: string, pullNumber: number): Promise<PullRequestApi> {
  const { getOctokit, context } = await import('@actions/github');
  const octokit = getOctokit(token);
  const { owner, repo } = context.repo;
  return {
    async listFiles() {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, previous_filename: f.previous_filename, status: f.status, patch: f.patch }));
    },
    async fileAt(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file') return undefined;
        if ('encoding' in data && data.encoding === 'base64') return Buffer.from(data.content, 'base64');
        // Over 1 MB the JSON form carries no content: ask for the raw file.
        const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref, mediaType: { format: 'raw' } });
        return typeof raw.data === 'string' ? Buffer.from(raw.data, 'utf8') : undefined;
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'status' in error && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}

/** The HTTP status of an Octokit request error, if it is one. */
function httpStatus(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const status = httpStatus(error);
    if (error instanceof InputError || error instanceof ConfigError || error instanceof GitError) {
      core.setFailed(inert(`mxlint: ${error instanceof ConfigError ? 'configuration error: ' : ''}${error.message}`));
    } else if (status === 401 || status === 403) {
      core.setFailed(
        `mxlint: the GitHub API refused the token (HTTP ${status}) while reading the pull request's changes. ` +
          "Give the job 'contents: read' and 'pull-requests: read' permissions, or check out with fetch-depth: 0 so that no API call is needed.",
      );
    } else {
      core.setFailed(inert(`mxlint: internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`));
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
    process.exitCode = 1;
  },
);
