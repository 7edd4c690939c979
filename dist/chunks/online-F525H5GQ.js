#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  INTERNAL_ERROR,
  ZoneSet,
  bare,
  checkHost,
  exchangeSpan,
  externalDestinations,
  mtaStsRecords,
  mxRecords,
  policyRecords,
  rdataOf,
  recordTextSpan,
  resolveName,
  rules,
  specialRange,
  spfRecords,
  textSpan,
  tlsaRecords,
  txtOf
} from "./chunk-H5HZL44F.js";
import "./chunk-CIGZ5PDF.js";
import "./chunk-VOD57E3I.js";
import {
  ConfigError,
  ConfigLoader
} from "./chunk-GYRZPTRP.js";
import "./chunk-4AEENPI5.js";
import {
  formatIPv6,
  nameKey,
  parseIPv4,
  parseIPv6,
  parseRdata,
  rdataToWire
} from "./chunk-CUWRVAA3.js";
import "./chunk-FO3ECEPE.js";
import "./chunk-C7ZOMXXB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-CCFEVKPO.js";

// node_modules/dns-packet/types.js
var require_types = __commonJS({
  "node_modules/dns-packet/types.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        case 1:
          return "A";
        case 10:
          return "NULL";
        case 28:
          return "AAAA";
        case 18:
          return "AFSDB";
        case 42:
          return "APL";
        case 257:
          return "CAA";
        case 60:
          return "CDNSKEY";
        case 59:
          return "CDS";
        case 37:
          return "CERT";
        case 5:
          return "CNAME";
        case 49:
          return "DHCID";
        case 32769:
          return "DLV";
        case 39:
          return "DNAME";
        case 48:
          return "DNSKEY";
        case 43:
          return "DS";
        case 55:
          return "HIP";
        case 13:
          return "HINFO";
        case 45:
          return "IPSECKEY";
        case 25:
          return "KEY";
        case 36:
          return "KX";
        case 29:
          return "LOC";
        case 15:
          return "MX";
        case 35:
          return "NAPTR";
        case 2:
          return "NS";
        case 47:
          return "NSEC";
        case 50:
          return "NSEC3";
        case 51:
          return "NSEC3PARAM";
        case 12:
          return "PTR";
        case 46:
          return "RRSIG";
        case 17:
          return "RP";
        case 24:
          return "SIG";
        case 6:
          return "SOA";
        case 99:
          return "SPF";
        case 33:
          return "SRV";
        case 44:
          return "SSHFP";
        case 32768:
          return "TA";
        case 249:
          return "TKEY";
        case 52:
          return "TLSA";
        case 250:
          return "TSIG";
        case 16:
          return "TXT";
        case 252:
          return "AXFR";
        case 251:
          return "IXFR";
        case 41:
          return "OPT";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + type;
    };
    exports.toType = function(name) {
      switch (name.toUpperCase()) {
        case "A":
          return 1;
        case "NULL":
          return 10;
        case "AAAA":
          return 28;
        case "AFSDB":
          return 18;
        case "APL":
          return 42;
        case "CAA":
          return 257;
        case "CDNSKEY":
          return 60;
        case "CDS":
          return 59;
        case "CERT":
          return 37;
        case "CNAME":
          return 5;
        case "DHCID":
          return 49;
        case "DLV":
          return 32769;
        case "DNAME":
          return 39;
        case "DNSKEY":
          return 48;
        case "DS":
          return 43;
        case "HIP":
          return 55;
        case "HINFO":
          return 13;
        case "IPSECKEY":
          return 45;
        case "KEY":
          return 25;
        case "KX":
          return 36;
        case "LOC":
          return 29;
        case "MX":
          return 15;
        case "NAPTR":
          return 35;
        case "NS":
          return 2;
        case "NSEC":
          return 47;
        case "NSEC3":
          return 50;
        case "NSEC3PARAM":
          return 51;
        case "PTR":
          return 12;
        case "RRSIG":
          return 46;
        case "RP":
          return 17;
        case "SIG":
          return 24;
        case "SOA":
          return 6;
        case "SPF":
          return 99;
        case "SRV":
          return 33;
        case "SSHFP":
          return 44;
        case "TA":
          return 32768;
        case "TKEY":
          return 249;
        case "TLSA":
          return 52;
        case "TSIG":
          return 250;
        case "TXT":
          return 16;
        case "AXFR":
          return 252;
        case "IXFR":
          return 251;
        case "OPT":
          return 41;
        case "ANY":
          return 255;
        case "*":
          return 255;
      }
      if (name.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name.slice(8));
      return 0;
    };
  }
});

