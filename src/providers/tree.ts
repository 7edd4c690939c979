/**
 * One positioned tree for JSON (jsonc-parser) and YAML (yaml) documents, so each provider
 * adapter reads values and their file offsets the same way whatever the syntax.
 *
 * Every node knows its span in the file; a string node can also say where each character of its
 * decoded value is written (`mapped`), so a rule can underline `+all` inside `"v=spf1 … +all"`
 * even when the JSON string has escapes before it.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { DEFAULT_LIMITS } from '../input/limits.ts';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, Scalar } from 'yaml';

export type NodeKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface Entry {
  key: string;
  keyNode: Node;
  value: Node;
}

export interface Node {
  kind: NodeKind;
  /** Offsets of the value as written (quotes included). */
  start: number;
  end: number;
  /** The plain value (what JSON.parse would give), for ajv and for reading numbers and booleans. */
  value: unknown;
  entries?: Entry[];
  items?: Node[];
  /** For scalars: the value as text, with the file offsets of each character. */
  mapped(): Mapped;
}

/**
 * Text with, for each character, the offsets in the file of what produced it: a JSON escape
 * `\"` produces one character spanning two file characters; a `\DDD` escape this reader writes
 * for a non-ASCII character produces four characters spanning the one it stands for.
 */
export class Mapped {
  text = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  push(ch: string, start: number, end: number): void {
    this.text += ch;
    for (let i = 0; i < ch.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  append(other: Mapped, from = 0, to = other.text.length): void {
    this.text += other.text.slice(from, to);
    for (let i = from; i < to; i++) {
      this.starts.push(other.starts[i]);
      this.ends.push(other.ends[i]);
    }
  }

  slice(from: number, to = this.text.length): Mapped {
    const out = new Mapped();
    out.append(this, from, to);
    return out;
  }

  get length(): number {
    return this.text.length;
  }

  /** File offsets covered by characters [from, to). */
  span(from: number, to: number, fallback: number): { start: number; end: number } {
    if (to <= from || from >= this.text.length) return { start: fallback, end: fallback };
    return { start: this.starts[from], end: this.ends[Math.min(to, this.text.length) - 1] };
  }

  static verbatim(text: string, start: number): Mapped {
    const out = new Mapped();
    out.text = text;
    for (let i = 0; i < text.length; i++) {
      out.starts.push(start + i);
      out.ends.push(start + i + 1);
    }
    return out;
  }
}

export interface SyntaxProblem {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface Parsed {
  root: Node | undefined;
  problems: SyntaxProblem[];
}

// ---------------------------------------------------------------------------------------- JSON

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: "a ':' is expected after the property name",
  CommaExpected: "a ',' is expected between values",
  CloseBraceExpected: "a '}' is expected",
  CloseBracketExpected: "a ']' is expected",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string (escape it)',
};

/** The limits of the run's budget that bound a tree (see input/limits.ts). */
export interface TreeLimits {
  nestingDepth: number;
  yamlAliasNodes: number;
}

const TREE_LIMITS: TreeLimits = { nestingDepth: DEFAULT_LIMITS.nestingDepth, yamlAliasNodes: DEFAULT_LIMITS.yamlAliasNodes };

function limitMessage(name: keyof TreeLimits, value: number, what: string): string {
  return `${what}: the limit of ${value} is reached, so mxlint does not read this file (raise "limits": { "${name}": … } in the configuration if this repository really needs more)`;
}

/**
 * Where brackets nest deeper than `max` (outside strings), found in one pass before any parser
 * recurses: 2,000 levels of `[` would overflow the stack of a recursive reader.
 */
function tooDeep(text: string, max: number): SyntaxProblem | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '{') {
      if (++depth > max) return { code: 'limit-nesting-depth', message: limitMessage('nestingDepth', max, 'arrays and objects nested this deep'), start: i, end: i + 1 };
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** Raised while building a YAML tree that passes a limit. */
class TreeLimit extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

export function parseJson(text: string, limits: TreeLimits = TREE_LIMITS): Parsed {
  const deep = tooDeep(text, limits.nestingDepth);
  if (deep) return { root: undefined, problems: [deep] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = errors.map((e) => {
    const name = printParseErrorCode(e.error);
    return { code: 'bad-json', message: `invalid JSON: ${JSON_ERRORS[name] ?? name}`, start: e.offset, end: e.offset + Math.max(e.length, 1) };
  });
  if (problems.length) return { root: undefined, problems: problems.slice(0, 1) };
  return { root: tree ? fromJson(tree, text) : undefined, problems };
}

function fromJson(node: JsonNode, text: string): Node {
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.type) {
    case 'object': {
      const entries: Entry[] = [];
      const value: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const keyNode = fromJson(k, text);
        const child = fromJson(v, text);
        const key = String(k.value);
        entries.push({ key, keyNode, value: child });
        value[key] = child.value;
      }
      return { kind: 'object', start, end, value, entries, mapped: () => Mapped.verbatim(text.slice(start, end), start) };
    }
    case 'array': {
      const items = (node.children ?? []).map((c) => fromJson(c, text));
      return { kind: 'array', start, end, value: items.map((i) => i.value), items, mapped: () => Mapped.verbatim(text.slice(start, end), start) };
    }
    case 'string': {
      let cache: Mapped | undefined;
      return { kind: 'string', start, end, value: node.value, mapped: () => (cache ??= decodeJsonString(text, start + 1, end - 1)) };
    }
    default:
      return { kind: node.type === 'property' ? 'null' : node.type, start, end, value: node.value, mapped: () => Mapped.verbatim(text.slice(start, end), start) };
  }
}

/** Decodes the body of a JSON string literal (between its quotes), keeping each character's offsets. */
function decodeJsonString(text: string, from: number, to: number): Mapped {
  const out = new Mapped();
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '\\') {
      // Surrogate pairs stay two UTF-16 units, each mapped to the pair.
      out.push(c, i, i + 1);
      continue;
    }
    const e = text[i + 1];
    if (e === 'u') {
      out.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 5;
      continue;
    }
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    out.push(simple[e] ?? e, i, i + 2);
    i += 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------- YAML

/** What YAML reading needs from outside: octoDNS's `!include` (the file's text, or why not). */
export interface YamlOptions {
  /** The text of an included file, with the options to read it by (its own includes are relative to it). */
  include?: (reference: string) => { text: string; options: YamlOptions } | { problem: string };
  /** The run's limits on nesting and alias copies. */
  limits?: TreeLimits;
}

/** Our own words for the YAML library's error codes: no library text reaches a user. */
const YAML_ERRORS: Record<string, string> = {
  BAD_ALIAS: 'an alias (*name) that refers to no anchor',
  BAD_DIRECTIVE: 'a malformed % directive',
  BAD_DQ_ESCAPE: 'an invalid escape in a double-quoted string',
  BAD_INDENT: 'the indentation does not line up with the lines before',
  BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
  BAD_SCALAR_START: 'a plain value cannot start with this character (quote it)',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be a key',
  BLOCK_IN_FLOW: 'a block inside [ ] or { } (use flow style there)',
  DUPLICATE_KEY: 'the same key twice in one mapping',
  KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
  MISSING_CHAR: 'a closing character is missing (a quote, ] or })',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span lines (a missing colon above?)',
  MULTIPLE_ANCHORS: 'two anchors on one value',
  MULTIPLE_TAGS: 'two tags on one value',
  NON_STRING_KEY: 'a key that is not a string',
  RESOURCE_EXHAUSTION: 'too many aliases expanded',
  TAB_AS_INDENT: 'a tab used for indentation (use spaces)',
  UNEXPECTED_TOKEN: 'unexpected text',
  BAD_COLLECTION_TYPE: 'a tag that does not fit this collection',
  ALIAS_PROPS: 'an alias cannot carry an anchor or tag',
};

/** How deep `!include` may nest (a file that includes itself stops here). */
const MAX_INCLUDE_DEPTH = 8;

/**
 * Parses YAML. Several documents (`---`, as `gcloud dns record-sets export` writes them) become
 * one array of their contents. `!include file.yaml` (octoDNS) is replaced by that file's content,
 * positioned at the `!include` value, where findings about it are then shown.
 */
export function parseYaml(text: string, options: YamlOptions = {}, depth = 0): Parsed {
  const limits = options.limits ?? TREE_LIMITS;
  const deep = tooDeep(text, limits.nestingDepth);
  if (deep) return { root: undefined, problems: [deep] };
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch {
    return { root: undefined, problems: [{ code: 'bad-yaml', message: 'invalid YAML: the file cannot be parsed', start: 0, end: 0 }] };
  }
  if (!Array.isArray(docs)) return { root: undefined, problems: [{ code: 'bad-yaml', message: 'invalid YAML: stray text after the document end', start: 0, end: 0 }] };
  for (const doc of docs) {
    if (doc.errors.length) {
      const e = doc.errors[0];
      return { root: undefined, problems: [{ code: 'bad-yaml', message: `invalid YAML: ${YAML_ERRORS[e.code] ?? 'malformed'}`, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) }] };
    }
  }
  const problems: SyntaxProblem[] = [];
  const context: YamlContext = { text, options, depth, problems, limits, aliasNodes: 0, underAlias: 0 };
  let roots: Node[];
  try {
    roots = docs.filter((d) => d.contents).map((d) => fromYaml(d.contents as YamlNode, d, context, 0));
  } catch (error) {
    if (error instanceof TreeLimit) return { root: undefined, problems: [error.problem] };
    throw error;
  }
  if (roots.length <= 1) return { root: roots[0], problems };
  const start = roots[0].start;
  const end = roots[roots.length - 1].end;
  return { root: { kind: 'array', start, end, value: roots.map((r) => r.value), items: roots, mapped: () => Mapped.verbatim(text.slice(start, end), start) }, problems };
}

