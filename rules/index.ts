/** Every rule of mxlint, one folder each. Ids are stable: suppression comments and SARIF fingerprints use them. */
import type { Rule } from '../src/engine/rule.ts';
import mxDanglingTarget from './mx-dangling-target/rule.ts';
import mxTargetCname from './mx-target-cname/rule.ts';
import mxTargetIp from './mx-target-ip/rule.ts';
import mxTargetMissingDot from './mx-target-missing-dot/rule.ts';
import mxDuplicatePreference from './mx-duplicate-preference/rule.ts';
import mxDuplicateExchanger from './mx-duplicate-exchanger/rule.ts';
import mxNullMx from './mx-null-mx/rule.ts';
import mxPrivateAddress from './mx-private-address/rule.ts';
import mxExchangerPolicy from './mx-exchanger-policy/rule.ts';
import mxImplicit from './mx-implicit/rule.ts';
import mxTargetProxied from './mx-target-proxied/rule.ts';
import ttlTooShort from './ttl-too-short/rule.ts';
import ttlTooLong from './ttl-too-long/rule.ts';
import ttlRrsetMismatch from './ttl-rrset-mismatch/rule.ts';
import soaRefresh from './soa-refresh/rule.ts';
import soaRetry from './soa-retry/rule.ts';
import soaExpire from './soa-expire/rule.ts';
import soaMinimum from './soa-minimum/rule.ts';
import soaCount from './soa-count/rule.ts';
import soaMnameCname from './soa-mname-cname/rule.ts';
import zoneCnameAndOtherData from './zone-cname-and-other-data/rule.ts';
import zoneMultipleCname from './zone-multiple-cname/rule.ts';
import zoneDuplicateRecord from './zone-duplicate-record/rule.ts';
import zoneApexNsMissing from './zone-apex-ns-missing/rule.ts';
import zoneOutOfZone from './zone-out-of-zone/rule.ts';

// Each rule module exports its rule as default; its options type is erased here.
export const rules: readonly Rule<never>[] = [
  mxDanglingTarget,
  mxTargetCname,
  mxTargetIp,
  mxTargetMissingDot,
  mxDuplicatePreference,
  mxDuplicateExchanger,
  mxNullMx,
  mxPrivateAddress,
  mxExchangerPolicy,
  mxImplicit,
  mxTargetProxied,
  ttlTooShort,
  ttlTooLong,
  ttlRrsetMismatch,
  soaRefresh,
  soaRetry,
  soaExpire,
  soaMinimum,
  soaCount,
  soaMnameCname,
  zoneCnameAndOtherData,
  zoneMultipleCname,
  zoneDuplicateRecord,
  zoneApexNsMissing,
  zoneOutOfZone,
] as Rule<never>[];