// node_modules/dns-packet/rcodes.js
var require_rcodes = __commonJS({
  "node_modules/dns-packet/rcodes.js"(exports) {
    "use strict";
    exports.toString = function(rcode) {
      switch (rcode) {
        case 0:
          return "NOERROR";
        case 1:
          return "FORMERR";
        case 2:
          return "SERVFAIL";
        case 3:
          return "NXDOMAIN";
        case 4:
          return "NOTIMP";
        case 5:
          return "REFUSED";
        case 6:
          return "YXDOMAIN";
        case 7:
          return "YXRRSET";
        case 8:
          return "NXRRSET";
        case 9:
          return "NOTAUTH";
        case 10:
          return "NOTZONE";
        case 11:
          return "RCODE_11";
        case 12:
          return "RCODE_12";
        case 13:
          return "RCODE_13";
        case 14:
          return "RCODE_14";
        case 15:
          return "RCODE_15";
      }
      return "RCODE_" + rcode;
    };
    exports.toRcode = function(code) {
      switch (code.toUpperCase()) {
        case "NOERROR":
          return 0;
        case "FORMERR":
          return 1;
        case "SERVFAIL":
          return 2;
        case "NXDOMAIN":
          return 3;
        case "NOTIMP":
          return 4;
        case "REFUSED":
          return 5;
        case "YXDOMAIN":
          return 6;
        case "YXRRSET":
          return 7;
        case "NXRRSET":
          return 8;
        case "NOTAUTH":
          return 9;
        case "NOTZONE":
          return 10;
        case "RCODE_11":
          return 11;
        case "RCODE_12":
          return 12;
        case "RCODE_13":
          return 13;
        case "RCODE_14":
          return 14;
        case "RCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/opcodes.js
var require_opcodes = __commonJS({
  "node_modules/dns-packet/opcodes.js"(exports) {
    "use strict";
    exports.toString = function(opcode) {
      switch (opcode) {
        case 0:
          return "QUERY";
        case 1:
          return "IQUERY";
        case 2:
          return "STATUS";
        case 3:
          return "OPCODE_3";
        case 4:
          return "NOTIFY";
        case 5:
          return "UPDATE";
        case 6:
          return "OPCODE_6";
        case 7:
          return "OPCODE_7";
        case 8:
          return "OPCODE_8";
        case 9:
          return "OPCODE_9";
        case 10:
          return "OPCODE_10";
        case 11:
          return "OPCODE_11";
        case 12:
          return "OPCODE_12";
        case 13:
          return "OPCODE_13";
        case 14:
          return "OPCODE_14";
        case 15:
          return "OPCODE_15";
      }
      return "OPCODE_" + opcode;
    };
    exports.toOpcode = function(code) {
      switch (code.toUpperCase()) {
        case "QUERY":
          return 0;
        case "IQUERY":
          return 1;
        case "STATUS":
          return 2;
        case "OPCODE_3":
          return 3;
        case "NOTIFY":
          return 4;
        case "UPDATE":
          return 5;
        case "OPCODE_6":
          return 6;
        case "OPCODE_7":
          return 7;
        case "OPCODE_8":
          return 8;
        case "OPCODE_9":
          return 9;
        case "OPCODE_10":
          return 10;
        case "OPCODE_11":
          return 11;
        case "OPCODE_12":
          return 12;
        case "OPCODE_13":
          return 13;
        case "OPCODE_14":
          return 14;
        case "OPCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/classes.js
var require_classes = __commonJS({
  "node_modules/dns-packet/classes.js"(exports) {
    "use strict";
    exports.toString = function(klass) {
      switch (klass) {
        case 1:
          return "IN";
        case 2:
          return "CS";
        case 3:
          return "CH";
        case 4:
          return "HS";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + klass;
    };
    exports.toClass = function(name) {
      switch (name.toUpperCase()) {
        case "IN":
          return 1;
        case "CS":
          return 2;
        case "CH":
          return 3;
        case "HS":
          return 4;
        case "ANY":
          return 255;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/optioncodes.js
var require_optioncodes = __commonJS({
  "node_modules/dns-packet/optioncodes.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        // list at
        // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
        case 1:
          return "LLQ";
        case 2:
          return "UL";
        case 3:
          return "NSID";
        case 5:
          return "DAU";
        case 6:
          return "DHU";
        case 7:
          return "N3U";
        case 8:
          return "CLIENT_SUBNET";
        case 9:
          return "EXPIRE";
        case 10:
          return "COOKIE";
        case 11:
          return "TCP_KEEPALIVE";
        case 12:
          return "PADDING";
        case 13:
          return "CHAIN";
        case 14:
          return "KEY_TAG";
        case 26946:
          return "DEVICEID";
      }
      if (type < 0) {
        return null;
      }
      return `OPTION_${type}`;
    };
    exports.toCode = function(name) {
      if (typeof name === "number") {
        return name;
      }
      if (!name) {
        return -1;
      }
      switch (name.toUpperCase()) {
        case "OPTION_0":
          return 0;
        case "LLQ":
          return 1;
        case "UL":
          return 2;
        case "NSID":
          return 3;
        case "OPTION_4":
          return 4;
        case "DAU":
          return 5;
        case "DHU":
          return 6;
        case "N3U":
          return 7;
        case "CLIENT_SUBNET":
          return 8;
        case "EXPIRE":
          return 9;
        case "COOKIE":
          return 10;
        case "TCP_KEEPALIVE":
          return 11;
        case "PADDING":
          return 12;
        case "CHAIN":
          return 13;
        case "KEY_TAG":
          return 14;
        case "DEVICEID":
          return 26946;
        case "OPTION_65535":
          return 65535;
      }
      const m = name.match(/_(\d+)$/);
      if (m) {
        return parseInt(m[1], 10);
      }
      return -1;
    };
  }
});

// node_modules/@leichtgewicht/ip-codec/index.cjs
var require_ip_codec = __commonJS({
  "node_modules/@leichtgewicht/ip-codec/index.cjs"(exports, module) {
    var ipCodec = (function(exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", {
        value: true
      });
      exports2.decode = decode2;
      exports2.encode = encode;
      exports2.familyOf = familyOf;
      exports2.name = void 0;
      exports2.sizeOf = sizeOf;
      exports2.v6 = exports2.v4 = void 0;
      const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
      const v4Size = 4;
      const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
      const v6Size = 16;
      const v4 = {
        name: "v4",
        size: v4Size,
        isFormat: (ip) => v4Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          buff = buff || new Uint8Array(offset + v4Size);
          const max = ip.length;
          let n = 0;
          for (let i = 0; i < max; ) {
            const c = ip.charCodeAt(i++);
            if (c === 46) {
              buff[offset++] = n;
              n = 0;
            } else {
              n = n * 10 + (c - 48);
            }
          }
          buff[offset] = n;
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
        }
      };
      exports2.v4 = v4;
      const v6 = {
        name: "v6",
        size: v6Size,
        isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          let end = offset + v6Size;
          let fill = -1;
          let hexN = 0;
          let decN = 0;
          let prevColon = true;
          let useDec = false;
          buff = buff || new Uint8Array(offset + v6Size);
          for (let i = 0; i < ip.length; i++) {
            let c = ip.charCodeAt(i);
            if (c === 58) {
              if (prevColon) {
                if (fill !== -1) {
                  if (offset < end) buff[offset] = 0;
                  if (offset < end - 1) buff[offset + 1] = 0;
                  offset += 2;
                } else if (offset < end) {
                  fill = offset;
                }
              } else {
                if (useDec === true) {
                  if (offset < end) buff[offset] = decN;
                  offset++;
                } else {
                  if (offset < end) buff[offset] = hexN >> 8;
                  if (offset < end - 1) buff[offset + 1] = hexN & 255;
                  offset += 2;
                }
                hexN = 0;
                decN = 0;
              }
              prevColon = true;
              useDec = false;
            } else if (c === 46) {
              if (offset < end) buff[offset] = decN;
              offset++;
              decN = 0;
              hexN = 0;
              prevColon = false;
              useDec = true;
            } else {
              prevColon = false;
              if (c >= 97) {
                c -= 87;
              } else if (c >= 65) {
                c -= 55;
              } else {
                c -= 48;
                decN = decN * 10 + c;
              }
              hexN = (hexN << 4) + c;
            }
          }
          if (prevColon === false) {
            if (useDec === true) {
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 255;
              offset += 2;
            }
          } else if (fill === 0) {
            if (offset < end) buff[offset] = 0;
            if (offset < end - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (fill !== -1) {
            offset += 2;
            for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
              buff[i] = buff[i - 2];
            }
            buff[fill] = 0;
            buff[fill + 1] = 0;
            fill = offset;
          }
          if (fill !== offset && fill !== -1) {
            if (offset > end - 2) {
              offset = end - 2;
            }
            while (end > fill) {
              buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
            }
          } else {
            while (offset < end) {
              buff[offset++] = 0;
            }
          }
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          let result = "";
          for (let i = 0; i < v6Size; i += 2) {
            if (i !== 0) {
              result += ":";
            }
            result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
          }
          return result.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
        }
      };
      exports2.v6 = v6;
      const name = "ip";
      exports2.name = name;
      function sizeOf(ip) {
        if (v4.isFormat(ip)) return v4.size;
        if (v6.isFormat(ip)) return v6.size;
        throw Error(`Invalid ip address: ${ip}`);
      }
      function familyOf(string) {
        return sizeOf(string) === v4.size ? 1 : 2;
      }
      function encode(ip, buff, offset) {
        offset = ~~offset;
        const size = sizeOf(ip);
        if (typeof buff === "function") {
          buff = buff(offset + size);
        }
        if (size === v4.size) {
          return v4.encode(ip, buff, offset);
        }
        return v6.encode(ip, buff, offset);
      }
      function decode2(buff, offset, length) {
        offset = ~~offset;
        length = length || buff.length - offset;
        if (length === v4.size) {
          return v4.decode(buff, offset, length);
        }
        if (length === v6.size) {
          return v6.decode(buff, offset, length);
        }
        throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
      }
      return "default" in exports2 ? exports2.default : exports2;
    })({});
    if (typeof define === "function" && define.amd) define([], function() {
      return ipCodec;
    });
    else if (typeof module === "object" && typeof exports === "object") module.exports = ipCodec;
  }
});

// node_modules/dns-packet/index.js
var require_dns_packet = __commonJS({
  "node_modules/dns-packet/index.js"(exports) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer;
    var types = require_types();
    var rcodes = require_rcodes();
    var opcodes = require_opcodes();
    var classes = require_classes();
    var optioncodes = require_optioncodes();
    var ip = require_ip_codec();
    var QUERY_FLAG = 0;
    var RESPONSE_FLAG = 1 << 15;
    var FLUSH_MASK = 1 << 15;
    var NOT_FLUSH_MASK = ~FLUSH_MASK;
    var QU_MASK = 1 << 15;
    var NOT_QU_MASK = ~QU_MASK;
    var name = exports.name = {};
    name.encode = function(str, buf, offset, { mail = false } = {}) {
      if (!buf) buf = Buffer2.alloc(name.encodingLength(str));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const n = str.replace(/^\.|\.$/gm, "");
      if (n.length) {
        let list = [];
        if (mail) {
          let localPart = "";
          n.split(".").forEach((label) => {
            if (label.endsWith("\\")) {
              localPart += (localPart.length ? "." : "") + label.slice(0, -1);
            } else {
              if (list.length === 0 && localPart.length) {
                list.push(localPart + "." + label);
              } else {
                list.push(label);
              }
            }
          });
        } else {
          list = n.split(".");
        }
        for (let i = 0; i < list.length; i++) {
          const len = buf.write(list[i], offset + 1);
          buf[offset] = len;
          offset += len + 1;
        }
      }
      buf[offset++] = 0;
      name.encode.bytes = offset - oldOffset;
      return buf;
    };
    name.encode.bytes = 0;
    name.decode = function(buf, offset, { mail = false } = {}) {
      if (!offset) offset = 0;
      const list = [];
      let oldOffset = offset;
      let totalLength = 0;
      let consumedBytes = 0;
      let jumped = false;
      while (true) {
        if (offset >= buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const len = buf[offset++];
        consumedBytes += jumped ? 0 : 1;
        if (len === 0) {
          break;
        } else if ((len & 192) === 0) {
          if (offset + len > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          totalLength += len + 1;
          if (totalLength > 254) {
            throw new Error("Cannot decode name (name too long)");
          }
          let label = buf.toString("utf-8", offset, offset + len);
          if (mail) {
            label = label.replace(/\./g, "\\.");
          }
          list.push(label);
          offset += len;
          consumedBytes += jumped ? 0 : len;
        } else if ((len & 192) === 192) {
          if (offset + 1 > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          const jumpOffset = buf.readUInt16BE(offset - 1) - 49152;
          if (jumpOffset >= oldOffset) {
            throw new Error("Cannot decode name (bad pointer)");
          }
          offset = jumpOffset;
          oldOffset = jumpOffset;
          consumedBytes += jumped ? 0 : 1;
          jumped = true;
        } else {
          throw new Error("Cannot decode name (bad label)");
        }
      }
      name.decode.bytes = consumedBytes;
      return list.length === 0 ? "." : list.join(".");
    };
    name.decode.bytes = 0;
    name.encodingLength = function(n) {
      if (n === "." || n === "..") return 1;
      return Buffer2.byteLength(n.replace(/^\.|\.$/gm, "")) + 2;
    };
    var string = {};
    string.encode = function(s, buf, offset) {
      if (!buf) buf = Buffer2.alloc(string.encodingLength(s));
      if (!offset) offset = 0;
      const len = buf.write(s, offset + 1);
      buf[offset] = len;
      string.encode.bytes = len + 1;
      return buf;
    };
    string.encode.bytes = 0;
    string.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf[offset];
      const s = buf.toString("utf-8", offset + 1, offset + 1 + len);
      string.decode.bytes = len + 1;
      return s;
    };
    string.decode.bytes = 0;
    string.encodingLength = function(s) {
      return Buffer2.byteLength(s) + 1;
    };
    var header = {};
    header.encode = function(h, buf, offset) {
      if (!buf) buf = header.encodingLength(h);
      if (!offset) offset = 0;
      const flags = (h.flags || 0) & 32767;
      const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
      buf.writeUInt16BE(h.id || 0, offset);
      buf.writeUInt16BE(flags | type, offset + 2);
      buf.writeUInt16BE(h.questions.length, offset + 4);
      buf.writeUInt16BE(h.answers.length, offset + 6);
      buf.writeUInt16BE(h.authorities.length, offset + 8);
      buf.writeUInt16BE(h.additionals.length, offset + 10);
      return buf;
    };
    header.encode.bytes = 12;
    header.decode = function(buf, offset) {
      if (!offset) offset = 0;
      if (buf.length < 12) throw new Error("Header must be 12 bytes");
      const flags = buf.readUInt16BE(offset + 2);
      return {
        id: buf.readUInt16BE(offset),
        type: flags & RESPONSE_FLAG ? "response" : "query",
        flags: flags & 32767,
        flag_qr: (flags >> 15 & 1) === 1,
        opcode: opcodes.toString(flags >> 11 & 15),
        flag_aa: (flags >> 10 & 1) === 1,
        flag_tc: (flags >> 9 & 1) === 1,
        flag_rd: (flags >> 8 & 1) === 1,
        flag_ra: (flags >> 7 & 1) === 1,
        flag_z: (flags >> 6 & 1) === 1,
        flag_ad: (flags >> 5 & 1) === 1,
        flag_cd: (flags >> 4 & 1) === 1,
        rcode: rcodes.toString(flags & 15),
        questions: new Array(buf.readUInt16BE(offset + 4)),
        answers: new Array(buf.readUInt16BE(offset + 6)),
        authorities: new Array(buf.readUInt16BE(offset + 8)),
        additionals: new Array(buf.readUInt16BE(offset + 10))
      };
    };
    header.decode.bytes = 12;
    header.encodingLength = function() {
      return 12;
    };
    var runknown = exports.unknown = {};
    runknown.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(runknown.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.length, offset);
      data.copy(buf, offset + 2);
      runknown.encode.bytes = data.length + 2;
      return buf;
    };
    runknown.encode.bytes = 0;
    runknown.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = buf.slice(offset + 2, offset + 2 + len);
      runknown.decode.bytes = len + 2;
      return data;
    };
    runknown.decode.bytes = 0;
    runknown.encodingLength = function(data) {
      return data.length + 2;
    };
    var rns = exports.ns = {};
    rns.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rns.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rns.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rns.encode.bytes = 0;
    rns.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const dd = name.decode(buf, offset + 2);
      rns.decode.bytes = len + 2;
      return dd;
    };
    rns.decode.bytes = 0;
    rns.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsoa = exports.soa = {};
    rsoa.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsoa.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mname, buf, offset);
      offset += name.encode.bytes;
      name.encode(data.rname, buf, offset, { mail: true });
      offset += name.encode.bytes;
      buf.writeUInt32BE(data.serial || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.refresh || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.retry || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.expire || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.minimum || 0, offset);
      offset += 4;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rsoa.encode.bytes = offset - oldOffset;
      return buf;
    };
    rsoa.encode.bytes = 0;
    rsoa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mname = name.decode(buf, offset);
      offset += name.decode.bytes;
      data.rname = name.decode(buf, offset, { mail: true });
      offset += name.decode.bytes;
      data.serial = buf.readUInt32BE(offset);
      offset += 4;
      data.refresh = buf.readUInt32BE(offset);
      offset += 4;
      data.retry = buf.readUInt32BE(offset);
      offset += 4;
      data.expire = buf.readUInt32BE(offset);
      offset += 4;
      data.minimum = buf.readUInt32BE(offset);
      offset += 4;
      rsoa.decode.bytes = offset - oldOffset;
      return data;
    };
    rsoa.decode.bytes = 0;
    rsoa.encodingLength = function(data) {
      return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
    };
    var rtxt = exports.txt = {};
    rtxt.encode = function(data, buf, offset) {
      if (!Array.isArray(data)) data = [data];
      for (let i = 0; i < data.length; i++) {
        if (typeof data[i] === "string") {
          data[i] = Buffer2.from(data[i]);
        }
        if (!Buffer2.isBuffer(data[i])) {
          throw new Error("Must be a Buffer");
        }
      }
      if (!buf) buf = Buffer2.alloc(rtxt.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      data.forEach(function(d) {
        buf[offset++] = d.length;
        d.copy(buf, offset, 0, d.length);
        offset += d.length;
      });
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rtxt.encode.bytes = offset - oldOffset;
      return buf;
    };
    rtxt.encode.bytes = 0;
    rtxt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      let remaining = buf.readUInt16BE(offset);
      offset += 2;
      let data = [];
      while (remaining > 0) {
        const len = buf[offset++];
        --remaining;
        if (remaining < len) {
          throw new Error("Buffer overflow");
        }
        data.push(buf.slice(offset, offset + len));
        offset += len;
        remaining -= len;
      }
      rtxt.decode.bytes = offset - oldOffset;
      return data;
    };
    rtxt.decode.bytes = 0;
    rtxt.encodingLength = function(data) {
      if (!Array.isArray(data)) data = [data];
      let length = 2;
      data.forEach(function(buf) {
        if (typeof buf === "string") {
          length += Buffer2.byteLength(buf) + 1;
        } else {
          length += buf.length + 1;
        }
      });
      return length;
    };
    var rnull = exports.null = {};
    rnull.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnull.encodingLength(data));
      if (!offset) offset = 0;
      if (typeof data === "string") data = Buffer2.from(data);
      if (!data) data = Buffer2.alloc(0);
      const oldOffset = offset;
      offset += 2;
      const len = data.length;
      data.copy(buf, offset, 0, len);
      offset += len;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rnull.encode.bytes = offset - oldOffset;
      return buf;
    };
    rnull.encode.bytes = 0;
    rnull.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const data = buf.slice(offset, offset + len);
      offset += len;
      rnull.decode.bytes = offset - oldOffset;
      return data;
    };
    rnull.decode.bytes = 0;
    rnull.encodingLength = function(data) {
      if (!data) return 2;
      return (Buffer2.isBuffer(data) ? data.length : Buffer2.byteLength(data)) + 2;
    };
    var rhinfo = exports.hinfo = {};
    rhinfo.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rhinfo.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      string.encode(data.cpu, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.os, buf, offset);
      offset += string.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rhinfo.encode.bytes = offset - oldOffset;
      return buf;
    };
    rhinfo.encode.bytes = 0;
    rhinfo.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.cpu = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.os = string.decode(buf, offset);
      offset += string.decode.bytes;
      rhinfo.decode.bytes = offset - oldOffset;
      return data;
    };
    rhinfo.decode.bytes = 0;
    rhinfo.encodingLength = function(data) {
      return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
    };
    var rptr = exports.ptr = {};
    var rcname = exports.cname = rptr;
    var rdname = exports.dname = rptr;
    rptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rptr.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rptr.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rptr.encode.bytes = 0;
    rptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const data = name.decode(buf, offset + 2);
      rptr.decode.bytes = name.decode.bytes + 2;
      return data;
    };
    rptr.decode.bytes = 0;
    rptr.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsrv = exports.srv = {};
    rsrv.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsrv.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.priority || 0, offset + 2);
      buf.writeUInt16BE(data.weight || 0, offset + 4);
      buf.writeUInt16BE(data.port || 0, offset + 6);
      name.encode(data.target, buf, offset + 8);
      const len = name.encode.bytes + 6;
      buf.writeUInt16BE(len, offset);
      rsrv.encode.bytes = len + 2;
      return buf;
    };
    rsrv.encode.bytes = 0;
    rsrv.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = {};
      data.priority = buf.readUInt16BE(offset + 2);
      data.weight = buf.readUInt16BE(offset + 4);
      data.port = buf.readUInt16BE(offset + 6);
      data.target = name.decode(buf, offset + 8);
      rsrv.decode.bytes = len + 2;
      return data;
    };
    rsrv.decode.bytes = 0;
    rsrv.encodingLength = function(data) {
      return 8 + name.encodingLength(data.target);
    };
    var rcaa = exports.caa = {};
    rcaa.ISSUER_CRITICAL = 1 << 7;
    rcaa.encode = function(data, buf, offset) {
      const len = rcaa.encodingLength(data);
      if (!buf) buf = Buffer2.alloc(rcaa.encodingLength(data));
      if (!offset) offset = 0;
      if (data.issuerCritical) {
        data.flags = rcaa.ISSUER_CRITICAL;
      }
      buf.writeUInt16BE(len - 2, offset);
      offset += 2;
      buf.writeUInt8(data.flags || 0, offset);
      offset += 1;
      string.encode(data.tag, buf, offset);
      offset += string.encode.bytes;
      buf.write(data.value, offset);
      offset += Buffer2.byteLength(data.value);
      rcaa.encode.bytes = len;
      return buf;
    };
    rcaa.encode.bytes = 0;
    rcaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const oldOffset = offset;
      const data = {};
      data.flags = buf.readUInt8(offset);
      offset += 1;
      data.tag = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.value = buf.toString("utf-8", offset, oldOffset + len);
      data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
      rcaa.decode.bytes = len + 2;
      return data;
    };
    rcaa.decode.bytes = 0;
    rcaa.encodingLength = function(data) {
      return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
    };
    var rmx = exports.mx = {};
    rmx.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rmx.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      name.encode(data.exchange, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rmx.encode.bytes = offset - oldOffset;
      return buf;
    };
    rmx.encode.bytes = 0;
    rmx.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.exchange = name.decode(buf, offset);
      offset += name.decode.bytes;
      rmx.decode.bytes = offset - oldOffset;
      return data;
    };
    rmx.encodingLength = function(data) {
      return 4 + name.encodingLength(data.exchange);
    };
    var ra = exports.a = {};
    ra.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ra.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(4, offset);
      offset += 2;
      ip.v4.encode(host, buf, offset);
      ra.encode.bytes = 6;
      return buf;
    };
    ra.encode.bytes = 0;
    ra.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v4.decode(buf, offset);
      ra.decode.bytes = 6;
      return host;
    };
    ra.decode.bytes = 0;
    ra.encodingLength = function() {
      return 6;
    };
    var raaaa = exports.aaaa = {};
    raaaa.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(raaaa.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(16, offset);
      offset += 2;
      ip.v6.encode(host, buf, offset);
      raaaa.encode.bytes = 18;
      return buf;
    };
    raaaa.encode.bytes = 0;
    raaaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v6.decode(buf, offset);
      raaaa.decode.bytes = 18;
      return host;
    };
    raaaa.decode.bytes = 0;
    raaaa.encodingLength = function() {
      return 18;
    };
    var roption = exports.option = {};
    roption.encode = function(option, buf, offset) {
      if (!buf) buf = Buffer2.alloc(roption.encodingLength(option));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const code = optioncodes.toCode(option.code);
      buf.writeUInt16BE(code, offset);
      offset += 2;
      if (option.data) {
        buf.writeUInt16BE(option.data.length, offset);
        offset += 2;
        option.data.copy(buf, offset);
        offset += option.data.length;
      } else {
        switch (code) {
          // case 3: NSID.  No encode makes sense.
          // case 5,6,7: Not implementable
          case 8:
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || ip.familyOf(option.ip);
            const ipBuf = ip.encode(option.ip, Buffer2.alloc);
            const ipLen = Math.ceil(spl / 8);
            buf.writeUInt16BE(ipLen + 4, offset);
            offset += 2;
            buf.writeUInt16BE(fam, offset);
            offset += 2;
            buf.writeUInt8(spl, offset++);
            buf.writeUInt8(option.scopePrefixLength || 0, offset++);
            ipBuf.copy(buf, offset, 0, ipLen);
            offset += ipLen;
            break;
          // case 9: EXPIRE (experimental)
          // case 10: COOKIE.  No encode makes sense.
          case 11:
            if (option.timeout) {
              buf.writeUInt16BE(2, offset);
              offset += 2;
              buf.writeUInt16BE(option.timeout, offset);
              offset += 2;
            } else {
              buf.writeUInt16BE(0, offset);
              offset += 2;
            }
            break;
          case 12:
            const len = option.length || 0;
            buf.writeUInt16BE(len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
            break;
          // case 13:  CHAIN.  Experimental.
          case 14:
            const tagsLen = option.tags.length * 2;
            buf.writeUInt16BE(tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              buf.writeUInt16BE(tag, offset);
              offset += 2;
            }
            break;
          default:
            throw new Error(`Unknown roption code: ${option.code}`);
        }
      }
      roption.encode.bytes = offset - oldOffset;
      return buf;
    };
    roption.encode.bytes = 0;
    roption.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const option = {};
      option.code = buf.readUInt16BE(offset);
      option.type = optioncodes.toString(option.code);
      offset += 2;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      option.data = buf.slice(offset, offset + len);
      switch (option.code) {
        // case 3: NSID.  No decode makes sense.
        case 8:
          option.family = buf.readUInt16BE(offset);
          offset += 2;
          option.sourcePrefixLength = buf.readUInt8(offset++);
          option.scopePrefixLength = buf.readUInt8(offset++);
          const padded = Buffer2.alloc(option.family === 1 ? 4 : 16);
          buf.copy(padded, 0, offset, offset + len - 4);
          option.ip = ip.decode(padded);
          break;
        // case 12: Padding.  No decode makes sense.
        case 11:
          if (len > 0) {
            option.timeout = buf.readUInt16BE(offset);
            offset += 2;
          }
          break;
        case 14:
          option.tags = [];
          for (let i = 0; i < len; i += 2) {
            option.tags.push(buf.readUInt16BE(offset));
            offset += 2;
          }
      }
      roption.decode.bytes = len + 4;
      return option;
    };
    roption.decode.bytes = 0;
    roption.encodingLength = function(option) {
      if (option.data) {
        return option.data.length + 4;
      }
      const code = optioncodes.toCode(option.code);
      switch (code) {
        case 8:
          const spl = option.sourcePrefixLength || 0;
          return Math.ceil(spl / 8) + 8;
        case 11:
          return typeof option.timeout === "number" ? 6 : 4;
        case 12:
          return option.length + 4;
        case 14:
          return 4 + option.tags.length * 2;
      }
      throw new Error(`Unknown roption code: ${option.code}`);
    };
    var ropt = exports.opt = {};
    ropt.encode = function(options, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ropt.encodingLength(options));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const rdlen = encodingLengthList(options, roption);
      buf.writeUInt16BE(rdlen, offset);
      offset = encodeList(options, roption, buf, offset + 2);
      ropt.encode.bytes = offset - oldOffset;
      return buf;
    };
    ropt.encode.bytes = 0;
    ropt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const options = [];
      let rdlen = buf.readUInt16BE(offset);
      offset += 2;
      let o = 0;
      while (rdlen > 0) {
        options[o++] = roption.decode(buf, offset);
        offset += roption.decode.bytes;
        rdlen -= roption.decode.bytes;
      }
      ropt.decode.bytes = offset - oldOffset;
      return options;
    };
    ropt.decode.bytes = 0;
    ropt.encodingLength = function(options) {
      return 2 + encodingLengthList(options || [], roption);
    };
    var rdnskey = exports.dnskey = {};
    rdnskey.PROTOCOL_DNSSEC = 3;
    rdnskey.ZONE_KEY = 128;
    rdnskey.SECURE_ENTRYPOINT = 32768;
    rdnskey.encode = function(key, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rdnskey.encodingLength(key));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const keydata = key.key;
      if (!Buffer2.isBuffer(keydata)) {
        throw new Error("Key must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(key.flags, offset);
      offset += 2;
      buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset);
      offset += 1;
      buf.writeUInt8(key.algorithm, offset);
      offset += 1;
      keydata.copy(buf, offset, 0, keydata.length);
      offset += keydata.length;
      rdnskey.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset);
      return buf;
    };
    rdnskey.encode.bytes = 0;
    rdnskey.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var key = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      key.flags = buf.readUInt16BE(offset);
      offset += 2;
      if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
        throw new Error("Protocol must be 3");
      }
      offset += 1;
      key.algorithm = buf.readUInt8(offset);
      offset += 1;
      key.key = buf.slice(offset, oldOffset + length + 2);
      offset += key.key.length;
      rdnskey.decode.bytes = offset - oldOffset;
      return key;
    };
    rdnskey.decode.bytes = 0;
    rdnskey.encodingLength = function(key) {
      return 6 + Buffer2.byteLength(key.key);
    };
    var rrrsig = exports.rrsig = {};
    rrrsig.encode = function(sig, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrrsig.encodingLength(sig));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const signature = sig.signature;
      if (!Buffer2.isBuffer(signature)) {
        throw new Error("Signature must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(types.toType(sig.typeCovered), offset);
      offset += 2;
      buf.writeUInt8(sig.algorithm, offset);
      offset += 1;
      buf.writeUInt8(sig.labels, offset);
      offset += 1;
      buf.writeUInt32BE(sig.originalTTL, offset);
      offset += 4;
      buf.writeUInt32BE(sig.expiration, offset);
      offset += 4;
      buf.writeUInt32BE(sig.inception, offset);
      offset += 4;
      buf.writeUInt16BE(sig.keyTag, offset);
      offset += 2;
      name.encode(sig.signersName, buf, offset);
      offset += name.encode.bytes;
      signature.copy(buf, offset, 0, signature.length);
      offset += signature.length;
      rrrsig.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrrsig.encode.bytes = 0;
    rrrsig.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var sig = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      sig.typeCovered = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      sig.algorithm = buf.readUInt8(offset);
      offset += 1;
      sig.labels = buf.readUInt8(offset);
      offset += 1;
      sig.originalTTL = buf.readUInt32BE(offset);
      offset += 4;
      sig.expiration = buf.readUInt32BE(offset);
      offset += 4;
      sig.inception = buf.readUInt32BE(offset);
      offset += 4;
      sig.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      sig.signersName = name.decode(buf, offset);
      offset += name.decode.bytes;
      sig.signature = buf.slice(offset, oldOffset + length + 2);
      offset += sig.signature.length;
      rrrsig.decode.bytes = offset - oldOffset;
      return sig;
    };
    rrrsig.decode.bytes = 0;
    rrrsig.encodingLength = function(sig) {
      return 20 + name.encodingLength(sig.signersName) + Buffer2.byteLength(sig.signature);
    };
    var rrp = exports.rp = {};
    rrp.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrp.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mbox || ".", buf, offset, { mail: true });
      offset += name.encode.bytes;
      name.encode(data.txt || ".", buf, offset);
      offset += name.encode.bytes;
      rrp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrp.encode.bytes = 0;
    rrp.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mbox = name.decode(buf, offset, { mail: true }) || ".";
      offset += name.decode.bytes;
      data.txt = name.decode(buf, offset) || ".";
      offset += name.decode.bytes;
      rrp.decode.bytes = offset - oldOffset;
      return data;
    };
    rrp.decode.bytes = 0;
    rrp.encodingLength = function(data) {
      return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
    };
    var typebitmap = {};
    typebitmap.encode = function(typelist, buf, offset) {
      if (!buf) buf = Buffer2.alloc(typebitmap.encodingLength(typelist));
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typesByWindow = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        if (typesByWindow[typeid >> 8] === void 0) {
          typesByWindow[typeid >> 8] = [];
        }
        typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
      }
      for (i = 0; i < typesByWindow.length; i++) {
        if (typesByWindow[i] !== void 0) {
          var windowBuf = Buffer2.from(typesByWindow[i]);
          buf.writeUInt8(i, offset);
          offset += 1;
          buf.writeUInt8(windowBuf.length, offset);
          offset += 1;
          windowBuf.copy(buf, offset);
          offset += windowBuf.length;
        }
      }
      typebitmap.encode.bytes = offset - oldOffset;
      return buf;
    };
    typebitmap.encode.bytes = 0;
    typebitmap.decode = function(buf, offset, length) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typelist = [];
      while (offset - oldOffset < length) {
        var window = buf.readUInt8(offset);
        offset += 1;
        var windowLength = buf.readUInt8(offset);
        offset += 1;
        for (var i = 0; i < windowLength; i++) {
          var b = buf.readUInt8(offset + i);
          for (var j = 0; j < 8; j++) {
            if (b & 1 << 7 - j) {
              var typeid = types.toString(window << 8 | i << 3 | j);
              typelist.push(typeid);
            }
          }
        }
        offset += windowLength;
      }
      typebitmap.decode.bytes = offset - oldOffset;
      return typelist;
    };
    typebitmap.decode.bytes = 0;
    typebitmap.encodingLength = function(typelist) {
      var extents = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
      }
      var len = 0;
      for (i = 0; i < extents.length; i++) {
        if (extents[i] !== void 0) {
          len += 2 + Math.ceil((extents[i] + 1) / 8);
        }
      }
      return len;
    };
    var rnsec = exports.nsec = {};
    rnsec.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(record.nextDomain, buf, offset);
      offset += name.encode.bytes;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec.encode.bytes = 0;
    rnsec.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.nextDomain = name.decode(buf, offset);
      offset += name.decode.bytes;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec.decode.bytes = 0;
    rnsec.encodingLength = function(record) {
      return 2 + name.encodingLength(record.nextDomain) + typebitmap.encodingLength(record.rrtypes);
    };
    var rnsec3 = exports.nsec3 = {};
    rnsec3.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec3.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const salt = record.salt;
      if (!Buffer2.isBuffer(salt)) {
        throw new Error("salt must be a Buffer");
      }
      const nextDomain = record.nextDomain;
      if (!Buffer2.isBuffer(nextDomain)) {
        throw new Error("nextDomain must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(record.algorithm, offset);
      offset += 1;
      buf.writeUInt8(record.flags, offset);
      offset += 1;
      buf.writeUInt16BE(record.iterations, offset);
      offset += 2;
      buf.writeUInt8(salt.length, offset);
      offset += 1;
      salt.copy(buf, offset, 0, salt.length);
      offset += salt.length;
      buf.writeUInt8(nextDomain.length, offset);
      offset += 1;
      nextDomain.copy(buf, offset, 0, nextDomain.length);
      offset += nextDomain.length;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec3.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec3.encode.bytes = 0;
    rnsec3.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.algorithm = buf.readUInt8(offset);
      offset += 1;
      record.flags = buf.readUInt8(offset);
      offset += 1;
      record.iterations = buf.readUInt16BE(offset);
      offset += 2;
      const saltLength = buf.readUInt8(offset);
      offset += 1;
      record.salt = buf.slice(offset, offset + saltLength);
      offset += saltLength;
      const hashLength = buf.readUInt8(offset);
      offset += 1;
      record.nextDomain = buf.slice(offset, offset + hashLength);
      offset += hashLength;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec3.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec3.decode.bytes = 0;
    rnsec3.encodingLength = function(record) {
      return 8 + record.salt.length + record.nextDomain.length + typebitmap.encodingLength(record.rrtypes);
    };
    var rds = exports.ds = {};
    rds.encode = function(digest, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rds.encodingLength(digest));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const digestdata = digest.digest;
      if (!Buffer2.isBuffer(digestdata)) {
        throw new Error("Digest must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(digest.keyTag, offset);
      offset += 2;
      buf.writeUInt8(digest.algorithm, offset);
      offset += 1;
      buf.writeUInt8(digest.digestType, offset);
      offset += 1;
      digestdata.copy(buf, offset, 0, digestdata.length);
      offset += digestdata.length;
      rds.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset);
      return buf;
    };
    rds.encode.bytes = 0;
    rds.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var digest = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      digest.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      digest.algorithm = buf.readUInt8(offset);
      offset += 1;
      digest.digestType = buf.readUInt8(offset);
      offset += 1;
      digest.digest = buf.slice(offset, oldOffset + length + 2);
      offset += digest.digest.length;
      rds.decode.bytes = offset - oldOffset;
      return digest;
    };
    rds.decode.bytes = 0;
    rds.encodingLength = function(digest) {
      return 6 + Buffer2.byteLength(digest.digest);
    };
    var rsshfp = exports.sshfp = {};
    rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType(hashType) {
      switch (hashType) {
        case 1:
          return 20;
        case 2:
          return 32;
      }
    };
    rsshfp.encode = function encode(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsshfp.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf[offset] = record.algorithm;
      offset += 1;
      buf[offset] = record.hash;
      offset += 1;
      const fingerprintBuf = Buffer2.from(record.fingerprint.toUpperCase(), "hex");
      if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
        throw new Error("Invalid fingerprint length");
      }
      fingerprintBuf.copy(buf, offset);
      offset += fingerprintBuf.byteLength;
      rsshfp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rsshfp.encode.bytes = 0;
    rsshfp.decode = function decode2(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const record = {};
      offset += 2;
      record.algorithm = buf[offset];
      offset += 1;
      record.hash = buf[offset];
      offset += 1;
      const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash);
      record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString("hex").toUpperCase();
      offset += fingerprintLength;
      rsshfp.decode.bytes = offset - oldOffset;
      return record;
    };
    rsshfp.decode.bytes = 0;
    rsshfp.encodingLength = function(record) {
      return 4 + Buffer2.from(record.fingerprint, "hex").byteLength;
    };
    var rnaptr = exports.naptr = {};
    rnaptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnaptr.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.order || 0, offset);
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      string.encode(data.flags, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.services, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.regexp, buf, offset);
      offset += string.encode.bytes;
      name.encode(data.replacement, buf, offset);
      offset += name.encode.bytes;
      rnaptr.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnaptr.encode.bytes = 0;
    rnaptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.order = buf.readUInt16BE(offset);
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.flags = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.services = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.regexp = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.replacement = name.decode(buf, offset);
      offset += name.decode.bytes;
      rnaptr.decode.bytes = offset - oldOffset;
      return data;
    };
    rnaptr.decode.bytes = 0;
    rnaptr.encodingLength = function(data) {
      return string.encodingLength(data.flags) + string.encodingLength(data.services) + string.encodingLength(data.regexp) + name.encodingLength(data.replacement) + 6;
    };
    var rtlsa = exports.tlsa = {};
    rtlsa.encode = function(cert, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rtlsa.encodingLength(cert));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const certdata = cert.certificate;
      if (!Buffer2.isBuffer(certdata)) {
        throw new Error("Certificate must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(cert.usage, offset);
      offset += 1;
      buf.writeUInt8(cert.selector, offset);
      offset += 1;
      buf.writeUInt8(cert.matchingType, offset);
      offset += 1;
      certdata.copy(buf, offset, 0, certdata.length);
      offset += certdata.length;
      rtlsa.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset);
      return buf;
    };
    rtlsa.encode.bytes = 0;
    rtlsa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const cert = {};
      const length = buf.readUInt16BE(offset);
      offset += 2;
      cert.usage = buf.readUInt8(offset);
      offset += 1;
      cert.selector = buf.readUInt8(offset);
      offset += 1;
      cert.matchingType = buf.readUInt8(offset);
      offset += 1;
      cert.certificate = buf.slice(offset, oldOffset + length + 2);
      offset += cert.certificate.length;
      rtlsa.decode.bytes = offset - oldOffset;
      return cert;
    };
    rtlsa.decode.bytes = 0;
    rtlsa.encodingLength = function(cert) {
      return 5 + Buffer2.byteLength(cert.certificate);
    };
    var renc = exports.record = function(type) {
      switch (type.toUpperCase()) {
        case "A":
          return ra;
        case "PTR":
          return rptr;
        case "CNAME":
          return rcname;
        case "DNAME":
          return rdname;
        case "TXT":
          return rtxt;
        case "NULL":
          return rnull;
        case "AAAA":
          return raaaa;
        case "SRV":
          return rsrv;
        case "HINFO":
          return rhinfo;
        case "CAA":
          return rcaa;
        case "NS":
          return rns;
        case "SOA":
          return rsoa;
        case "MX":
          return rmx;
        case "OPT":
          return ropt;
        case "DNSKEY":
          return rdnskey;
        case "RRSIG":
          return rrrsig;
        case "RP":
          return rrp;
        case "NSEC":
          return rnsec;
        case "NSEC3":
          return rnsec3;
        case "SSHFP":
          return rsshfp;
        case "DS":
          return rds;
        case "NAPTR":
          return rnaptr;
        case "TLSA":
          return rtlsa;
      }
      return runknown;
    };
    var answer = exports.answer = {};
    answer.encode = function(a, buf, offset) {
      if (!buf) buf = Buffer2.alloc(answer.encodingLength(a));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(a.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(a.type), offset);
      if (a.type.toUpperCase() === "OPT") {
        if (a.name !== ".") {
          throw new Error("OPT name must be root.");
        }
        buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2);
        buf.writeUInt8(a.extendedRcode || 0, offset + 4);
        buf.writeUInt8(a.ednsVersion || 0, offset + 5);
        buf.writeUInt16BE(a.flags || 0, offset + 6);
        offset += 8;
        ropt.encode(a.options || [], buf, offset);
        offset += ropt.encode.bytes;
      } else {
        let klass = classes.toClass(a.class === void 0 ? "IN" : a.class);
        if (a.flush) klass |= FLUSH_MASK;
        buf.writeUInt16BE(klass, offset + 2);
        buf.writeUInt32BE(a.ttl || 0, offset + 4);
        offset += 8;
        const enc = renc(a.type);
        enc.encode(a.data, buf, offset);
        offset += enc.encode.bytes;
      }
      answer.encode.bytes = offset - oldOffset;
      return buf;
    };
    answer.encode.bytes = 0;
    answer.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const a = {};
      const oldOffset = offset;
      a.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      a.type = types.toString(buf.readUInt16BE(offset));
      if (a.type === "OPT") {
        a.udpPayloadSize = buf.readUInt16BE(offset + 2);
        a.extendedRcode = buf.readUInt8(offset + 4);
        a.ednsVersion = buf.readUInt8(offset + 5);
        a.flags = buf.readUInt16BE(offset + 6);
        a.flag_do = (a.flags >> 15 & 1) === 1;
        a.options = ropt.decode(buf, offset + 8);
        offset += 8 + ropt.decode.bytes;
      } else {
        const klass = buf.readUInt16BE(offset + 2);
        a.ttl = buf.readUInt32BE(offset + 4);
        a.class = classes.toString(klass & NOT_FLUSH_MASK);
        a.flush = !!(klass & FLUSH_MASK);
        const enc = renc(a.type);
        a.data = enc.decode(buf, offset + 8);
        offset += 8 + enc.decode.bytes;
      }
      answer.decode.bytes = offset - oldOffset;
      return a;
    };
    answer.decode.bytes = 0;
    answer.encodingLength = function(a) {
      const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
      return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
    };
    var question = exports.question = {};
    question.encode = function(q, buf, offset) {
      if (!buf) buf = Buffer2.alloc(question.encodingLength(q));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(q.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(q.type), offset);
      offset += 2;
      buf.writeUInt16BE(classes.toClass(q.class === void 0 ? "IN" : q.class), offset);
      offset += 2;
      question.encode.bytes = offset - oldOffset;
      return q;
    };
    question.encode.bytes = 0;
    question.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const q = {};
      q.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      q.type = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      q.class = classes.toString(buf.readUInt16BE(offset));
      offset += 2;
      const qu = !!(q.class & QU_MASK);
      if (qu) q.class &= NOT_QU_MASK;
      question.decode.bytes = offset - oldOffset;
      return q;
    };
    question.decode.bytes = 0;
    question.encodingLength = function(q) {
      return name.encodingLength(q.name) + 4;
    };
    exports.AUTHORITATIVE_ANSWER = 1 << 10;
    exports.TRUNCATED_RESPONSE = 1 << 9;
    exports.RECURSION_DESIRED = 1 << 8;
    exports.RECURSION_AVAILABLE = 1 << 7;
    exports.AUTHENTIC_DATA = 1 << 5;
    exports.CHECKING_DISABLED = 1 << 4;
    exports.DNSSEC_OK = 1 << 15;
    exports.encode = function(result, buf, offset) {
      const allocing = !buf;
      if (allocing) buf = Buffer2.alloc(exports.encodingLength(result));
      if (!offset) offset = 0;
      const oldOffset = offset;
      if (!result.questions) result.questions = [];
      if (!result.answers) result.answers = [];
      if (!result.authorities) result.authorities = [];
      if (!result.additionals) result.additionals = [];
      header.encode(result, buf, offset);
      offset += header.encode.bytes;
      offset = encodeList(result.questions, question, buf, offset);
      offset = encodeList(result.answers, answer, buf, offset);
      offset = encodeList(result.authorities, answer, buf, offset);
      offset = encodeList(result.additionals, answer, buf, offset);
      exports.encode.bytes = offset - oldOffset;
      if (allocing && exports.encode.bytes !== buf.length) {
        return buf.slice(0, exports.encode.bytes);
      }
      return buf;
    };
    exports.encode.bytes = 0;
    exports.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const result = header.decode(buf, offset);
      offset += header.decode.bytes;
      offset = decodeList(result.questions, question, buf, offset);
      offset = decodeList(result.answers, answer, buf, offset);
      offset = decodeList(result.authorities, answer, buf, offset);
      offset = decodeList(result.additionals, answer, buf, offset);
      exports.decode.bytes = offset - oldOffset;
      return result;
    };
    exports.decode.bytes = 0;
    exports.encodingLength = function(result) {
      return header.encodingLength(result) + encodingLengthList(result.questions || [], question) + encodingLengthList(result.answers || [], answer) + encodingLengthList(result.authorities || [], answer) + encodingLengthList(result.additionals || [], answer);
    };
    exports.streamEncode = function(result) {
      const buf = exports.encode(result);
      const sbuf = Buffer2.alloc(2);
      sbuf.writeUInt16BE(buf.byteLength);
      const combine = Buffer2.concat([sbuf, buf]);
      exports.streamEncode.bytes = combine.byteLength;
      return combine;
    };
    exports.streamEncode.bytes = 0;
    exports.streamDecode = function(sbuf) {
      const len = sbuf.readUInt16BE(0);
      if (sbuf.byteLength < len + 2) {
        return null;
      }
      const result = exports.decode(sbuf.slice(2));
      exports.streamDecode.bytes = exports.decode.bytes;
      return result;
    };
    exports.streamDecode.bytes = 0;
    function encodingLengthList(list, enc) {
      let len = 0;
      for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
      return len;
    }
    function encodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        enc.encode(list[i], buf, offset);
        offset += enc.encode.bytes;
      }
      return offset;
    }
    function decodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        list[i] = enc.decode(buf, offset);
        offset += enc.decode.bytes;
      }
      return offset;
    }
  }
});

