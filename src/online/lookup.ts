/**
 * Resolution through a recursive resolver (the system's, or --nameserver): what a sender on the
 * Internet finds. The first resolver that gives a usable answer (NOERROR or NXDOMAIN) wins.
 */
import type { DnsClient, LiveAnswer, LiveRecord, Server } from './dns-client.ts';

export class Lookup {
  constructor(
    readonly client: DnsClient,
    readonly resolvers: readonly Server[],
  ) {}

  async ask(name: string, type: string): Promise<LiveAnswer> {
    let last: LiveAnswer | undefined;
    for (const resolver of this.resolvers) {
      last = await this.client.query(resolver, name, type, true);
      if (last.rcode === 'NOERROR' || last.rcode === 'NXDOMAIN') return last;
    }
    return last ?? { server: { address: '', port: 0, label: 'no resolver' }, rcode: 'UNREACHABLE', detail: 'no resolver is configured on this machine (give --nameserver)', authoritative: false, answers: [] };
  }
}

/** The records of the asked type in an answer (a resolver puts the CNAME chain before them). */
export function ofType(answer: LiveAnswer, type: string): LiveRecord[] {
  return answer.answers.filter((r) => r.type === type);
}

/** "NXDOMAIN", "no AAAA records", or the failure, for a message. */
export function describe(answer: LiveAnswer, type: string): string {
  if (answer.rcode === 'NXDOMAIN') return 'the name does not exist (NXDOMAIN)';
  if (answer.rcode === 'NOERROR') return `it has no ${type} records`;
  return `${answer.server.label}: ${answer.detail ?? answer.rcode}`;
}
