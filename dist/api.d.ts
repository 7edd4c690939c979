export type Severity = 'error' | 'warning' | 'info';
export interface LintMessage {
    /** A rule id (`spf-permissive-all`), a reader code (`syntax/bad-ttl`) or `mxlint/…`. */
    ruleId: string;
    severity: Severity;
    message: string;
    /** 1-based; columns count UTF-16 code units, as editors do. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Identity across edits (rule, repository path, owner/type/field; never the line): SARIF's and the baseline's. */
    fingerprint: string;
}
export interface LintResult {
    /** Absolute path of the file (for text input: the `filePath` given, resolved). */
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
}
/** Files or directories, or one zone's text with the file name it stands for. */
export type LintInput = string | readonly string[] | {
    text: string | Uint8Array;
    filePath: string;
};
export interface LintOptions {
    /** Directory relative paths are taken from (default: the working directory). */
    cwd?: string;
    /** A configuration file to use instead of the one found beside each zone. */
    config?: string;
}
export interface RuleInfo {
    id: string;
    description: string;
    /** Severity in the default preset (`mxlint:recommended`). */
    severity: Severity | 'off';
}
/** A path given does not exist. */
export declare class MissingPathError extends Error {
    readonly paths: string[];
    name: string;
    constructor(paths: string[]);
}
/**
 * Lints zones. Throws MissingPathError for a path that does not exist, and the configuration's
 * error (its message names the file and the key) for a bad configuration; a zone that cannot be
 * read is not an exception but `syntax/*` messages in its result.
 */
export declare function lint(input: LintInput, options?: LintOptions): Promise<LintResult[]>;
/** Every rule, in the order the README lists them. */
export declare function listRules(): RuleInfo[];
/** A rule's page (or a `syntax/<code>`'s section) as Markdown, read from the package; undefined if unknown. */
export declare function explain(ruleId: string): string | undefined;
export declare const version: string;
