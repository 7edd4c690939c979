#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/input/limits.ts
var DEFAULT_LIMITS = {
  records: 5e6,
  bytes: 1024 * 1024 * 1024,
  fileBytes: 256 * 1024 * 1024,
  inclusions: 1e3,
  generatedRecords: 65536,
  yamlAliasNodes: 1e4,
  nestingDepth: 64,
  findingsPerFile: 1e4,
  findingsPerRun: 1e5
};
var LIMIT_NAMES = Object.keys(DEFAULT_LIMITS);
var LIMIT_FINDINGS = "mxlint/limit-findings";
var Budget = class {
  limits;
  used = /* @__PURE__ */ new Map();
  constructor(limits = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }
  /** Counts `amount` against `name`; false (and nothing counted) when it would pass the limit. */
  take(name, amount = 1) {
    const used = this.used.get(name) ?? 0;
    if (used + amount > this.limits[name]) return false;
    this.used.set(name, used + amount);
    return true;
  }
  /** The message of a limit reached, naming the configuration key that raises it. */
  message(name, what, consequence = "so mxlint stops reading here") {
    return `${what}: the limit of ${this.limits[name].toLocaleString("en-US")} is reached, ${consequence} (raise "limits": { "${name}": \u2026 } in the configuration if this repository really needs more)`;
  }
};

// src/input/safe-files.ts
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel));
}
function inGitDir(path) {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}
function realpathOrUndefined(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return void 0;
  }
}
function repositoryRoot(dir) {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, ".git"))) return at;
    if (dirname(at) === at) return void 0;
  }
}
var NOT_REGULAR_REASON = "is not a regular file (a device, a FIFO or a socket); mxlint reads regular files only";
function readRegularFile(path, opts) {
  let real = path;
  if (opts.root !== void 0) {
    const resolved = realpathOrUndefined(path);
    if (resolved === void 0) return { ok: false, code: "not-found", reason: "does not exist" };
    real = resolved;
    const root = realpathOrUndefined(opts.root) ?? opts.root;
    if (!isInside(root, real)) return { ok: false, code: "outside", reason: `resolves to ${real}, outside ${root}` };
    if (inGitDir(relative(root, real))) return { ok: false, code: "git-dir", reason: "is inside .git/, which mxlint never reads" };
  }
  let fd;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (opts.root === void 0 && (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP")) return { ok: false, code: "not-found", reason: "does not exist" };
    return { ok: false, code: "not-found", reason: `cannot be opened (${code ?? "error"})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, code: "not-regular", reason: NOT_REGULAR_REASON };
    if (stat.size > opts.maxBytes && opts.head === void 0) {
      return { ok: false, code: "too-large", reason: `is ${stat.size.toLocaleString("en-US")} octets, over the limit of ${opts.maxBytes.toLocaleString("en-US")}` };
    }
    const size = Math.min(stat.size, opts.head ?? stat.size);
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got < size ? bytes.subarray(0, got) : bytes };
  } catch (error) {
    return { ok: false, code: "not-found", reason: `cannot be read (${error.code ?? "error"})` };
  } finally {
    closeSync(fd);
  }
}

export {
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  LIMIT_FINDINGS,
  Budget,
  inGitDir,
  realpathOrUndefined,
  repositoryRoot,
  NOT_REGULAR_REASON,
  readRegularFile
};
