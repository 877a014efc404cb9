export const id = 211;
export const ids = [211];
export const modules = {

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
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/config.js
var lint_config = __webpack_require__(9985);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/linter.js
var linter = __webpack_require__(977);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/measure.js + 15 modules
var measure = __webpack_require__(3558);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/context-options.js + 1 modules
var context_options = __webpack_require__(8563);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/diff.js
var optimize_diff = __webpack_require__(9238);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
// EXTERNAL MODULE: ./.tmp/package/lib/src/deps.js + 4 modules
var deps = __webpack_require__(2967);
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
  --config FILE        lint configuration (.image-budget.yml or .hadolint.yaml; default: the first of
                       ${lint_config/* CONFIG_FILES */.n0.join(', ')} in the current directory): ignored rules are not fixed
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
                config: { type: 'string' },
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
        ...(v.config !== undefined ? { config: v.config } : {}),
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
    const text = await files.readFileOrNull(args.dockerfile);
    if (text === null) {
        deps.stderr(`image-budget optimize: ${args.dockerfile}: no such file. Give the path of a Dockerfile.\n`);
        return 2;
    }
    let facts;
    try {
        facts = await (0,context_options/* readContextFacts */.l)(files, (0,parse/* parseDockerfile */.Ai)(text, args.dockerfile), args.context);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        deps.stderr(`image-budget optimize: cannot read the build context ${args.context} (${why}). Pass --context DIR.\n`);
        return 2;
    }
    let linter;
    try {
        linter = await loadLinter(args, deps);
    }
    catch (error) {
        deps.stderr(`image-budget optimize: configuration error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
    const optimizeOptions = { ...facts.options, level: args.level, linter };
    let build;
    let result;
    if (args.build) {
        const docker = deps.docker();
        try {
            build = await (0,with_without/* withAndWithout */.Y)({ docker, files, measure: (image) => deps.measure(docker, image), log: (m) => deps.stderr(`${m}\n`) }, {
                dockerfile: args.dockerfile,
                text,
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
            await files.writeFile(args.dockerfile, result.optimized);
        if (result.dockerignore.added.length > 0)
            await files.writeFile(ignorePath, newIgnore);
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
/** The Linter whose findings the optimizer fixes: the same configuration `image-budget lint` reads. */
async function loadLinter(args, deps) {
    const cwd = deps.cwd ?? process.cwd();
    const candidates = args.config !== undefined ? [args.config] : lint_config/* CONFIG_FILES */.n0.map((name) => (0,external_node_path_.join)(cwd, name));
    for (const path of candidates) {
        const text = await deps.files.readFileOrNull(path);
        if (text === null)
            continue;
        const config = (0,lint_config/* parseConfig */.o4)(text, path);
        const skipped = (0,lint_config/* skippedKeysWarning */.N6)(config);
        if (skipped !== undefined)
            deps.stderr(`image-budget optimize: warning: ${skipped}\n`);
        return new linter/* Linter */.p$((0,linter/* lintEnvironment */.ts)(config, null), { warn: () => undefined });
    }
    if (args.config !== undefined)
        throw new Error(`${args.config}: no such file`);
    return new linter/* Linter */.p$((0,linter/* lintEnvironment */.ts)(undefined, null), { warn: () => undefined });
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
        files: deps/* realFileSystem */.yn,
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        docker: () => (0,cli/* createDocker */.hC)({ client: process.env['DOCKER'] ?? 'docker' }),
        measure: (docker, image) => (0,measure/* measureImage */.u8)(docker, image, { pullSizes }),
    });
}


/***/ })

};
