#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  readZone
} from "./chunk-ATMOH74O.js";
import {
  matchesAny
} from "./chunk-GYRZPTRP.js";
import {
  FLAG_AUTOMATIC_TTL,
  FLAG_PROXIED,
  SourceText
} from "./chunk-5KNXT2RY.js";
import {
  commonSuffix,
  nameKey,
  parseName,
  typeNumber
} from "./chunk-CUWRVAA3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CCFEVKPO.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var ORIGIN_HEAD = 4096;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist", "build", "out", "coverage", "target", "vendor", "__pycache__", ".venv", "venv", ".terraform", ".cache"]);
var HEAD_BYTES = 16384;
var EXPORT_JSON_KEYS = /"(ResourceRecordSets|Changes|ChangeBatch|result|rrsets|rrdatas|domain_records?|value|type)"\s*:/;
var EXPORT_YAML_KEYS = /^\s*(-\s+)?(type|kind|providers)\s*:|!include\s/m;
function discover(paths, loader, otherHead) {
  const readHead = otherHead ? (path) => fromText(otherHead(path)) : diskHeads();
  const files = [];
  const skipped = [];
  const missing = [];
  const folders = [];
  const seen = /* @__PURE__ */ new Set();
  const consider = (path, explicit) => {
    if (seen.has(path)) return;
    seen.add(path);
    const verdict = classify(path, loader, readHead, explicit);
    if ("kind" in verdict) files.push({ path, kind: verdict.kind, explicit, why: verdict.why, head: verdict.head, bytes: verdict.bytes });
    else skipped.push({ path, explicit, why: verdict.skip });
  };
  const walk = (dir, ignores, folder) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const here = ignores.enter(dir);
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")) folder.passedOver++;
        else if (here.ignored(full, true)) folder.ignored++;
        else walk(full, here, folder);
      } else if (entry.isFile()) {
        if (here.ignored(full, false)) folder.ignored++;
        else consider(full, false);
      } else if (entry.isSymbolicLink() && !here.ignored(full, false) && !seen.has(full)) {
        seen.add(full);
        skipped.push({ path: full, explicit: false, why: "a symbolic link: a folder walk does not follow links (name the file on the command line to lint it)" });
      }
    }
  };
  const otherVersion = otherHead !== void 0;
  for (const given of paths) {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat && otherVersion && readHead(path) !== void 0) consider(path, true);
    else if (!stat) missing.push(given);
    else if (stat.isDirectory()) {
      const folder = { given, path, ignored: 0, passedOver: 0 };
      folders.push(folder);
      const above = GitIgnores.above(path);
      walk(path, above.ignored(path, true) ? GitIgnores.none : above, folder);
    } else if (!stat.isFile()) files.push({ path, kind: "bind", explicit: true, why: "named on the command line" });
    else consider(path, true);
  }
  return { files, skipped, missing, folders };
}
function classify(path, loader, readHead, explicit) {
  const config = loader.resolve(path);
  const rel = () => relative(loader.baseDir(path), path).split(sep).join("/");
  if (config.zones.exclude.length > 0 && matchesAny(config.zones.exclude, rel())) return { skip: "excluded by zones.exclude" };
  const name = basename(path).toLowerCase();
  if (name === "package.json" || name === "package-lock.json" || /^(\.mxlintrc|mxlint\.config)\.json$/.test(name)) return { skip: "a package or mxlint configuration file" };
  if (name === "dnsconfig.js" || name === "dnsconfig.ts") {
    return { skip: "a dnscontrol configuration (JavaScript): mxlint reads zones, not programs; let dnscontrol write BIND zone files (its BIND provider, `dnscontrol push`) and lint those (src/providers/README.md says how)" };
  }
  const read = readHead(path);
  if (read === void 0) return { skip: "cannot be read" };
  const head = read.text;
  if (/\.(json|ya?ml)$/.test(name)) {
    const json = name.endsWith(".json");
    if (json && !/^\uFEFF?\s*[[{]/.test(head)) return { skip: "not a JSON object or array" };
    if (!(json ? EXPORT_JSON_KEYS : EXPORT_YAML_KEYS).test(head)) return { skip: `no key of a DNS export format in its first ${HEAD_BYTES / 1024} KiB` };
    return { kind: json ? "json" : "yaml", why: "read if its content is an export" };
  }
  if (head.includes("\0") && withoutComments(head).includes("\0")) return { skip: "a binary file" };
  const originHead = head.length > ORIGIN_HEAD ? Buffer.from(head.slice(0, ORIGIN_HEAD), "latin1").toString("latin1") : head;
  const evidence = bindEvidence(head);
  if (evidence) return { kind: "bind", why: evidence, head: originHead, bytes: read.whole };
  if (matchesAny(config.zones.include, rel()) || matchesAny(config.zones.include, name)) {
    return explicit || !withoutComments(head).trim() ? { kind: "bind", why: "matches zones.include", head: originHead, bytes: read.whole } : { skip: "matches zones.include but its first lines are not records or directives" };
  }
  return { skip: "its first lines are not records or directives of a zone file" };
}
function withoutComments(head) {
  return head.replace(/("(?:[^"\\\n]|\\.)*"?)|;[^\n]*/g, (all, quoted) => quoted ?? "");
}
var DIRECTIVE = /^\$(ORIGIN|TTL|INCLUDE|GENERATE)(\s|$)/i;
var TTL = /^(\d+[smhdw]?)+$/i;
var CLASS = /^(IN|CH|HS|CS|CLASS\d+)$/i;
function bindEvidence(head) {
  let depth = 0;
  let entries = 0;
  let first = "";
  for (const line of linesOf(head)) {
    const inside = depth > 0;
    for (const c of line.replace(/"(?:[^"\\]|\\.)*"?/g, "")) depth += c === "(" ? 1 : c === ")" ? depth > 0 ? -1 : 0 : 0;
    if (inside || !line.trim()) continue;
    if (!readsAsEntry(line)) return void 0;
    first ||= line.trim().split(/\s+/).slice(0, 4).join(" ");
    if (++entries === 3) break;
  }
  return entries ? `zone file: starts with \`${first}\`` : void 0;
}
function* linesOf(head) {
  for (let from = 0; from <= head.length; ) {
    let to = head.indexOf("\n", from);
    if (to < 0) to = head.length;
    yield withoutComments(head.slice(from, to));
    from = to + 1;
  }
}
function leadingOrigin(head) {
  for (const line of linesOf(head)) {
    if (!line.trim() || /^\$TTL\s/i.test(line)) continue;
    const match = /^\$ORIGIN\s+(\S+\.)\s*$/i.exec(line);
    return match ? match[1] : void 0;
  }
  return void 0;
}
function readsAsEntry(line) {
  if (DIRECTIVE.test(line)) return true;
  const tokens = line.replace(/[()]/g, " ").trim().split(/\s+/);
  let i = /^\s/.test(line) ? 0 : 1;
  for (let n = 0; n < 2 && i < tokens.length && (TTL.test(tokens[i]) || CLASS.test(tokens[i])); n++) i++;
  const type = tokens[i];
  if (type === void 0 || i + 1 >= tokens.length) return false;
  return /^[A-Z][A-Z0-9-]*$/i.test(type) && typeNumber(type.toUpperCase()) !== void 0;
}
var headBuffer = Buffer.allocUnsafe(HEAD_BYTES);
function fromText(text) {
  return text === void 0 ? void 0 : { text };
}
var WHOLE_FILES_BYTES = 64 * 1024 * 1024;
function diskHeads() {
  let kept = 0;
  return (path) => {
    const head = diskHead(path, HEAD_BYTES, kept < WHOLE_FILES_BYTES);
    if (head?.whole) kept += head.whole.length;
    return head;
  };
}
function diskHead(path, size, keepWhole) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (headBuffer.length < size) headBuffer = Buffer.allocUnsafe(size);
    const n = readSync(fd, headBuffer, 0, size, 0);
    const text = headBuffer.toString("latin1", 0, n);
    if (!keepWhole || n === size) return { text };
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size === n ? { text, whole: Buffer.from(headBuffer.subarray(0, n)) } : { text };
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function fileHead(path, size, readFile) {
  if (readFile) {
    const bytes = readFile(path);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, size)).toString("latin1") : void 0;
  }
  return diskHead(path, size, false)?.text;
}
var GitIgnores = class _GitIgnores {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  static none = new _GitIgnores([]);
  /** The ignore files from the repository top (the nearest folder with `.git`) down to `dir`, exclusive. */
  static above(dir) {
    const chain = [];
    for (let d = dirname(dir); ; d = dirname(d)) {
      chain.unshift(d);
      if (statSync(join(d, ".git"), { throwIfNoEntry: false })) break;
      if (dirname(d) === d) return _GitIgnores.none;
    }
    let ignores = _GitIgnores.none;
    for (const d of chain) ignores = ignores.enter(d);
    return ignores;
  }
  enter(dir) {
    let text;
    try {
      text = readFileSync(join(dir, ".gitignore"), "utf8");
    } catch {
      return this;
    }
    return new _GitIgnores([...this.rules, { base: dir, ig: (0, import_ignore.default)().add(text) }]);
  }
  ignored(path, directory) {
    for (const { base, ig } of this.rules) {
      const rel = relative(base, path).split(sep).join("/");
      if (rel && !rel.startsWith("..") && ig.ignores(directory ? rel + "/" : rel)) return true;
    }
    return false;
  }
};
var NOT_LABELS = /* @__PURE__ */ new Set([
  "zone",
  "zones",
  "db",
  "txt",
  "inc",
  "signed",
  "hosts",
  "json",
  "yaml",
  "yml",
  "bind",
  "export",
  "records",
  "dns",
  "bak",
  "old",
  "orig",
  "route53",
  "aws",
  "cloudflare",
  "cf",
  "gcloud",
  "google",
  "gcp",
  "clouddns",
  "azure",
  "digitalocean",
  "powerdns",
  "pdns",
  "octodns",
  "dnscontrol"
]);
function originFromName(path, origins, baseDir) {
  const patterns = Object.entries(origins);
  const rel = patterns.length === 0 ? "" : relative(baseDir, path).split(sep).join("/");
  for (const [pattern, origin] of patterns) {
    if (pattern === rel || matchesAny(pattern, rel)) return { origin, from: "config" };
  }
  const folder = splitZoneDirectory(path);
  if (folder) return { origin: folder, from: "file-name" };
  let labels = basename(path).replace(/^\$/, "").split(".");
  if (labels[0].toLowerCase() === "db") labels = labels.slice(1);
  while (labels.length && (labels[labels.length - 1] === "" || NOT_LABELS.has(labels[labels.length - 1].toLowerCase()))) labels.pop();
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return void 0;
  const parsed = parseName(labels.join(".") + ".", ".");
  return parsed.ok ? { origin: parsed.name, from: "file-name" } : void 0;
}
function splitZoneDirectory(path) {
  const folder = basename(dirname(path));
  if (!/^[^.].*\.[^.]+\.$/.test(folder) || !/\.ya?ml$/i.test(path)) return void 0;
  const parsed = parseName(folder, ".");
  return parsed.ok ? parsed.name : void 0;
}

