#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-6LNEOKTU.js";
import {
  countSeverities
} from "./chunk-KYABPQAJ.js";
import {
  run
} from "./chunk-ZPCBEGAE.js";
import {
  SKIP_DIRS
} from "./chunk-3WNIJ6AM.js";
import {
  INTERNAL_ERROR,
  rules,
  timePhase,
  timingEnabled,
  timingReport
} from "./chunk-H5HZL44F.js";
import "./chunk-CIGZ5PDF.js";
import "./chunk-VOD57E3I.js";
import {
  useReadWorker
} from "./chunk-ATMOH74O.js";
import {
  ConfigError,
  ConfigLoader,
  matchesAny
} from "./chunk-GYRZPTRP.js";
import {
  VERSION
} from "./chunk-4AEENPI5.js";
import "./chunk-5KNXT2RY.js";
import "./chunk-CUWRVAA3.js";
import "./chunk-FO3ECEPE.js";
import "./chunk-C7ZOMXXB.js";
import "./chunk-CCFEVKPO.js";

// src/cli.ts
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { relative as relative2, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/engine/path-globs.ts
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
function expandPathGlobs(args) {
  const paths = [];
  const unmatched = [];
  for (const arg of args) {
    const pattern = arg.split(sep).join("/");
    if (existsSync(arg) || !isGlob(pattern)) {
      paths.push(arg);
      continue;
    }
    const segments = pattern.replace(/^\.\//, "").split("/");
    const firstGlob = segments.findIndex(isGlob);
    const base = segments.slice(0, firstGlob).join("/");
    const matcher = (file) => matchesAny(segments.join("/"), file);
    const matches = walk(base || ".").filter((file) => matcher(file));
    if (matches.length === 0) unmatched.push(arg);
    paths.push(...matches);
  }
  return { paths, unmatched };
}
function isGlob(text) {
  return /[*?[{]/.test(text);
}
function walk(dir) {
  const out = [];
  const visit = (current) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) visit(full);
      } else if (entry.isFile()) out.push(dir === "." ? relative(".", full).split(sep).join("/") : full.split(sep).join("/"));
    }
  };
  visit(dir);
  return out;
}

// src/cli.ts
var HELP = `Usage: mxlint [options] [paths...]
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
async function main(argv) {
  if (argv[0] === "diff") {
    const { diffCommand } = await import("./command-MG7C33KB.js");
    return diffCommand(argv.slice(1), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "print-config": { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        staged: { type: "boolean", default: false },
        "list-files": { type: "boolean", default: false },
        "max-warnings": { type: "string" },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        baseline: { type: "string" },
        "baseline-write": { type: "string" },
        explain: { type: "string" },
        online: { type: "boolean", default: false },
        nameserver: { type: "string", multiple: true },
        "dns-timeout": { type: "string" },
        "https-port": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  if (values.explain !== void 0) return explain(values.explain);
  const format = values.format ?? "stylish";
  if (!FORMATS.includes(format)) return usage(`unknown format '${format}' (${FORMATS.join(", ")})`);
  if (values.stdin && (values["stdin-filename"] === void 0 || values.staged || positionals.length)) return usage("--stdin needs --stdin-filename <file> and takes no paths or --staged");
  if (!values.stdin && values["stdin-filename"] !== void 0) return usage("--stdin-filename goes with --stdin");
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) return usage(`--max-warnings needs a whole number, not '${values["max-warnings"]}'`);
  }
  try {
    if (values["print-config"]) {
      const loader = new ConfigLoader(rules, values.config);
      const file = resolve(values["print-config"]);
      loader.find(file);
      await loader.validateAll();
      const config = loader.resolve(file);
      const inForce = Object.fromEntries(rules.map((r) => [r.meta.id, config.rules.get(r.meta.id) ?? "off"]));
      process.stdout.write(JSON.stringify({ configFile: config.path ?? null, rules: inForce, zones: config.zones }, null, 2) + "\n");
      return 0;
    }
    const { paths, unmatched } = expandPathGlobs(positionals.length ? positionals : ["."]);
    if (unmatched.length) {
      process.stderr.write(unmatched.map((m) => `mxlint: no file matches ${m}
`).join(""));
      return 2;
    }
    const stdinFile = values.stdin ? { path: values["stdin-filename"] ?? "", bytes: readFileSync(0) } : void 0;
    const outcome = values.staged ? await (await import("./staged-XQZTT6RE.js")).runStaged({ paths: positionals.length ? paths : [], configPath: values.config }) : await run({ rules, paths: stdinFile ? [] : paths, configPath: values.config, stdin: stdinFile });
    if (outcome.missing.length) {
      process.stderr.write(outcome.missing.map((m) => `mxlint: no such file or directory: ${m}
`).join(""));
      return 2;
    }
    if (values["list-files"]) {
      process.stdout.write((await import("./listing-Z7ESEC7E.js")).formatListing(outcome.listing));
      return 0;
    }
    if (outcome.withoutZones.length) {
      process.stderr.write(outcome.withoutZones.map((folder) => `mxlint: ${printable(noZonesIn(folder))}
