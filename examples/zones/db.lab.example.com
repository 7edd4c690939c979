; db.lab.example.com -- the dev team's sandbox zone, delegated from example.com.
; Edited by hand whenever someone needs a name for a test; reviewed by nobody.
$ORIGIN lab.example.com.
$TTL 1h
@           IN  SOA ns1.example.com. devops.example.com. ( 2025061003 2h 15m 2w 5m )

; mail for the lab goes to the corporate MX (and still to the old provider, see DEV-311)
@           IN  MX  10 mx1.example.com.
            IN  MX  10 mx.oldmail.example.
            IN  MX  20 mx1.example.com.
; TTL lowered while we test the failover; +all until the CI runners have fixed addresses
@        60 IN  TXT ( "v=spf1 ip4:192.0.2.64/26 include:_spf.example.org "
                      "+all" )
_dmarc      IN  TXT "v=DMARC1; rua=mailto:dmarc-reports@example.com; fo=1"
_mta-sts    IN  TXT "v=STSv1; id=20250601"

; DKIM for the test mailers
dev._domainkey IN TXT ( "v=DKIM1; k=rsa; t=y; "
                        "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2Lbs4ipYhoic7JYbeJ5Pjmsrjba+XX44BELkMWJK53YvujxsVrHcXi6PizlmQQbbnE6nm+Qpaz3I7ksbxjahT0UM7/N+Xf+BovMG/ZYXv5uTZxj5sBMOV5+frMgwVQhb9FTWgzO6MRMlVk0XiaoASp7Wy6FF"
                        "0zSMZxiAX8KvolJAb14uMzq9I/MEty4mnb6pWPl4z7AUlf30Vbt8bfm7nta631ZVsfdC2mOVCxoe8Eeju9pCLCOAZcbBbUTA+GC860s/1oJa/Up7Ij2DrNS6QTmgNmJHO7olXWzxdR+Wgy4LS8Qy9tXv9BteIxAXc/cdOgU0m94lCS1CCFAM3V3dJwIDAQAB" )
ci._domainkey  IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyMOkQ3uI2/COe0YgehboebXe33jQhfZfvDBmx9h2P4Dcss3q9YA0284rdk9zb2WoIBz5K+BFKSGdEFJqs2XmZR85sQbovI9sQ457S1tDu+hpRPSGV2T65i31UqMRxyxvdQW9ME5pDw/5NG78mRzFp1IUh"

; hosts
www         1hr IN  A   192.0.2.90
grafana     IN  A   192.0.2.91
jenkins     IN  A   192.0.2.92
build_01    IN  A   192.0.2.94    ; the CI runner, named as its VM
jenkins     IN  TXT "v=spf1 ipv4:192.0.2.92 -all"
ci          IN  TXT "v=spf1 redirect=_spf.example.org redirect=_spf-partners.example.org"
staging     IN  TXT "v=spf1 redirect=_spf.example.org ~all"
test-mail   IN  TXT "v=spf1 ip4:192.0.2.99 ?all"

; pasted from the providers' setup pages
smtp.lab.example.com IN A 192.0.2.93
_sip._tcp   IN  SRV 10 5 5060 sip.example.net
mta-sts     IN  TXT "v=STSv1; id=20250601"
; DNSSEC trial (DEV-402): the signer printed this, so it went here
@           IN  DS  40721 13 2 9B2C6F0E8C5FB0D6C1A1E7D3C4B5A69788F1E2D3C4B5A69788F1E2D3C4B5A697
