import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../src/model/ip.ts';

describe('IP address parsing', () => {
  it('reads back every IPv6 address it formats', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(parseIPv6(formatIPv6(bytes))).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the IPv6 and IPv4 texts Node accepts (zone ids aside)', () => {
    const piece = fc.constantFrom('::', ':', '0', '1', 'ff', 'FFFF', 'abcd', '12345', 'g', '.', '1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(parseIPv6(text) !== null).toBe(isIPv6(text));
        expect(parseIPv4(text) !== null).toBe(isIPv4(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the forms RFC 4291 §2.2 allows', () => {
    expect(Buffer.from(parseIPv6('::ffff:192.0.2.1')!).toString('hex')).toBe('00000000000000000000ffffc0000201');
    expect(Buffer.from(parseIPv6('1:2:3:4:5:6:7::')!).toString('hex')).toBe('00010002000300040005000600070000');
    for (const bad of ['1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%eth0', '::1.2.3']) expect(parseIPv6(bad)).toBeNull();
  });
});
