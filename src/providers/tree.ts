/**
 * One positioned tree for JSON (jsonc-parser) and YAML (yaml) documents, so each provider
 * adapter reads values and their file offsets the same way whatever the syntax.
 *
 * Every node knows its span in the file; a string node can also say where each character of its
 * decoded value is written (`mapped`), so a rule can underline `+all` inside `"v=spf1 … +all"`
 * even when the JSON string has escapes before it.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { DEFAULT_LIMITS } from '../engine/limits.ts';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, Scalar } from 'yaml';

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

/** The limits of the run's budget that bound a tree (see engine/limits.ts). */
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
function tooDeep(text: string, max: number, quotes: string): SyntaxProblem | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (quotes.includes(c)) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > max) return { code: 'limit-nesting-depth', message: limitMessage('nestingDepth', max, 'arrays and objects nested this deep'), start: i, end: i + 1 };
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

export function parseJson(text: string, limits: TreeLimits = TREE_LIMITS): Parsed {
  const deep = tooDeep(text, limits.nestingDepth, '"');
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

/** Raised while building a YAML tree that passes a limit. */
class TreeLimit extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

/** Counts what one YAML tree costs: the walk expands aliases again at each use. */
interface YamlWalk {
  limits: TreeLimits;
  /** Nodes built under aliases so far. */
  aliasNodes: number;
  /** How many aliases the node being built is under. */
  underAlias: number;
}

export function parseYaml(text: string, limits: TreeLimits = TREE_LIMITS): Parsed {
  const deep = tooDeep(text, limits.nestingDepth, '"');
  if (deep) return { root: undefined, problems: [deep] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { root: undefined, problems: [{ code: 'bad-yaml', message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}`, start: 0, end: 0 }] };
  }
  if (doc.errors.length) {
    const e = doc.errors[0];
    const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { root: undefined, problems: [{ code: 'bad-yaml', message: `invalid YAML: ${message}`, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) }] };
  }
  const contents = doc.contents;
  if (!contents) return { root: undefined, problems: [] };
  try {
    return { root: fromYaml(contents as YamlNode, text, doc, 0, { limits, aliasNodes: 0, underAlias: 0 }), problems: [] };
  } catch (error) {
    if (error instanceof TreeLimit) return { root: undefined, problems: [error.problem] };
    throw error;
  }
}

function fromYaml(node: YamlNode, text: string, doc: Document.Parsed, depth: number, walk: YamlWalk): Node {
  const range = node.range ?? [0, 0, 0];
  const start = range[0];
  const end = range[1];
  if (depth > walk.limits.nestingDepth) throw new TreeLimit({ code: 'limit-nesting-depth', message: limitMessage('nestingDepth', walk.limits.nestingDepth, 'values nested this deep'), start, end });
  // Under an alias every node built is a copy: ten levels of ten-fold aliases would make 10^10.
  if (walk.underAlias > 0 && ++walk.aliasNodes > walk.limits.yamlAliasNodes) {
    throw new TreeLimit({ code: 'limit-yaml-alias-nodes', message: limitMessage('yamlAliasNodes', walk.limits.yamlAliasNodes, 'values copied through YAML aliases'), start, end: Math.max(end, start + 1) });
  }
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (target) {
      walk.underAlias++;
      try {
        return fromYaml(target as YamlNode, text, doc, depth + 1, walk);
      } finally {
        walk.underAlias--;
      }
    }
  }
  if (isMap(node)) {
    const entries: Entry[] = [];
    const value: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      const keyNode = k ? fromYaml(k, text, doc, depth + 1, walk) : emptyNode(start, text);
      const key = keyNode.kind === 'null' ? '' : String(keyNode.value);
      const v = pair.value as YamlNode | null;
      const child = v ? fromYaml(v, text, doc, depth + 1, walk) : emptyNode(keyNode.end, text);
      entries.push({ key, keyNode, value: child });
      value[key] = child.value;
    }
    return { kind: 'object', start, end, value, entries, mapped: () => Mapped.verbatim(text.slice(start, end), start) };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => (i ? fromYaml(i as YamlNode, text, doc, depth + 1, walk) : emptyNode(start, text)));
    return { kind: 'array', start, end, value: items.map((i) => i.value), items, mapped: () => Mapped.verbatim(text.slice(start, end), start) };
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
