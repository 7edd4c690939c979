/** Pure grammars for mail policy records, and SPF evaluation. */
export * from './common.ts';
export * from './spf.ts';
export * from './spf-eval.ts';
export * from './dmarc.ts';
export * from './dkim.ts';
export * from './mta-sts.ts';
export * from './tls-rpt.ts';
export * from './bimi.ts';
export { type RawTag, type TagList, type TagListOptions, tokenizeTagList } from './tag-list.ts';
export { type IpAddress, parseIPv4, parseIPv6, parseClientIp, formatIp } from '../model/ip.ts';
