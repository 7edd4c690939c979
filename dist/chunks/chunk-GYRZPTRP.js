#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  parse,
  printParseErrorCode
} from "./chunk-FO3ECEPE.js";
import {
  LIMIT_NAMES,
  readRegularFile,
  repositoryRoot
} from "./chunk-C7ZOMXXB.js";

// src/engine/config.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/engine/globs.ts
var compiled = /* @__PURE__ */ new Map();
var MAX_ALTERNATIVES = 1024;
function matchesAny(patterns, path) {
  const list = typeof patterns === "string" ? [patterns] : patterns;
  if (list.length === 0) return false;
  const key = list.join("\0");
  let matcher = compiled.get(key);
  if (!matcher) {
    const each = list.flatMap((p) => expandBraces(p)).map(compile);
    matcher = (path2) => each.some((m) => m(path2));
    compiled.set(key, matcher);
  }
  return matcher(path);
}
function expandBraces(pattern) {
  const open = findUnescaped(pattern, "{", 0);
  if (open < 0) return [pattern];
  let depth = 0;
  const commas = [];
  let close = -1;
  for (let i = open; i < pattern.length && close < 0; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) close = i;
    else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => pattern.slice(0, open) + "\\{" + r);
  }
  const bounds = [open, ...commas, close];
  const out = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const tail of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]) + pattern.slice(close + 1))) {
      out.push(pattern.slice(0, open) + tail);
      if (out.length > MAX_ALTERNATIVES) throw new ConfigError(`the glob '${pattern}' expands to more than ${MAX_ALTERNATIVES} alternatives`);
    }
  }
  return out;
}
function findUnescaped(text, ch, from) {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === ch) return i;
  }
  return -1;
}
function compile(pattern) {
  const segments = pattern.replace(/^\.\//, "").split("/");
  return (path) => {
    const parts = path.split("/");
    const width = parts.length + 1;
    const memo = new Uint8Array((segments.length + 1) * width);
    const match = (i, j) => {
      const at = i * width + j;
      if (memo[at]) return memo[at] === 1;
      let ok;
      if (i === segments.length) ok = j === parts.length;
      else if (segments[i] === "**") ok = match(i + 1, j) || j < parts.length && match(i, j + 1);
      else ok = j < parts.length && matchSegment(segments[i], parts[j]) && match(i + 1, j + 1);
      memo[at] = ok ? 1 : 2;
      return ok;
    };
    return match(0, 0);
  };
}
function matchSegment(pattern, name) {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === "*") {
      while (pattern[p] === "*") p++;
      starP = p;
      starN = n;
      continue;
    }
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : -1;
    if (step > 0) {
      p += step;
      n++;
    } else if (starP >= 0) {
      p = starP;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchOne(pattern, p, ch) {
  const c = pattern[p];
  if (c === "?") return 1;
  if (c === "\\") return pattern[p + 1] === ch ? 2 : 0;
  if (c === "[") {
    const close = pattern.indexOf("]", p + 2);
    if (close < 0) return ch === "[" ? 1 : 0;
    let i = p + 1;
    const negate = pattern[i] === "!" || pattern[i] === "^";
    if (negate) i++;
    let hit = false;
    for (; i < close; i++) {
      if (pattern[i + 1] === "-" && i + 2 < close) {
        if (ch >= pattern[i] && ch <= pattern[i + 2]) hit = true;
        i += 2;
      } else if (pattern[i] === ch) hit = true;
    }
    return hit !== negate ? close - p + 1 : 0;
  }
  return c === ch ? 1 : 0;
}

// src/engine/config.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var ConfigError = class extends Error {
};
var CONFIG_NAMES = ["mxlint.config.json", ".mxlintrc.json", "package.json"];
var PRESETS = ["mxlint:recommended", "mxlint:strict"];
var DEFAULT_ZONE_PATTERNS = ["**/*.zone", "**/db.*", "**/*.db"];
var ConfigLoader = class {
  constructor(rules, explicitPath, readFile) {
    this.rules = rules;
    this.readFile = readFile;
    if (explicitPath && !(this.readFile && !this.readFile(resolve(explicitPath)))) {
      if (!this.exists(resolve(explicitPath))) throw new ConfigError(`${explicitPath}: no such configuration file`);
      this.explicit = this.load(resolve(explicitPath), false);
    }
  }
  rules;
  readFile;
  byDir = /* @__PURE__ */ new Map();
  explicit;
  loaded = [];
  /** Each configuration resolved once for the files no override matches (most files of a repository). */
  plain = /* @__PURE__ */ new Map();
  /**
   * Checks every configuration loaded so far against the schema. Call it after `find` has seen
   * all files: ajv is loaded only when some configuration exists, to keep start-up fast.
   */
  async validateAll() {
    if (this.loaded.length === 0) return;
    const { validateConfig } = await import("./config-schema-WL6HW656.js");
    for (const loaded of this.loaded) validateConfig(loaded.config, loaded.path, this.rules);
  }
  /** The configuration file that governs `file` (absolute), if any. */
  find(file) {
    if (this.explicit) return this.explicit;
    return this.findIn(dirname(file));
  }
  /** The limits of the run's budget: from --config, else from the configuration of the working directory. */
  limits() {
    return this.find(join(process.cwd(), "x"))?.config.limits ?? {};
  }
  findIn(dir) {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found;
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (this.exists(candidate)) {
        found = this.load(candidate, name === "package.json", repositoryRoot(dir) ?? dir);
        if (found) break;
      }
    }
    const parent = dirname(dir);
    if (!found && parent !== dir && !existsSync(join(dir, ".git"))) found = this.findIn(parent);
    this.byDir.set(dir, found);
    return found;
  }
  /** Loads a configuration file; one found by searching must resolve inside `root` (its repository). */
  exists(path) {
    return this.readFile ? this.readFile(path) !== void 0 : existsSync(path);
  }
  load(path, fromPackageJson, root) {
    let bytes;
    if (this.readFile) {
      const found = this.readFile(path);
      if (!found) return void 0;
      if (found.byteLength > MAX_CONFIG_BYTES) throw new ConfigError(`${path}: is over ${MAX_CONFIG_BYTES} octets; a configuration is small`);
      bytes = found;
    } else {
      const read = readRegularFile(path, { root, maxBytes: MAX_CONFIG_BYTES });
      if (!read.ok) throw new ConfigError(`${path}: ${read.reason}`);
      bytes = read.bytes;
    }
    const parsed = parseJsonc(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").replace(/^\uFEFF/, ""), path);
    return this.adopt(path, fromPackageJson, parsed);
  }
  adopt(path, fromPackageJson, parsed) {
    if (fromPackageJson) {
      const section = parsed.mxlint;
      if (section === void 0) return void 0;
      parsed = section;
      path += "#mxlint";
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ConfigError(`${path}: the configuration must be a JSON object`);
    const shape = shapeProblem(parsed);
    if (shape) throw new ConfigError(`${path}: ${shape}`);
    const loaded = { path, dir: dirname(path.replace(/#mxlint$/, "")), config: parsed };
    this.loaded.push(loaded);
    return loaded;
  }
  /** The rules and zone settings in force for `file` (absolute). */
  resolve(file) {
    const loaded = this.find(file);
    const config = loaded?.config ?? {};
    const rel = loaded ? relative(loaded.dir, file).split(sep).join("/") : "";
    const overrides = loaded ? (config.overrides ?? []).filter((o) => matchesAny(o.files, rel) && !(o.excludedFiles && matchesAny(o.excludedFiles, rel))) : [];
    const known = overrides.length === 0 ? this.plain.get(loaded) : void 0;
    if (known) return known;
    const presets = config.extends === void 0 ? ["mxlint:recommended"] : [config.extends].flat();
    const rules = /* @__PURE__ */ new Map();
    for (const rule of this.rules) {
      let setting = rule.meta.severity;
      for (const preset of presets) if (preset === "mxlint:strict") setting = rule.meta.strict ?? (rule.meta.severity === "off" ? "off" : "error");
      if (setting !== "off") rules.set(rule.meta.id, { severity: setting, options: defaultOptions(rule) });
    }
    const apply = (entries) => {
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const rule = this.rules.find((r) => r.meta.id === id);
        if (!rule) continue;
        const [severity, options] = Array.isArray(entry) ? entry : [entry, void 0];
        const level = severity === "warn" ? "warning" : severity;
        if (level === "off") {
          rules.delete(id);
          continue;
        }
        const previous = rules.get(id)?.options ?? defaultOptions(rule);
        rules.set(id, { severity: level, options: { ...previous, ...options ?? {} } });
      }
    };
    apply(config.rules);
    for (const override of overrides) apply(override.rules);
    const resolved = {
      rules,
      path: loaded?.path,
      zones: { include: config.zones?.include ?? DEFAULT_ZONE_PATTERNS, exclude: config.zones?.exclude ?? [], origins: config.zones?.origins ?? {} },
      online: { nameservers: config.online?.nameservers ?? [] },
      views: config.views ?? {}
    };
    if (overrides.length === 0) this.plain.set(loaded, resolved);
    return resolved;
  }
  /** Directory that relative patterns of the governing config are matched from. */
  baseDir(file) {
    return this.find(file)?.dir ?? process.cwd();
  }
};
function defaultOptions(rule) {
  const properties = rule.meta.options?.properties ?? {};
  const out = {};
  for (const [key, schema] of Object.entries(properties)) if (schema.default !== void 0) out[key] = structuredClone(schema.default);
  return out;
}
function parseJsonc(text, path) {
  const errors = [];
  const value = parse(text, errors, { allowTrailingComma: true, allowEmptyContent: false });
  if (errors.length === 0) return value;
  const { offset, error } = errors[0];
  const before = text.slice(0, offset).split("\n");
  const what = printParseErrorCode(error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  throw new ConfigError(`${path}:${before.length}:${before[before.length - 1].length + 1}: invalid JSON: ${what}`);
}
function shapeProblem(config) {
  const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
  const zones = config.zones;
  if (zones !== void 0) {
    if (typeof zones !== "object" || zones === null || Array.isArray(zones)) return "zones must be object";
    const z = zones;
    for (const key of ["include", "exclude"]) if (z[key] !== void 0 && !strings(z[key])) return `zones.${key} must be array of strings`;
    const origins = z.origins;
    if (origins !== void 0 && (typeof origins !== "object" || origins === null || Array.isArray(origins) || !Object.values(origins).every((o) => typeof o === "string"))) return "zones.origins must be object of strings";
  }
  const overrides = config.overrides;
  if (overrides !== void 0) {
    if (!Array.isArray(overrides)) return "overrides must be array";
    for (const [i, o] of overrides.entries()) {
      if (typeof o !== "object" || o === null || Array.isArray(o)) return `overrides.${i} must be object`;
      for (const key of ["files", "excludedFiles"]) {
        const v = o[key];
        if (v !== void 0 && typeof v !== "string" && !strings(v)) return `overrides.${i}.${key} must be string or array of strings`;
      }
    }
  }
  const limits = config.limits;
  if (limits !== void 0) {
    if (typeof limits !== "object" || limits === null || Array.isArray(limits)) return "limits must be object";
    for (const [key, value] of Object.entries(limits)) {
      if (!LIMIT_NAMES.includes(key)) return `unknown key '${key}' in limits`;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1) return `limits.${key} must be a whole number of at least 1`;
    }
  }
  return void 0;
}

export {
  matchesAny,
  ConfigError,
  PRESETS,
  ConfigLoader
};