// src/online/index.ts
import { getServers } from "node:dns";
import { resolve } from "node:path";

// src/online/dns-client.ts
var import_dns_packet = __toESM(require_dns_packet(), 1);
import { createSocket } from "node:dgram";
import { connect, isIPv6 } from "node:net";
import { randomInt } from "node:crypto";
var EDNS_SIZE = 1232;
var DnsClient = class {
  cache = /* @__PURE__ */ new Map();
  timeoutMs;
  tries;
  deadline;
  deadlineMs;
  concurrency;
  active = 0;
  waiting = [];
  /** Queries sent on the wire (cache hits excluded), for tests and figures. */
  sent = 0;
  constructor(options = {}) {
    this.timeoutMs = options.timeoutMs ?? 2e3;
    this.tries = options.tries ?? 2;
    this.deadlineMs = options.deadlineMs ?? 6e4;
    this.deadline = Date.now() + this.deadlineMs;
    this.concurrency = options.concurrency ?? 16;
  }
  /**
   * Asks `server` for `name` (absolute or not) and `type` (a mnemonic dns-packet knows, or
   * `TYPEnnn` for any other: SVCB is TYPE64). `recursive` sets RD, for a resolver; without it
   * the server answers from its own zones, as an authoritative server does. Never rejects.
   */
  query(server, name, type, recursive = false) {
    const qname = name.endsWith(".") && name !== "." ? name.slice(0, -1) : name;
    const key = `${server.address}|${server.port}|${qname.toLowerCase()}|${type}|${recursive}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.limited(() => this.ask(server, qname, type, recursive));
      this.cache.set(key, answer);
    }
    return answer;
  }
  async limited(work) {
    if (this.active >= this.concurrency) await new Promise((go) => this.waiting.push(go));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
  async ask(server, name, type, recursive) {
    const failed = (rcode, detail) => ({ server, rcode, detail, authoritative: false, answers: [] });
    let edns = true;
    for (let attempt = 0; attempt < this.tries; attempt++) {
      const left = this.deadline - Date.now();
      if (left <= 0) return failed("TIMEOUT", `the run's deadline of ${this.deadlineMs / 1e3} s passed before this query`);
      const id = randomInt(65536);
      const packet = request(id, name, type, recursive, edns);
      let reply = await udpExchange(server, packet, Math.min(this.timeoutMs, left));
      this.sent++;
      if (reply.kind === "timeout") continue;
      if (reply.kind === "error") return failed("UNREACHABLE", reply.message);
      let decoded = decode(reply.bytes, id, name);
      if (typeof decoded === "string") return failed("BAD-RESPONSE", decoded);
      if (decoded.flag_tc) {
        reply = await tcpExchange(server, packet, Math.max(1, Math.min(this.timeoutMs, this.deadline - Date.now())));
        this.sent++;
        if (reply.kind === "timeout") return failed("TIMEOUT", `the answer was truncated and TCP gave none within ${this.timeoutMs / 1e3} s`);
        if (reply.kind === "error") return failed("UNREACHABLE", `the answer was truncated and TCP failed: ${reply.message}`);
        decoded = decode(reply.bytes, id, name);
        if (typeof decoded === "string") return failed("BAD-RESPONSE", decoded);
      }
      const rcode = decoded.rcode ?? "OTHER";
      if (rcode === "FORMERR" && edns) {
        edns = false;
        attempt--;
        continue;
      }
      const known = ["NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED"];
      const answers = (decoded.answers ?? []).map((a) => ({ name: a.name, type: a.type, ttl: "ttl" in a ? a.ttl ?? 0 : 0, data: "data" in a ? a.data : void 0 }));
      if (known.includes(rcode)) {
        const result = { server, rcode, authoritative: decoded.flag_aa, answers };
        if (rcode === "SERVFAIL") result.detail = "the server answered SERVFAIL";
        if (rcode === "REFUSED") result.detail = "the server refused the query (REFUSED): it does not serve this name to us";
        return result;
      }
      return failed("OTHER", `the server answered ${rcode}`);
    }
    return failed("TIMEOUT", `no answer within ${this.timeoutMs / 1e3} s (${this.tries} ${this.tries === 1 ? "try" : "tries"})`);
  }
};
function request(id, name, type, recursive, edns) {
  const typeNumber = /^TYPE\d+$/.test(type) ? `UNKNOWN_${type.slice(4)}` : type;
  return import_dns_packet.default.encode({
    type: "query",
    id,
    flags: recursive ? import_dns_packet.default.RECURSION_DESIRED : 0,
    // dns-packet takes any type as `UNKNOWN_<n>`; its declarations list only the mnemonics.
    questions: [{ type: typeNumber, name, class: "IN" }],
    additionals: edns ? [{ type: "OPT", name: ".", udpPayloadSize: EDNS_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : []
  });
}
function decode(bytes, id, name) {
  let decoded;
  try {
    decoded = import_dns_packet.default.decode(bytes);
  } catch (error) {
    return `the response could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  if (decoded.id !== id || !decoded.flag_qr) return "the response does not belong to the query";
  const question = decoded.questions?.[0];
  if (question && question.name.toLowerCase() !== name.toLowerCase()) return `the response is for ${question.name}, not ${name}`;
  return decoded;
}
function udpExchange(server, packet, timeoutMs) {
  return new Promise((done) => {
    const socket = createSocket(isIPv6(server.address) ? "udp6" : "udp4");
    const finish = settleOnce(done, () => socket.close(), timeoutMs);
    socket.on("error", (error) => finish({ kind: "error", message: socketMessage(error) }));
    socket.on("message", (bytes) => {
      const id = bytes.length >= 2 ? bytes.readUInt16BE(0) : -1;
      if (id === packet.readUInt16BE(0)) finish({ kind: "reply", bytes });
    });
    socket.connect(server.port, server.address, () => socket.send(packet));
  });
}
function tcpExchange(server, packet, timeoutMs) {
  return new Promise((done) => {
    const socket = connect({ host: server.address, port: server.port });
    let received = Buffer.alloc(0);
    const finish = settleOnce(done, () => socket.destroy(), timeoutMs);
    socket.on("error", (error) => finish({ kind: "error", message: socketMessage(error) }));
    socket.on("close", () => finish({ kind: "error", message: "the server closed the TCP connection without an answer" }));
    socket.on("connect", () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(packet.length);
      socket.write(Buffer.concat([length, packet]));
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) finish({ kind: "reply", bytes: received.subarray(2, 2 + received.readUInt16BE(0)) });
    });
  });
}
function settleOnce(done, close, timeoutMs) {
  let settled = false;
  const finish = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    close();
    done(result);
  };
  const timer = setTimeout(() => finish({ kind: "timeout" }), timeoutMs);
  return finish;
}
function socketMessage(error) {
  if (error.code === "ECONNREFUSED") return "connection refused (nothing listens on that port)";
  if (error.code === "ENETUNREACH" || error.code === "EHOSTUNREACH") return "the network or host is unreachable";
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
function parseServer(text, defaultPort = 53) {
  let address = text;
  let port = defaultPort;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    address = bracketed[1];
    if (bracketed[2]) port = Number(bracketed[2]);
  } else if (/^[\d.]+:\d+$/.test(text)) {
    const colon = text.lastIndexOf(":");
    address = text.slice(0, colon);
    port = Number(text.slice(colon + 1));
  }
  const family = isIPv6(address) ? 6 : /^\d{1,3}(\.\d{1,3}){3}$/.test(address) ? 4 : 0;
  if (!family || !Number.isInteger(port) || port < 1 || port > 65535) return void 0;
  return { address, port, label: port === 53 ? address : family === 6 ? `[${address}]:${port}` : `${address}:${port}` };
}

// src/online/findings.ts
var LIVE_RULES = {
  "live-drift": { severity: "error", description: "The name servers serve a mail record other than the repository says (missing, extra or different)." },
  "live-soa-serial": { severity: "warning", description: "The SOA serial served differs from the repository's." },
  "live-servers-disagree": { severity: "error", description: "The name servers of a zone give different answers for the same mail record." },
  "live-dns-failure": { severity: "warning", description: "A name server or resolver timed out, refused, answered SERVFAIL or could not be reached." },
  "live-spf": { severity: "error", description: "SPF evaluated over real DNS fails: too many lookups, too many void lookups, a broken include." },
  "live-mx-address": { severity: "error", description: "An exchanger outside the repository does not resolve to a public address." },
  "live-mta-sts": { severity: "error", description: "The MTA-STS policy cannot be fetched over HTTPS or does not cover the exchangers." },
  "live-dmarc-report-auth": { severity: "warning", description: "A DMARC report destination outside the repository has not authorized the reports (no _report._dmarc record)." },
  "live-dane-unsigned": { severity: "warning", description: "TLSA records for SMTP in a zone without a DS record at its parent, which senders ignore." }
};
function finding(ruleId, span, message, fingerprint, severity = LIVE_RULES[ruleId].severity) {
  return { ruleId, severity, message: message.endsWith(".") ? message : message + ".", span, fingerprint: `${ruleId}|${fingerprint}` };
}
function zoneAnchor(zone) {
  const record = zone.records.find((r) => r.type === "SOA") ?? zone.records[0];
  return record ? record.span : { source: zone.source, start: 0, end: 0 };
}

// src/online/values.ts
function absolute(name) {
  const lower = name.toLowerCase();
  return lower === "" || lower === "." ? "." : lower.endsWith(".") ? lower : lower + ".";
}
function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
function quoteText(text) {
  return JSON.stringify(text.length > 120 ? text.slice(0, 117) + "\u2026" : text);
}
function recordValue(record) {
  switch (record.type) {
    case "A": {
      const a = rdataOf(record, "A");
      return a && same(a.address);
    }
    case "AAAA": {
      const a = rdataOf(record, "AAAA");
      const bytes = a && parseIPv6(a.address);
      return bytes ? same(formatIPv6(bytes)) : void 0;
    }
    case "MX": {
      const mx = rdataOf(record, "MX");
      return mx && same(`${mx.preference} ${nameKey(mx.exchange)}`);
    }
    case "TXT": {
      const txt = txtOf(record);
      return txt && { key: txt.text, shown: quoteText(txt.text) };
    }
    case "TLSA": {
      const t = rdataOf(record, "TLSA");
      return t && same(`${t.usage} ${t.selector} ${t.matchingType} ${hex(t.data)}`);
    }
    case "SOA": {
      const soa = rdataOf(record, "SOA");
      return soa && soaValue(nameKey(soa.mname), nameKey(soa.rname), soa);
    }
    case "CNAME":
    case "NS": {
      const target = record.type === "NS" ? rdataOf(record, "NS")?.target : rdataOf(record, "CNAME")?.target;
      return target === void 0 ? void 0 : same(nameKey(target));
    }
    default: {
      const parsed = parseRdata(record.type, record.fields, record.origin);
      const wire = parsed.ok ? rdataToWire(parsed.rdata) : null;
      return wire ? same(`\\# ${wire.length} ${hex(wire)}`) : void 0;
    }
  }
}
function liveValue(record) {
  const data = record.data;
  switch (record.type) {
    case "A":
      return same(typeof data === "string" && parseIPv4(data) ? data : String(data));
    case "AAAA": {
      const bytes = typeof data === "string" ? parseIPv6(data) : null;
      return same(bytes ? formatIPv6(bytes) : String(data));
    }
    case "MX": {
      const mx = data;
      return same(`${mx.preference} ${absolute(mx.exchange)}`);
    }
    case "TXT": {
      const strings = Array.isArray(data) ? data : [data];
      const text = strings.map((s) => typeof s === "string" ? s : s.toString("latin1")).join("");
      return { key: text, shown: quoteText(text) };
    }
    case "TLSA": {
      const t = data;
      return same(`${t.usage} ${t.selector} ${t.matchingType} ${hex(t.certificate)}`);
    }
    case "SOA": {
      const s = data;
      return soaValue(absolute(s.mname), absolute(s.rname), s);
    }
    case "CNAME":
    case "NS":
      return same(absolute(String(data)));
    default:
      return same(Buffer.isBuffer(data) ? `\\# ${data.length} ${hex(data)}` : JSON.stringify(data));
  }
}
function soaValue(mname, rname, s) {
  return same(`${mname} ${rname} ${s.serial} ${s.refresh} ${s.retry} ${s.expire} ${s.minimum}`);
}
function same(text) {
  return { key: text, shown: text };
}
function soaSerial(data) {
  const serial = data?.serial;
  return typeof serial === "number" ? serial : void 0;
}

// src/online/drift.ts
function questionsFor(zone) {
  const apex = zone.origin;
  const seen = /* @__PURE__ */ new Set();
  const list = [];
  const ask = (name, type) => {
    const key = `${nameKey(name)}|${type}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ name, type });
  };
  ask(apex, "SOA");
  ask(apex, "MX");
  ask(apex, "TXT");
  for (const prefix of ["_dmarc.", "_mta-sts.", "_smtp._tls."]) ask(prefix + apex, "TXT");
  const originKey = nameKey(apex);
  for (const mx of mxRecords(zone)) {
    ask(mx.record.owner, "MX");
    if (mx.isNull || !inside(mx.exchangeKey, originKey)) continue;
    ask(mx.exchange, "A");
    ask(mx.exchange, "AAAA");
    ask(`_25._tcp.${mx.exchange}`, "TLSA");
  }
  for (const record of zone.records) {
    const key = nameKey(record.owner);
    if (record.type === "TLSA") ask(record.owner, "TLSA");
    else if (record.type === "TXT" && (key.startsWith("_dmarc.") || key.startsWith("_mta-sts.") || key.startsWith("_smtp._tls.") || key.includes("._domainkey."))) ask(record.owner, "TXT");
  }
  return list;
}
function inside(key, originKey) {
  return originKey === "." || key === originKey || key.endsWith("." + originKey);
}
function expected(zones, zone, question) {
  const resolution = resolveName(zones, question.name, zone);
  if (resolution.kind === "missing") return [];
  if (resolution.kind !== "found" || resolution.zone !== zone) return void 0;
  if (resolution.cname && question.type !== "CNAME") return [resolution.cname];
  return resolution.records.filter((r) => r.type === question.type);
}
function answered(answer, question) {
  const key = nameKey(question.name.endsWith(".") ? question.name : question.name + ".");
  return answer.answers.filter((r) => nameKey(r.name + ".") === key && (r.type === question.type || r.type === "CNAME"));
}
async function checkDrift({ zone, zones, servers, client, recursive }) {
  const findings = [];
  const questions = questionsFor(zone);
  const failures = /* @__PURE__ */ new Map();
  const asked = await Promise.all(questions.map(async (question) => ({ question, answers: await Promise.all(servers.map((s) => client.query(s, question.name, question.type, recursive))) })));
  for (const { question, answers } of asked) {
    const records = expected(zones, zone, question);
    if (!records) continue;
    const usable = [];
    for (const answer of answers) {
      if (answer.rcode !== "NOERROR" && answer.rcode !== "NXDOMAIN") {
        const failure = failures.get(answer.server) ?? { count: 0, detail: answer.detail ?? answer.rcode };
        failure.count++;
        failures.set(answer.server, failure);
        continue;
      }
      if (!recursive && answer.rcode === "NOERROR" && !answer.authoritative && answer.answers.length === 0) continue;
      const live = answered(answer, question);
      usable.push({ server: answer.server, values: new Map(live.map((r) => [liveValue(r).key, liveValue(r)])), serial: question.type === "SOA" ? soaSerial(live[0]?.data) : void 0 });
    }
    if (!usable.length) continue;
    const anchor = records[0]?.rdataSpan ?? zoneAnchor(zone);
    const groups = groupBySet(usable);
    if (groups.length > 1) {
      const told = groups.map((g) => {
        const what = g.values.size ? [...g.values.values()].map((v) => `${question.type} ${v.shown}`).join(", ") : "none";
        return `${g.servers.map((s) => s.label).join(", ")} ${g.servers.length === 1 ? "serves" : "serve"} ${what}`;
      });
      findings.push(finding("live-servers-disagree", anchor, `The name servers disagree about ${question.type} at ${question.name}: ${told.join("; ")}`, `${nameKey(question.name)}|${question.type}`));
    }
    for (const group of groups) {
      const where = groups.length > 1 ? ` (${group.servers.map((s) => s.label).join(", ")})` : "";
      if (question.type !== "SOA") compare(findings, zone, question, records, group.values, where);
      else if (zone.format === "bind") compareSerial(findings, records, group.serial, where);
    }
  }
  for (const [server, failure] of failures) {
    findings.push(
      finding(
        "live-dns-failure",
        serverAnchor(zone, server) ?? zoneAnchor(zone),
        `${server.label} gave no usable answer to ${failure.count} of ${questions.length} questions about ${zone.origin}: ${failure.detail}.`,
        `${nameKey(zone.origin)}|${server.label}`
      )
    );
  }
  return findings;
}
function groupBySet(usable) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of usable) {
    const signature = [...u.values.keys()].sort().join("\n") + `
${u.serial ?? ""}`;
    const group = groups.get(signature);
    if (group) group.servers.push(u.server);
    else groups.set(signature, { servers: [u.server], values: u.values, serial: u.serial });
  }
  return [...groups.values()];
}
function compareSerial(findings, records, live, where) {
  const soa = records[0];
  const written = soa && rdataOf(soa, "SOA")?.serial;
  if (written === void 0 || live === void 0 || written === live) return;
  const span = soa.fields[2]?.span ?? soa.rdataSpan;
  const how = live > written ? "ahead of" : "behind";
  findings.push(finding("live-soa-serial", span, `The repository's SOA serial is ${written}, the name servers${where} serve ${live} (${how} the repository): the zone served is not the zone in the repository`, `${nameKey(soa.owner)}|SOA`));
}
function compare(findings, zone, question, records, live, where) {
  const missing = [];
  for (const record of records) {
    const value = recordValue(record);
    if (value && !live.has(value.key)) missing.push({ record, value });
  }
  const written = new Set(records.map((r) => recordValue(r)?.key));
  const extra = [...live.values()].filter((v) => !written.has(v.key));
  const id = `${nameKey(question.name)}|${question.type}`;
  const servers = `the name servers${where}`;
  const pairs = Math.min(missing.length, extra.length);
  for (let i = 0; i < pairs; i++) {
    const { record, value } = missing[i];
    findings.push(finding("live-drift", record.rdataSpan, `The repository says ${record.type} ${value.shown} at ${question.name}, ${servers} serve ${question.type} ${extra[i].shown}`, `${id}|${value.key}`));
  }
  for (const { record, value } of missing.slice(pairs)) {
    findings.push(finding("live-drift", record.rdataSpan, `The repository says ${record.type} ${value.shown} at ${question.name}, ${servers} do not serve it${live.size ? "" : ` (no ${question.type} there at all)`}`, `${id}|${value.key}`));
  }
  const anchor = records[0]?.rdataSpan ?? zoneAnchor(zone);
  for (const value of extra.slice(pairs)) {
    findings.push(finding("live-drift", anchor, `${capital(servers)} serve ${question.type} ${value.shown} at ${question.name}, which the repository does not have`, `${id}|+${value.key}`));
  }
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function serverAnchor(zone, server) {
  const originKey = nameKey(zone.origin);
  for (const record of zone.records) {
    if (record.type !== "NS" || nameKey(record.owner) !== originKey) continue;
    const target = rdataOf(record, "NS")?.target;
    if (target && server.label.toLowerCase().startsWith(nameKey(target))) return record.rdataSpan;
  }
  return void 0;
}

// src/online/lookup.ts
var Lookup = class {
  constructor(client, resolvers) {
    this.client = client;
    this.resolvers = resolvers;
  }
  client;
  resolvers;
  async ask(name, type) {
    let last;
    for (const resolver of this.resolvers) {
      last = await this.client.query(resolver, name, type, true);
      if (last.rcode === "NOERROR" || last.rcode === "NXDOMAIN") return last;
    }
    return last ?? { server: { address: "", port: 0, label: "no resolver" }, rcode: "UNREACHABLE", detail: "no resolver is configured on this machine (give --nameserver)", authoritative: false, answers: [] };
  }
};
function ofType(answer, type) {
  return answer.answers.filter((r) => r.type === type);
}
function describe(answer, type) {
  if (answer.rcode === "NXDOMAIN") return "the name does not exist (NXDOMAIN)";
  if (answer.rcode === "NOERROR") return `it has no ${type} records`;
  return `${answer.server.label}: ${answer.detail ?? answer.rcode}`;
}

// src/online/mx-address.ts
async function checkMxAddresses(zone, zones, lookup) {
  const outside = mxRecords(zone).filter((mx) => !mx.isNull && !zones.zoneFor(mx.exchange));
  return (await Promise.all(
    outside.map(async (mx) => {
      const [a, aaaa] = await Promise.all([lookup.ask(mx.exchange, "A"), lookup.ask(mx.exchange, "AAAA")]);
      const span = exchangeSpan(mx);
      const id = `${mx.ownerKey}|${mx.exchangeKey}`;
      if (![a, aaaa].some((r) => r.rcode === "NOERROR" || r.rcode === "NXDOMAIN")) {
        return [finding("live-dns-failure", span, `The addresses of ${mx.exchange} could not be looked up: ${describe(a, "A")}`, id)];
      }
      const addresses = [...ofType(a, "A"), ...ofType(aaaa, "AAAA")].map((r) => String(r.data));
      if (!addresses.length) {
        return [finding("live-mx-address", span, `MX target ${mx.exchange} has no address in DNS (A: ${describe(a, "A")}; AAAA: ${describe(aaaa, "AAAA")}): mail for ${mx.record.owner} cannot be delivered there`, id)];
      }
      return addresses.flatMap((address) => {
        const bytes = parseIPv4(address) ?? parseIPv6(address);
        const range = bytes && specialRange(bytes, true);
        return range ? [finding("live-mx-address", span, `MX target ${mx.exchange} resolves to ${address}, a ${range.what} address that senders on the Internet cannot reach`, `${id}|${address}`)] : [];
      });
    })
  )).flat();
}

// src/online/mta-sts.ts
import { request as request2 } from "node:https";

// src/mail/mta-sts-policy.ts
var MAX_AGE_LIMIT = 31557600;
function parseStsPolicy(text) {
  const policy = { mx: [], problems: [] };
  let version;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon < 1) {
      policy.problems.push(`the line ${JSON.stringify(line.slice(0, 60))} is not "key: value"`);
      continue;
    }
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === "version") version = value;
    else if (key === "mode") {
      if (value === "enforce" || value === "testing" || value === "none") policy.mode = value;
      else policy.problems.push(`mode "${value}" is none of enforce, testing, none`);
    } else if (key === "max_age") {
      const seconds = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
      if (seconds <= MAX_AGE_LIMIT) policy.maxAge = seconds;
      else policy.problems.push(`max_age "${value}" is not a number of seconds up to ${MAX_AGE_LIMIT}`);
    } else if (key === "mx") policy.mx.push(value);
  }
  if (version !== "STSv1") policy.problems.push(version === void 0 ? "the version: STSv1 line is missing" : `version "${version}" is not STSv1`);
  if (policy.mode === void 0 && !policy.problems.some((p) => p.startsWith("mode"))) policy.problems.push("the mode line is missing");
  if (policy.maxAge === void 0 && !policy.problems.some((p) => p.startsWith("max_age"))) policy.problems.push("the max_age line is missing");
  if (policy.mode !== "none" && policy.mx.length === 0) policy.problems.push("no mx line names the exchangers");
  return policy;
}
function stsMxMatches(pattern, host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  const p = pattern.toLowerCase().replace(/\.$/, "");
  if (!p.startsWith("*.")) return name === p;
  const dot = name.indexOf(".");
  return dot > 0 && name.slice(dot + 1) === p.slice(2);
}

