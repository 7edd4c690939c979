/**
 * Property tests: the reader never throws, on arbitrary bytes or on zone-shaped noise, and every
 * diagnostic and every record field lies inside its file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteName, nameProblem, parseName } from '../../src/zone/names.ts';
import { readZone } from '../../src/zone/reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'mxlint-prop-'));
let n = 0;

function readBytes(bytes: Uint8Array) {
  const file = join(dir, `z${n++}.zone`);
  writeFileSync(file, bytes);
  return readZone(file, { origin: 'example.com.', root: dir });
}

function assertInside(bytes: Uint8Array) {
  const zone = readBytes(bytes);
  const length = zone.source.text.length;
  for (const d of zone.diagnostics) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(d.span.source.text.length);
    expect(d.message).not.toMatch(/undefined|NaN|\[object/);
  }
  for (const r of zone.records) {
    for (const f of r.fields) expect(f.span.end).toBeLessThanOrEqual(f.span.source === zone.source ? length : f.span.source.text.length);
    expect(r.ttl).toBeGreaterThanOrEqual(0);
  }
}

const pieces = [
  '$ORIGIN ', '$TTL ', '$INCLUDE ', '$GENERATE ', '@', ' ', '\t', '\n', '\r\n', '(', ')', ';', '"', '\\', '\\0', '\\255', '\\999', '.', '..',
  'IN', 'CH', 'MX', 'TXT', 'SOA', 'A', 'AAAA', 'CNAME', 'CAA', 'TLSA', 'SVCB', 'HTTPS', 'TYPE65534', '\\#', '10', '0', '-1', '1h', '4294967296',
  'mail', 'example.com.', '192.0.2.1', '2001:db8::1', 'v=spf1', '+all', 'key=value', 'abcdef', '1-3', '${1,2,x}', '$', '\u00e9', '\u0000',
];

describe('reader properties', () => {
  it('never throws on arbitrary bytes, and positions stay inside the file', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => assertInside(bytes)), { numRuns: 300 });
  });

  it('never throws on zone-shaped token soup', () => {
    const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => Buffer.from(parts.join(''), 'latin1'));
    fc.assert(fc.property(soup, (bytes) => assertInside(bytes)), { numRuns: 1500 });
  });

  it('makes a valid token absolute as parseName does, without checking it again', () => {
    const token = fc.array(fc.constantFrom('a', 'mail', '-', '*', '.', '..', '@', '\\', '\\.', '\\\\', '\\046', '\\.', 'x.'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(token, fc.constantFrom('.', 'example.com.', 'a\\.b.'), (text, origin) => {
        if (nameProblem(text, origin) !== undefined) return;
        const parsed = parseName(text, origin);
        expect(parsed.ok && absoluteName(text, origin)).toBe(parsed.ok && parsed.name);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any owner/TTL/TXT it is given, with the text intact', () => {
    const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const text = fc.string({ maxLength: 300 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
    fc.assert(
      fc.property(label, fc.integer({ min: 0, max: 2 ** 31 - 1 }), text, (owner, ttl, value) => {
        const escaped = value.replace(/[\\"]/g, (c) => '\\' + c);
        const chunks = escaped.match(/(?:\\.|[^\\]){1,200}/g) ?? [''];
        const zone = readBytes(Buffer.from(`${owner} ${ttl} IN TXT ( ${chunks.map((c) => `"${c}"`).join('\n  ')} )\n`, 'latin1'));
        expect(zone.diagnostics).toEqual([]);
        expect(zone.records).toHaveLength(1);
        expect(zone.records[0].owner).toBe(`${owner}.example.com.`);
        expect(zone.records[0].ttl).toBe(ttl);
        expect(zone.records[0].fields.map((f) => f.text).join('').replace(/\\(.)/g, '$1')).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});
