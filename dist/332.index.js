export const id = 332;
export const ids = [332];
export const modules = {

/***/ 4158:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __webpack_require__(6928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

/***/ 8176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseBuildArgFlags)
/* harmony export */ });
// `--build-arg NAME=value` as `docker build` reads it: repeatable, the value may contain `=`, and `NAME` alone
// takes the value of the environment variable of that name (left out when the environment has none, as docker
// leaves it out). Pure: the environment comes in as a map.
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The build arguments of the flag's values, in order (a later value of a name wins, as with docker). Throws an
 *  Error naming the flag and the value for a name that is no ARG name. */
function parseBuildArgFlags(values, env, flag = '--build-arg') {
    const args = {};
    for (const raw of values) {
        const eq = raw.indexOf('=');
        const name = eq < 0 ? raw : raw.slice(0, eq);
        if (!ARG_NAME.test(name)) {
            throw new Error(`${flag} ${JSON.stringify(raw)}: ${name === '' ? 'no name before "="' : `"${name}" is not a valid ARG name`}; ` +
                `write ${flag} NAME=value (NAME: letters, digits, _), or ${flag} NAME to take the value from the environment`);
        }
        if (eq >= 0)
            args[name] = raw.slice(eq + 1);
        else if (env[name] !== undefined)
            args[name] = env[name];
    }
    return args;
}


/***/ }),

/***/ 739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintCommand: () => (/* binding */ lintCommand),
  processLintDeps: () => (/* binding */ processLintDeps),
  runLint: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/config.js
var lint_config = __webpack_require__(9985);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/json.js
function formatJson(results) {
    const out = results.flatMap((r) => r.findings.map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        rule: f.rule,
        name: f.name,
        severity: f.severity,
        category: f.category,
        message: f.message,
        fixable: f.fixable,
        ...(f.also !== undefined && f.also.length > 0 ? { also: f.also } : {}),
    })));
    return `${JSON.stringify(out, null, 2)}\n`;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/report/escape.js
