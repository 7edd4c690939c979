#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FH5Z7YEI.js";
import {
  printable
} from "./chunks/chunk-6LNEOKTU.js";
import {
  countSeverities
} from "./chunks/chunk-KYABPQAJ.js";
import {
  timePhase,
  timingEnabled,
  timingReport
} from "./chunks/chunk-UEU3PZWM.js";
import {
  useReadWorker
} from "./chunks/chunk-TJ7IT3K3.js";
import "./chunks/chunk-BXZX2DKK.js";
import {
  rules
} from "./chunks/chunk-N45YSYZF.js";
import "./chunks/chunk-XKVZU7CZ.js";
import "./chunks/chunk-VOD57E3I.js";
import {
  ConfigError,
  ConfigLoader
} from "./chunks/chunk-W4COR2XC.js";
import "./chunks/chunk-TAVGFJXT.js";
import "./chunks/chunk-SZUBHHFO.js";
import "./chunks/chunk-FO3ECEPE.js";
import "./chunks/chunk-OB7DJ3JY.js";
import "./chunks/chunk-CCFEVKPO.js";

// src/cli.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "mxlint",
  version: "0.1.0",
  description: "Lint DNS zones for mail-routing mistakes: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, TTL and SOA",
  license: "MIT",
  type: "module",
  bin: {
    mxlint: "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "action.yml",
    "rules/*/README.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node build.mjs",
    test: "vitest run",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    bench: "node bench/read.mjs"
  },
  keywords: [
    "dns",
    "zone",
    "lint",
    "mx",
    "spf",
    "dmarc",
    "dkim",
    "bind"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/dns-packet": "^5.6.5",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "dns-packet": "^5.6.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    husky: "^9.1.7",
    ignore: "^7.0.17",
    "jsonc-parser": "^3.3.1",
    "lint-staged": "^16.4.0",
    "parse-diff": "^0.12.0",
    picocolors: "^1.1.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/cli.ts
var HELP = `Usage: mxlint [options] [paths...]
       mxlint diff <base> [<head>]   what a change does to each domain's mail (mxlint diff --help)

Lints DNS zones (BIND master files and provider exports) for mail-routing mistakes.
Paths are files or directories (default: the current directory).

Options:
  -f, --format <name>     stylish (default), json (ESLint format), sarif, github
  -o, --output-file <f>   write the report to a file instead of standard output
  -c, --config <file>     use this configuration file instead of searching for one
      --print-config <f>  print the configuration in force for a file and exit
  -q, --quiet             report errors only
      --staged            lint the content staged in the git index (pre-commit hooks)
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
  useReadWorker(new URL("./split-worker.js", import.meta.url));
  if (argv[0] === "diff") {
    const { diffCommand } = await import("./chunks/command-GUSNURFX.js");
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
  const format = values.format ?? "stylish";
  if (!["stylish", "json", "sarif", "github"].includes(format)) return usage(`unknown format '${format}' (stylish, json, sarif, github)`);
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
    const paths = positionals.length ? positionals : ["."];
    const outcome = values.staged ? await (await import("./chunks/staged-IDCEGEOA.js")).runStaged({ paths: positionals, configPath: values.config }) : await run({ paths, configPath: values.config });
    if (outcome.missing.length) {
      process.stderr.write(outcome.missing.map((m) => `mxlint: no such file or directory: ${m}
`).join(""));
      return 2;
    }
    if (values["list-files"]) {
      process.stdout.write((await import("./chunks/listing-Z7ESEC7E.js")).formatListing(outcome.listing));
      return 0;
    }
    let results = outcome.results;
    if (values.online) {
      const online = await import("./chunks/online-6RV4INB7.js");
      const options = online.parseOnlineOptions(values.nameserver ?? [], values["dns-timeout"], values["https-port"]);
      if (typeof options === "string") return usage(options);
      const configured = await online.configuredServers(outcome.zones, values.config);
      results = await online.checkOnline(outcome.zones, results, { ...options, configured });
    } else if (values.nameserver || values["dns-timeout"] || values["https-port"]) {
      return usage("--nameserver, --dns-timeout and --https-port need --online");
    }
    if (values.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }));
    const output = await timePhase("format", () => render(format, results, outcome.rules, color(values)));
    try {
      await timePhase("write", () => {
        const out = values["output-file"] ? openSync(values["output-file"], "w") : void 0;
        for (const piece of typeof output === "string" ? [output] : output) {
          if (out !== void 0) writeSync(out, piece);
          else if (piece) process.stdout.write(piece);
        }
        if (out !== void 0) closeSync(out);
      });
    } catch (error) {
      if (error.code === "EPIPE") return 0;
      process.stderr.write(`mxlint: cannot write the report: ${printable(error instanceof Error ? error.message : String(error))}
`);
      return 2;
    }
    if (timingEnabled) process.stderr.write(timingReport());
    if (outcome.internalError) return 2;
    const counts = countSeverities(results);
    if (counts.errors > 0) return 1;
    if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
      process.stderr.write(`mxlint found too many warnings (maximum: ${maxWarnings}).
`);
      return 1;
    }
    return 0;
  } catch (error) {
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
      const { formatJsonChunks } = await import("./chunks/json-VCWN7QNR.js");
      return (function* () {
        yield* formatJsonChunks(results);
        yield "\n";
      })();
    }
    case "sarif":
      return (await import("./chunks/sarif-HAAOT7GI.js")).formatSarif(results, ruleList, { toolVersion: VERSION, baseDir: process.cwd() }) + "\n";
    case "github": {
      const { formatGithubAnnotations } = await import("./chunks/github-BZJLNOD4.js");
      const { lines } = formatGithubAnnotations(results, {});
      return lines.map((l) => l + "\n").join("");
    }
    default:
      return (await import("./chunks/stylish-MSL7625L.js")).formatStylish(results, { color: useColor });
  }
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
