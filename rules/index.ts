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
import zoneApexNsTarget from './zone-apex-ns-target/rule.ts';
import zoneCheckNames from './zone-check-names/rule.ts';
import zoneApexDs from './zone-apex-ds/rule.ts';
import zoneOutOfZone from './zone-out-of-zone/rule.ts';
import zoneNameDoubled from './zone-name-doubled/rule.ts';
import zoneTargetMissingDot from './zone-target-missing-dot/rule.ts';
import zoneViewsDiffer from './zone-views-differ/rule.ts';
import spfPermissiveAll from './spf-permissive-all/rule.ts';
import spfWeakAll from './spf-weak-all/rule.ts';
import spfMultipleRecords from './spf-multiple-records/rule.ts';
import spfSyntax from './spf-syntax/rule.ts';
import spfTooManyLookups from './spf-too-many-lookups/rule.ts';
import spfVoidLookups from './spf-void-lookups/rule.ts';
import spfIncludeNoSpf from './spf-include-no-spf/rule.ts';
import spfIncludeLoop from './spf-include-loop/rule.ts';
import spfPtr from './spf-ptr/rule.ts';
import spfRedirectIgnored from './spf-redirect-ignored/rule.ts';
import spfTermsAfterAll from './spf-terms-after-all/rule.ts';
import spfDuplicateModifier from './spf-duplicate-modifier/rule.ts';
import spfSplitTerm from './spf-split-term/rule.ts';
import spfRecordTooLong from './spf-record-too-long/rule.ts';
import spfType99 from './spf-type99/rule.ts';
import spfBroadRange from './spf-broad-range/rule.ts';
import spfParkedDomain from './spf-parked-domain/rule.ts';
import dmarcPolicyNone from './dmarc-policy-none/rule.ts';
import dmarcMissing from './dmarc-missing/rule.ts';
import dmarcWrongName from './dmarc-wrong-name/rule.ts';
import mailTxtWrongName from './mail-txt-wrong-name/rule.ts';
import dmarcMultipleRecords from './dmarc-multiple-records/rule.ts';
import dmarcSyntax from './dmarc-syntax/rule.ts';
import dmarcMissingPolicy from './dmarc-missing-policy/rule.ts';
import dmarcTesting from './dmarc-testing/rule.ts';
import dmarcRemovedTags from './dmarc-removed-tags/rule.ts';
import dmarcReportUri from './dmarc-report-uri/rule.ts';
import dmarcExternalReportAuth from './dmarc-external-report-auth/rule.ts';
import bimiSyntax from './bimi-syntax/rule.ts';
import bimiWithoutEnforcement from './bimi-without-enforcement/rule.ts';
import dkimSyntax from './dkim-syntax/rule.ts';
import dkimWeakKey from './dkim-weak-key/rule.ts';
import dkimKeyTypeMismatch from './dkim-key-type-mismatch/rule.ts';
import dkimSha1 from './dkim-sha1/rule.ts';
import dkimTesting from './dkim-testing/rule.ts';
import dkimRevoked from './dkim-revoked/rule.ts';
import dkimSplitKey from './dkim-split-key/rule.ts';
import mtaStsSyntax from './mta-sts-syntax/rule.ts';
import mtaStsMultipleRecords from './mta-sts-multiple-records/rule.ts';
import mtaStsNoHost from './mta-sts-no-host/rule.ts';
import tlsRptSyntax from './tls-rpt-syntax/rule.ts';
import tlsRptMultipleRecords from './tls-rpt-multiple-records/rule.ts';
import tlsRptMissing from './tls-rpt-missing/rule.ts';
import daneUsage from './dane-usage/rule.ts';
import daneHashLength from './dane-hash-length/rule.ts';
import changeDmarcWeakened from './change-dmarc-weakened/rule.ts';
import changeSpfWidened from './change-spf-widened/rule.ts';
import changeInboundMoved from './change-inbound-moved/rule.ts';
import changeMtaStsNotUpdated from './change-mta-sts-not-updated/rule.ts';
import changeDaneBroken from './change-dane-broken/rule.ts';
import changeDkimSelectorRemoved from './change-dkim-selector-removed/rule.ts';
import changeTtlRaised from './change-ttl-raised/rule.ts';
import danePartialCoverage from './dane-partial-coverage/rule.ts';

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
  zoneApexNsTarget,
  zoneCheckNames,
  zoneApexDs,
  zoneOutOfZone,
  zoneNameDoubled,
  zoneTargetMissingDot,
  zoneViewsDiffer,
  spfPermissiveAll,
  spfWeakAll,
  spfMultipleRecords,
  spfSyntax,
  spfTooManyLookups,
  spfVoidLookups,
  spfIncludeNoSpf,
  spfIncludeLoop,
  spfPtr,
  spfRedirectIgnored,
  spfTermsAfterAll,
  spfDuplicateModifier,
  spfSplitTerm,
  spfRecordTooLong,
  spfType99,
  spfBroadRange,
  spfParkedDomain,
  dmarcPolicyNone,
  dmarcMissing,
  dmarcWrongName,
  mailTxtWrongName,
  dmarcMultipleRecords,
  dmarcSyntax,
  dmarcMissingPolicy,
  dmarcTesting,
  dmarcRemovedTags,
  dmarcReportUri,
  dmarcExternalReportAuth,
  bimiSyntax,
  bimiWithoutEnforcement,
  dkimSyntax,
  dkimWeakKey,
  dkimKeyTypeMismatch,
  dkimSha1,
  dkimTesting,
  dkimRevoked,
  dkimSplitKey,
  mtaStsSyntax,
  mtaStsMultipleRecords,
  mtaStsNoHost,
  tlsRptSyntax,
  tlsRptMultipleRecords,
  tlsRptMissing,
  daneUsage,
  daneHashLength,
  danePartialCoverage,
  changeDmarcWeakened,
  changeSpfWidened,
  changeInboundMoved,
  changeMtaStsNotUpdated,
  changeDaneBroken,
  changeDkimSelectorRemoved,
  changeTtlRaised,
] as Rule<never>[];
