/**
 * Conformance with Knot DNS's zone scanner test corpus (tests/libzscanner, read at test time from
 * ../shared/corpus/knot-zscanner). Each `.out` lists, in input order, the records Knot accepts
 * (owner, class, TTL, type and rdata in wire form) and one WARNG=/ERROR= line per rejected entry
 * (Knot drops the record in both cases; ERROR also stops the scan). mxlint must read the same
 * records, byte for byte, and report an error about where Knot rejects one. Cases mxlint
 * treats differently on purpose are listed with a reason in knot-deviations.json.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { nameToWire } from '../../src/zone/names.ts';
import { classNumber, parseRdata, rdataToWire, typeNumber } from '../../src/zone/rdata/index.ts';
import { readZone } from '../../src/zone/reader.ts';
import deviations from './knot-deviations.json' with { type: 'json' };

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/knot-zscanner/', import.meta.url));
const DATA = join(CORPUS, 'data');

type Expected = { kind: 'record'; key: string; block: number } | { kind: 'WARNG' | 'ERROR'; code: string; block: number };
type Actual = { kind: 'record'; key: string; line: number; text: string } | { kind: 'diagnostic'; severity: string; line: number; text: string };

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex').toUpperCase();
}

function u(n: number, octets: number): string {
  return n.toString(16).toUpperCase().padStart(octets * 2, '0');
}

function readExpected(name: string): Expected[] {
  const text = readFileSync(join(DATA, `${name}.out`), 'latin1');
  const blocks = text.split(/^------\n?/m).map((b) => b.trim()).filter((b) => b !== '');
  return blocks.map((b, block): Expected => {
    const fields = Object.fromEntries(b.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    if (fields.WARNG !== undefined) return { kind: 'WARNG', code: fields.WARNG, block: block + 1 };
    if (fields.ERROR !== undefined) return { kind: 'ERROR', code: fields.ERROR, block: block + 1 };
    return { kind: 'record', key: [fields.OWNER, fields.CLASS, fields.RRTTL, fields.RTYPE, fields.RDATA].join(' '), block: block + 1 };
  });
}

function recordKey(r: ZoneRecord): string {
  const parsed = parseRdata(r.type, r.fields, r.origin);
  const wire = parsed.ok ? rdataToWire(parsed.rdata) : null;
  const rdata = wire ? hex(wire) : parsed.ok ? '(no wire form)' : `(${parsed.error.code})`;
  return [hex(nameToWire(r.owner)), u(classNumber(r.class_) ?? 0, 2), u(r.ttl, 4), u(typeNumber(r.type) ?? 0, 2), rdata].join(' ');
}

/** mxlint's records and diagnostics merged in reading order. */
function readActual(path: string, root: string): Actual[] {
  const zone = readZone(path, { origin: '.', root });
  const records: Actual[] = zone.records.map((r) => ({
    kind: 'record',
    key: recordKey(r),
    line: r.source.positionAt(r.start).line,
    text: `${r.owner} ${r.ttl} ${r.type} ${r.rdataText}`,
  }));
  const out: Actual[] = [];
  let next = 0;
  const diag = (d: Diagnostic): Actual => ({ kind: 'diagnostic', severity: d.severity, line: d.span.source.positionAt(d.span.start).line, text: `${d.ruleId}: ${d.message}` });
  for (const d of zone.diagnostics) {
    // Records of the same file written before the diagnostic come first; other files keep reading order.
    let upTo = next;
    zone.records.forEach((r, i) => {
      if (r.source === d.span.source && r.start < d.span.start) upTo = Math.max(upTo, i + 1);
    });
    while (next < upTo) out.push(records[next++]);
    out.push(diag(d));
  }
  while (next < records.length) out.push(records[next++]);
  return out;
}

/**
 * Aligns expected and actual events (dynamic programming, as a diff): a record matches a record
 * with the same wire form; a rejection (WARNG or ERROR: Knot drops the record either way) matches
 * an error diagnostic. Unmatched expected events and unmatched records are failures; extra
 * diagnostics are free, and so is all mxlint reads after a fatal ERROR (where Knot stops).
 */
function compare(name: string, expected: Expected[], actual: Actual[]): { passed: number; failures: string[] } {
  const fatal = expected.length > 0 && expected[expected.length - 1].kind === 'ERROR';
  const n = expected.length;
  const m = actual.length;
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const matches = (e: Expected, a: Actual): boolean =>
    e.kind === 'record' ? a.kind === 'record' && a.key === e.key : a.kind === 'diagnostic' && a.severity === 'error';
  const skipActual = (i: number, a: Actual): number => (a.kind === 'diagnostic' || (fatal && i === n) ? 0 : 1);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let best = Infinity;
      if (i < n) best = 1 + cost[i + 1][j];
      if (j < m) best = Math.min(best, skipActual(i, actual[j]) + cost[i][j + 1]);
      if (i < n && j < m && matches(expected[i], actual[j])) best = Math.min(best, cost[i + 1][j + 1]);
      cost[i][j] = best;
    }
  }
  const failures: string[] = [];
  let passed = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && matches(expected[i], actual[j]) && cost[i][j] === cost[i + 1][j + 1]) {
      passed++;
      i++;
      j++;
    } else if (j < m && cost[i][j] === skipActual(i, actual[j]) + cost[i][j + 1]) {
      const a = actual[j];
      if (a.kind === 'record' && skipActual(i, a) === 1) failures.push(`${name} line ${a.line}: extra record ${a.key}`);
      j++;
    } else {
      const e = expected[i];
      failures.push(`${name} #${e.block}: missing ${e.kind === 'record' ? `record ${e.key}` : `${e.kind}=${e.code}`}`);
      i++;
    }
  }
  return { passed, failures };
}

const scratch = mkdtempSync(join(tmpdir(), 'mxlint-knot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Knot zscanner corpus', () => {
  it('reads what Knot reads and rejects what Knot rejects, but for the listed deviations', () => {
    cpSync(join(DATA, 'includes'), join(scratch, 'includes'), { recursive: true });
    const names = readFileSync(join(CORPUS, 'TESTS'), 'latin1').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(names.length).toBe(readdirSync(DATA).filter((f) => f.endsWith('.in')).length);
    let passed = 0;
    let total = 0;
    const failures: string[] = [];
    for (const name of names) {
      const input = readFileSync(join(DATA, `${name}.in`), 'latin1').replaceAll('@TMPDIR@', scratch);
      const path = join(scratch, `${name}.in`);
      writeFileSync(path, input, 'latin1');
      const expected = readExpected(name);
      const result = compare(name, expected, readActual(path, scratch));
      passed += result.passed;
      total += expected.length;
      failures.push(...result.failures);
    }
    console.log(`Knot zscanner corpus: ${passed} of ${total} expected entries matched; ${failures.length} differences (${deviations.length} listed deviations)`);
    if (process.env.KNOT_FAILURES) writeFileSync(process.env.KNOT_FAILURES, failures.join('\n') + '\n');
    const listed = deviations.map((d) => d.case);
    const unexpected = failures.filter((f) => !listed.includes(f));
    const fixed = listed.filter((c) => !failures.includes(c));
    expect({ unexpected, fixed }).toEqual({ unexpected: [], fixed: [] });
  });
});
