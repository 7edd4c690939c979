#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-QFQY5WIX.js";
import {
  printable
} from "./chunk-6LNEOKTU.js";
import {
  plural
} from "./chunk-KYABPQAJ.js";
import {
  readPaths
} from "./chunk-ZPCBEGAE.js";
import "./chunk-3WNIJ6AM.js";
import {
  ZoneSet,
  diffPostures,
  impactOf,
  postureSet,
  rules
} from "./chunk-H5HZL44F.js";
import "./chunk-CIGZ5PDF.js";
import "./chunk-VOD57E3I.js";
import "./chunk-ATMOH74O.js";
import {
  ConfigError
} from "./chunk-GYRZPTRP.js";
import "./chunk-4AEENPI5.js";
import "./chunk-5KNXT2RY.js";
import "./chunk-CUWRVAA3.js";
import "./chunk-FO3ECEPE.js";
import "./chunk-C7ZOMXXB.js";
import "./chunk-CCFEVKPO.js";

// src/posture/command.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/posture/format.ts
function headline(diffs, compared) {
  if (diffs.length === 0) return `No mail record changed (${plural(compared, "mail domain")} compared).`;
  const weakened = diffs.filter((d) => d.changes.some((c) => c.weakens)).length;
  return `${plural(diffs.length, "mail domain")} changed${weakened ? `, ${weakened} weakened` : ""} (${compared} compared).`;
}
function grouped(diff) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of diff.changes) {
    const group = groups.get(change.aspect) ?? { aspect: change.aspect, texts: [], weakens: false };
    group.texts.push(change.text);
    group.weakens ||= change.weakens;
    groups.set(change.aspect, group);
  }
  return [...groups.values()];
}
function formatDiffText(diffs, compared) {
  const lines = [headline(diffs, compared)];
  for (const diff of diffs) {
    lines.push("", `${printable(diff.domain)}${diff.status === "changed" ? "" : ` (${diff.status})`}`);
    for (const g of grouped(diff)) lines.push(`  ${g.weakens ? "!" : " "} ${g.aspect}: ${printable(g.texts.join("; "))}`);
  }
  if (diffs.some((d) => d.changes.some((c) => c.weakens))) lines.push("", "! = weakens protection");
  return lines.join("\n") + "\n";
}
function formatDiffMarkdown(diffs, compared, heading = "## Mail impact", maxBytes = 64 * 1024) {
  let out = [heading, "", escapeHtml(headline(diffs, compared))].join("\n") + "\n";
  let left = 0;
  for (const diff of diffs) {
    const lines = ["", `**${escapeHtml(diff.domain)}**${diff.status === "changed" ? "" : ` (${diff.status})`}`, ""];
    for (const g of grouped(diff)) lines.push(`- ${g.weakens ? "\u26A0\uFE0F " : ""}${escapeHtml(g.aspect)}: ${escapeHtml(g.texts.join("; "))}`);
    const block = lines.join("\n") + "\n";
    if (left > 0 || Buffer.byteLength(out) + Buffer.byteLength(block) > maxBytes) left++;
    else out += block;
  }
  if (left > 0) out += `
${plural(left, "more mail domain")} changed, not listed here for size: \`mxlint diff\` lists them all.
`;
  return out;
}
function formatDiffJson(diffs, compared) {
  return JSON.stringify(
    {
      impact: impactOf(diffs),
      compared,
      domains: diffs.map((d) => ({
        domain: d.domain,
        status: d.status,
        changes: d.changes.map((c) => ({ aspect: c.aspect, text: c.text, weakens: c.weakens, ...c.kind ? { rule: `change-${c.kind}` } : {} })),
        base: d.base ?? null,
        head: d.head ?? null
      }))
    },
    null,
    2
  ) + "\n";
}

// src/posture/command.ts
var DIFF_HELP = `Usage: mxlint diff <base> [<head>] [options]

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
var DiffError = class extends Error {
};
async function diffCommand(argv, out, err) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    err(`mxlint diff: ${error instanceof Error ? error.message : String(error)}
Run mxlint diff --help for usage.
`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    out(DIFF_HELP + "\n");
    return 0;
  }
  const format = values.format ?? "text";
  if (!["text", "markdown", "json"].includes(format) || positionals.length < 1 || positionals.length > 2) {
    err(`mxlint diff: ${positionals.length < 1 || positionals.length > 2 ? "give a base and optionally a head" : `unknown format '${format}' (text, markdown, json)`}
Run mxlint diff --help for usage.
`);
    return 2;
  }
  const scratch = [];
  try {
    const [baseArg, headArg] = positionals;
    const base = await postures(side(baseArg, scratch), values.config);
    const head = await postures(headArg === void 0 ? workTree() : side(headArg, scratch), values.config);
    const diffs = diffPostures(base, head);
    const compared = (/* @__PURE__ */ new Set([...base.keys(), ...head.keys()])).size;
    const text = render(format, diffs, compared);
    if (values["output-file"]) writeFileSync(values["output-file"], text);
    else out(text);
    return 0;
  } catch (error) {
    if (error instanceof DiffError || error instanceof ConfigError) {
      err(`mxlint diff: ${error instanceof ConfigError ? "configuration error: " : ""}${error.message}
`);
      return 2;
    }
    throw error;
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}
function render(format, diffs, compared) {
  if (format === "json") return formatDiffJson(diffs, compared);
  if (format === "markdown") return formatDiffMarkdown(diffs, compared);
  return formatDiffText(diffs, compared);
}
async function postures(dir, configPath) {
  const { zones } = await readPaths({ rules, paths: [dir], configPath });
  return postureSet(new ZoneSet(zones));
}
function side(arg, scratch) {
  if (statSync(arg, { throwIfNoEntry: false })?.isDirectory()) return arg;
  const top = workTree();
  const commit = run("git", ["rev-parse", "--verify", "--quiet", `${arg}^{commit}`], top);
  if (commit.status !== 0) throw new DiffError(`'${arg}' is neither a directory nor a git revision of ${top}`);
  const dir = mkdtempSync(join(tmpdir(), "mxlint-diff-"));
  scratch.push(dir);
  const archive = spawnSync("git", ["archive", "--format=tar", commit.stdout.toString().trim()], { cwd: top, maxBuffer: 2 * 1024 * 1024 * 1024 });
  if (archive.status !== 0) throw new DiffError(`git archive ${arg} failed: ${archive.stderr.toString().trim()}`);
  const tar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (tar.status !== 0) throw new DiffError(`unpacking ${arg} failed: ${tar.stderr.toString().trim()}`);
  writeFileSync(join(dir, ".git"), "");
  return dir;
}
function workTree() {
  const top = run("git", ["rev-parse", "--show-toplevel"], process.cwd());
  if (top.status !== 0) throw new DiffError(`${process.cwd()} is not in a git repository: give two directories, or run mxlint diff inside the repository`);
  return top.stdout.toString().trim();
}
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd });
  if (result.error) throw new DiffError(`cannot run ${command}: ${result.error.message}`);
  return result;
}
export {
  DIFF_HELP,
  diffCommand
};
