import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDkimKey } from '../../src/mail/dkim.ts';
import { problemTuples, spanOf } from './helpers.ts';

const rsa = (bits: number, type: 'spki' | 'pkcs1'): string =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }).toString('base64');
const ed25519Spki = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const ed25519Raw = ed25519Spki.subarray(ed25519Spki.length - 32).toString('base64');

describe('parseDkimKey', () => {
  it('decodes an RSA SubjectPublicKeyInfo and its modulus size', () => {
    const p = rsa(2048, 'spki');
    const text = `v=DKIM1; k=rsa; h=sha256; p=${p}`;
    const r = parseDkimKey(text);
    expect(r.problems).toEqual([]);
    expect(r.version).toEqual({ text: 'DKIM1', start: 2, end: 7 });
    expect(r.keyType).toEqual({ text: 'rsa', value: 'rsa', start: 11, end: 14 });
    expect(r.hashAlgorithms).toEqual([{ text: 'sha256', value: 'sha256', start: 18, end: 24 }]);
    expect(r.publicKey).toMatchObject({ start: 28, end: text.length, algorithm: 'rsa', encoding: 'spki', oid: '1.2.840.113549.1.1.1', rsaModulusBits: 2048, rsaExponent: 65537, revoked: false });
  });

  it('accepts a bare PKCS#1 RSAPublicKey and says so', () => {
    const r = parseDkimKey(`v=DKIM1; p=${rsa(1024, 'pkcs1')}`);
    expect(r.problems).toEqual([]);
    expect(r.publicKey).toMatchObject({ algorithm: 'rsa', encoding: 'pkcs1', rsaModulusBits: 1024 });
    expect(r.keyType).toEqual({ value: 'rsa', implicit: true });
  });

  it('allows folding whitespace inside p= and around tags', () => {
    const p = rsa(1024, 'spki');
    const folded = `${p.slice(0, 40)} \r\n\t${p.slice(40, 100)}  ${p.slice(100)}`;
    const text = ` v = DKIM1 ;\r\n p = ${folded} ; `;
    const r = parseDkimKey(text);
    expect(r.problems).toEqual([]);
    expect(r.publicKey?.base64).toBe(p);
    expect(r.publicKey).toMatchObject({ ...spanOf(text, folded), rsaModulusBits: 1024 });
  });

  it('reads a raw 32-octet Ed25519 key (RFC 8463)', () => {
    const r = parseDkimKey(`v=DKIM1; k=ed25519; p=${ed25519Raw}`);
    expect(r.problems).toEqual([]);
    expect(r.publicKey).toMatchObject({ algorithm: 'ed25519', encoding: 'raw' });
  });

  it('reports k= that does not match the key', () => {
    const text = `v=DKIM1; p=${ed25519Raw}`;
    expect(problemTuples(parseDkimKey(text).problems)).toEqual([['key-type-mismatch', 11, text.length]]);
    expect(parseDkimKey(text).problems[0].message).toContain('write k=ed25519');
    const spki = parseDkimKey(`v=DKIM1; k=ed25519; p=${ed25519Spki.toString('base64')}`);
    expect(spki.problems.map((p) => p.code)).toEqual(['key-type-mismatch']);
    expect(spki.problems[0].message).toContain('raw 32-octet key');
  });

  it('treats an empty p= as a revoked key', () => {
    const r = parseDkimKey('v=DKIM1; k=rsa; p=');
    expect(r.problems).toEqual([]);
    expect(r.publicKey).toMatchObject({ revoked: true, base64: '', start: 18, end: 18 });
  });

  it('reports invalid base64 at the offending character', () => {
    expect(problemTuples(parseDkimKey('v=DKIM1; p=MIGf*MA0G').problems)).toEqual([['invalid-base64', 15, 16]]);
    expect(problemTuples(parseDkimKey('v=DKIM1; p=MIGfMA0').problems)).toEqual([['invalid-base64', 11, 18]]);
    expect(problemTuples(parseDkimKey('p=AAAA=A').problems)).toEqual([['invalid-base64', 7, 8]]);
    // Padding: at most two "=", at the end of whole quads.
    expect(problemTuples(parseDkimKey('p=AAAAAA==').problems)).toEqual([['invalid-public-key', 2, 10]]);
    expect(problemTuples(parseDkimKey('p=AAAAA===').problems)).toEqual([['invalid-base64', 7, 10]]);
    expect(problemTuples(parseDkimKey('p====').problems)).toEqual([['invalid-base64', 2, 5]]);
    expect(problemTuples(parseDkimKey('p=AA').problems)).toEqual([['invalid-base64', 2, 4]]);
    expect(problemTuples(parseDkimKey('p=AAAAAAAA').problems)).toEqual([['invalid-public-key', 2, 10]]);
  });

  it('reports a character no value may hold in p= beside the base64 problem, also in a second p=', () => {
    // Plain base64 skips the tag list's character check: only a p= that is not plain is checked again.
    expect(problemTuples(parseDkimKey('v=DKIM1; p=MIGf\x00MA0G').problems)).toEqual([
      ['invalid-character', 15, 16],
      ['invalid-base64', 15, 16],
    ]);
    expect(problemTuples(parseDkimKey('p=AA\xe9A').problems)).toEqual([
      ['invalid-character', 4, 5],
      ['invalid-base64', 4, 5],
    ]);
    expect(problemTuples(parseDkimKey('p=; p=A\x7fAA').problems)).toEqual([
      ['duplicate-tag', 4, 10],
      ['invalid-character', 7, 8],
    ]);
    expect(problemTuples(parseDkimKey('v=DKIM1; p=MIGf MA0G').problems)).toEqual([['invalid-public-key', 11, 20]]);
  });

  it('checks v= placement, duplicates, unknown tags and a missing p=', () => {
    expect(problemTuples(parseDkimKey('k=rsa; v=DKIM1; p=').problems)).toEqual([['version-not-first', 7, 14]]);
    expect(problemTuples(parseDkimKey('v=DKIM2; p=').problems)).toEqual([['invalid-version', 2, 7]]);
    expect(problemTuples(parseDkimKey('v=DKIM1; p=; p=').problems)).toEqual([['duplicate-tag', 13, 15]]);
    expect(problemTuples(parseDkimKey('v=DKIM1; g=*; p=').problems)).toEqual([['unknown-tag', 9, 12]]);
    expect(problemTuples(parseDkimKey('v=DKIM1; k=rsa').problems)).toEqual([['missing-public-key', 0, 14]]);
    expect(problemTuples(parseDkimKey('v=DKIM1; k=dsa; p=').problems)).toEqual([['unknown-key-type', 11, 14]]);
  });

  it('reads h=, s= and t= lists with spans', () => {
    const r = parseDkimKey('v=DKIM1; h=sha1 : sha256; s=email; t=y:s; p=');
    expect(r.hashAlgorithms?.map((h) => [h.value, h.start, h.end])).toEqual([
      ['sha1', 11, 15],
      ['sha256', 18, 24],
    ]);
    expect(r.serviceTypes?.map((s) => s.value)).toEqual(['email']);
    expect(r.flags?.map((f) => [f.value, f.start, f.end])).toEqual([
      ['y', 37, 38],
      ['s', 39, 40],
    ]);
  });
});
