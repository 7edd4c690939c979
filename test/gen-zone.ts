/**
 * A deterministic BIND master file for example.test. with exactly `records` records, mail-heavy
 * and using the constructs a reader must get right: $TTL, a multi-line SOA with comments, '@',
 * relative and absolute owners, blank owners inheriting the previous one, TTLs with units,
 * records with and without class IN, TXT split into several strings (in parentheses across
 * lines, with ';' inside quotes and an escaped quote), and an $ORIGIN change that is undone.
 * Tests that need a large zone use this, so `npm test` needs nothing beside the repository.
 */
export function generateZone(records: number, seed = 1): string {
  if (!Number.isInteger(records) || records < 8) throw new Error('generateZone: records must be an integer >= 8');
  // mulberry32: small, seedable, the same output on every platform.
  let state = seed >>> 0;
  const random = (n: number): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random(items.length))];

  const lines = [
    '; example.test. generated for tests',
    '$TTL 1h',
    '$ORIGIN example.test.',
    '@ IN SOA ns1 hostmaster (',
    '    2026010101 ; serial',
    '    7200 3600 1209600 300 )',
    '  IN NS ns1',
    '  IN NS ns2.example.test.',
    'ns1 300 IN A 192.0.2.53',
    'ns2 IN A 192.0.2.54',
    '@ IN MX 10 mx1',
    'mx1 IN A 192.0.2.25',
    '@ IN TXT "v=spf1 ip4:192.0.2.0/24" " include:_spf.example.net -all"',
    '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.test"',
  ];
  let count = lines.filter((l) => / IN /.test(l)).length;
  const ttls = ['', '300 ', '5m ', '1d ', '86400 '];
  for (let host = 0; count < records; host++) {
    const name = `h${host}`;
    const ttl = pick(ttls);
    // One entry per record (a record in parentheses spans lines), or a directive.
    const block: string[] = [];
    switch (host % 6) {
      case 0:
        block.push(`${name} ${ttl}IN A 198.51.${(host >> 8) & 255}.${host & 255}`, `  ${ttl}IN AAAA 2001:db8::${(host & 0xffff).toString(16)}`);
        break;
      case 1:
        block.push(`${name}.example.test. ${ttl}IN MX ${pick([0, 5, 10, 20])} mx1.example.test.`, `  ${ttl}MX 20 ${pick(['mx.example.net.', 'h0'])}`);
        break;
      case 2:
        block.push(`${name} ${ttl}TXT "v=spf1 a mx include:_spf.example.net ~all"`);
        break;
      case 3:
        block.push(`_dmarc.${name} IN TXT "v=DMARC1; p=${pick(['none', 'quarantine', 'reject'])}; pct=100"`);
        break;
      case 4:
        block.push(`s${host}._domainkey.${name} IN TXT ( "v=DKIM1; k=rsa; " ; key in two strings\n    "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A${host}" )`);
        break;
      default:
        block.push('$ORIGIN sub.example.test.', `${name} ${ttl}IN CNAME www.example.test.`, `${name}-note IN TXT "say \\"hi\\" \\; bye"`, '$ORIGIN example.test.');
    }
    for (const line of block) {
      if (line.startsWith('$')) lines.push(line);
      else if (count < records) {
        lines.push(line);
        count++;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
