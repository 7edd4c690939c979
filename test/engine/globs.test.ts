/** The configuration's glob matcher: picomatch's answers on the patterns configurations use, in time linear per segment. */
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../src/engine/globs.ts';
import { unquoteGitPath } from '../../src/git/diff.ts';

describe('globs', () => {
  // [pattern, path, picomatch's answer with { dot: true }]
  const cases: [string, string, boolean][] = [
    ['**/*.zone', 'a.zone', true],
    ['**/*.zone', 'x/y/z.zone', true],
    ['*.zone', 'x/a.zone', false],
    ['**/db.*', 'zones/db.example', true],
    ['zones/**', 'zones/x/y.zone', true],
    ['zones/*.zone', 'zones/x/y.zone', false],
    ['a/**/b.zone', 'a/b.zone', true],
    ['a/**/b.zone', 'a/c/d/b.zone', true],
    ['{a,b}/*.zone', 'b/q.zone', true],
    ['x/{y,z{1,2}}/**/*.db', 'x/z1/k/a.db', true],
    ['x/{y,z{1,2}}/**/*.db', 'x/z3/a.db', false],
    ['db.[a-c]*', 'db.bx', true],
    ['db.[a-c]*', 'db.dx', false],
    ['?.zone', 'q.zone', true],
    ['?.zone', 'qq.zone', false],
    ['**/.hidden/*', 'z/.hidden/b', true],
    ['*', '.env', true],
    ['*a*a*b', 'aab', true],
    ['*a*a*b', 'ab', false],
  ];
  for (const [pattern, path, expected] of cases) it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => expect(matchesAny(pattern, path)).toBe(expected));

  it('does not backtrack: *a*a*a*a*a*a*a*a*a*a*b against 40 a', () => {
    const started = performance.now();
    expect(matchesAny('*a*a*a*a*a*a*a*a*a*a*b', `${'a'.repeat(40)}.zone`)).toBe(false);
    expect(matchesAny('**/**/**/**/**/**/**/**/x', `${'a/'.repeat(60)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a pattern whose braces expand past 1024 alternatives', () => {
    expect(() => matchesAny('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', 'x')).toThrow(/more than 1024 alternatives/);
  });
});

describe('unquoteGitPath', () => {
  it('decodes the C escapes of a name git quoted', () => {
    expect(unquoteGitPath('zones/quo\\"te\\tx\\\\y.zone')).toBe('zones/quo"te\tx\\y.zone');
    expect(unquoteGitPath('zones/\\303\\274.zone')).toBe('zones/ü.zone');
    expect(unquoteGitPath('zones/plain.zone')).toBe('zones/plain.zone');
  });
});
