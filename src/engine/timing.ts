/**
 * `TIMING=1` (as ESLint's): time spent per rule and per phase of the run, printed on standard
 * error after the report (standard output stays the report's). `TIMING=all` lists every rule, a
 * number its top N. A fact (facts.ts) is charged to the first rule that asks for it, and listed
 * on its own too (its time includes the facts it asks for in turn). Phases also show their CPU
 * time (all of the process's threads: the collector's and the compiler's too), steadier than wall
 * time on a shared machine.
 */

const setting = process.env.TIMING;
export const timingEnabled = setting !== undefined && setting !== '' && setting !== '0';

const phases = new Map<string, number>();
const phaseCpu = new Map<string, number>();
const rules = new Map<string, number>();
const facts = new Map<string, number>();

/** Runs `work`, adding its time to `phase` when timing is on. */
export async function timePhase<T>(phase: string, work: () => T | Promise<T>): Promise<T> {
  if (!timingEnabled) return work();
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    phases.set(phase, (phases.get(phase) ?? 0) + performance.now() - start);
    const used = process.cpuUsage(cpu);
    phaseCpu.set(phase, (phaseCpu.get(phase) ?? 0) + (used.user + used.system) / 1000);
  }
}

/** Adds `ms` to a rule's time (the lint loop measures each rule on each zone). */
export function addRuleTime(ruleId: string, ms: number): void {
  rules.set(ruleId, (rules.get(ruleId) ?? 0) + ms);
}

/** Adds `ms` to the time spent deriving a fact of the engine (facts.ts), inclusive of the facts it asks for. */
export function addFactTime(fact: string, ms: number): void {
  facts.set(fact, (facts.get(fact) ?? 0) + ms);
}

export function timingReport(): string {
  const table = (title: string, entries: [string, number][]): string => {
    const total = entries.reduce((sum, [, ms]) => sum + ms, 0) || 1;
    const width = Math.max(title.length, ...entries.map(([name]) => name.length));
    const lines = entries.map(([name, ms]) => `${name.padEnd(width)} | ${ms.toFixed(3).padStart(10)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
    return [`${title.padEnd(width)} | Time (ms) | Relative`, `${':'.padEnd(width, '-')}|----------:|--------:`, ...lines].join('\n');
  };
  const count = setting === 'all' ? Infinity : Number(setting) > 1 ? Number(setting) : 10;
  const byTime = [...rules].sort((a, b) => b[1] - a[1]).slice(0, count);
  const factsByTime = [...facts].sort((a, b) => b[1] - a[1]).slice(0, count);
  const cpu = [...phaseCpu].map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`).join(', ');
  return `${table('Phase', [...phases])}\nCPU time of the phases (ms, all threads): ${cpu}\n\n${table('Rule', byTime)}\n\n${table('Fact (inclusive)', factsByTime)}\n`;
}