var report_escape = __webpack_require__(9837);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/types.js
/** Where the rule pages are published: docs/rules/<code>.md of this repository. */
const DOCS_BASE_URL = 'https://github.com/image-budget/image-budget/blob/main/';
/** The help page of a code: our docs page, ShellCheck's wiki for SC codes, none for parse errors. */
function helpUri(code, rules) {
    if (/^SC\d+$/.test(code))
        return `https://www.shellcheck.net/wiki/${code}`;
    const meta = rules.find((r) => r.code === code);
    return meta ? DOCS_BASE_URL + meta.docs : undefined;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/markdown.js
// `--format markdown`: a table for PR comments and job summaries. Every cell is untrusted text (file names,
// messages quoting Dockerfile lines), so Markdown and HTML meaning is escaped away.


const HTML = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
/** One table cell of plain text: no line breaks, no HTML, no Markdown, no @-mentions. */
function escapeCell(text, max = 300) {
    return (0,report_escape/* clip */.$Q)((0,report_escape/* oneLine */.TN)(text), max)
        .replace(/[<>&"]/g, (c) => HTML[c])
        .replace(/[\\`*_[\]#|~$!]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b');
}
function formatMarkdown(results, options) {
    const findings = results.flatMap((r) => r.findings);
    if (findings.length === 0)
        return `No Dockerfile problems found in ${results.length} file(s).\n`;
    const rows = findings.map((f) => {
        const link = (code) => {
            const uri = helpUri(code, options.rules);
            return uri ? `[${escapeCell(code)}](${uri})` : escapeCell(code);
        };
        const also = f.also ?? [];
        const rule = link(f.rule) + (also.length > 0 ? ` (also ${also.map(link).join(', ')})` : '');
        return `| ${escapeCell(f.file)} | ${f.line} | ${rule} | ${f.severity} | ${escapeCell(f.message)} |`;
    });
    return [
        '| File | Line | Rule | Severity | Message |',
        '| --- | ---: | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/sarif.js

const LEVELS = {
    error: 'error',
    warning: 'warning',
    info: 'note',
    style: 'note',
};
/** A relative, forward-slash, percent-encoded URI for a path as given on the command line. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function formatSarif(results, options) {
    const findings = results.flatMap((r) => r.findings);
    const descriptors = [];
    const index = new Map();
    const describe = (code, name, severity, text) => {
        const known = index.get(code);
        if (known !== undefined)
            return known;
        const uri = helpUri(code, options.rules);
        descriptors.push({
            id: code,
            name,
            shortDescription: { text },
            ...(uri ? { helpUri: uri } : {}),
            defaultConfiguration: { level: LEVELS[severity] },
        });
        index.set(code, descriptors.length - 1);
        return descriptors.length - 1;
    };
    for (const r of options.rules)
        describe(r.code, r.name, r.severity, r.description);
    const sarifResults = findings.map((f) => {
        const ruleIndex = describe(f.rule, f.name, f.severity, f.rule.startsWith('SC') ? `ShellCheck ${f.rule}` : f.name);
        // the codes it stands for too are rules of the run, so a code-scanning filter on either name finds it
        const also = f.also ?? [];
        for (const code of also)
            describe(code, code, f.severity, code);
        return {
            ruleId: f.rule,
            ruleIndex,
            level: LEVELS[f.severity],
            message: { text: also.length > 0 ? `${f.message} (also ${also.join(', ')})` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(f.file) },
                        region: {
                            startLine: f.line,
                            startColumn: f.column,
                            endLine: Math.max(f.endLine, f.line),
                            endColumn: f.endLine > f.line ? f.endColumn : Math.max(f.endColumn, f.column),
                        },
                    },
                },
            ],
            properties: {
                category: f.category,
                fixable: f.fixable,
                ...(also.length > 0 ? { also } : {}),
            },
        };
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'image-budget',
                        informationUri: DOCS_ROOT,
                        ...(options.version ? { semanticVersion: options.version } : {}),
                        rules: descriptors,
                    },
                },
                results: sarifResults,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
const DOCS_ROOT = 'https://github.com/image-budget/image-budget';

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/format/code-label.js
var code_label = __webpack_require__(1477);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/tty.js


const COLORS = { error: '31', warning: '33', info: '36', style: '35' };
function formatTty(results, options = {}) {
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const lines = [];
    const counts = { error: 0, warning: 0, info: 0, style: 0 };
    for (const r of results) {
        for (const f of r.findings) {
            counts[f.severity]++;
            const where = paint('1', `${f.file}:${f.line}:${f.column}`);
            const fix = f.fixable ? paint('32', ' (fixable)') : '';
            // messages quote Dockerfile text: keep control characters out of the terminal
            const message = (0,report_escape/* printable */.g$)(f.message);
            lines.push(`${where} ${paint('2', (0,code_label/* codeLabel */.c)(f.rule, f.also))} ${paint(COLORS[f.severity], f.severity)}: ${message}${fix}`);
        }
    }
    const total = counts.error + counts.warning + counts.info + counts.style;
    const files = results.length;
    const summary = total === 0
        ? `${files} file${files === 1 ? '' : 's'} linted: no problems`
        : `${files} file${files === 1 ? '' : 's'} linted: ${total} problem${total === 1 ? '' : 's'} (` +
            ['error', 'warning', 'info', 'style'].map((s) => `${counts[s]} ${s}`).join(', ') +
            ')';
    lines.push(paint(total === 0 ? '32' : '1', summary));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/format/index.js
// The output formats of `image-budget lint`, by name.




const FORMATS = ['tty', 'json', 'sarif', 'markdown'];
function formatResults(name, results, options) {
    switch (name) {
        case 'json':
            return formatJson(results);
        case 'sarif':
            return formatSarif(results, options);
        case 'markdown':
            return formatMarkdown(results, options);
        case 'tty':
            return formatTty(results, options);
    }
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/linter.js
var lint_linter = __webpack_require__(977);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/index.js + 97 modules
var rules = __webpack_require__(250);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/shellcheck.js
var shellcheck = __webpack_require__(3245);
// EXTERNAL MODULE: ./.tmp/package/lib/src/cli/build-args.js
var build_args = __webpack_require__(8176);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/cli/lint.js
// `image-budget lint [--format tty|json|sarif|markdown] [--config FILE] [--failure-threshold LEVEL] FILE...`
// Lints every file in one process. Exit 1 when a finding reaches the threshold (or a BuildKit check fails under
// `# check=error=true`, as `docker build --check` fails), 0 otherwise, 2 for usage errors,
// unreadable files and bad configuration (the message names the file). The world (files, shellcheck, output) comes
// in through LintDeps so tests and other entry points can run the same code.









const USAGE = `usage: image-budget lint [options] FILE...   (FILE "-" reads standard input)

options:
  --format tty|json|sarif|markdown     output format (default tty)
  --config FILE                        .image-budget.yml or a hadolint config (.hadolint.yaml);
                                       default: the first of ${'.image-budget.yml, .hadolint.yaml, .hadolint.yml'} in the current directory
  --failure-threshold error|warning|info|style|none
                                       exit 1 when a finding is at least this severe (default info); a
                                       BuildKit check under "# check=error=true" exits 1 at any threshold
  --no-fail                            exit 0 even when findings reach the threshold
  --ignore CODE                        ignore a rule (repeatable)
  --no-shellcheck                      do not run ShellCheck on RUN instructions
  --context DIR                        build context for the .dockerignore checks (default: the Dockerfile's folder)
  --build-arg NAME=value               a build argument, as docker build takes it (repeatable; NAME alone: the
                                       value of the environment variable NAME); BuildKit's checks read them
  --disable-ignore-pragma              do not honour "# hadolint ignore=" comments (config: disable-ignore-pragma)
  --no-color                           no colours in tty output
`;
class UsageError extends Error {
}
function parseArgs(argv) {
    const args = {
        format: 'tty',
        noFail: false,
        ignore: [],
        shellcheck: true,
        buildArgs: [],
        disableIgnorePragma: false,
        files: [],
    };
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        if (raw === '-h' || raw === '--help')
            return 'help';
        if (raw === '--') {
            args.files.push(...argv.slice(i + 1));
            break;
        }
        if (!raw.startsWith('--') || raw === '-') {
            args.files.push(raw);
            continue;
        }
        const eq = raw.indexOf('=');
        const name = eq > 0 ? raw.slice(0, eq) : raw;
        const value = () => {
            if (eq > 0)
                return raw.slice(eq + 1);
            const v = argv[++i];
            if (v === undefined)
                throw new UsageError(`${name} needs a value`);
            return v;
        };
        switch (name) {
            case '--format': {
                const v = value();
                if (!FORMATS.includes(v)) {
                    throw new UsageError(`unknown format "${v}"; accepted: ${FORMATS.join(', ')}`);
                }
                args.format = v;
                break;
            }
            case '--config':
                args.config = value();
                break;
            case '--failure-threshold': {
                const v = value();
                try {
                    args.threshold = (0,lint_config/* parseThreshold */.B7)(v, 'command line', '--failure-threshold');
                }
                catch {
                    throw new UsageError(`unknown --failure-threshold "${v}"; accepted: ${lint_config/* THRESHOLDS */.Rm.join(', ')}`);
                }
                break;
            }
            case '--no-fail':
                args.noFail = true;
                break;
            case '--ignore':
                args.ignore.push(...value().split(','));
                break;
            case '--no-shellcheck':
                args.shellcheck = false;
                break;
            case '--context':
                args.context = value();
                break;
            case '--build-arg':
                args.buildArgs.push(value());
                break;
            case '--disable-ignore-pragma':
                args.disableIgnorePragma = true;
                break;
            case '--no-color':
                args.color = false;
                break;
            case '--color':
                args.color = true;
                break;
            default:
                throw new UsageError(`unknown option ${name}`);
        }
    }
    if (args.files.length === 0)
        throw new UsageError('no Dockerfile given');
    return args;
}
/** The config file (`--config`, else the first known name in the current folder) merged with the flags; the
 *  lint environment switches the off-by-default rules off. */
function loadConfig(args, deps) {
    const path = args.config ?? (0,lint_config/* findConfigFile */["if"])(deps.cwd, deps.exists);
    let config = lint_config/* emptyConfig */.i4;
    if (path !== undefined) {
        let text;
        try {
            text = (0,parse/* decodeDockerfile */.Z0)(deps.readFile(path));
        }
        catch (error) {
            throw new lint_config/* ConfigError */.xL(path, '(file)', `cannot read it: ${reason(error)}`);
        }
        config = (0,lint_config/* parseConfig */.o4)(text, path);
        const skipped = (0,lint_config/* skippedKeysWarning */.N6)(config);
        if (skipped !== undefined)
            deps.stderr(`image-budget lint: warning: ${skipped}\n`);
    }
    return (0,lint_config/* mergeConfigs */.SV)(config, {
        ignored: args.ignore.map((c) => c.trim()),
        override: {},
        settings: {},
        ...(args.disableIgnorePragma ? { disableIgnorePragma: true } : {}),
    });
}
/** Why `--context DIR` cannot be used, or undefined when it is a readable directory. */
function contextProblem(dir, deps) {
    try {
        deps.readDir(dir);
        return undefined;
    }
    catch (error) {
        const code = error && typeof error === 'object' && 'code' in error ? error.code : '';
        if (code === 'ENOENT')
            return 'no such directory';
        if (code === 'ENOTDIR')
            return 'not a directory';
        return reason(error);
    }
}
/** The command's files as the context facts are read; each folder is listed once (the Dockerfiles of one run
 *  often share their context). */
function contextReader(deps) {
    const entriesOf = new Map();
    return {
        readText: async (path) => (deps.exists(path) ? (0,parse/* decodeDockerfile */.Z0)(deps.readFile(path)) : null),
        entries: async (dir) => {
            let entries = entriesOf.get(dir);
            if (entries === undefined) {
                try {
                    entries = deps.readDir(dir);
                }
                catch {
                    entries = null;
                }
                entriesOf.set(dir, entries);
            }
            return entries;
        },
    };
}
function reason(error) {
    if (error && typeof error === 'object' && 'code' in error) {
        const code = error.code;
        if (code === 'ENOENT')
            return 'no such file';
        if (code === 'EISDIR')
            return 'is a directory';
        if (code === 'EACCES')
            return 'permission denied';
    }
    return error instanceof Error ? error.message : String(error);
}
/** Runs `async` jobs with at most `limit` in flight, keeping the order of results. */
async function mapLimit(items, limit, job) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await job(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
async function lintCommand(argv, deps) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (error) {
        deps.stderr(`image-budget lint: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return 2;
    }
    if (args === 'help') {
        deps.stdout(USAGE);
        return 0;
    }
    if (args.context !== undefined) {
        const problem = contextProblem(args.context, deps);
        if (problem !== undefined) {
            deps.stderr(`image-budget lint: --context ${args.context}: ${problem}; give the build context directory, or leave --context out to use each Dockerfile's folder\n`);
            return 2;
        }
    }
    let buildArgs;
    try {
        buildArgs = (0,build_args/* parseBuildArgFlags */.d)(args.buildArgs, deps.env ?? {});
    }
    catch (error) {
        deps.stderr(`image-budget lint: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
    let config;
    try {
        config = loadConfig(args, deps);
    }
    catch (error) {
        deps.stderr(`image-budget lint: configuration error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
    // read everything first: an unreadable file is a usage error, reported before any output
    const inputs = [];
    const unreadable = [];
    for (const file of args.files) {
        try {
            inputs.push({ file, text: (0,parse/* decodeDockerfile */.Z0)(file === '-' ? deps.readStdin() : deps.readFile(file)) });
        }
        catch (error) {
            unreadable.push(`image-budget lint: cannot read ${file}: ${reason(error)}\n`);
        }
    }
    if (unreadable.length > 0) {
        deps.stderr(unreadable.join(''));
        return 2;
    }
    const linter = new lint_linter/* Linter */.p$((0,lint_linter/* lintEnvironment */.ts)(config, args.shellcheck ? deps.shellcheck : null, { buildArgs }), {
        warn: (m) => deps.stderr(`image-budget lint: ${m}\n`),
        stageMs: Infinity,
    });
    const reader = contextReader(deps);
    const results = await mapLimit(inputs, 4, async ({ file, text }) => {
        const parsed = (0,parse/* parseDockerfile */.Ai)(text, file === '-' ? 'stdin' : file);
        const context = file === '-' ? {} : await (0,lint_linter/* contextSettings */.P3)(reader, file, args.context ?? (0,external_node_path_.dirname)(file));
        return { file: parsed.file, findings: await linter.lint(parsed, parsed.file, context) };
    });
    deps.stdout(formatResults(args.format, results, {
        rules: rules/* allRules */.V.map((r) => r.meta),
        color: args.color ?? deps.isTTY,
    }));
    const threshold = args.threshold ?? config.failureThreshold ?? 'info';
    const noFail = args.noFail || config.noFail === true;
    const failing = results.some((r) => r.findings.some((f) => (0,lint_config/* failsLint */.VJ)(f, threshold)));
    return failing && !noFail ? 1 : 0;
}
/** The real world: files, stdin, process output and `shellcheck` on PATH. */
function processLintDeps() {
    return {
        readFile: (path) => (0,external_node_fs_.readFileSync)(path),
        exists: (path) => (0,external_node_fs_.existsSync)(path),
        readDir: (path) => (0,external_node_fs_.readdirSync)(path),
        readStdin: () => (0,external_node_fs_.readFileSync)(0),
        cwd: process.cwd(),
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
        shellcheck: (0,shellcheck/* processShellcheckRunner */.Q4)(),
        env: process.env,
    };
}
async function runLint(argv) {
    return lintCommand(argv, processLintDeps());
}


/***/ }),

/***/ 1477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ codeLabel)
/* harmony export */ });
// How a finding's code is shown when it stands for other codes too (a BuildKit check beside the hadolint rule
// that reports the same problem): `DL3025 (also JSONArgsRecommended)`, so a reader who knows either name finds it.
function codeLabel(rule, also) {
    return also !== undefined && also.length > 0 ? `${rule} (also ${also.join(', ')})` : rule;
}


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
// Untrusted text (Dockerfile lines, paths, branch names, messages quoting them) on its way into Markdown that
// GitHub renders: no raw HTML, no @-mentions or issue references, nothing that closes a table cell, a code span,
// a code block or a collapsed section. Terminal escape sequences (the colours of build output) go whole: only
// dropping their ESC character would leave `[31m` in the text.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// Control characters other than tab break rendering (and some terminals).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Characters with Markdown meaning anywhere in a line (`(`/`)` only matter after `]`, `!` only before `[`).
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#|~$]/g;
// What makes a block (list, quote, heading, rule) when it starts a line.
const BLOCK_START = /^(\s*)([-+=]|\d+[.)])/;
const HTML = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Cuts text longer than `max` characters, marking the cut with an ellipsis. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** Untrusted text on one line: line breaks become spaces, other control characters but tab go. */
function oneLine(text) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(text).replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}
/** Untrusted text for a terminal: every control character (C0, DEL and C1, such as the 8-bit CSI) becomes a
 *  space, so none can move the cursor or change colours. */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
/** Plain text for a paragraph, list item or table cell: one line, every Markdown and HTML meaning removed. */
function escapeText(text, max = 500) {
    return clip(oneLine(text), max)
        .replace(/[<>&]/g, (char) => HTML[char])
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(BLOCK_START, (_all, space, mark) => /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`)
        .replace(/@/g, '@\u200b');
}
/** Inline code for untrusted text. Inside a code span nothing is markup, so only its own delimiters, line
 *  breaks and (in a table) the cell separator need care; GitHub strips the `\` of `\|` inside table cells. */
function codeSpan(text, options = {}) {
    let body = clip(oneLine(text), options.max ?? 200);
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A fenced code block that no content can close early: the fence is longer than any backtick run inside. */
function codeBlock(text, language = '') {
    const body = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(text)
        .replace(/\r\n?/g, '\n')
        .replace(CONTROLS, '')
        .replace(/\n$/, '');
    const longestRun = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** The hidden marker that finds the sticky comment again. The key (from a file path, a target, a platform) is
 *  percent-encoded outside a safe set, so it can never end the HTML comment or hide other markup. */
function commentMarker(key) {
    const safe = key.replace(/[^A-Za-z0-9._/:@+=,-]/g, (char) => [...Buffer.from(char, 'utf8')]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''));
    return `<!-- image-budget:${safe.replace(/-(?=-)/g, '%2D')} -->`;
}


/***/ })

};
