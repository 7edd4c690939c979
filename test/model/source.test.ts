import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText, TextCutter } from '../../src/model/source.ts';

/** Octets rich in UTF-8 edge cases: whole sequences of 1–4 octets, lone leads, stray continuations, latin1 bytes. */
const octets = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', '\n', '"', '\\', '\u00e9', '\u20ac', '\u{1F600}').map((s) => [...Buffer.from(s, 'utf8')]),
      fc.constantFrom([0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xbf, 0xbf, 0xbf, 0xbf, 0xbf], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]),
    ),
    { maxLength: 80 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('SourceText.displayPieces', () => {
  it('cuts a file kept as octets where its UTF-8 decoding is between characters', () => {
    fc.assert(
      fc.property(octets, fc.integer({ min: 1, max: 9 }), (bytes, size) => {
        const source = SourceText.fromBytes('z.zone', bytes);
        const pieces = [...source.displayPieces(size)];
        // Together they are the file as display() shows it; each decodes on its own to the same characters.
        expect(pieces.join('')).toBe(source.display(source.text));
        expect(pieces.join('')).toBe(Buffer.from(bytes).toString('utf8'));
        for (const piece of pieces) expect(piece.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never splits a surrogate pair of a file read as text', () => {
    const text = 'ab\u{1F600}c'.repeat(5);
    const source = new SourceText('z.json', text, 'utf8');
    const pieces = [...source.displayPieces(3)];
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(JSON.stringify(piece)).not.toMatch(/\\ud[89a-f]/);
  });
});

describe('TextCutter', () => {
  it('cuts what SourceText.slice cuts, in order or not, across window ends', () => {
    // Files longer than the cutter's window, so that cuts fall in, across and past it.
    const file = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 3000 }).map((b) => Uint8Array.from(b));
    const cut = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(file, fc.array(cut, { maxLength: 60 }), fc.boolean(), (bytes, cuts, sorted) => {
        const source = SourceText.fromBytes('z.zone', bytes);
        const cutter = new TextCutter(source);
        const ranges = cuts.map(([at, length]) => [at % bytes.length, Math.min(bytes.length, (at % bytes.length) + length)]);
        if (sorted) ranges.sort((a, b) => a[0] - b[0]);
        for (const [start, end] of ranges) expect(cutter.slice(start, end)).toBe(source.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});
