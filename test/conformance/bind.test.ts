/**
 * Differential test against BIND: the records mxlint reads equal those of
 * `named-compilezone -s full`, record for record, on the IANA root zone, the Zonemaster scenario
 * zones and a generated 10k-record zone. BIND's output is itself a zone file; it is read back with
 * mxlint's reader and compared in wire form (owner, TTL, type, rdata octets).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZone } from '../../src/zone/reader.ts';
import { generateZone } from '../gen-zone.ts';
import { recordKeys } from '../zone/wire-keys.ts';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mxlint-bind-'));

function keys(file: string, origin: string): string[] {
  const zone = readZone(file, { origin, root: '/' });
  expect(zone.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  return recordKeys(zone.records, origin);
}

function viaBind(file: string, origin: string): string[] {
  const output = join(scratch, `${Math.random().toString(36).slice(2)}.zone`);
  // $INCLUDE paths in these zones are relative to the zone's folder, as named resolves them from its cwd.
  execFileSync('named-compilezone', ['-q', '-i', 'none', '-k', 'ignore', '-n', 'ignore', '-r', 'ignore', '-s', 'full', '-o', output, origin, file], { cwd: dirname(file) });
  return keys(output, origin);
}

function originOf(file: string): string {
  const m = /^\$ORIGIN\s+(\S+)/m.exec(readFileSync(file, 'latin1'));
  if (!m) throw new Error(`no $ORIGIN in ${file}`);
  return m[1];
}

describe('records equal named-compilezone -s full', () => {
  beforeAll(() => {
    execFileSync('named-compilezone', ['-v']);
  });

  it('the IANA root zone (22,094 records)', () => {
    const file = join(shared, 'corpus/root-zone/root.zone');
    const ours = keys(file, '.');
    expect(ours.length).toBe(22094);
    expect(ours).toEqual(viaBind(file, '.'));
  });

  it('a generated 10k-record zone', () => {
    const file = join(scratch, 'example.test.zone');
    writeFileSync(file, generateZone(10000));
    const ours = keys(file, 'example.test.');
    expect(ours.length).toBe(10000);
    expect(ours).toEqual(viaBind(file, 'example.test.'));
  });

  const zonemaster = join(shared, 'corpus/zonemaster/zones');
  const files = readdirSync(zonemaster).flatMap((dir) =>
    readdirSync(join(zonemaster, dir))
      .filter((name) => /\.zone$|^zone\d+\.xa$/.test(name))
      .map((name) => join(zonemaster, dir, name)),
  );
  it.each(files.map((f) => [f.slice(zonemaster.length + 1), f]))('Zonemaster %s', (_, file) => {
    const origin = originOf(file);
    expect(keys(file, origin)).toEqual(viaBind(file, origin));
  });
});
