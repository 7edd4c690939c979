import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/model/source.ts';

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
