#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  gitCommand
} from "./chunk-6NVZVCCY.js";
import {
  SKIP_DIRS,
  discover,
  readZones
} from "./chunk-3WNIJ6AM.js";
import {
  lintZones,
  rules
} from "./chunk-H5HZL44F.js";
import "./chunk-CIGZ5PDF.js";
import "./chunk-VOD57E3I.js";
import "./chunk-ATMOH74O.js";
import {
  ConfigLoader
} from "./chunk-GYRZPTRP.js";
import "./chunk-4AEENPI5.js";
import "./chunk-5KNXT2RY.js";
import "./chunk-CUWRVAA3.js";
import "./chunk-FO3ECEPE.js";
import {
  Budget
} from "./chunk-C7ZOMXXB.js";
import "./chunk-CCFEVKPO.js";

// src/git/staged.ts
import { spawnSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var GitError = class extends Error {
  name = "GitError";
};
var HEAD_BYTES = 8192;
async function runStaged(options) {
  const cwd = process.cwd();
  const top = gitTop(cwd);
  const index = listIndex(top);
  const missing = [];
  const targets = /* @__PURE__ */ new Set();
  if (options.paths.length === 0) {
    const prefix = toIndexPath(top, cwd);
    for (const path of gitLines(top, ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "--no-renames", "-z"])) {
      if (index.has(path) && under(path, prefix ?? "") && walked(path, prefix ?? "")) targets.add(path);
    }
  } else {
    let deleted;
    for (const given of options.paths) {
      const path = toIndexPath(top, resolve(cwd, given));
      if (path !== void 0 && index.has(path)) {
        targets.add(path);
        continue;
      }
      let any = false;
      if (path !== void 0) {
        for (const file of index.keys()) {
          if (under(file, path) && walked(file, path)) {
            targets.add(file);
            any = true;
          }
        }
      }
      if (any || existsSync(resolve(cwd, given))) continue;
      deleted ??= new Set(gitLines(top, ["diff", "--cached", "--name-only", "--diff-filter=D", "--no-renames", "-z"]));
      if (path === void 0 || !deleted.has(path)) missing.push(given);
    }
  }
  const blobs = new BlobStore(top, index);
  const absolute = (path) => resolve(top, ...path.split("/"));
  const readFile = (file) => {
    const path = toIndexPath(top, file);
    return path === void 0 ? void 0 : blobs.get(path);
  };
  const readHead = (file) => {
    const bytes = readFile(file);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString("latin1") : void 0;
  };
  const loader = new ConfigLoader(rules, options.configPath);
  blobs.prefetch(targets);
  const targetFiles = discover([...targets].map(absolute), loader, readHead).files;
  const others = [];
  for (const path of index.keys()) if (!targets.has(path) && walked(path, "")) others.push(absolute(path));
  const memberFiles = discover(others, loader).files;
  blobs.prefetch(memberFiles.map((c) => toIndexPath(top, c.path)));
  await loader.validateAll();
  const files = [...targetFiles, ...memberFiles].map((file) => ({ ...file, explicit: false }));
  const { zones, listing } = await readZones({ files, skipped: [], missing: [] }, loader, { readFile, root: () => top, budget: new Budget(loader.limits()) });
  const targetZones = /* @__PURE__ */ new Set();
  for (const zone of zones) {
    for (const source of zone.files) {
      const path = toIndexPath(top, resolve(cwd, source.path));
      if (path !== void 0 && targets.has(path)) targetZones.add(zone);
    }
  }
  const silent = /* @__PURE__ */ new Map();
  const outcome = lintZones(zones, rules, (zone) => {
    const config = loader.resolve(resolve(cwd, zone.source.path));
    if (targetZones.has(zone)) return config;
    let quiet = silent.get(config);
    if (!quiet) silent.set(config, quiet = { ...config, rules: /* @__PURE__ */ new Map() });
    return quiet;
  });
  const reported = new Set([...targetZones].flatMap((zone) => zone.files));
  const results = outcome.results.filter((r) => r.source !== void 0 && reported.has(r.source));
  return { results, rules, internalError: outcome.internalError, missing, zones: zones.filter((z) => targetZones.has(z)), listing, withoutZones: [] };
}
var BlobStore = class {
  constructor(top, index) {
    this.top = top;
    this.index = index;
  }
  top;
  index;
  cache = /* @__PURE__ */ new Map();
  get(path) {
    if (!this.cache.has(path)) this.prefetch([path]);
    return this.cache.get(path);
  }
  prefetch(paths) {
    const wanted = [];
    for (const path of paths) {
      if (this.cache.has(path)) continue;
      const entry = this.index.get(path);
      if (!entry || entry.mode !== "100644" && entry.mode !== "100755") this.cache.set(path, void 0);
      else wanted.push(path);
    }
    if (wanted.length === 0) return;
    const input = wanted.map((p) => this.index.get(p).oid + "\n").join("");
    const out = git(this.top, ["cat-file", "--batch"], input);
    let at = 0;
    for (const path of wanted) {
      const eol = out.indexOf(10, at);
      const header = out.toString("latin1", at, eol).split(" ");
      if (header[1] === "missing" || header.length < 3) {
        this.cache.set(path, void 0);
        at = eol + 1;
        continue;
      }
      const size = Number(header[2]);
      this.cache.set(path, out.subarray(eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
  }
};
function gitTop(cwd) {
  if (process.env.GIT_DIR === void 0 && process.env.GIT_WORK_TREE === void 0) {
    for (let dir = cwd; ; dir = dirname(dir)) {
      if (existsSync(join(dir, ".git"))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  let out;
  try {
    out = git(cwd, ["rev-parse", "--show-toplevel"]);
  } catch (error) {
    throw new GitError(`--staged needs a git work tree: ${error instanceof Error ? error.message : String(error)}`);
  }
  const top = out.toString("utf8").trim();
  if (!top) throw new GitError("--staged needs a git work tree (this is a bare repository or a .git directory)");
  return top;
}
function listIndex(top) {
  const index = /* @__PURE__ */ new Map();
  for (const line of gitLines(top, ["ls-files", "--stage", "-z"])) {
    const tab = line.indexOf("	");
    const [mode, oid, stage] = line.slice(0, tab).split(" ");
    if (stage === "0") index.set(line.slice(tab + 1), { mode, oid });
  }
  return index;
}
function gitLines(cwd, args) {
  const out = git(cwd, args).toString("utf8");
  return out ? out.split("\0").filter((s) => s !== "") : [];
}
function git(cwd, args, input) {
  const result = spawnSync(gitCommand(), args, { cwd, input, maxBuffer: 1024 ** 3, stdio: ["pipe", "pipe", "pipe"] });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.toString("utf8").trim() || `exit ${result.status}`}`);
  return result.stdout;
}
function toIndexPath(top, absolutePath) {
  const direct = inside(top, absolutePath);
  if (direct !== void 0) return direct;
  const real = realpathOrParent(absolutePath);
  return real === void 0 ? void 0 : inside(top, real);
}
function inside(top, path) {
  const rel = relative(top, path);
  if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function realpathOrParent(path) {
  for (let dir = path, rest = ""; ; ) {
    try {
      return resolve(realpathSync(dir), rest);
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return void 0;
      rest = rest ? `${dir.slice(parent.length + 1)}${sep}${rest}` : dir.slice(parent.length + 1);
      dir = parent;
    }
  }
}
function under(path, dir) {
  return dir === "" || path === dir || path.startsWith(dir + "/");
}
function walked(path, dir) {
  const rest = dir === "" ? path : path.slice(dir.length + 1);
  const parts = rest.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (parts[i].startsWith(".") || SKIP_DIRS.has(parts[i])) return false;
  return true;
}
export {
  GitError,
  runStaged
};
