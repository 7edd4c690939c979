/**
 * Configuration: `mxlint.config.json`, `.mxlintrc.json` or `package.json#mxlint`, found upward
 * from each linted file, or one file named with --config. Validated against the JSON Schema
 * shipped in `schema/mxlint.schema.json`; a bad key or value is a ConfigError (exit 2).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Severity } from '../model/diagnostic.ts';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { matchesAny, patternPath } from './globs.ts';
import { LIMIT_NAMES, type Limits } from '../input/limits.ts';
import { readRegularFile, repositoryRoot } from '../input/safe-files.ts';
import type { Rule, RuleSetting } from './rule.ts';

export type RuleEntry = RuleSetting | 'warn' | [RuleSetting | 'warn', Record<string, unknown>?];

export interface ConfigFile {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: { files: string | string[]; excludedFiles?: string | string[]; rules: Record<string, RuleEntry> }[];
  zones?: { include?: string[]; exclude?: string[]; origins?: Record<string, string> };
  /** The run's resource budget (input/limits.ts); read from the configuration of the working directory or --config. */
  limits?: Partial<Limits>;
  online?: { nameservers?: string[] };
  /** Split-horizon views: view name → globs of its zone files (`{"external": ["zones/**"]}`). */
  views?: Record<string, string[]>;
}

/** A configuration file is small: a larger one is refused before it is parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The configuration in force for one file. */
export interface ResolvedConfig {
  rules: Map<string, { severity: Severity; options: Record<string, unknown> }>;
  /** Where the config came from (for messages and --print-config). */
  path: string | undefined;
  zones: { include: string[]; exclude: string[]; origins: Record<string, string> };
  /** For `--online`: the authoritative servers to compare the zones with, instead of their NS. */
  online: { nameservers: string[] };
  views: Record<string, string[]>;
}

export class ConfigError extends Error {}

export const CONFIG_NAMES = ['mxlint.config.json', '.mxlintrc.json', 'package.json'];
export const PRESETS = ['mxlint:recommended', 'mxlint:strict'] as const;

export const DEFAULT_ZONE_PATTERNS = ['**/*.zone', '**/db.*', '**/*.db'];

interface Loaded {
  path: string;
  dir: string;
  config: ConfigFile;
}

/** Finds and loads configurations; one instance per run caches by directory. */
export class ConfigLoader {
  private readonly byDir = new Map<string, Loaded | undefined>();
  private readonly explicit: Loaded | undefined;

  private readonly loaded: Loaded[] = [];
  /** Each configuration resolved once for the files no override matches (most files of a repository). */
  private readonly plain = new Map<Loaded | undefined, ResolvedConfig>();

  constructor(
    /** The rules the configuration speaks of (their ids, defaults and option schemas). */
    readonly rules: readonly Rule<never>[],
    explicitPath?: string,
    /** Reads configuration files from elsewhere than the working tree (the base of a pull request). */
    private readonly readFile?: (absolutePath: string) => Uint8Array | undefined,
  ) {
    // At the base of a pull request, a --config file the pull request adds does not exist yet:
    // the base is then judged by the configuration found by searching, as it was then.
    if (explicitPath && !(this.readFile && !this.readFile(resolve(explicitPath)))) {
      if (!this.exists(resolve(explicitPath))) throw new ConfigError(`${explicitPath}: no such configuration file`);
      this.explicit = this.load(resolve(explicitPath), false);
    }
  }

  /**
   * Checks every configuration loaded so far against the schema. Call it after `find` has seen
   * all files: ajv is loaded only when some configuration exists, to keep start-up fast.
   */
  async validateAll(): Promise<void> {
    if (this.loaded.length === 0) return;
    const { validateConfig } = await import('./config-schema.ts');
    for (const loaded of this.loaded) validateConfig(loaded.config, loaded.path, this.rules);
  }

  /** The configuration file that governs `file` (absolute), if any. */
  find(file: string): Loaded | undefined {
    if (this.explicit) return this.explicit;
    return this.findIn(dirname(file));
  }

  /** The limits of the run's budget: from --config, else from the configuration of the working directory. */
  limits(): Partial<Limits> {
    return this.find(join(process.cwd(), 'x'))?.config.limits ?? {};
  }

