/**
 * One resource budget per run. A pull request's author controls every file mxlint reads, so
 * every quantity that a small file can multiply (inclusions, $GENERATE, YAML aliases, nesting,
 * findings) is counted against a limit. The defaults are far above any real repository (GitHub
 * refuses files over 100 MB; a real zone has no 2^17 inclusions) and the configuration's
 * `limits` key raises them. Hitting a limit is a diagnostic on the file where it happened; the
 * other files are read and reported as usual.
 */
export interface Limits {
  /** Records read in the run (all files, generated ones included). */
  records: number;
  /** Octets read in the run (zones, included files, exports). */
  bytes: number;
  /** Octets of one file. */
  fileBytes: number;
  /** `$INCLUDE` directives followed in the run (not only cycles: fan-out too). */
  inclusions: number;
  /** Records made by `$GENERATE` in the run (across directives). */
  generatedRecords: number;
  /** Nodes a YAML export may expand through aliases (each file). */
  yamlAliasNodes: number;
  /** Depth of nested arrays and objects in a JSON or YAML export. */
  nestingDepth: number;
  /** Findings reported for one file; the rest are counted in one finding that says so. */
  findingsPerFile: number;
  /** Findings reported in the run. */
  findingsPerRun: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  records: 5_000_000,
  bytes: 1024 * 1024 * 1024,
  fileBytes: 256 * 1024 * 1024,
  inclusions: 1000,
  generatedRecords: 65_536,
  yamlAliasNodes: 10_000,
  nestingDepth: 64,
  findingsPerFile: 10_000,
  findingsPerRun: 100_000,
};

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

/** The rule id of the finding that says how many findings a limit left out. */
export const LIMIT_FINDINGS = 'mxlint/limit-findings';

/** What a run has used of its limits. Readers call `take`; false means the limit is reached. */
export class Budget {
  readonly limits: Limits;
  private readonly used = new Map<keyof Limits, number>();

  constructor(limits: Partial<Limits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Counts `amount` against `name`; false (and nothing counted) when it would pass the limit. */
  take(name: keyof Limits, amount = 1): boolean {
    const used = this.used.get(name) ?? 0;
    if (used + amount > this.limits[name]) return false;
    this.used.set(name, used + amount);
    return true;
  }

  /** The message of a limit reached, naming the configuration key that raises it. */
  message(name: keyof Limits, what: string, consequence = 'so mxlint stops reading here'): string {
    return `${what}: the limit of ${this.limits[name].toLocaleString('en-US')} is reached, ${consequence} (raise "limits": { "${name}": … } in the configuration if this repository really needs more)`;
  }
}