// src/online/mta-sts.ts
var MAX_POLICY = 64 * 1024;
var SHORT_MAX_AGE = 86400;
async function checkMtaSts(zone, lookup, options) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of mtaStsRecords(zone)) {
    if (!entry.indicator || seen.has(entry.domainKey)) continue;
    seen.add(entry.domainKey);
    const host = `mta-sts.${bare(entry.domain)}`;
    const span = entry.record.rdataSpan;
    const id = entry.domainKey;
    const a = await lookup.ask(host, "A");
    const address = ofType(a, "A")[0];
    if (!address) {
      findings.push(finding("live-mta-sts", span, `The MTA-STS policy host ${host} has no IPv4 address (${describe(a, "A")}): senders cannot fetch the policy`, `${id}|address`));
      continue;
    }
    const fetched = await fetchPolicy(host, String(address.data), options);
    if ("error" in fetched) {
      findings.push(finding("live-mta-sts", span, `The MTA-STS policy of ${bare(entry.domain)} could not be fetched from https://${host}/.well-known/mta-sts.txt: ${fetched.error}`, `${id}|fetch`));
      continue;
    }
    const policy = parseStsPolicy(fetched.body);
    if (policy.problems.length) {
      findings.push(finding("live-mta-sts", span, `The MTA-STS policy served at https://${host}/.well-known/mta-sts.txt is broken: ${policy.problems.join("; ")}`, `${id}|policy`));
      continue;
    }
    if (policy.mode === "none") continue;
    if (policy.maxAge !== void 0 && policy.maxAge < SHORT_MAX_AGE) {
      findings.push(finding("live-mta-sts", span, `The MTA-STS policy of ${bare(entry.domain)} has max_age ${policy.maxAge}: under a day, senders keep it too briefly to resist a downgrade (RFC 8461 suggests weeks)`, `${id}|max-age`, "warning"));
    }
    for (const mx of mxRecords(zone)) {
      if (mx.isNull || mx.ownerKey !== entry.domainKey || policy.mx.some((p) => stsMxMatches(p, mx.exchange))) continue;
      findings.push(
        finding(
          "live-mta-sts",
          exchangeSpan(mx),
          `MX target ${mx.exchange} is not covered by the MTA-STS policy's mx patterns (${policy.mx.join(", ")}): in mode ${policy.mode}, senders ${policy.mode === "enforce" ? "refuse to deliver there" : "report failures for it"}`,
          `${id}|mx|${mx.exchangeKey}`,
          policy.mode === "enforce" ? "error" : "warning"
        )
      );
    }
  }
  return findings;
}
function fetchPolicy(host, address, options) {
  return new Promise((resolve2) => {
    const timeoutMs = options.timeoutMs ?? 5e3;
    const total = setTimeout(() => req.destroy(new Error(`the policy took longer than ${3 * timeoutMs / 1e3} s`)), 3 * timeoutMs);
    const done = (result) => {
      clearTimeout(total);
      resolve2(result);
    };
    const req = request2(
      { host: address, servername: host, port: options.httpsPort ?? 443, path: "/.well-known/mta-sts.txt", method: "GET", headers: { host }, timeout: timeoutMs },
      (res) => {
        const type = String(res.headers["content-type"] ?? "");
        if (res.statusCode !== 200) {
          res.resume();
          return done({ error: `the server answered HTTP ${res.statusCode}${res.headers.location ? ` (a redirect to ${res.headers.location}, which senders do not follow)` : ""}` });
        }
        if (!/^text\/plain\b/i.test(type)) {
          res.resume();
          return done({ error: `it is served as ${type || "no media type"}, not text/plain` });
        }
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
          if (body.length > MAX_POLICY) {
            req.destroy();
            done({ error: `the policy is larger than ${MAX_POLICY} bytes` });
          }
        });
        res.on("end", () => done({ body }));
        res.on("error", (error) => done({ error: error.message }));
      }
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs / 1e3} s`)));
    req.on("error", (error) => done({ error: tlsMessage(error) }));
    req.end();
  });
}
function tlsMessage(error) {
  if (error.code === "ECONNREFUSED") return "connection refused";
  const certificate = /CERT|VERIFY|SIGNATURE|SELF_SIGNED/.test(error.code ?? "");
  return `${error.message}${error.code ? ` (${error.code})` : ""}${certificate ? "; senders accept only a certificate valid for the policy host" : ""}`;
}

// src/online/dane.ts
async function checkDaneSigned(zone, lookup) {
  const first = tlsaRecords(zone).find((t) => t.smtp);
  if (!first) return [];
  const ds = await lookup.ask(zone.origin, "DS");
  const id = nameKey(zone.origin);
  if (ds.rcode !== "NOERROR" && ds.rcode !== "NXDOMAIN") return [finding("live-dns-failure", first.record.typeSpan, `The DS records of ${zone.origin} could not be looked up: ${describe(ds, "DS")}`, `${id}|DS`)];
  if (ofType(ds, "DS").length) return [];
  return [finding("live-dane-unsigned", first.record.typeSpan, `${zone.origin} has TLSA records for SMTP but no DS record at its parent: the zone is not signed as the world sees it, and senders ignore TLSA records they cannot validate (RFC 7672)`, id)];
}

// src/online/dmarc.ts
async function checkDmarcReports(zone, zones, lookup) {
  const asks = [];
  for (const entry of policyRecords(zone)) {
    const seen = /* @__PURE__ */ new Set();
    for (const { tag, uri, destination, name } of externalDestinations(entry)) {
      if (zones.zoneFor(destination) || seen.has(destination)) continue;
      seen.add(destination);
      asks.push(
        lookup.ask(name, "TXT").then((answer) => {
          const span = textSpan(entry, uri.uri);
          const id = `${entry.domainKey}|${tag}|${destination}`;
          if (answer.rcode !== "NOERROR" && answer.rcode !== "NXDOMAIN") return finding("live-dns-failure", span, `The report authorization ${name} could not be looked up: ${answer.server.label}: ${answer.detail ?? answer.rcode}`, id);
          if (ofType(answer, "TXT").some((r) => /^v=DMARC1\s*(;|$)/i.test(liveValue(r).key))) return void 0;
          return finding("live-dmarc-report-auth", span, `${tag}=${uri.uri.text} sends the DMARC reports of ${entry.domain} to ${destination}, which publishes no v=DMARC1 record at ${name}: receivers send it nothing`, id);
        })
      );
    }
  }
  return (await Promise.all(asks)).filter((d) => d !== void 0);
}

// src/online/spf.ts
var NOBODY = "240.0.0.1";
var MAX_ROUNDS = 200;
var FetchedResolver = class {
  answers = /* @__PURE__ */ new Map();
  wanted = /* @__PURE__ */ new Map();
  query(name, type) {
    const key = `${nameKey(name + ".")}|${type}`;
    const answer = this.answers.get(key);
    if (!answer) {
      this.wanted.set(key, { name, type });
      return { rcode: "UNKNOWN", answers: [] };
    }
    if (answer.rcode === "NXDOMAIN") return { rcode: "NXDOMAIN", answers: [] };
    if (answer.rcode !== "NOERROR") return { rcode: answer.rcode === "TIMEOUT" ? "TIMEOUT" : "SERVFAIL", answers: [] };
    return { rcode: "NOERROR", answers: ofType(answer, type).map((r) => shape(type, r.data)) };
  }
};
function shape(type, data) {
  if (type === "TXT") return (Array.isArray(data) ? data : [data]).map((s) => typeof s === "string" ? s : s.toString("latin1")).join("");
  if (type === "MX") {
    const mx = data;
    return { preference: mx.preference, exchange: mx.exchange };
  }
  return String(data);
}
async function liveCheckHost(lookup, domain) {
  const resolver = new FetchedResolver();
  let result = checkHost(NOBODY, domain, `postmaster@${domain}`, resolver);
  for (let round = 0; round < MAX_ROUNDS && resolver.wanted.size; round++) {
    const wanted = [...resolver.wanted];
    resolver.wanted.clear();
    await Promise.all(wanted.map(async ([key, { name, type }]) => resolver.answers.set(key, await lookup.ask(name, type))));
    result = checkHost(NOBODY, domain, `postmaster@${domain}`, resolver);
  }
  const failed = [...resolver.answers.values()].filter((a) => a.rcode !== "NOERROR" && a.rcode !== "NXDOMAIN");
  return { result, failed };
}
async function checkSpf(zone, lookup) {
  const findings = [];
  for (const entry of spfRecords(zone)) {
    const domain = entry.record.owner.replace(/\.$/, "");
    const { result, failed } = await liveCheckHost(lookup, domain);
    const span = recordTextSpan(entry);
    const id = `${entry.ownerKey}|${result.reason?.code ?? result.result}`;
    if (result.result === "permerror" && result.reason) {
      findings.push(finding("live-spf", span, `Over real DNS, SPF for ${domain} ends in permerror after ${result.lookups} lookups and ${result.voidLookups} void lookups: ${result.reason.message} Receivers treat the domain as having no usable SPF`, id));
    } else if (result.result === "temperror" && failed.length) {
      findings.push(finding("live-dns-failure", span, `SPF for ${domain} could not be evaluated over real DNS: ${result.reason?.message ?? "a lookup failed"} (${failed[0].server.label}: ${failed[0].detail ?? failed[0].rcode})`, id));
    } else if (result.lookups >= 9) {
      findings.push(finding("live-spf", span, `Over real DNS, SPF for ${domain} takes ${result.lookups} of the 10 lookups RFC 7208 allows: one more include by a provider breaks it`, `${id}|near`, "warning"));
    }
  }
  return findings;
}

// src/online/index.ts
async function checkOnline(zones, results, options = {}) {
  const client = new DnsClient(options);
  const zoneSet = new ZoneSet(zones);
  const given = options.nameservers?.length ? options.nameservers : void 0;
  const resolvers = given ?? options.resolvers ?? systemResolvers();
  const lookup = new Lookup(client, resolvers);
  const found = await Promise.all(
    zones.map(async (zone) => {
      const drift = options.drift === false ? Promise.resolve([]) : zoneDrift(client, resolvers, given ?? options.configured?.get(zone), given !== void 0, zone, zoneSet);
      const outside = [
        guarded("spf", zone, () => checkSpf(zone, lookup)),
        guarded("exchanger addresses", zone, () => checkMxAddresses(zone, zoneSet, lookup)),
        guarded("mta-sts", zone, () => checkMtaSts(zone, lookup, { httpsPort: options.httpsPort, timeoutMs: options.timeoutMs })),
        guarded("dane", zone, () => checkDaneSigned(zone, lookup)),
        guarded("dmarc reports", zone, () => checkDmarcReports(zone, zoneSet, lookup))
      ];
      return (await Promise.all([guarded("drift", zone, () => drift), ...outside])).flat();
    })
  );
  return merge(results, found.flat());
}
async function guarded(check, zone, run) {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ ruleId: INTERNAL_ERROR, severity: "error", message: `live check ${check} failed on this zone: ${reason} (please report this)`, span: { source: zone.source, start: 0, end: 0 } }];
  }
}
function parseOnlineOptions(nameservers, timeout, httpsPort) {
  const servers = [];
  for (const text of nameservers) {
    const server = parseServer(text);
    if (!server) return `--nameserver needs an IP address with an optional port (192.0.2.53, 192.0.2.53:5300, [2001:db8::53]:5300), not '${text}'`;
    servers.push(server);
  }
  const seconds = timeout === void 0 ? 2 : Number(timeout);
  if (!(seconds > 0 && seconds <= 60)) return `--dns-timeout needs a number of seconds between 0 and 60, not '${timeout}'`;
  const port = httpsPort === void 0 ? 443 : Number(httpsPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `--https-port needs a port number, not '${httpsPort}'`;
  return { nameservers: servers, timeoutMs: seconds * 1e3, httpsPort: port };
}
async function zoneDrift(client, resolvers, given, recursive, zone, zones) {
  const servers = given?.length ? { servers: given } : await zoneServers(client, resolvers, zone);
  if ("failure" in servers) return [servers.failure];
  return checkDrift({ zone, zones, servers: servers.servers, client, recursive });
}
async function configuredServers(zones, configPath) {
  const loader = new ConfigLoader(rules, configPath);
  for (const zone of zones) loader.find(resolve(zone.source.path));
  await loader.validateAll();
  const found = /* @__PURE__ */ new Map();
  for (const zone of zones) {
    const config = loader.resolve(resolve(zone.source.path));
    const servers = config.online.nameservers.map((text) => {
      const server = parseServer(text);
      if (!server) throw new ConfigError(`${config.path}: online.nameservers: '${text}' is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5300, [2001:db8::53]:5300)`);
      return server;
    });
    if (servers.length) found.set(zone, servers);
  }
  return found;
}
function systemResolvers() {
  return getServers().flatMap((text) => parseServer(text) ?? []);
}
async function zoneServers(client, resolvers, zone) {
  const fail = (why) => ({ failure: finding("live-dns-failure", zoneAnchor(zone), `Could not find the name servers of ${zone.origin}: ${why}`, `${nameKey(zone.origin)}|NS`) });
  if (!resolvers.length) return fail("no resolver is configured on this machine (give --nameserver)");
  const ns = await client.query(resolvers[0], zone.origin, "NS", true);
  if (ns.rcode !== "NOERROR") return fail(`${ns.server.label} answered ${ns.detail ?? ns.rcode}`);
  const names = ns.answers.filter((r) => r.type === "NS").map((r) => String(r.data));
  if (!names.length) return fail("the zone has no NS records in public DNS");
  const servers = [];
  for (const name of names) {
    const a = await client.query(resolvers[0], name, "A", true);
    for (const record of a.answers) if (record.type === "A") servers.push({ address: String(record.data), port: 53, label: `${name.toLowerCase()}. (${String(record.data)})` });
  }
  return servers.length ? { servers } : fail(`none of its name servers (${names.join(", ")}) has an IPv4 address`);
}
function merge(results, found) {
  if (!found.length) return results;
  const bySource = new Map(results.map((r) => [r.source, { ...r, diagnostics: [...r.diagnostics] }]));
  for (const diagnostic of found) bySource.get(diagnostic.span.source)?.diagnostics.push(diagnostic);
  return [...bySource.values()].map((r) => ({ ...r, diagnostics: r.diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end) }));
}
export {
  checkOnline,
  configuredServers,
  parseOnlineOptions,
  parseServer,
  zoneServers
};