  private findIn(dir: string): Loaded | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: Loaded | undefined;
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (this.exists(candidate)) {
        found = this.load(candidate, name === 'package.json', repositoryRoot(dir) ?? dir);
        if (found) break;
      }
    }
    const parent = dirname(dir);
    // The search stops at the repository's root: a configuration above it is not the repository's.
    if (!found && parent !== dir && !existsSync(join(dir, '.git'))) found = this.findIn(parent);
    this.byDir.set(dir, found);
    return found;
  }

  /** Loads a configuration file; one found by searching must resolve inside `root` (its repository). */
  private exists(path: string): boolean {
    return this.readFile ? this.readFile(path) !== undefined : existsSync(path);
  }

  private load(path: string, fromPackageJson: boolean, root?: string): Loaded | undefined {
    let bytes: Uint8Array;
    if (this.readFile) {
      const found = this.readFile(path);
      if (!found) return undefined;
      if (found.byteLength > MAX_CONFIG_BYTES) throw new ConfigError(`${path}: is over ${MAX_CONFIG_BYTES} octets; a configuration is small`);
      bytes = found;
    } else {
      const read = readRegularFile(path, { root, maxBytes: MAX_CONFIG_BYTES });
      if (!read.ok) throw new ConfigError(`${path}: ${read.reason}`);
      bytes = read.bytes;
    }
    const parsed = parseJsonc(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, ''), path);
    return this.adopt(path, fromPackageJson, parsed);
  }

  private adopt(path: string, fromPackageJson: boolean, parsed: unknown): Loaded | undefined {
    if (fromPackageJson) {
      const section = (parsed as { mxlint?: unknown }).mxlint;
      if (section === undefined) return undefined;
      parsed = section;
      path += '#mxlint';
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(`${path}: the configuration must be a JSON object`);
    const shape = shapeProblem(parsed as Record<string, unknown>);
    if (shape) throw new ConfigError(`${path}: ${shape}`);
    const loaded = { path, dir: dirname(path.replace(/#mxlint$/, '')), config: parsed as ConfigFile };
    this.loaded.push(loaded);
    return loaded;
  }

  /** The rules and zone settings in force for `file` (absolute). */
  resolve(file: string): ResolvedConfig {
    const loaded = this.find(file);
    const config = loaded?.config ?? {};
    const rel = loaded ? patternPath(loaded.dir, file) : '';
    const overrides = loaded ? (config.overrides ?? []).filter((o) => matchesAny(o.files, rel) && !(o.excludedFiles && matchesAny(o.excludedFiles, rel))) : [];
    const known = overrides.length === 0 ? this.plain.get(loaded) : undefined;
    if (known) return known;
    const presets = config.extends === undefined ? ['mxlint:recommended'] : [config.extends].flat();
    const rules = new Map<string, { severity: Severity; options: Record<string, unknown> }>();
    for (const rule of this.rules) {
      let setting: RuleSetting = rule.meta.severity;
      for (const preset of presets) if (preset === 'mxlint:strict') setting = rule.meta.strict ?? (rule.meta.severity === 'off' ? 'off' : 'error');
      if (setting !== 'off') rules.set(rule.meta.id, { severity: setting, options: defaultOptions(rule) });
    }
    const apply = (entries: Record<string, RuleEntry> | undefined) => {
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const rule = this.rules.find((r) => r.meta.id === id);
        if (!rule) continue; // the schema already rejected unknown ids
        const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
        const level = severity === 'warn' ? 'warning' : severity;
        if (level === 'off') {
          rules.delete(id);
          continue;
        }
        const previous = rules.get(id)?.options ?? defaultOptions(rule);
        rules.set(id, { severity: level, options: { ...previous, ...(options ?? {}) } });
      }
    };
    apply(config.rules);
    for (const override of overrides) apply(override.rules);
    const resolved: ResolvedConfig = {
      rules,
      path: loaded?.path,
      zones: { include: config.zones?.include ?? DEFAULT_ZONE_PATTERNS, exclude: config.zones?.exclude ?? [], origins: config.zones?.origins ?? {} },
      online: { nameservers: config.online?.nameservers ?? [] },
      views: config.views ?? {},
    };
    if (overrides.length === 0) this.plain.set(loaded, resolved);
    return resolved;
  }

  /** Directory that relative patterns of the governing config are matched from. */
  baseDir(file: string): string {
    return this.find(file)?.dir ?? process.cwd();
  }
}

export function defaultOptions(rule: Rule<never>): Record<string, unknown> {
  const properties = (rule.meta.options?.properties ?? {}) as Record<string, { default?: unknown }>;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(properties)) if (schema.default !== undefined) out[key] = structuredClone(schema.default);
  return out;
}

/**
 * Configuration files are JSONC, as editors treat them: comments and trailing commas are allowed.
 * A syntax error names its line and column.
 */
function parseJsonc(text: string, path: string): unknown {
  // Most are plain JSON (a package.json always is), which the native parser reads at once: on a
  // pre-commit run, jsonc-parser's code would run cold for a millisecond.
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // comments, trailing commas or an error: jsonc-parser reads it, and places the error
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, allowEmptyContent: false });
  if (errors.length === 0) return value;
  const { offset, error } = errors[0];
  const before = text.slice(0, offset).split('\n');
  const what = printParseErrorCode(error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  throw new ConfigError(`${path}:${before.length}:${before[before.length - 1].length + 1}: invalid JSON: ${what}`);
}

/**
 * The shape of the keys discovery reads before the schema is checked (ajv loads after discovery):
 * a wrong type is a configuration error, worded as the schema's, not a crash.
 */
function shapeProblem(config: Record<string, unknown>): string | undefined {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const zones = config.zones;
  if (zones !== undefined) {
    if (typeof zones !== 'object' || zones === null || Array.isArray(zones)) return 'zones must be object';
    const z = zones as Record<string, unknown>;
    for (const key of ['include', 'exclude']) if (z[key] !== undefined && !strings(z[key])) return `zones.${key} must be array of strings`;
    const origins = z.origins;
    if (origins !== undefined && (typeof origins !== 'object' || origins === null || Array.isArray(origins) || !Object.values(origins).every((o) => typeof o === 'string'))) return 'zones.origins must be object of strings';
  }
  const overrides = config.overrides;
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) return 'overrides must be array';
    for (const [i, o] of overrides.entries()) {
      if (typeof o !== 'object' || o === null || Array.isArray(o)) return `overrides.${i} must be object`;
      for (const key of ['files', 'excludedFiles']) {
        const v = (o as Record<string, unknown>)[key];
        if (v !== undefined && typeof v !== 'string' && !strings(v)) return `overrides.${i}.${key} must be string or array of strings`;
      }
    }
  }
  const limits = config.limits;
  if (limits !== undefined) {
    if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) return 'limits must be object';
    for (const [key, value] of Object.entries(limits)) {
      if (!(LIMIT_NAMES as string[]).includes(key)) return `unknown key '${key}' in limits`;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return `limits.${key} must be a whole number of at least 1`;
    }
  }
  return undefined;
}