interface YamlContext {
  text: string;
  options: YamlOptions;
  depth: number;
  problems: SyntaxProblem[];
  limits: TreeLimits;
  /** Nodes built under aliases so far: the walk copies an alias's target at each use. */
  aliasNodes: number;
  /** How many aliases the node being built is under. */
  underAlias: number;
}

function fromYaml(node: YamlNode, doc: Document.Parsed, context: YamlContext, depth: number): Node {
  const { text, limits } = context;
  const range = node.range ?? [0, 0, 0];
  const start = range[0];
  const end = range[1];
  if (depth > limits.nestingDepth) throw new TreeLimit({ code: 'limit-nesting-depth', message: limitMessage('nestingDepth', limits.nestingDepth, 'values nested this deep'), start, end });
  // Ten levels of ten-fold aliases would make 10^10 copies.
  if (context.underAlias > 0 && ++context.aliasNodes > limits.yamlAliasNodes) {
    throw new TreeLimit({ code: 'limit-yaml-alias-nodes', message: limitMessage('yamlAliasNodes', limits.yamlAliasNodes, 'values copied through YAML aliases'), start, end: Math.max(end, start + 1) });
  }
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (target) {
      context.underAlias++;
      try {
        return fromYaml(target as YamlNode, doc, context, depth + 1);
      } finally {
        context.underAlias--;
      }
    }
  }
  const verbatim = () => Mapped.verbatim(text.slice(start, end), start);
  if (isScalar(node) && node.tag === '!include') return included(node, start, end, context);
  if (isMap(node)) {
    const entries: Entry[] = [];
    const value: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      const keyNode = k ? fromYaml(k, doc, context, depth + 1) : emptyNode(start, text);
      const key = keyNode.kind === 'null' ? '' : String(keyNode.value);
      const v = pair.value as YamlNode | null;
      const child = v ? fromYaml(v, doc, context, depth + 1) : emptyNode(keyNode.end, text);
      entries.push({ key, keyNode, value: child });
      value[key] = child.value;
    }
    return { kind: 'object', start, end, value, entries, mapped: verbatim };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => (i ? fromYaml(i as YamlNode, doc, context, depth + 1) : emptyNode(start, text)));
    return { kind: 'array', start, end, value: items.map((i) => i.value), items, mapped: verbatim };
  }
  if (isScalar(node)) {
    const v = node.value;
    const kind: NodeKind = v === null || v === undefined ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' || typeof v === 'bigint' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
    const value = typeof v === 'bigint' ? Number(v) : v instanceof Date ? text.slice(start, end) : (v ?? null);
    let cache: Mapped | undefined;
    return { kind, start, end, value, mapped: () => (cache ??= mapYamlScalar(node, text, start, end)) };
  }
  return emptyNode(start, text);
}

