/**
 * mail-txt-wrong-name: a DKIM, MTA-STS, TLS-RPT or BIMI record (recognised by its version tag)
 * at a name where no receiver looks for one: a DKIM key at the apex or at `_domainkey.<domain>`
 * without a selector, an MTA-STS record at the policy host `mta-sts.<domain>` instead of
 * `_mta-sts.<domain>`, a TLS-RPT record at `_tls.<domain>`. DMARC records have dmarc-wrong-name.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { labelIndex } from '../../src/engine/mail-records.ts';
import { ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { recordsOfType, txtOf } from '../../src/engine/records.ts';
import { nameKey } from '../../src/zone/names.ts';

type Kind = 'dkim' | 'mtaSts' | 'tlsRpt' | 'bimi';

const VERSION = /^[ \t]*v[ \t]*=[ \t]*(DKIM1|STSv1|TLSRPTv1|BIMI1)[ \t]*(?:;|$)/;
const KINDS: Record<string, Kind> = { DKIM1: 'dkim', STSv1: 'mtaSts', TLSRPTv1: 'tlsRpt', BIMI1: 'bimi' };

/** The owner minus its first `count` labels, as written (no escaped dots in the labels we drop). */
function drop(owner: string, count: number): string {
  let rest = owner;
  for (let i = 0; i < count; i++) rest = rest.slice(rest.indexOf('.') + 1);
  return rest;
}

/**
 * Where a record of `kind` at `owner` is read, or undefined when it already stands there; else
 * the name it was probably meant for.
 */
function meantName(kind: Kind, owner: string, key: string): string | undefined {
  // The first two labels, cut from the key (most records stand where they belong: no list of labels).
  const dot = key.indexOf('.');
  const next = dot < 0 ? -1 : key.indexOf('.', dot + 1);
  const first = dot < 0 ? key : key.slice(0, dot);
  const second = dot < 0 ? undefined : key.slice(dot + 1, next < 0 ? key.length : next);
  switch (kind) {
    case 'dkim': {
      if (labelIndex(key, '_domainkey') >= 1) return undefined;
      if (first === '_domainkey') return `<selector>.${owner}`;
      // `s1_domainkey.example.com.`, `s1-domainkey.…`: the dot was lost.
      const glued = /^(.+?)[_.-]?_?domainkey$/.exec(first);
      if (glued) return `${glued[1]}._domainkey.${drop(owner, 1)}`;
      return `<selector>._domainkey.${owner}`;
    }
    case 'mtaSts':
      if (first === '_mta-sts') return undefined;
      // `mta-sts.<domain>` is the HTTPS host that serves the policy file, not the TXT record's name.
      if (first === 'mta-sts' || first === 'mta_sts' || first === '_mta_sts') return `_mta-sts.${drop(owner, 1)}`;
      return `_mta-sts.${owner}`;
    case 'tlsRpt':
      if (first === '_smtp' && second === '_tls') return undefined;
      if (first === '_tls' && second === '_smtp') return `_smtp._tls.${drop(owner, 2)}`;
      if (first === '_tls') return `_smtp.${owner}`;
      if (first === '_smtp') return `_smtp._tls.${drop(owner, 1)}`;
      return `_smtp._tls.${owner}`;
    case 'bimi':
      if (labelIndex(key, '_bimi') >= 1) return undefined;
      if (first === '_bimi') return `default.${owner}`;
      return `default._bimi.${owner}`;
  }
}

const WHAT: Record<Kind, string> = {
  dkim: 'DKIM key',
  mtaSts: 'MTA-STS record',
  tlsRpt: 'TLS-RPT record',
  bimi: 'BIMI record',
};

const WHERE: Record<Kind, string> = {
  dkim: 'verifiers look for a key only at `<selector>._domainkey.<domain>`, the selector being the s= of the signature',
  mtaSts: 'senders look for it only at `_mta-sts.<domain>` (`mta-sts.<domain>` is the web host that serves the policy file)',
  tlsRpt: 'senders look for it only at `_smtp._tls.<domain>`',
  bimi: 'mail clients look for it only at `<selector>._bimi.<domain>` (`default._bimi.<domain>` unless the mail names another selector)',
};

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mail-txt-wrong-name',
    description: 'DKIM, MTA-STS, TLS-RPT and BIMI records must stand at the name receivers query (`<selector>._domainkey`, `_mta-sts`, `_smtp._tls`, `<selector>._bimi`).',
    severity: 'error',
    messages: {
      wrongName: 'This {{what}} at `{{owner}}` is never read: {{where}}; move it to `{{suggestion}}`.',
    },
  },
  check(context) {
    for (const record of recordsOfType(context.zone, 'TXT')) {
      const owner = record.owner;
      // A wildcard TXT is a catch-all answer, not a misplaced record.
      if (owner.startsWith('*')) continue;
      const view = txtOf(record);
      const version = view && VERSION.exec(view.text);
      if (!version) continue;
      const kind = KINDS[version[1]];
      const key = nameKey(owner);
      const suggestion = meantName(kind, owner, key);
      if (suggestion === undefined) continue;
      context.report({
        messageId: 'wrongName',
        data: { what: WHAT[kind], owner, where: WHERE[kind], suggestion },
        span: ownerOrTypeSpan(record),
        fingerprint: `${key}|TXT|${kind}|wrong-name`,
      });
    }
  },
});
