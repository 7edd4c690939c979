/**
 * BIND as the oracle of what a master file means: a zone file goes to mxlint's reader and to
 * `named-compilezone` with every semantic check off, and the verdicts are compared. BIND's raw
 * output format is parsed here, so BIND's records never pass through mxlint's reader.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { readZone } from '../../src/zone/reader.ts';
import { recordKeys, wireKey } from './wire-keys.ts';

const run = promisify(execFile);

export interface Verdict {
  ok: boolean;
  /** Why it was rejected: mxlint's first `syntax/` error, or BIND's reason without positions. */
  why: string;
  keys: string[];
}

/** mxlint's verdict: rejected when the reader reports a `syntax/` error. */
export function viaMxlint(file: string, origin: string): Verdict {
  const zone = readZone(file, { origin, root: dirname(file) });
  const error = zone.diagnostics.find((d) => d.severity === 'error' && d.ruleId.startsWith('syntax/'));
  if (error) return { ok: false, why: error.ruleId, keys: [] };
  return { ok: true, why: '', keys: recordKeys(zone.records, origin) };
}

/** BIND's verdict, run from the file's folder (where it resolves `$INCLUDE`). */
export async function viaBind(file: string, origin: string): Promise<Verdict> {
  const out = `${file}.raw`;
  const checksOff = ['-i', 'none', '-k', 'ignore', '-n', 'ignore', '-r', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore'];
  try {
    await run('named-compilezone', [...checksOff, '-F', 'raw', '-o', out, origin, file], { cwd: dirname(file) });
    return { ok: true, why: '', keys: readRaw(readFileSync(out)) };
  } catch (e) {
    const text = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
    // The load's outcome is the line that says why it failed; warnings come before it.
    const lines = text.split('\n').filter((l) => l !== '' && !/not loaded due to errors/.test(l));
    const failed = /failed: (.*)$/.exec(lines.find((l) => / failed: /.test(l)) ?? '');
    const line = failed ? failed[1] : (lines[lines.length - 1] ?? text);
    return { ok: false, why: line.replace(/^.*?\.(zone|db):\d+: /, '').replace(/'[^']*'/g, "'…'").trim(), keys: [] };
  } finally {
    rmSync(out, { force: true });
  }
}

/** BIND's raw zone format (masterdump.c): a 24-octet header, then each RRset with its owner and rdata in wire form. */
function readRaw(b: Buffer): string[] {
  const keys = new Set<string>();
  let at = 24;
  while (at < b.length) {
    const total = b.readUInt32BE(at);
    const type = b.readUInt16BE(at + 6);
    const ttl = b.readUInt32BE(at + 10);
    const count = b.readUInt32BE(at + 14);
    const nameLength = b.readUInt16BE(at + 18);
    const owner = b.subarray(at + 20, at + 20 + nameLength);
    let p = at + 20 + nameLength;
    for (let i = 0; i < count; i++) {
      const length = b.readUInt16BE(p);
      keys.add(wireKey(owner, ttl, type, b.subarray(p + 2, p + 2 + length)));
      p += 2 + length;
    }
    at += total;
  }
  return [...keys].sort();
}

/**
 * BIND's zone-level checks that no option turns off (an apex NS without an address, CDS/CDNSKEY
 * consistency, several CNAME or DNAME records at one name): not syntax, so not compared.
 */
const SEMANTIC = /^zone |multiple RRs of singleton type|CNAME and other data/;

/** How the two verdicts disagree, or undefined when they agree (or BIND refused on semantics). */
export function disagreement(ours: Verdict, bind: Verdict): string | undefined {
  if (!bind.ok && SEMANTIC.test(bind.why)) return undefined;
  if (ours.ok && bind.ok) return JSON.stringify(ours.keys) === JSON.stringify(bind.keys) ? undefined : 'records differ';
  if (ours.ok) return `BIND rejects (${bind.why})`;
  if (bind.ok) return `mxlint rejects (${ours.why})`;
  return undefined;
}