// src/engine/zones.ts
import { dirname as dirname2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/providers/cloudflare-bind.ts
function cloudflareDomain(head) {
  const match = /^;;\s*Domain:\s+(\S+)\s*$/m.exec(head.slice(0, 4096));
  if (!match || !/^;;\s*Exported:/m.test(head.slice(0, 4096))) return void 0;
  return match[1].endsWith(".") ? match[1] : match[1] + ".";
}
function applyCloudflareExport(zone) {
  const byLine = /* @__PURE__ */ new Map();
  for (const record of zone.records) {
    if (record.source !== zone.source) continue;
    if (record.type === "SOA" && nameKey(record.owner) !== nameKey(zone.origin)) {
      const written = zone.source.text.slice(record.ownerStart, record.ownerEnd);
      zone.diagnostics.push({
        ruleId: "syntax/soa-owner",
        severity: "error",
        message: `Cloudflare's export writes the SOA owner \`${written}\` without its final dot and without $ORIGIN, so BIND reads it as \`${record.owner}\`, below the zone's apex, and refuses the zone; write \`${zone.origin}\``,
        span: record.ownerSpan
      });
    }
    if (record.ttl === 1 && record.ttlStart >= 0) record.flag(FLAG_AUTOMATIC_TTL);
    const line = zone.source.positionAt(record.typeStart).line;
    const list = byLine.get(line) ?? [];
    list.push(record);
    byLine.set(line, list);
  }
  for (const comment of zone.comments) {
    if (comment.source !== zone.source || !/\bcf_tags=\S*\bcf-proxied:true\b/.test(comment.text)) continue;
    for (const record of byLine.get(zone.source.positionAt(comment.start).line) ?? []) record.flag(FLAG_PROXIED);
  }
}

// src/engine/zones.ts
var NOT_A_ZONE = "mxlint/not-a-zone";
var DUPLICATE_ZONE = "mxlint/duplicate-zone";
var WHAT_MXLINT_READS = "mxlint reads BIND zone files (records or $ORIGIN/$TTL at the top) and DNS exports: Route 53, Cloudflare, Google Cloud, Azure, DigitalOcean, PowerDNS JSON, octoDNS and Google Cloud YAML";
var HOW_TO = "src/providers/README.md";
async function readZones(discovery, loader, options) {
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const listing = [];
  const notes = [];
  const read = [];
  const note = (path, why, at = { start: 0, end: 0 }, source) => {
    const text = source ?? new SourceText(relative2(process.cwd(), path) || path, "", "utf8");
    const message = `not read as a zone: ${why}. ${WHAT_MXLINT_READS}${why.includes(HOW_TO) ? "" : ` (see ${HOW_TO})`}`;
    notes.push({ path: text.path, source: text, diagnostics: [{ ruleId: NOT_A_ZONE, severity: "warning", message, span: { source: text, ...at } }] });
  };
  for (const skipped of [...discovery.skipped].sort(byPath)) {
    listing.push({ path: skipped.path, why: skipped.why });
    if (skipped.explicit) note(skipped.path, skipped.why);
  }
  const taken = /* @__PURE__ */ new Map();
  for (const file of [...discovery.files].sort(byPath)) {
    const zone = await readCandidate(file, loader, options);
    if ("skip" in zone) {
      listing.push({ path: file.path, why: zone.skip });
      if (file.explicit) note(file.path, zone.skip, zone.at, zone.source);
      continue;
    }
    taken.set(zone, file);
    read.push(zone);
  }
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map(absolutePath)));
  const zones = mergeSplitLayout(read.filter((zone) => !included.has(absolutePath(zone.source))));
  for (const zone of zones) {
    const path = absolutePath(zone.source);
    const views = loader.resolve(path).views;
    const names = Object.keys(views);
    const rel = names.length === 0 ? "" : relative2(loader.baseDir(path), path).split(sep2).join("/");
    zone.view = names.find((view) => matchesAny(views[view], rel));
  }
  reportDuplicates(zones);
  const viewOf = /* @__PURE__ */ new Map();
  for (const zone of zones) for (const file of zone.files) if (!viewOf.has(file)) viewOf.set(file, zone.view);
  for (const zone of read) {
    const file = taken.get(zone);
    const isIncluded = included.has(absolutePath(zone.source));
    listing.push({
      path: file.path,
      as: zone.format,
      origin: zone.originFrom === "unknown" || isIncluded ? void 0 : zone.origin,
      originFrom: zone.originFrom,
      view: viewOf.get(zone.source),
      why: isIncluded ? `${file.why}; $INCLUDEd by another zone` : file.kind === "bind" ? file.why : `the content matches the ${zone.format} export format`
    });
  }
  listing.sort(byPath);
  notes.sort(byPath);
  return { zones, notes, listing };
}
var absolutePaths = /* @__PURE__ */ new WeakMap();
function absolutePath(source) {
  let path = absolutePaths.get(source);
  if (path === void 0) absolutePaths.set(source, path = resolve2(source.path));
  return path;
}
function foldersWithoutZones(folders, listing) {
  return folders.flatMap((folder) => {
    const below = listing.filter((file) => file.path.startsWith(folder.path.endsWith(sep2) ? folder.path : folder.path + sep2));
    if (below.some((file) => file.as)) return [];
    const counts = /* @__PURE__ */ new Map();
    for (const file of below) counts.set(file.why, (counts.get(file.why) ?? 0) + 1);
    const skipped = [...counts].map(([why, count]) => ({ why, count })).sort((a, b) => b.count - a.count || (a.why < b.why ? -1 : 1));
    return [{ ...folder, skipped }];
  });
}
async function readCandidate(file, loader, options) {
  const config = loader.resolve(file.path);
  const hint = originFromName(file.path, config.zones.origins, loader.baseDir(file.path));
  if (file.kind !== "bind") {
    const { readExportFile } = await import("./providers-NHQC4TOE.js");
    const outcome = readExportFile(file.path, file.kind, { origin: hint?.origin, readFile: options.readFile, root: options.root(file.path), budget: options.budget });
    if (!("zone" in outcome)) return outcome;
    return identify(outcome.zone, hint);
  }
  const head = file.head ?? fileHead(file.path, ORIGIN_HEAD, options.readFile) ?? "";
  const cloudflare = cloudflareDomain(head);
  const stated = cloudflare ?? leadingOrigin(head);
  const bytes = options.readFile ? void 0 : file.bytes;
  const zone = readZone(file.path, { origin: stated ?? hint?.origin, root: options.root(file.path), readFile: options.readFile, budget: options.budget, bytes });
  if (!cloudflare) return identify(zone, stated ? void 0 : hint);
  zone.origin = cloudflare;
  zone.originFrom = "content";
  applyCloudflareExport(zone);
  return zone;
}
function identify(zone, hint) {
  const hasSoa = zone.records.some((r) => r.type === "SOA");
  if (zone.format !== "bind") {
    zone.originFrom = zone.origin === "." ? "unknown" : hint && nameKey(hint.origin) === nameKey(zone.origin) && !hasSoa ? hint.from : "content";
  } else if (hasSoa) zone.originFrom = "content";
  else if (hint && nameKey(hint.origin) === nameKey(zone.origin)) zone.originFrom = hint.from;
  else if (zone.origin !== ".") zone.originFrom = "content";
  else {
    const suffix = commonSuffix(zone.records.map((r) => r.owner));
    if (suffix && suffix !== ".") {
      zone.origin = suffix;
      zone.originFrom = "records";
    } else zone.originFrom = "unknown";
  }
  if (zone.originFrom === "unknown") collapseNoOrigin(zone);
  return zone;
}
function collapseNoOrigin(zone) {
  const all = zone.diagnostics.filter((d) => d.ruleId === "syntax/no-origin");
  const others = zone.diagnostics.filter((d) => d.ruleId !== "syntax/no-origin");
  const first = all[0];
  const why = "the zone is unknown, so this file takes no part in other zones' lookups";
  const diagnostic = first ? { ...first, message: `${first.message} (${why}${all.length > 1 ? `; ${all.length - 1} more line${all.length > 2 ? "s" : ""} with relative names` : ""})` } : {
    ruleId: "syntax/no-origin",
    severity: "warning",
    message: `the zone's name is unknown: add $ORIGIN or an SOA record, name the file after the zone, or set its origin in the configuration (zones.origins); ${why}`,
    span: { source: zone.source, start: 0, end: 0 }
  };
  zone.diagnostics.length = 0;
  zone.diagnostics.push(diagnostic, ...others);
}
function mergeSplitLayout(zones) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const zone of zones) {
    const path = absolutePath(zone.source);
    if (zone.format !== "octodns" || !splitZoneDirectory(path)) {
      out.push(zone);
      continue;
    }
    const folder = dirname2(path);
    const group = groups.get(folder);
    if (group) group.push(zone);
    else {
      groups.set(folder, [zone]);
      out.push(zone);
    }
  }
  return out.map((zone) => {
    const group = groups.get(dirname2(absolutePath(zone.source)));
    if (!group || group.length === 1 || group[0] !== zone) return zone;
    const apex = group.find((z) => /(^|[\\/])\$[^\\/]*$/.test(z.source.path)) ?? group[0];
    return {
      ...apex,
      files: [apex.source, ...group.filter((z) => z !== apex).map((z) => z.source)],
      records: group.flatMap((z) => z.records),
      diagnostics: group.flatMap((z) => z.diagnostics),
      comments: group.flatMap((z) => z.comments)
    };
  });
}
function reportDuplicates(zones) {
  const first = /* @__PURE__ */ new Map();
  for (const zone of zones) {
    if (zone.originFrom === "unknown" || zone.origin === ".") continue;
    const key = `${zone.view ?? ""}\0${nameKey(zone.origin)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, zone);
      continue;
    }
    const inView = zone.view === void 0 ? "" : ` in view ${zone.view}`;
    zone.diagnostics.push({
      ruleId: DUPLICATE_ZONE,
      severity: "warning",
      message: `zone ${zone.origin} is also read from ${earlier.source.path}${inView}; lookups from other zones use that file. If these are views of one zone, declare them under "views" in the configuration; if one is an old copy, remove it or list it in zones.exclude`,
      span: { source: zone.source, start: 0, end: 0 }
    });
  }
}

export {
  SKIP_DIRS,
  discover,
  fileHead,
  readZones,
  absolutePath,
  foldersWithoutZones
};
