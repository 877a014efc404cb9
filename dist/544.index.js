export const id = 544;
export const ids = [544];
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

/***/ 211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  optimizeCommand: () => (/* binding */ optimizeCommand),
  parseOptimizeArgs: () => (/* binding */ parseOptimizeArgs),
  runOptimize: () => (/* binding */ runOptimize)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/cli.js + 2 modules
var cli = __webpack_require__(437);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/measure.js + 11 modules
var measure = __webpack_require__(8872);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/context-options.js + 1 modules
var context_options = __webpack_require__(8563);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/diff.js
var optimize_diff = __webpack_require__(9238);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/files.js
var files = __webpack_require__(6746);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/optimize.js + 2 modules
var optimize = __webpack_require__(9376);
// EXTERNAL MODULE: ./.tmp/package/lib/src/report/units.js
var units = __webpack_require__(1871);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/report-text.js

const lineList = (lines) => lines.length === 1 ? `line ${lines[0]}` : `lines ${[...lines].sort((a, b) => a - b).join(', ')}`;
/** ` (line 3)`; nothing for the .dockerignore proposal, which belongs to no line. */
const at = (rule, lines) => rule === 'dockerignore' ? '' : ` (${lineList(lines)})`;
function renderFixes(result) {
    const out = [];
    if (result.applied.length === 0 && result.dockerignore.added.length === 0)
        out.push('No fixes to apply.');
    const groups = new Map();
    for (const a of result.applied) {
        const g = groups.get(a.key) ?? { rule: a.rule, description: a.description, lines: [] };
        if (!g.lines.includes(a.line))
            g.lines.push(a.line);
        groups.set(a.key, g);
    }
    if (groups.size > 0)
        out.push('Applied:');
    for (const g of groups.values())
        out.push(`  ${g.rule}  ${g.description}${at(g.rule, g.lines)}`);
    if (result.dockerignore.added.length > 0)
        out.push(`.dockerignore gets: ${result.dockerignore.added.join(', ')}`);
    const skipped = result.skipped.filter((s) => s.reason !== 'not selected');
    if (skipped.length > 0)
        out.push('Not applied:');
    for (const s of skipped)
        out.push(`  ${s.rule}  ${s.description} (line ${s.line}): ${s.reason}`);
    for (const r of result.dockerignore.rejected)
        out.push(`  .dockerignore "${r.line}" not added: ${r.reason}`);
    if (!result.stable)
        out.push(`Warning: fixes did not settle after ${result.passes} passes; the output may not be final.`);
    return out.join('\n') + '\n';
}
function pad(cells) {
    const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
    return cells
        .map((row) => row
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd())
        .join('\n');
}
const signed = (n) => (n < 0 ? `-${(0,units/* humanBytes */.p6)(-n)}` : (0,units/* humanBytes */.p6)(n));
const percent = (part, whole) => whole === 0 ? '' : ` (${((part / whole) * 100).toFixed(1)}%)`;
const seconds = (s) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
function renderBuildTable(result) {
    if (!result.ok)
        return `Cannot compare: ${result.reason}\n`;
    const a = result.original.measurement;
    const b = result.optimized.measurement;
    const rows = [
        ['', 'original', 'optimized', 'saved'],
        [
            'size (uncompressed)',
            (0,units/* humanBytes */.p6)(a.sizeBytes),
            (0,units/* humanBytes */.p6)(b.sizeBytes),
            signed(result.savedBytes) + percent(result.savedBytes, a.sizeBytes),
        ],
        [
            'size (compressed)',
            (0,units/* humanBytes */.p6)(a.compressedBytes),
            (0,units/* humanBytes */.p6)(b.compressedBytes),
            signed(result.savedCompressedBytes) + percent(result.savedCompressedBytes, a.compressedBytes),
        ],
        ['layers', String(a.layerCount), String(b.layerCount), String(result.layersSaved)],
        ['hidden bytes', (0,units/* humanBytes */.p6)(a.hiddenBytes), (0,units/* humanBytes */.p6)(b.hiddenBytes), signed(a.hiddenBytes - b.hiddenBytes)],
        ['build time', seconds(result.original.buildSeconds), seconds(result.optimized.buildSeconds), ''],
    ];
    const out = [pad(rows)];
    out.push('Build times share one builder cache (the original is built first); expect ±20% noise.');
    if (result.original.smoke)
        out.push(`Smoke test passed on the original${result.optimized.smoke ? ' and the optimized image' : ''}.`);
    if (result.fixes.length > 0) {
        out.push('', result.attributed
            ? 'Saving per fix (each on top of the ones above):'
            : 'Fixes (run with --attribute for the saving of each):');
        const fixRows = result.fixes.map((f) => [
            `  ${f.rule}  ${f.description}${at(f.rule, f.lines)}`,
            f.savedBytes === null ? '' : signed(f.savedBytes),
            f.savedCompressedBytes === null ? '' : `${signed(f.savedCompressedBytes)} compressed`,
        ]);
        out.push(pad(fixRows));
    }
    if (result.dropped.length > 0)
        out.push('', 'Dropped (failed a check):');
    for (const d of result.dropped)
        out.push(`  ${d.rule}  ${d.description}${at(d.rule, d.lines)}: ${d.reason}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/with-without.js
var with_without = __webpack_require__(1544);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/cli/optimize.js
// `image-budget optimize Dockerfile [--context DIR] [--diff|--write] [--build [--smoke-test CMD] [--attribute]]
//  [--level safe|aggressive] [--format text|json]`
// stdout carries the product (the optimized Dockerfile, its diff, or the JSON); the human report goes to
// stderr, except with --write, where the report is the only output.











const USAGE = `usage: image-budget optimize DOCKERFILE [options]

  --context DIR        build context (default: the Dockerfile's folder)
  --diff               print a unified diff instead of the optimized Dockerfile
  --write              replace the Dockerfile and write or extend DIR/.dockerignore
  --build              build with and without the fixes and print the before/after table
  --smoke-test CMD     with --build: run CMD (sh -c, no network) in both images; both must pass
  --attribute          with --build: build the fixes one group at a time to measure each one's saving
  --level LEVEL        safe (default) or aggressive (also swaps to slimmer base variants)
  --format FORMAT      text (default) or json
`;
class UsageError extends Error {
}
function parseOptimizeArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                context: { type: 'string' },
                diff: { type: 'boolean', default: false },
                write: { type: 'boolean', default: false },
                build: { type: 'boolean', default: false },
                'smoke-test': { type: 'string' },
                attribute: { type: 'boolean', default: false },
                level: { type: 'string', default: 'safe' },
                format: { type: 'string', default: 'text' },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const v = parsed.values;
    if (v.help)
        throw new UsageError('');
    if (parsed.positionals.length !== 1)
        throw new UsageError('give exactly one Dockerfile');
    if (v.diff && v.write)
        throw new UsageError('--diff and --write exclude each other');
    if (v.level !== 'safe' && v.level !== 'aggressive')
        throw new UsageError(`--level must be safe or aggressive, not "${v.level}"`);
    if (v.format !== 'text' && v.format !== 'json')
        throw new UsageError(`--format must be text or json, not "${v.format}"`);
    if (v['smoke-test'] !== undefined && !v.build)
        throw new UsageError('--smoke-test needs --build');
    if (v.attribute && !v.build)
        throw new UsageError('--attribute needs --build');
    const dockerfile = parsed.positionals[0];
    return {
        dockerfile,
        context: v.context ?? (0,external_node_path_.dirname)(dockerfile),
        mode: v.write ? 'write' : v.diff ? 'diff' : 'print',
        build: v.build,
        ...(v['smoke-test'] !== undefined ? { smokeTest: v['smoke-test'] } : {}),
        attribute: v.attribute,
        level: v.level,
        format: v.format,
    };
}
async function optimizeCommand(argv, deps) {
    let args;
    try {
        args = parseOptimizeArgs(argv);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // an empty message is --help: asked for, so it goes to stdout
        if (message === '')
            deps.stdout(USAGE);
        else
            deps.stderr(`image-budget optimize: ${message}\n\n${USAGE}`);
        return message === '' ? 0 : 2;
    }
    const { files } = deps;
    const text = await files.readText(args.dockerfile);
    if (text === null) {
        deps.stderr(`image-budget optimize: ${args.dockerfile}: no such file. Give the path of a Dockerfile.\n`);
        return 2;
    }
    let facts;
    try {
        facts = await (0,context_options/* readContextFacts */.l)(files, text, args.context);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        deps.stderr(`image-budget optimize: cannot read the build context ${args.context} (${why}). Pass --context DIR.\n`);
        return 2;
    }
    const optimizeOptions = { ...facts.options, level: args.level };
    let build;
    let result;
    if (args.build) {
        const docker = deps.docker();
        try {
            build = await (0,with_without/* withAndWithout */.Y)({ docker, files, measure: (image) => deps.measure(docker, image), log: (m) => deps.stderr(`${m}\n`) }, {
                dockerfile: args.dockerfile,
                context: args.context,
                optimize: optimizeOptions,
                attribute: args.attribute,
                ...(args.smokeTest !== undefined ? { smokeTest: args.smokeTest } : {}),
            });
        }
        catch (error) {
            deps.stderr(`image-budget optimize: ${error instanceof Error ? error.message : String(error)}\n`);
            return 1;
        }
        result = build.optimization;
    }
    else {
        result = (0,optimize/* optimizeDockerfile */.Yd)(text, { ...optimizeOptions, file: args.dockerfile });
    }
    const ignorePath = (0,external_node_path_.join)(args.context, '.dockerignore');
    const newIgnore = (0,dockerignore/* renderDockerignore */.l1)(facts.dockerignoreText, result.dockerignore.added);
    const diff = (0,optimize_diff/* unifiedDiff */.W)(args.dockerfile, text, result.optimized) +
        (result.dockerignore.added.length > 0 ? (0,optimize_diff/* unifiedDiff */.W)(ignorePath, facts.dockerignoreText, newIgnore) : '');
    if (args.mode === 'write') {
        if (result.optimized !== text)
            await files.writeText(args.dockerfile, result.optimized);
        if (result.dockerignore.added.length > 0)
            await files.writeText(ignorePath, newIgnore);
    }
    if (args.format === 'json') {
        deps.stdout(JSON.stringify({ ...toJson(result, diff, args.mode === 'write'), ...(build ? { build: buildJson(build) } : {}) }, null, 2) + '\n');
    }
    else {
        const report = renderFixes(result) + (build ? '\n' + renderBuildTable(build) : '');
        if (args.mode === 'print') {
            deps.stdout(result.optimized);
            deps.stderr(report);
        }
        else if (args.mode === 'diff') {
            deps.stdout(diff);
            deps.stderr(report);
        }
        else {
            const wrote = [
                result.optimized !== text ? args.dockerfile : null,
                result.dockerignore.added.length > 0 ? ignorePath : null,
            ].filter((p) => p !== null);
            deps.stdout(report + (wrote.length > 0 ? `Wrote ${wrote.join(' and ')}.\n` : 'Nothing to write.\n'));
        }
    }
    return build && !build.ok ? 1 : 0;
}
function toJson(result, diff, written) {
    return {
        file: result.file,
        changed: result.changed,
        written,
        applied: result.applied,
        skipped: result.skipped,
        dockerignore: result.dockerignore,
        stable: result.stable,
        passes: result.passes,
        optimized: result.optimized,
        diff,
    };
}
function buildJson(build) {
    if (!build.ok)
        return { ok: false, reason: build.reason, builds: build.builds };
    const variant = (v) => ({
        sizeBytes: v.measurement.sizeBytes,
        compressedBytes: v.measurement.compressedBytes,
        layers: v.measurement.layerCount,
        hiddenBytes: v.measurement.hiddenBytes,
        buildSeconds: v.buildSeconds,
        builder: v.builder,
        ...(v.smoke ? { smokeTest: v.smoke } : {}),
    });
    return {
        ok: true,
        original: variant(build.original),
        optimized: variant(build.optimized),
        savedBytes: build.savedBytes,
        savedCompressedBytes: build.savedCompressedBytes,
        layersSaved: build.layersSaved,
        attributed: build.attributed,
        fixes: build.fixes,
        dropped: build.dropped,
        builds: build.builds,
    };
}
/** The CLI entry: real files, real Docker (client from $DOCKER, default `docker`), process streams. */
async function runOptimize(argv) {
    // the images it builds share their base layers: count each once
    const pullSizes = new Map();
    return optimizeCommand(argv, {
        files: files/* nodeFiles */.k,
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        docker: () => (0,cli/* createDocker */.hC)({ client: process.env['DOCKER'] ?? 'docker' }),
        measure: (docker, image) => (0,measure/* measureImage */.u8)(docker, image, { pullSizes }),
    });
}


/***/ })

};
