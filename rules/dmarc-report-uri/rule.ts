/**
 * dmarc-report-uri: `rua=` / `ruf=` destinations that are not `mailto:` URIs. DMARC defines
 * report delivery by mail only: receivers must support `mailto:` and ignore schemes they do not
 * implement, so a bare address or another scheme gets no reports.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcEntries, dmarcFingerprint } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';

interface Options {
  allowHttps: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'dmarc-report-uri',
    description: 'DMARC report destinations (`rua=`, `ruf=`) must be `mailto:` URIs.',
    severity: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowHttps: {
          type: 'boolean',
          default: false,
          description: 'Accept `https:` report URIs, for a report processor you know to collect reports over HTTPS.',
        },
      },
    },
    messages: {
      bare: '`{{tag}}={{uri}}` is not a URI, so receivers send no reports to it; write `{{tag}}=mailto:{{uri}}`.',
      web: '`{{tag}}={{uri}}` is not a `mailto:` URI: DMARC defines only mail delivery of reports and receivers need only support `mailto:` (RFC 9989), so most send nothing there; write `{{tag}}=mailto:` and an address.',
      scheme: '`{{tag}}={{uri}}` uses the `{{scheme}}:` scheme, which no DMARC receiver delivers reports to; write `{{tag}}=mailto:` and an address.',
    },
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (entry.place === 'elsewhere') continue;
      for (const tag of ['rua', 'ruf'] as const) {
        for (const uri of entry.dmarc[tag] ?? []) {
          if (uri.scheme === 'mailto') continue;
          const web = uri.scheme === 'http' || uri.scheme === 'https';
          if (uri.scheme === 'https' && context.options.allowHttps) continue;
          context.report({
            messageId: uri.scheme === undefined ? 'bare' : web ? 'web' : 'scheme',
            data: { tag, uri: uri.uri.text, scheme: uri.scheme ?? '' },
            span: textSpan(entry, uri.uri),
            fingerprint: dmarcFingerprint(entry, tag, uri.uri.text),
            // An https: URI is valid syntax that a few processors accept; a bare address never works.
            severity: web ? 'warning' : undefined,
          });
        }
      }
    }
  },
});