`).join(""));
      return 2;
    }
    let results = outcome.results;
    if (values.online) {
      const online = await import("./online-F525H5GQ.js");
      const options = online.parseOnlineOptions(values.nameserver ?? [], values["dns-timeout"], values["https-port"]);
      if (typeof options === "string") return usage(options);
      const configured = await online.configuredServers(outcome.zones, values.config);
      results = await online.checkOnline(outcome.zones, results, { ...options, configured });
    } else if (values.nameserver || values["dns-timeout"] || values["https-port"]) {
      return usage("--nameserver, --dns-timeout and --https-port need --online");
    }
    if (values["baseline-write"] !== void 0 || values.baseline !== void 0) results = await baseline(results, values["baseline-write"], values.baseline);
    if (values.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }));
    const output = await timePhase("format", () => render(format, results, outcome.rules, color(values)));
    try {
      await timePhase("write", () => {
        const out = values["output-file"] ? openSync(values["output-file"], "w") : void 0;
        const write = (text) => {
          if (out !== void 0) writeSync(out, text);
          else if (text) process.stdout.write(text);
        };
        let pending = "";
        for (const piece of typeof output === "string" ? [output] : output) {
          pending += piece;
          if (pending.length >= 65536) {
            write(pending);
            pending = "";
          }
        }
        write(pending);
        if (out !== void 0) closeSync(out);
      });
    } catch (error) {
      if (error.code === "EPIPE") return 0;
      process.stderr.write(`mxlint: cannot write the report: ${printable(error instanceof Error ? error.message : String(error))}
`);
      return 2;
    }
    if (timingEnabled) process.stderr.write(timingReport());
    if (outcome.internalError || results.some((r) => r.diagnostics.some((d) => d.ruleId === INTERNAL_ERROR))) return 2;
    const counts = countSeverities(results);
    if (counts.errors > 0) return 1;
    if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
      process.stderr.write(`mxlint found too many warnings (maximum: ${maxWarnings}).
`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof Error && error.name === "BaselineError") {
      process.stderr.write(`mxlint: ${error.message}
`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`mxlint: configuration error: ${printable(error.message)}
`);
      return 2;
    }
    if (error instanceof Error && error.name === "GitError") {
      process.stderr.write(`mxlint: ${printable(error.message)}
`);
      return 2;
    }
    process.stderr.write(`mxlint: internal error: ${printable(error instanceof Error ? error.message : String(error))}
`);
    if (process.env.MXLINT_DEBUG && error instanceof Error) process.stderr.write(String(error.stack) + "\n");
    return 2;
  }
}
async function render(format, results, ruleList, useColor) {
  switch (format) {
    case "json": {
      const { formatJsonChunks } = await import("./json-BTEEDLG2.js");
      return (function* () {
        yield* formatJsonChunks(results);
        yield "\n";
      })();
    }
    case "sarif":
      return (await import("./sarif-WRQAIKXZ.js")).formatSarif(results, ruleList, { toolVersion: VERSION, baseDir: (await import("./root-QYKC3HEL.js")).repositoryRoot() }) + "\n";
    case "github": {
      const { formatGithubAnnotations } = await import("./github-V4ZNT44Z.js");
      const root = (await import("./root-QYKC3HEL.js")).repositoryRoot();
      const fromRoot = results.map((r) => ({ ...r, path: relative2(root, resolve(r.path)) }));
      const { lines } = formatGithubAnnotations(fromRoot, { listedIn: "mxlint with -f stylish lists them all" });
      return lines.map((l) => l + "\n").join("");
    }
    case "compact":
    case "unix":
      return (await import("./compact-4BQH62AF.js")).formatCompact(results, format);
    default:
      return (await import("./stylish-MSL7625L.js")).formatStylish(results, { color: useColor });
  }
}
var FORMATS = ["stylish", "json", "sarif", "github", "compact", "unix"];
async function baseline(results, writeTo, readFrom) {
  const { applyBaseline, readBaseline, writeBaseline } = await import("./baseline-O6CHWFCJ.js");
  const root = (await import("./root-QYKC3HEL.js")).repositoryRoot();
  if (writeTo !== void 0) {
    const count = writeBaseline(writeTo, results, root);
    process.stderr.write(`mxlint: ${count} finding${count === 1 ? "" : "s"} written to the baseline ${writeTo}
`);
  }
  if (readFrom === void 0) return results;
  const { results: left, known } = applyBaseline(results, readBaseline(readFrom), root);
  if (known > 0) process.stderr.write(`mxlint: ${known} finding${known === 1 ? "" : "s"} of the baseline ${readFrom} not reported
`);
  return left;
}
async function explain(id) {
  const page = (await import("./docs-DX322U6Q.js")).rulePage(id);
  if (page === void 0) {
    const known = rules.map((r) => r.meta.id).filter((r) => r.startsWith(id.split("-")[0]));
    return usage(`no rule or syntax code '${id}'${known.length ? ` (rules of that family: ${known.join(", ")})` : ""}`);
  }
  process.stdout.write(page.endsWith("\n") ? page : page + "\n");
  return 0;
}
function noZonesIn(folder) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const looked = folder.skipped.reduce((sum, s) => sum + s.count, 0);
  const parts = [`${plural(looked, "file")} looked at${looked ? `, none a zone (${folder.skipped.map((s) => `${s.count}: ${s.why}`).join("; ")})` : ""}`];
  if (folder.ignored) parts.push(`${folder.ignored} ignored by .gitignore`);
  if (folder.passedOver) parts.push(`${plural(folder.passedOver, "folder")} passed over (version control, dependencies, build output, hidden)`);
  return `no zone file found in ${folder.given}: ${parts.join("; ")}. \`mxlint --list-files ${folder.given}\` lists each file looked at and why it was skipped`;
}
function color(values) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== void 0) return process.env.FORCE_COLOR !== "0" && process.env.FORCE_COLOR !== "false";
  return process.stdout.isTTY === true;
}
function usage(message) {
  process.stderr.write(`mxlint: ${message}
Run mxlint --help for usage.
`);
  return 2;
}
function runCli(readWorker) {
  useReadWorker(readWorker);
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`mxlint: cannot write the report: ${printable(error.message)}
`);
    process.exit(2);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`mxlint: internal error: ${error instanceof Error ? error.message : String(error)}
`);
      process.exitCode = 2;
    }
  );
}
export {
  runCli
};
