import { describe, expect, it } from 'vitest';
import { organizationalDomain } from '../../src/engine/dmarc.ts';

describe('organizationalDomain', () => {
  it.each([
    ['.', '.'],
    ['com.', 'com.'],
    ['example.com.', 'example.com.'],
    ['Mail.EU.Example.COM.', 'example.com.'],
    ['example.co.uk.', 'example.co.uk.'],
    ['a.b.example.co.uk.', 'example.co.uk.'],
    ['co.uk.', 'co.uk.'],
    // A two-letter top-level label under a second level that is not a registry's: two labels.
    ['a.example.de.', 'example.de.'],
    ['x.shop.example.', 'shop.example.'],
  ])('%s → %s', (name, org) => {
    expect(organizationalDomain(name)).toBe(org);
  });
});
