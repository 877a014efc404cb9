export const id = 964;
export const ids = [964];
export const modules = {

/***/ 3964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nodeMeasureDeps: () => (/* binding */ nodeMeasureDeps),
  runMeasure: () => (/* binding */ runMeasure)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/cli.js + 2 modules
var cli = __webpack_require__(437);
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/errors.js
var errors = __webpack_require__(4259);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/layer-store.js
var layer_store = __webpack_require__(8735);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/measure.js + 15 modules
var measure = __webpack_require__(3558);
// EXTERNAL MODULE: ./.tmp/package/lib/src/report/escape.js
var report_escape = __webpack_require__(9837);
// EXTERNAL MODULE: ./.tmp/package/lib/src/report/units.js
var units = __webpack_require__(1871);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/render-tty.js


const BAR = 24;
const percent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
/** `/bin/sh -c #(nop)  ENV X=1` and `ENV X=1 # buildkit` both read `ENV X=1`. */
function shortCreatedBy(createdBy, width = 60) {
    let text = (0,report_escape/* printable */.g$)(createdBy)
        .replace(/\s*# buildkit$/, '')
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
        .replace(/^\/bin\/sh -c /, 'RUN ')
        .replace(/\s+/g, ' ')
        .trim();
    if (text === '')
        text = '(unknown)';
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
function bar(layer, largest) {
    if (largest === 0)
        return '';
    const full = Math.round((layer.sizeBytes / largest) * BAR);
    const hidden = Math.min(full, Math.round((layer.hiddenBytes / largest) * BAR));
    return '█'.repeat(full - hidden) + '░'.repeat(hidden);
}
function renderMeasurement(m) {
    const lines = [];
    lines.push(`${(0,report_escape/* printable */.g$)(m.image)}`);
    lines.push(`  size ${(0,units/* humanBytes */.p6)(m.sizeBytes)} uncompressed, ${(0,units/* humanBytes */.p6)(m.compressedBytes)} compressed (gzip, pull size)` +
        `, ${m.layerCount} layers with content of ${m.totalLayerCount}`);
    lines.push(`  hidden ${(0,units/* humanBytes */.p6)(m.hiddenBytes)} (bytes shipped but deleted or overwritten later), efficiency ${percent(m.efficiency)}`);
    lines.push(`  dive: efficiency ${percent(m.dive.efficiency)}, wasted ${(0,units/* humanBytes */.p6)(m.dive.wastedBytes)}, user wasted ${percent(m.dive.userWastedPercent)}`);
    if (m.baseSizeBytes !== undefined) {
        lines.push(`  base image ${(0,units/* humanBytes */.p6)(m.baseSizeBytes)}, own layers ${(0,units/* humanBytes */.p6)(m.sizeBytes - m.baseSizeBytes)}`);
    }
    lines.push('');
    const largest = Math.max(0, ...m.layers.map((l) => l.sizeBytes));
    const rows = m.layers.map((l) => [
        String(l.index),
        (0,units/* humanBytes */.p6)(l.sizeBytes),
        (0,units/* humanBytes */.p6)(l.compressedBytes),
        l.hiddenBytes > 0 ? (0,units/* humanBytes */.p6)(l.hiddenBytes) : '-',
        String(l.files),
        l.line !== undefined ? String(l.line) : l.fromBase ? 'base' : '-',
        bar(l, largest),
        shortCreatedBy(l.createdBy),
    ]);
    const header = ['#', 'size', 'gzip', 'hidden', 'files', 'line', 'bar', 'instruction'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
    const right = new Set([1, 2, 3, 4]);
    const format = (cells) => cells
        .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return i === cells.length - 1 ? c : right.has(i) ? pad + c : c + pad;
    })
        .join('  ')
        .trimEnd();
    lines.push(`  ${format(header)}`);
    for (const r of rows)
        lines.push(`  ${format(r)}`);
    const withLargest = m.layers.filter((l) => l.largestFiles.length > 0 && l.sizeBytes > 0);
    if (withLargest.length > 0) {
        lines.push('', '  largest files:');
        for (const l of withLargest) {
            const files = l.largestFiles.slice(0, 3).map((f) => `${(0,report_escape/* printable */.g$)(f.path)} ${(0,units/* humanBytes */.p6)(f.sizeBytes)}`);
            lines.push(`  ${String(l.index).padStart(widths[0])}  ${files.join(', ')}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/report/sbom.js
var sbom = __webpack_require__(1355);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/cli/measure.js
// `image-budget measure IMAGE | --archive FILE [--format tty|json] [--dockerfile FILE] [--target NAME]
//  [--base IMAGE] [--largest N] [--sbom FILE]`. Exit 0 when measured, 2 for usage errors and anything that stops measuring
// (the message says what and how to fix it). The world comes in through MeasureCommandDeps.










const USAGE = `usage: image-budget measure IMAGE [options]
       image-budget measure --archive FILE [options]

options:
  --archive FILE        measure a \`docker save\` or OCI archive file instead of a local image
  --format tty|json     output format (default tty)
  --dockerfile FILE     map layers to the lines of this Dockerfile
  --target NAME         the stage that was built (default: the last one)
  --base IMAGE          a local base image: its layers are counted as the base part
  --largest N           largest files listed per layer (default 5)
  --sbom FILE           also write the image's packages as a CycloneDX 1.5 JSON document (SBOM) to FILE
  --cache-dir DIR       where layer measurements are kept between runs (default: $IMAGE_BUDGET_CACHE_DIR,
                        else $XDG_CACHE_HOME/image-budget, else ~/.cache/image-budget)
  --no-cache            measure every layer again and keep nothing
`;
const nodeMeasureDeps = {
    docker: () => (0,cli/* createDocker */.hC)({ client: process.env['DOCKER'] ?? 'docker' }),
    openArchive: (path) => (0,external_node_fs_.createReadStream)(path),
    readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
    writeFile: (path, text) => {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    },
    now: () => Date.now(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    store: (dir) => new layer_store/* DirectoryStore */.fH(dir ?? (0,layer_store/* defaultStoreDir */.iB)(process.env)),
};
async function runMeasure(argv, deps = nodeMeasureDeps) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                archive: { type: 'string' },
                format: { type: 'string' },
                dockerfile: { type: 'string' },
                target: { type: 'string' },
                base: { type: 'string' },
                largest: { type: 'string' },
                sbom: { type: 'string' },
                'cache-dir': { type: 'string' },
                'no-cache': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        deps.stderr(`image-budget measure: ${describe(error)}\n\n${USAGE}`);
        return 2;
    }
    if (values.help) {
        deps.stdout(USAGE);
        return 0;
    }
    const usage = (message) => {
        deps.stderr(`image-budget measure: ${message}\n\n${USAGE}`);
        return 2;
    };
    const format = values.format ?? 'tty';
    if (format !== 'tty' && format !== 'json')
        return usage(`unknown format "${format}" (use tty or json)`);
    if (values.archive === undefined && positionals.length !== 1)
        return usage('give one IMAGE, or --archive FILE');
    if (values.archive !== undefined && positionals.length > 0)
        return usage('give either IMAGE or --archive FILE, not both');
    const largest = values.largest === undefined ? 5 : Number(values.largest);
    if (!Number.isInteger(largest) || largest < 0)
        return usage(`--largest needs a whole number, got "${values.largest}"`);
    if (values.sbom === '')
        return usage('--sbom needs a file path');
    try {
        const image = values.archive ?? positionals[0];
        const options = { image, largestFiles: largest };
        if (values.dockerfile !== undefined)
            options.dockerfile = (0,parse/* parseDockerfile */.Ai)(readText(deps, values.dockerfile), values.dockerfile);
        if (values.target !== undefined)
            options.target = values.target;
        let docker;
        if (values.base !== undefined) {
            docker = deps.docker();
            const baseDiffIds = await (0,measure/* imageDiffIds */.Nm)(docker, values.base);
            if (!baseDiffIds)
                throw new errors/* MeasureError */.T(`base image ${values.base} is not a local image`, 'pull or build it first, or leave out --base');
            options.baseDiffIds = baseDiffIds;
        }
        if (!values['no-cache'])
            options.store = deps.store(values['cache-dir']);
        let measurement;
        if (values.archive !== undefined) {
            measurement = await (0,measure/* measureImageStream */.WE)(deps.openArchive(values.archive), options);
        }
        else {
            // a local image: layers the store knows are not read again, and none at all when it knows them all
            const { image: _name, ...rest } = options;
            measurement = await (0,measure/* measureImage */.u8)((docker ??= deps.docker()), image, rest);
        }
        if (values.sbom !== undefined)
            writeSbom(deps, values.sbom, measurement);
        deps.stdout(format === 'json' ? `${JSON.stringify(measurement, null, 2)}\n` : renderMeasurement(measurement));
        return 0;
    }
    catch (error) {
        deps.stderr(`image-budget measure: ${describe(error)}\n`);
        return 2;
    }
}
function writeSbom(deps, path, measurement) {
    try {
        deps.writeFile(path, (0,sbom/* sbomText */.zA)(measurement, deps.now()));
    }
    catch (error) {
        throw new errors/* MeasureError */.T(`cannot write the SBOM to ${path}: ${describe(error)}`, 'check the --sbom path');
    }
}
function readText(deps, path) {
    try {
        return deps.readFile(path);
    }
    catch (error) {
        throw new errors/* MeasureError */.T(`cannot read the Dockerfile ${path}: ${describe(error)}`, 'check the --dockerfile path');
    }
}
function describe(error) {
    // duck-typed: errors from another realm (a test VM, a worker) are not `instanceof Error` here
    const e = error;
    if (e && typeof e.message === 'string') {
        if (e.code === 'ENOENT')
            return `${e.message.replace(/^ENOENT: /, '')}: no such file`;
        return e.message;
    }
    return String(error);
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


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zA: () => (/* binding */ sbomText)
/* harmony export */ });
/* unused harmony exports packageUrl, cycloneDx */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3053);
// The head image's packages as a CycloneDX 1.5 JSON document (an SBOM), so vulnerability scanners can take the
// inventory from here: one component per package with its package URL (purl) per ecosystem, and the image itself
// as `metadata.component`. cycloneDx is pure: the serial number and the time come in as arguments.


/** Percent-encodes one purl segment (the spec's set: everything but letters, digits and `.-_~`). */
function enc(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The purl type and namespace/name of a package per ecosystem (purl-spec's types). */
function purlParts(p, os) {
    const split = (full, sep) => {
        const at = full.lastIndexOf(sep);
        return at < 0 ? [undefined, full] : [full.slice(0, at), full.slice(at + 1)];
    };
    const types = {
        deb: 'deb',
        apk: 'apk',
        npm: 'npm',
        python: 'pypi',
        golang: 'golang',
        maven: 'maven',
    };
    const type = types[p.ecosystem];
    switch (p.ecosystem) {
        case 'deb': {
            // a name told apart by architecture (`libc6:i386`) keeps the architecture as a qualifier, not in the name
            const [name] = p.name.split(':');
            return { type, path: [os?.id ?? 'debian'], name: name };
        }
        case 'apk':
            return { type, path: [os?.id ?? 'alpine'], name: p.name };
        case 'npm': {
            const [scope, name] = p.name.startsWith('@') ? split(p.name, '/') : [undefined, p.name];
            return scope === undefined ? { type, path: [], name } : { type, path: [scope], group: scope, name };
        }
        case 'python':
            // PEP 503 normalised, as the pypi purl type asks
            return { type, path: [], name: p.name.toLowerCase().replace(/[-_.]+/g, '-') };
        case 'golang': {
            const [namespace, name] = split(p.name, '/');
            return namespace === undefined
                ? { type, path: [], name }
                : { type, path: namespace.split('/'), group: namespace, name };
        }
        case 'maven': {
            const [group, name] = split(p.name, ':');
            return group === undefined ? { type, path: [], name } : { type, path: [group], group, name };
        }
    }
}
/** The package URL of an installed package (`pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12`); deb and
 *  apk packages take their namespace and `distro` qualifier from the image's os-release when it has one. */
function packageUrl(p, os) {
    const parts = purlParts(p, os);
    const path = [...parts.path, parts.name].map(enc).join('/');
    const version = p.version === '' ? '' : `@${enc(p.version)}`;
    const qualifiers = [];
    if (p.ecosystem === 'deb' && p.name.includes(':'))
        qualifiers.push(`arch=${enc(p.name.split(':')[1])}`);
    if ((p.ecosystem === 'deb' || p.ecosystem === 'apk') && os?.versionId !== undefined)
        qualifiers.push(`distro=${enc(`${os.id}-${os.versionId}`)}`);
    return `pkg:${parts.type}/${path}${version}${qualifiers.length > 0 ? `?${qualifiers.join('&')}` : ''}`;
}
/** The CycloneDX 1.5 document of an image's packages (none listed for a measurement without an inventory). */
function cycloneDx(image, context) {
    const inventory = image.packages ?? {
        packages: [],
        fileBytes: 0,
        unownedBytes: 0,
        unowned: [],
        notRead: [],
    };
    const refs = new Map();
    const components = inventory.packages.map((p) => {
        const purl = packageUrl(p, inventory.os);
        // the same purl twice (one module in two binaries, one npm package in two folders): refs stay unique
        const seen = refs.get(purl) ?? 0;
        refs.set(purl, seen + 1);
        const parts = purlParts(p, inventory.os);
        const c = {
            type: 'library',
            'bom-ref': seen === 0 ? purl : `${purl}#${seen + 1}`,
            name: parts.name,
        };
        if (parts.group !== undefined)
            c.group = parts.group;
        if (p.version !== '')
            c.version = p.version;
        c.purl = purl;
        const properties = [{ name: 'image-budget:installed-bytes', value: String(p.bytes) }];
        if (p.location !== undefined)
            properties.unshift({ name: 'image-budget:location', value: p.location });
        c.properties = properties;
        return c;
    });
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        serialNumber: context.serialNumber,
        version: 1,
        metadata: {
            timestamp: context.timestamp,
            tools: {
                components: [{ type: 'application', name: 'image-budget', version: context.toolVersion }],
            },
            component: { type: 'container', 'bom-ref': `image:${image.image}`, name: image.image },
            ...(inventory.incomplete || inventory.notRead.length > 0
                ? {
                    properties: [
                        ...(inventory.incomplete ? [{ name: 'image-budget:incomplete', value: 'true' }] : []),
                        ...inventory.notRead.map((db) => ({ name: 'image-budget:not-read', value: db })),
                    ],
                }
                : {}),
        },
        components,
    };
}
/** The document as the `sbom-file` input and the `--sbom` flag write it, at `nowMs`. */
function sbomText(image, nowMs) {
    const document = cycloneDx(image, {
        serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        timestamp: new Date(nowMs).toISOString(),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE,
    });
    return `${JSON.stringify(document, null, 2)}\n`;
}


/***/ })

};