/** Text whose every character stands at the `!include` value that brought it in. */
function pinned(pin: { start: number; end: number }, value: string): Mapped {
  const out = new Mapped();
  for (const ch of value) out.push(ch, pin.start, pin.end);
  return out;
}

/** The content of an `!include`d file, or a null node and a problem at the `!include`. */
function included(node: Scalar, start: number, end: number, context: YamlContext): Node {
  const reference = String(node.value);
  const fail = (message: string) => {
    context.problems.push({ code: 'bad-include', message, start, end });
    return emptyNode(start, context.text);
  };
  if (!context.options.include) return fail(`octoDNS !include '${reference}' cannot be followed here`);
  if (context.depth >= MAX_INCLUDE_DEPTH) return fail(`octoDNS !include '${reference}': includes nest deeper than ${MAX_INCLUDE_DEPTH} (a file that includes itself?)`);
  const got = context.options.include(reference);
  if ('problem' in got) return fail(`octoDNS !include '${reference}': ${got.problem}`);
  const inner = parseYaml(got.text, got.options, context.depth + 1);
  if (inner.problems.length) fail(`octoDNS !include '${reference}': ${inner.problems[0].message}`);
  return inner.root ? repin(inner.root, { start, end }) : emptyNode(start, context.text);
}

/** The same tree with every node standing at `pin` (positions in the included file mean nothing here). */
function repin(node: Node, pin: { start: number; end: number }): Node {
  const value = node.kind === 'string' ? String(node.value) : JSON.stringify(node.value);
  let cache: Mapped | undefined;
  return {
    ...node,
    start: pin.start,
    end: pin.end,
    entries: node.entries?.map((e) => ({ key: e.key, keyNode: repin(e.keyNode, pin), value: repin(e.value, pin) })),
    items: node.items?.map((i) => repin(i, pin)),
    mapped: () => (cache ??= pinned(pin, node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean' ? node.mapped().text : value)),
  };
}

function emptyNode(at: number, text: string): Node {
  return { kind: 'null', start: at, end: at, value: null, mapped: () => Mapped.verbatim(text.slice(at, at), at) };
}

/** Maps a YAML scalar's value back to the file: exact for plain and quoted one-line scalars, best effort otherwise. */
function mapYamlScalar(node: Scalar, text: string, start: number, end: number): Mapped {
  const raw = text.slice(start, end);
  const value = typeof node.value === 'string' ? node.value : raw;
  if (node.type === Scalar.PLAIN || typeof node.value !== 'string') {
    if (raw === value) return Mapped.verbatim(value, start);
  }
  if (node.type === Scalar.QUOTE_DOUBLE && !raw.includes('\n')) {
    // YAML double-quoted escapes are a superset of JSON's; decode JSON's and fall through for the rest.
    const decoded = decodeJsonString(text, start + 1, end - 1);
    if (decoded.text === value) return decoded;
  }
  if (node.type === Scalar.QUOTE_SINGLE && !raw.includes('\n')) {
    const out = new Mapped();
    for (let i = start + 1; i < end - 1; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        out.push("'", i, i + 2);
        i++;
      } else out.push(text[i], i, i + 1);
    }
    if (out.text === value) return out;
  }
  // Folded or multi-line scalars: find each character forward in the source, skipping line breaks and indentation.
  const out = new Mapped();
  let at = start;
  for (const ch of value) {
    let found = -1;
    for (let j = at; j < end && j < at + 256; j++) {
      if (text[j] === ch) {
        found = j;
        break;
      }
      if (!/\s/.test(text[j]) && !(ch === ' ' || ch === '\n')) break;
    }
    if (found >= 0) {
      out.push(ch, found, found + 1);
      at = found + 1;
    } else out.push(ch, Math.min(at, end), Math.min(at + 1, end));
  }
  return out;
}

// ------------------------------------------------------------------------------------ accessors

/** The entry of an object whose key matches `key` (exactly, or ignoring case when asked). */
export function entry(node: Node | undefined, key: string, ignoreCase = false): Entry | undefined {
  if (!node?.entries) return undefined;
  const lower = key.toLowerCase();
  let found: Entry | undefined;
  for (const e of node.entries) {
    if (e.key === key) return e;
    if (ignoreCase && !found && e.key.toLowerCase() === lower) found = e;
  }
  return found;
}

export function get(node: Node | undefined, key: string, ignoreCase = false): Node | undefined {
  return entry(node, key, ignoreCase)?.value;
}

export function str(node: Node | undefined): string | undefined {
  return node && node.kind === 'string' ? (node.value as string) : undefined;
}

export function num(node: Node | undefined): number | undefined {
  return node && node.kind === 'number' && Number.isFinite(node.value) ? (node.value as number) : undefined;
}

export function bool(node: Node | undefined): boolean | undefined {
  return node && node.kind === 'boolean' ? (node.value as boolean) : undefined;
}

export function arr(node: Node | undefined): Node[] {
  return node && node.kind === 'array' ? (node.items ?? []) : [];
}

/** The node at a JSON Pointer (`/result/3/ttl`), or the deepest node on the way. */
export function at(root: Node, pointer: string): Node {
  let node = root;
  if (!pointer) return node;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.kind === 'array') {
      const next = node.items?.[Number(segment)];
      if (!next) return node;
      node = next;
    } else if (node.kind === 'object') {
      const next = entry(node, segment);
      if (!next) return node;
      node = next.value;
    } else return node;
  }
  return node;
}

/** The key node of the entry at a JSON Pointer, when it names an object entry. */
export function keyAt(root: Node, pointer: string): Node | undefined {
  const slash = pointer.lastIndexOf('/');
  if (slash < 0) return undefined;
  const parent = at(root, pointer.slice(0, slash));
  const key = pointer.slice(slash + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  return parent.kind === 'object' ? entry(parent, key)?.keyNode : undefined;
}
