export const id = 510;
export const ids = [510];
export const modules = {

/***/ 437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hC: () => (/* binding */ createDocker),
  Yq: () => (/* binding */ pickConfig)
});

// UNUSED EXPORTS: DockerCommandError, EngineMissingError, execDocker, streamDocker, tail

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/errors.js
var errors = __webpack_require__(6491);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/docker/build.js
// Building images on whatever the machine has: buildx (`buildx build --load`, or an OCI export on a remote
// builder), a client with built-in BuildKit (`DOCKER_BUILDKIT=1 docker build`), or the classic builder. Argument
// lists are built by pure functions; the output parsers turn each builder's progress format into steps with
// durations and cache hits, and buildx's metadata file and progress into the image digest and the warnings.





/** DOCKER_BUILDKIT=0 asks for the classic builder, as it does of the docker CLI; otherwise buildx when the
 *  plugin answers, built-in BuildKit for clients 18.09–22.x, and the classic builder last. */
async function detectBuilder(docker, env = process.env) {
    if (env['DOCKER_BUILDKIT'] === '0')
        return 'classic';
    try {
        await docker.run(['buildx', 'version']);
        return 'buildx';
    }
    catch (error) {
        if (error instanceof errors/* EngineMissingError */.pe)
            throw error;
        // no buildx plugin
    }
    try {
        const { stdout } = await docker.run(['version', '--format', '{{.Client.Version}}']);
        return clientHasBuiltinBuildkit(stdout.trim()) ? 'buildkit' : 'classic';
    }
    catch (error) {
        if (error instanceof errors/* EngineMissingError */.pe)
            throw error;
        return 'classic';
    }
}
/** Docker clients from 18.09 to 22.x carry a BuildKit client; 23+ delegate `build` to the buildx plugin. */
function clientHasBuiltinBuildkit(version) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        return false;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    return (major === 18 && minor >= 9) || (major > 18 && major < 23);
}
/** The argv (and environment) of a build. Pure: tested with one table. */
function buildArgv(kind, options, files) {
    if (options.builder && kind !== 'buildx') {
        throw new Error(`builder "${options.builder}" needs docker buildx, which this machine does not have`);
    }
    if (files.ociExport && kind !== 'buildx')
        throw new Error('an OCI export needs docker buildx');
    const args = ['buildx', 'build'];
    const env = { DOCKER_BUILDKIT: kind === 'classic' ? '0' : '1' };
    if (kind === 'buildx') {
        // --load only when the image is measured in an engine; a remote builder's image is exported and read
        args.push(...(files.ociExport ? ['--output', `type=oci,dest=${files.ociExport}`] : ['--load']));
        if (options.builder)
            args.push('--builder', options.builder);
        args.push('--progress=rawjson');
        // the image is built to be measured: a provenance attestation would make every rebuild a new image id on
        // the containerd store (its index digest changes) and adds nothing users pull with the image
        args.push('--provenance=false');
        if (files.metadataFile)
            args.push('--metadata-file', files.metadataFile);
        // buildx 0.15+ writes the build's warnings into the metadata file only when asked
        env['BUILDX_METADATA_WARNINGS'] = 'true';
    }
    else {
        args.splice(0, 2, 'build');
        if (kind === 'buildkit')
            args.push('--progress=plain');
        // the classic builder keeps the container of a failed step; nothing needs it
        else
            args.push('--force-rm');
    }
    args.push('--file', options.dockerfile, '--iidfile', files.iidfile);
    if (options.tag)
        args.push('--tag', options.tag);
    if (options.target)
        args.push('--target', options.target);
    if (options.platform)
        args.push('--platform', options.platform);
    if (options.noCache)
        args.push('--no-cache');
    if (options.network)
        args.push('--network', options.network);
    for (const [key, value] of Object.entries(options.buildArgs ?? {}))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(options.labels ?? {}))
        args.push('--label', `${key}=${value}`);
    args.push(options.context);
    return { args, env };
}
/** Builds and returns the image id and timings, or a BuildFailure naming the failing step. Never throws for a
 *  failing Dockerfile; throws only when docker itself cannot be run. With `ociExport` (buildx) the image is
 *  written to that archive instead of the engine. */
async function buildImage(docker, kind, options, output = {}) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-budget-build-'));
    const tag = options.tag ?? `image-budget-build:${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const metadataFile = kind === 'buildx' ? (0,external_node_path_.join)(dir, 'metadata.json') : undefined;
    const invocation = buildArgv(kind, { ...options, tag }, {
        iidfile: (0,external_node_path_.join)(dir, 'iid'),
        ...(metadataFile ? { metadataFile } : {}),
        ...(output.ociExport ? { ociExport: output.ociExport } : {}),
    });
    const started = Date.now();
    try {
        let output;
        try {
            // rawjson is verbose (indented JSON): keep enough of it to find the failing step and its log
            const tailLines = kind === 'buildx' ? 600 : 60;
            const result = await docker.run(invocation.args, { env: invocation.env, tailLines });
            // BuildKit and buildx write progress to stderr, the classic builder to stdout
            output = `${result.stdout}\n${result.stderr}`;
        }
        catch (error) {
            const seconds = (Date.now() - started) / 1000;
            if (!(error instanceof errors/* DockerCommandError */.YJ) || error.exitCode === null)
                throw error;
            const raw = [...error.stdoutTail, ...error.stderrTail];
            const outputTail = (kind === 'buildx' ? readableRawJsonTail(raw.join('\n')) : raw).filter((l) => l.trim() !== '');
            const lastLine = outputTail.at(-1) ?? `exit code ${String(error.exitCode)}`;
            return describeFailure(kind, seconds, lastLine, outputTail);
        }
        const seconds = (Date.now() - started) / 1000;
        const metadata = metadataFile
            ? parseBuildMetadata(await (0,promises_.readFile)(metadataFile, 'utf8').catch(() => ''))
            : {};
        const iid = (await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'iid'), 'utf8').catch(() => '')).trim();
        const imageId = iid || metadata.configDigest || metadata.digest || '';
        const steps = kind === 'classic'
            ? parseClassicProgress(output)
            : kind === 'buildkit'
                ? parsePlainProgress(output)
                : parseRawJsonProgress(output);
        const warnings = kind === 'buildx' ? mergeWarnings(metadata.warnings ?? [], parseRawJsonWarnings(output)) : [];
        const counted = steps.filter((s) => !isInternalStep(s.name));
        return {
            ok: true,
            imageId,
            tag,
            builder: kind,
            seconds,
            steps,
            cachedSteps: counted.filter((s) => s.cached).length,
            totalSteps: counted.length,
            ...(metadata.digest ? { digest: metadata.digest } : {}),
            ...(warnings.length > 0 ? { warnings } : {}),
        };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** A failed rawjson build's tail as a person reads it: each failing step as `#N [x/y] RUN …`, the last lines of
 *  its log and its error, then what buildx printed after the JSON (the Dockerfile excerpt, `ERROR: …`). */
function readableRawJsonTail(text) {
    const objects = splitJsonObjects(text);
    const vertexes = new Map();
    const logs = new Map();
    for (const status of objects) {
        for (const v of status.vertexes ?? [])
            vertexes.set(v.digest, { ...vertexes.get(v.digest), ...v });
        for (const log of status.logs ?? []) {
            const lines = logs.get(log.vertex) ?? [];
            lines.push(...fromBase64(log.data).split('\n'));
            logs.set(log.vertex, lines.slice(-20));
        }
    }
    const out = [];
    let n = 0;
    for (const v of vertexes.values()) {
        n++;
        if (!v.error)
            continue;
        out.push(`#${n} ${v.name ?? v.digest}`, ...(logs.get(v.digest) ?? []).map((l) => `#${n} ${l}`));
        out.push(`#${n} ERROR: ${v.error}`);
    }
    const lastBrace = text.lastIndexOf('\n}');
    const after = lastBrace >= 0 ? text.slice(lastBrace + 2) : text;
    out.push(...after.split('\n'));
    return out;
}
function isInternalStep(name) {
    return /^\[internal\]|^\[auth\]|exporting to image|^load (build definition|\.dockerignore|metadata)/i.test(name);
}
/** Turns the tail of a failed build's output into a failure with the step and Dockerfile line when known. */
function describeFailure(kind, seconds, message, outputTail) {
    const text = outputTail.join('\n');
    let step;
    let line;
    const lineMatch = /Dockerfile[^:\n]*:(\d+)\s*$/m.exec(text) ?? /^\s*(\d+)\s+\|\s+>>>/m.exec(text);
    if (lineMatch)
        line = Number(lineMatch[1]);
    if (kind === 'classic') {
        const steps = [...text.matchAll(/^Step \d+\/\d+ : (.*)$/gm)];
        step = steps.at(-1)?.[1];
    }
    else {
        const steps = [...text.matchAll(/^#\d+ (\[[^\]]+\] .*)$/gm)];
        step = steps.at(-1)?.[1];
        const solve = /failed to solve: (.*)$/m.exec(text);
        if (solve)
            message = solve[1];
    }
    const classicError = /^The command .* returned a non-zero code: \d+$/m.exec(text);
    if (classicError)
        message = classicError[0];
    return {
        ok: false,
        builder: kind,
        seconds,
        ...(step ? { step } : {}),
        ...(line ? { line } : {}),
        output: outputTail,
        message: `build failed${step ? ` at ${step}` : ''}: ${message}`,
    };
}
/** BuildKit `--progress=plain`: `#5 [2/3] RUN …`, `#5 CACHED`, `#5 DONE 0.4s`. */
function parsePlainProgress(output) {
    const byId = new Map();
    for (const raw of output.split('\n')) {
        const m = /^#(\d+) (.*)$/.exec(raw.trim());
        if (!m)
            continue;
        const [, id, rest] = m;
        const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(rest);
        const step = byId.get(id);
        if (!step) {
            byId.set(id, { name: rest, cached: false });
        }
        else if (rest === 'CACHED') {
            step.cached = true;
        }
        else if (done) {
            step.seconds = Number(done[1]);
        }
    }
    return [...byId.values()];
}
/** Classic builder: `Step 2/5 : RUN …` followed by ` ---> Using cache` when cached; no durations. */
function parseClassicProgress(output) {
    const steps = [];
    for (const raw of output.split('\n')) {
        const m = /^Step \d+\/\d+ : (.*)$/.exec(raw.trim());
        if (m)
            steps.push({ name: m[1], cached: false });
        else if (/^---> Using cache$/.test(raw.trim()) && steps.length > 0)
            steps[steps.length - 1].cached = true;
    }
    return steps;
}
/** The JSON objects of a rawjson progress stream. buildx writes them indented, one after another, so an
 *  object starts at a `{` at the start of a line and ends where its braces balance (strings respected). */
function splitJsonObjects(output) {
    const objects = [];
    let i = 0;
    while (i < output.length) {
        const start = output.indexOf('{', i);
        if (start < 0)
            break;
        const lineStart = output.lastIndexOf('\n', start - 1) + 1;
        if (output.slice(lineStart, start).trim() !== '') {
            i = start + 1;
            continue;
        }
        let depth = 0;
        let inString = false;
        let end = -1;
        for (let j = start; j < output.length; j++) {
            const c = output[j];
            if (inString) {
                if (c === '\\')
                    j++;
                else if (c === '"')
                    inString = false;
            }
            else if (c === '"')
                inString = true;
            else if (c === '{')
                depth++;
            else if (c === '}' && --depth === 0) {
                end = j;
                break;
            }
        }
        if (end < 0)
            break;
        try {
            objects.push(JSON.parse(output.slice(start, end + 1)));
            i = end + 1;
        }
        catch {
            i = start + 1;
        }
    }
    return objects;
}
/** buildx `--progress=rawjson`: status objects with vertexes carrying started/completed times. */
function parseRawJsonProgress(output) {
    const byDigest = new Map();
    for (const status of splitJsonObjects(output)) {
        for (const v of status.vertexes ?? [])
            byDigest.set(v.digest, { ...byDigest.get(v.digest), ...v });
    }
    return [...byDigest.values()].map((v) => {
        const step = { name: v.name ?? v.digest, cached: v.cached === true };
        if (v.started && v.completed)
            step.seconds = (Date.parse(v.completed) - Date.parse(v.started)) / 1000;
        return step;
    });
}
function fromBase64(text) {
    return text ? Buffer.from(text, 'base64').toString('utf8').trim() : '';
}
/** One BuildKit warning in the project's shape. */
function toBuildWarning(raw) {
    const message = fromBase64(raw.short);
    if (!message)
        return null;
    const line = raw.range?.[0]?.start?.line;
    return {
        message,
        ...(raw.sourceInfo?.filename ? { file: raw.sourceInfo.filename } : {}),
        ...(typeof line === 'number' && line > 0 ? { line } : {}),
        ...(raw.url ? { url: raw.url } : {}),
    };
}
/** The warnings in a rawjson progress stream (buildx prints the same ones in its "N warnings found" footer). */
function parseRawJsonWarnings(output) {
    const out = [];
    for (const status of splitJsonObjects(output))
        for (const raw of status.warnings ?? []) {
            const w = toBuildWarning(raw);
            if (w)
                out.push(w);
        }
    return mergeWarnings(out, []);
}
function mergeWarnings(a, b) {
    const seen = new Map();
    for (const w of [...a, ...b])
        seen.set(`${w.line ?? ''}\u0000${w.message}`, w);
    return [...seen.values()];
}
/** buildx `--metadata-file`: the digest, and (buildx 0.15+ with BUILDX_METADATA_WARNINGS=true) the warnings. */
function parseBuildMetadata(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return {};
    }
    if (!json || typeof json !== 'object')
        return {};
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const digest = str(json['containerimage.digest']);
    const configDigest = str(json['containerimage.config.digest']);
    const rawWarnings = Array.isArray(json['buildx.build.warnings'])
        ? json['buildx.build.warnings']
        : [];
    const warnings = rawWarnings.map(toBuildWarning).filter((w) => w !== null);
    return {
        ...(digest ? { digest } : {}),
        ...(configDigest ? { configDigest } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/docker/oci.js
// The image config inside an OCI image archive (`buildx build --output type=oci`), for an image that was exported
// instead of loaded. Only the small JSON documents are kept while the tar streams past; layers are skipped.


/** Index, manifests and config are small; anything bigger is a layer. */
const JSON_LIMIT = 4 << 20;
function isIndex(doc) {
    return Array.isArray(doc.manifests);
}
/** The image's config: index.json → (nested index →) the image manifest, not an attestation → config blob. */
async function readOciConfig(file) {
    const docs = new Map();
    const extract = (0,tar_stream.extract)();
    (0,external_node_fs_.createReadStream)(file)
        .on('error', (e) => extract.destroy(e))
        .pipe(extract);
    for await (const entry of extract) {
        const name = entry.header.name.replace(/^\.?\/+/, '');
        if (entry.header.type !== 'file' || (entry.header.size ?? 0) > JSON_LIMIT) {
            entry.resume();
            continue;
        }
        const chunks = [];
        for await (const chunk of entry)
            chunks.push(chunk);
        try {
            docs.set(name, JSON.parse(Buffer.concat(chunks).toString('utf8')));
        }
        catch {
            // not JSON: a small layer
        }
    }
    const blob = (digest) => digest
        ? docs.get(`blobs/${digest.replace(':', '/')}`)
        : undefined;
    let doc = docs.get('index.json');
    for (let hops = 0; doc && isIndex(doc) && hops < 4; hops++) {
        const manifests = doc['manifests'].filter((m) => m.platform?.os !== 'unknown' &&
            m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
        doc = blob(manifests[0]?.digest);
    }
    const config = blob(doc?.['config']?.digest);
    if (!config)
        throw new Error(`${file}: no image config found in this OCI archive`);
    return config;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/docker/cli.js
// The one exec seam for the docker CLI. Every command is an argument array (never a shell string); a failure
// becomes a DockerCommandError carrying the argv, the exit code and the last lines of stderr.










const STDERR_TAIL_LINES = 15;

/** Where the CLI points when nothing overrides it, for the "no engine" message. */
function engineAddress(env) {
    if (env['DOCKER_CONTEXT'])
        return `Docker context ${env['DOCKER_CONTEXT']}`;
    return env['DOCKER_HOST'] ?? 'the default socket (/var/run/docker.sock)';
}
function tail(text, lines = STDERR_TAIL_LINES) {
    return text.replace(/\s+$/, '').split('\n').slice(-lines);
}
/** Runs `client ARGS` and returns its output; throws DockerCommandError on a non-zero exit. */
async function execDocker(client, args, options = {}) {
    options.debug?.(`exec: ${client} ${args.join(' ')}`);
    let result;
    const env = { ...process.env, ...options.env };
    try {
        result = await (0,exec/* getExecOutput */.H)(client, args, {
            silent: true,
            ignoreReturnCode: true,
            env,
            ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
        });
    }
    catch (error) {
        // the binary itself could not be started
        if (/ENOENT|Unable to locate executable/i.test(String(error.message ?? error)))
            throw new errors/* EngineMissingError */.pe('no-client', client);
        throw new errors/* DockerCommandError */.YJ([client, ...args], null, [], `could not run: ${error instanceof Error ? error.message : String(error)}. Is Docker installed? (bash scripts/docker-up.sh)`);
    }
    if (result.exitCode !== 0) {
        if ((0,errors/* isNoDaemonMessage */.HH)(result.stderr))
            throw new errors/* EngineMissingError */.pe('no-daemon', engineAddress(env));
        const n = options.tailLines ?? STDERR_TAIL_LINES;
        throw new errors/* DockerCommandError */.YJ([client, ...args], result.exitCode, tail(result.stderr, n), undefined, tail(result.stdout, n));
    }
    return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}
/**
 * Streams the stdout of `client ARGS` with backpressure (for `docker save`, which can be gigabytes).
 * @actions/exec buffers listener output without backpressure, so this one path spawns directly.
 */
function streamDocker(client, args, env, debug) {
    debug?.(`stream: ${client} ${args.join(' ')}`);
    // a few MiB of read-ahead: the engine keeps streaming while the reader waits for a gzip worker
    const out = new external_node_stream_.PassThrough({ highWaterMark: 4 << 20 });
    const child = (0,external_node_child_process_.spawn)(client, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString()).slice(-8192);
    });
    child.stdout.pipe(out, { end: false });
    let stdoutEnded = false;
    let exit;
    const finish = () => {
        if (!stdoutEnded || exit === undefined)
            return;
        if (exit === 0)
            out.end();
        else if ((0,errors/* isNoDaemonMessage */.HH)(stderr))
            out.destroy(new errors/* EngineMissingError */.pe('no-daemon', engineAddress({ ...process.env, ...env })));
        else
            out.destroy(new errors/* DockerCommandError */.YJ([client, ...args], exit, tail(stderr)));
    };
    child.stdout.on('end', () => {
        stdoutEnded = true;
        finish();
    });
    child.on('error', (error) => out.destroy(error.code === 'ENOENT'
        ? new errors/* EngineMissingError */.pe('no-client', client)
        : new errors/* DockerCommandError */.YJ([client, ...args], null, [], error.message)));
    child.on('close', (code) => {
        exit = code;
        stdoutEnded = true;
        finish();
    });
    // a consumer that stops early must not leave docker running
    out.on('close', () => {
        if (exit === undefined)
            child.kill();
    });
    return out;
}
/** The real Docker adapter. A build on a `builder` that is a Docker context makes that context the adapter's
 *  engine from then on (every later command gets `--context NAME`), so the base lookup, `docker save`, smoke tests
 *  and clean-up reach the image where it was built. */
function createDocker(options = {}) {
    const client = options.client ?? 'docker';
    const env = options.env ?? {};
    let kind;
    let context;
    const targets = new Map();
    const exported = new Map();
    const scoped = (args) => (context ? ['--context', context, ...args] : args);
    const resolveBuilder = async (name) => {
        // context and builder names are plain words; anything else (a leading dash) would reach docker as a flag
        if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/.test(name))
            throw new Error(`builder "${name}": use the name of a Docker context or buildx builder (letters, digits, _.+-)`);
        const isContext = await execDocker(client, ['context', 'inspect', '--format', '{{.Name}}', name], {
            env,
        }).then(() => true, (error) => {
            if (error instanceof errors/* EngineMissingError */.pe)
                throw error;
            return false;
        });
        if (isContext)
            return { kind: 'context', name };
        try {
            const { stdout } = await execDocker(client, ['buildx', 'inspect', name], { env });
            // a buildx name for an engine's own builder (docker driver) is that engine: same as its context
            const driver = /^Driver:\s*(\S+)/m.exec(stdout)?.[1];
            const endpoint = /^Endpoint:\s*(\S+)/m.exec(stdout)?.[1];
            if (driver === 'docker' && endpoint)
                return { kind: 'context', name: endpoint };
            return { kind: 'buildx', name };
        }
        catch (error) {
            if (error instanceof errors/* EngineMissingError */.pe)
                throw error;
            throw new Error(`builder "${name}" is neither a Docker context nor a buildx builder on this machine. ` +
                'Create it first (docker context create NAME --docker host=ssh://user@host, or docker buildx create ' +
                '--name NAME …), or list what exists with docker context ls and docker buildx ls.');
        }
    };
    const build = async (buildOptions) => {
        const { builder, ...rest } = buildOptions;
        if (!builder)
            return buildImage(docker, await docker.builderKind(), buildOptions);
        if (!targets.has(builder))
            targets.set(builder, resolveBuilder(builder));
        const target = await targets.get(builder);
        if (target.kind === 'context') {
            context = target.name;
            return buildImage(docker, await docker.builderKind(), rest);
        }
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-budget-oci-'));
        const file = (0,external_node_path_.join)(dir, 'image.tar');
        const result = await buildImage(docker, await docker.builderKind(), buildOptions, { ociExport: file });
        if (result.ok)
            exported.set(result.tag, { file, dir, builder });
        else
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        return result;
    };
    const docker = {
        client,
        run: (args, o = {}) => execDocker(client, scoped(args), { ...o, env: { ...env, ...o.env }, debug: options.debug }),
        stream: (args) => streamDocker(client, scoped(args), env, options.debug),
        builderKind: () => (kind ??= detectBuilder(docker, { ...process.env, ...env })),
        build,
        save: (image) => {
            const archive = exported.get(image);
            if (archive)
                return (0,external_node_fs_.createReadStream)(archive.file, { highWaterMark: 4 << 20 });
            return streamDocker(client, scoped(['save', image]), env, options.debug);
        },
        inspectConfig: async (image) => {
            const archive = exported.get(image);
            if (archive)
                return pickConfig((await readOciConfig(archive.file)).config ?? {});
            const { stdout } = await docker.run(['image', 'inspect', '--format', '{{json .Config}}', image]);
            return pickConfig(JSON.parse(stdout));
        },
        runContainer: (image, command, o = {}) => {
            const archive = exported.get(image);
            if (archive) {
                return Promise.reject(new Error(`${image} was built on buildx builder "${archive.builder}" and exported, not loaded into an engine, ` +
                    'so it cannot be run here: for smoke tests set `builder` to a Docker context of that engine.'));
            }
            return runContainer(docker, image, command, o);
        },
        removeImages: async (images) => {
            const inEngine = [];
            for (const image of images) {
                const archive = exported.get(image);
                if (!archive)
                    inEngine.push(image);
                else {
                    exported.delete(image);
                    await (0,promises_.rm)(archive.dir, { recursive: true, force: true });
                }
            }
            if (inEngine.length === 0)
                return;
            await docker.run(['image', 'rm', '--force', ...inEngine]).catch(() => undefined);
        },
        imageExists: async (image) => {
            const archive = exported.get(image);
            if (archive)
                return (0,promises_.stat)(archive.file).then(() => true, () => false);
            return docker.run(['image', 'inspect', '--format', '{{.Id}}', image]).then(() => true, () => false);
        },
    };
    return docker;
}
/** The config fields the optimizer keeps equal, in a stable shape (null and empty collapse). */
function pickConfig(config) {
    const obj = (v) => v && typeof v === 'object' && Object.keys(v).length > 0 ? v : undefined;
    const summary = {
        Entrypoint: config['Entrypoint'] ?? null,
        Cmd: config['Cmd'] ?? null,
        User: config['User'] ?? '',
        WorkingDir: config['WorkingDir'] ?? '',
        Env: config['Env'] ?? [],
        Labels: obj(config['Labels']) ?? null,
    };
    const ports = obj(config['ExposedPorts']);
    if (ports)
        summary.ExposedPorts = ports;
    const volumes = obj(config['Volumes']);
    if (volumes)
        summary.Volumes = volumes;
    return summary;
}
async function runContainer(docker, image, command, options) {
    const argv = ['run', '--rm', '--network', options.network ?? 'none'];
    const cmd = typeof command === 'string' || options.shell ? ['sh', '-c', [command].flat().join(' ')] : command;
    // `--entrypoint` keeps the image's ENTRYPOINT from swallowing the smoke-test command
    if (typeof command === 'string' || options.shell)
        argv.push('--entrypoint', '');
    argv.push(image, ...cmd);
    const run = docker.run(argv);
    if (!options.timeoutSeconds)
        return run;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${image}: command did not finish within ${options.timeoutSeconds} s`)), options.timeoutSeconds * 1000);
    });
    try {
        return await Promise.race([run, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 6491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ isNoDaemonMessage),
/* harmony export */   YJ: () => (/* binding */ DockerCommandError),
/* harmony export */   pe: () => (/* binding */ EngineMissingError)
/* harmony export */ });
// A docker command that failed: argv, exit code (null when it could not start) and the last output lines.
class DockerCommandError extends Error {
    argv;
    exitCode;
    stderrTail;
    stdoutTail;
    constructor(argv, exitCode, stderrTail, reason, stdoutTail = []) {
        const last = stderrTail.filter((l) => l.trim() !== '').at(-1);
        super(`${argv.join(' ')} ${reason ?? `failed with exit code ${String(exitCode)}`}` +
            (last ? `: ${last.trim()}` : ''));
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.stdoutTail = stdoutTail;
        this.name = 'DockerCommandError';
    }
}
/** No engine to build on: the client is not installed, or no daemon answers where it points. One message that
 *  says which and how to fix it, instead of the failures of every command after it (callers exit 2). */
class EngineMissingError extends Error {
    reason;
    name = 'EngineMissingError';
    constructor(reason, detail) {
        super(reason === 'no-client'
            ? `Docker is not installed here: the \`${detail}\` client is not on PATH (GitHub's ubuntu-slim runner has ` +
                'no Docker). Run the job on a runner with Docker (runs-on: ubuntu-latest), or install Docker Engine ' +
                '(https://docs.docker.com/engine/install/; in this repository: bash scripts/docker-up.sh).'
            : `no Docker Engine answers at ${detail}. Start the engine (sudo systemctl start docker; in this ` +
                'repository: bash scripts/docker-up.sh), or point DOCKER_HOST, DOCKER_CONTEXT or the `builder` input ' +
                'at an engine that is running.');
        this.reason = reason;
    }
}
/** The Docker CLI's words when it reaches no daemon (unix socket, tcp, ssh). */
function isNoDaemonMessage(stderr) {
    return /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running/i.test(stderr);
}


/***/ }),

/***/ 4259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ MeasureError)
/* harmony export */ });
/** A measuring problem the user can act on: what went wrong, and how to fix it. Never a stack trace. */
class MeasureError extends Error {
    fix;
    constructor(message, fix) {
        super(`${message} (fix: ${fix})`);
        this.fix = fix;
        this.name = 'MeasureError';
    }
}


/***/ }),

/***/ 8735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ emptyStore),
/* harmony export */   fH: () => (/* binding */ DirectoryStore),
/* harmony export */   iB: () => (/* binding */ defaultStoreDir),
/* harmony export */   n3: () => (/* binding */ layerKey)
/* harmony export */ });
/* unused harmony exports STORE_FORMAT, defaultStoreCap */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
// What the analyzer learned about a layer, kept across runs. A layer is content-addressed (its diff ID is the digest
// of its uncompressed tar; a compressed blob's digest is the digest of its bytes), so its entries and sizes never
// change: measuring it once is enough. The store is a cache and never a source of truth: every entry carries its
// key and a checksum of its body, and one that does not verify (truncated, edited, written by another version, or
// meant for another key) is ignored, deleted and measured again.
//
// Also kept: image configs by image ID (the config JSON is what `docker save` would have carried), so an image whose
// layers and config are all known is measured without reading it from the engine at all.





/** Bumped when the meaning of a stored measurement changes (e.g. the gzip model): old entries are not read.
 *  2: layers carry their package-database files (package-files.ts).
 *  3: and the build info of their Go executables (a kept file with a kind).
 *  4: and the Maven coordinates of their jars.
 *  5: and their os-release files (the distribution of deb and apk package URLs). */
const STORE_FORMAT = 5;
/** The key of one layer measurement: diff ID with the model, or the blob digest of a compressed blob. */
function layerKey(digest, source) {
    return `${source}:${digest}`;
}
/** A store that knows nothing: every layer is measured (the behaviour without a cache). */
const emptyStore = {
    getLayer: () => Promise.resolve(undefined),
    putLayer: () => Promise.resolve(),
    getConfig: () => Promise.resolve(undefined),
    putConfig: () => Promise.resolve(),
};
const KINDS = ['file', 'dir', 'symlink', 'hardlink', 'other', 'whiteout', 'opaque'];
const COMPRESSIONS = ['none', 'gzip', 'zstd'];
function encodeLayer(layer) {
    const packages = layer.packageFiles || layer.packageFilesIncomplete
        ? {
            packageFiles: (layer.packageFiles ?? []).map((f) => f.kind === undefined ? [f.path, f.text] : [f.path, f.text, f.kind]),
            ...(layer.packageFilesIncomplete ? { packageFilesIncomplete: true } : {}),
        }
        : {};
    return {
        ...packages,
        sizeBytes: layer.sizeBytes,
        compression: layer.compression,
        blobBytes: layer.blobBytes,
        compressedBytes: layer.compressedBytes,
        entries: layer.entries.map((e) => {
            const kind = KINDS.indexOf(e.kind);
            return e.linkTarget === undefined ? [e.path, kind, e.size] : [e.path, kind, e.size, e.linkTarget];
        }),
    };
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** The stored layer, or undefined when anything in it is not what `encodeLayer` writes. */
function decodeLayer(value) {
    const v = value;
    if (!v || typeof v !== 'object' || !Array.isArray(v['entries']))
        return undefined;
    const { sizeBytes, blobBytes, compressedBytes, compression } = v;
    if (!isCount(sizeBytes) || !isCount(blobBytes) || !isCount(compressedBytes))
        return undefined;
    if (!COMPRESSIONS.includes(compression))
        return undefined;
    const entries = [];
    let total = 0;
    for (const t of v['entries']) {
        if (!Array.isArray(t) || t.length < 3 || t.length > 4)
            return undefined;
        const [path, kind, size, link] = t;
        if (typeof path !== 'string' || !isCount(kind) || kind >= KINDS.length || !isCount(size))
            return undefined;
        const entry = { path, kind: KINDS[kind], size };
        if (t.length === 4) {
            if (typeof link !== 'string')
                return undefined;
            entry.linkTarget = link;
        }
        total += size;
        entries.push(entry);
    }
    // the sum is what the reader counted: a cheap second check on top of the checksum
    if (total !== sizeBytes)
        return undefined;
    const layer = {
        entries,
        sizeBytes,
        compression: compression,
        blobBytes,
        compressedBytes,
    };
    const files = v['packageFiles'];
    if (files !== undefined) {
        if (!Array.isArray(files))
            return undefined;
        const kept = [];
        for (const f of files) {
            if (!Array.isArray(f) || f.length < 2 || f.length > 3)
                return undefined;
            const [path, text, kind] = f;
            if (typeof path !== 'string' || typeof text !== 'string')
                return undefined;
            if (f.length === 3 && kind !== 'go-buildinfo')
                return undefined;
            kept.push(f.length === 3 ? { path, text, kind: 'go-buildinfo' } : { path, text });
        }
        if (kept.length > 0)
            layer.packageFiles = kept;
    }
    if (v['packageFilesIncomplete'] === true)
        layer.packageFilesIncomplete = true;
    return layer;
}
/** Where the CLI keeps its store: $IMAGE_BUDGET_CACHE_DIR, else $XDG_CACHE_HOME/image-budget, else ~/.cache/image-budget. */
function defaultStoreDir(env = process.env) {
    const own = env['IMAGE_BUDGET_CACHE_DIR'];
    if (own)
        return own;
    const xdg = env['XDG_CACHE_HOME'];
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(xdg && xdg.startsWith('/') ? xdg : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'image-budget');
}
/** 2 GiB unless $IMAGE_BUDGET_CACHE_MAX_MB says otherwise: entries are lists of names, far smaller than layers. */
function defaultStoreCap(env = process.env) {
    const mb = Number(env['IMAGE_BUDGET_CACHE_MAX_MB']);
    return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 2 * 1024 * 1024 * 1024;
}
/**
 * The store in a directory: one gzip file per entry, named by the SHA-256 of its key, holding
 * `<sha256 of the body>\n<body JSON>`. Reads refresh the file's mtime, which is the recency pruning goes by.
 */
class DirectoryStore {
    dir;
    options;
    stats = { layerHits: 0, layerMisses: 0, invalid: 0, written: 0 };
    maxBytes;
    written = 0;
    constructor(dir, options = {}) {
        this.dir = dir;
        this.options = options;
        this.maxBytes = options.maxBytes ?? defaultStoreCap();
    }
    async getLayer(key) {
        const value = await this.read('layer', key);
        const layer = value === undefined ? undefined : decodeLayer(value);
        if (value !== undefined && layer === undefined)
            await this.invalid('layer', key, 'not a layer measurement');
        if (layer)
            this.stats.layerHits++;
        else
            this.stats.layerMisses++;
        return layer;
    }
    putLayer(key, layer) {
        return this.write('layer', key, encodeLayer(layer));
    }
    async getConfig(imageId) {
        const value = await this.read('config', imageId);
        if (value !== undefined && (typeof value !== 'object' || value === null)) {
            await this.invalid('config', imageId, 'not an image config');
            return undefined;
        }
        return value;
    }
    putConfig(imageId, config) {
        return this.write('config', imageId, config);
    }
    /** Deletes least recently used entries until the store is at most `maxBytes` (run after a measurement). */
    async prune() {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir);
        }
        catch {
            return;
        }
        const files = (await Promise.all(names
            .filter((n) => n.endsWith('.json.gz'))
            .map(async (name) => {
            try {
                const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, name));
                return { name, size: s.size, used: s.mtimeMs };
            }
            catch {
                return undefined;
            }
        }))).filter((f) => f !== undefined);
        let total = files.reduce((a, f) => a + f.size, 0);
        if (total <= this.maxBytes)
            return;
        files.sort((a, b) => a.used - b.used);
        for (const f of files) {
            if (total <= this.maxBytes)
                break;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, f.name), { force: true });
            total -= f.size;
        }
    }
    /** The file that holds the entry for `key` (diagnostics and tests). */
    path(kind, key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${kind}\n${key}`).digest('hex')}.json.gz`);
    }
    async read(kind, key) {
        const path = this.path(kind, key);
        let raw;
        try {
            raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
        }
        catch {
            return undefined;
        }
        let text;
        try {
            text = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzipSync)(raw).toString('utf8');
        }
        catch {
            await this.invalid(kind, key, 'not gzip');
            return undefined;
        }
        const newline = text.indexOf('\n');
        const body = text.slice(newline + 1);
        if (newline !== 64 || (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex') !== text.slice(0, 64)) {
            await this.invalid(kind, key, 'checksum mismatch');
            return undefined;
        }
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            await this.invalid(kind, key, 'not JSON');
            return undefined;
        }
        if (parsed.format !== STORE_FORMAT || parsed.kind !== kind || parsed.key !== key) {
            await this.invalid(kind, key, 'written for another key or format');
            return undefined;
        }
        // recency for pruning; a read-only store still answers
        const now = new Date();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes)(path, now, now).catch(() => undefined);
        return parsed.value;
    }
    async write(kind, key, value) {
        const body = JSON.stringify({ format: STORE_FORMAT, kind, key, value });
        const data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzipSync)(`${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}\n${body}`, { level: 6 });
        const path = this.path(kind, key);
        // written aside and renamed: a reader never sees half an entry, and two runs writing one key both succeed
        const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
            try {
                await handle.writeFile(data);
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
        }
        catch {
            // a store that cannot be written only costs the next run the measuring again
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
            return;
        }
        this.stats.written++;
        this.written += data.length;
        if (this.written > this.maxBytes / 16) {
            this.written = 0;
            await this.prune();
        }
    }
    async invalid(kind, key, reason) {
        this.stats.invalid++;
        this.options.onInvalid?.(key, reason);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.path(kind, key), { force: true }).catch(() => undefined);
    }
}


/***/ }),

/***/ 3558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OI: () => (/* binding */ ImageMeasurer),
  Nm: () => (/* binding */ imageDiffIds),
  u8: () => (/* binding */ measureImage),
  WE: () => (/* binding */ measureImageStream)
});

// UNUSED EXPORTS: archiveLayerKeys, inspectLayers, measureArchive, usesContainerdStore

// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/cli.js + 2 modules
var cli = __webpack_require__(437);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/errors.js
var errors = __webpack_require__(4259);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/go-scan-wasm.js
// Generated by scripts/build-wasm.mjs from wasm/go-scan.ts: do not edit.
const GO_SCAN_WASM = 'AGFzbQEAAAABHwVgAABgAn9/AGADf39/AX9gBn9/f39/fwBgAn9/AX8DCwoAAQAAAgADBAEBBQQBAQkJBm8SfwBBgIAEC38AQYCAFAt/AEGAgBgLfwBB+IgYC38AQfCJGAt/AEHwixgLfwBBkIwYC38AQZCMGgt/AEGwjBoLfwBB/OQcC38BQQALfwFBfwt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHkwIcBEhFQUQDAARQUkVWAwEITElURVJBTFMDAgVESVNUUwMDBUxDT0RFAwQGTEVYVFJBAwUFRENPREUDBgZERVhUUkEDBwZMRUFWRVMDCAZERVBUSFMDCQVpbmRleAMKCWNoYWluSGVhZAMLBmxlbmd0aAMMBm9mZnNldAMNDWJ5dGVBdmFpbGFibGUDDgZ0b2tlbnMDDwlleHRyYUJpdHMDEAdjbG9zZUF0AxEIc2V0U3RhdGUABgVzbGlkZQAFBmluc2VydAAJBHNjYW4ABwxwYWNrYWdlTWVyZ2UACAZzdXJ2ZXkABAV0YWxseQABC3N1cnZleVJlc2V0AAMLc3VydmV5U2xpZGUAAgZtZW1vcnkCAAgBAAqlFAoGAEEDJAwLMgEBfwNAIAAgAUgEQCAALQAAQQJ0QYCAGGoiAiACKAIAQQFqNgIAIABBAWohAAwBCwsLTwEBf0EAQYCAAkGAgAL8CgAAQaDnHCEAA0AgAEGg5x5JBEAgACAA/QAEAP0MAIAAgACAAIAAgACAAIAAgP2TAf0LBAAgAEEQaiEADAELCwsPAEGg5xxBAEGAgAL8CwALngEBBH8DQCAAIAFIBEAgACgCACIEQRh2QQJ0QYCAGGoiBSAFKAIAIAJqNgIAIARBsfPd8XlsIgVBgICAwABJBEAgBUENdkH//wBxQQF0QaDnHGoiBi8BAEEBayEFIAYgAEEBajsBACADIAUgAEGAgAJrTiAFQQBOcSIDIAUgACADGygCACAERnFqIQMLIABBAWohAAwBCwsgA0EAIAIbC4wBAQF/QQBBgIACQYCAAvwKAABBgIAEIQADQCAAQYCAFEkEQCAAIAD9AAQA/QwAgACAAIAAgACAAIAAgACA/ZMB/QsEACAAQRBqIQAMAQsLQYCAFCEAA0AgAEGAgBhJBEAgACAA/QAEAP0MAIAAgACAAIAAgACAAIAAgP2TAf0LBAAgAEEQaiEADAELCwseACAAJAogASQLIAIkDCADJA0gBCQOIAUkD0EAJBALwQoCFH8BfiAAQQNrIQhBAUGGAiABGyETIwohAyMLIQEjDCEKIw0hCSMOIQUjDyEGIxAhEgNAIAAgA2sgE04EQAJAIApBA0YEQEEAIQkgCCAAIBNrQQFqIgJIBEAgCCECCyAFRSACIANKcQRAIAMoAgAiBEGA/oN4cUEIdyAEQf+B/AdxQQh4ckG9z9bxAWxBD3ZBAXRBgIAEaiIHLwEAIgRBAWsiCyADQYCAAmtOIAtBAE5xRQRAIANB//8BcUEBdEGAgBRqIAQiATsBACAHIANBAWoiAzsBAEEBIQULCyAFBEAgAiADQYCAASAGa2oiByACIAdIGyEMIAMhBCADKAIAIgJBgP6DeHFBCHcgAkH/gfwHcUEIeHIhCwNAIAMgDEgEQAJAIAtBvc/W8QFsQQ92QQF0QYCABGoiDS8BACICQQFrIg5BAE4gA0GAgAJrIg8gDkxxBEAgDiAPRiAOKAIAIAMoAgBGcg0BIA5B//8BcUEBdEGAgBRqLwEAQQFrIg4gD04gDkEATnENAQsgA0H//wFxQQF0QYCAFGogAiIBOwEAIA0gA0EBaiICOwEAIANBAWstAABBAnRBgIAYaiIDIAMoAgBBAWo2AgAgAiIDQQNqLQAAIAtBCHRyIQsMAgsLCyAGIAMgBGtqIQYgAyAHRgRAIANBAWskEUEBIRQMAwsLIAAgA2sgE0gNAQsgAyAISARAIANB//8BcUEBdEGAgBRqIAMoAgAiAUGA/oN4cUEIdyABQf+B/AdxQQh4ckG9z9bxAWxBD3ZBAXRBgIAEaiICLwEAIgE7AQAgAiADQQFqOwEACyAKIQwgCSENQQMhCkEAIQkgAUEBayIOIANBgIACayIPTiAOQQBOcSAAIANrIgIgDEpxIAxBEEhxBEBBgAFBggIgAiACQYICThsiESARQYABThshFUEDIQsgA0EDai0AACEEQYABIRADQCAQQQBKBEACQCAEIAsgDmotAABGBEBBACECAkADQCACQQhqIgcgEUwEQCACIAIgDmopAwAgAiADaikDAIUiFnpCA4inaiECIBZCAFINAiAHIQIMAQsLA0AgAiARSAR/IAIgDmotAAAgAiADai0AAEYFQQALBEAgAkEBaiECDAELCwsgAiALSgR/IAMgDmtBgCBMIAJBBEpyBUEACwRAIAMgDmshCSAVIAIiCyIKTA0CIAIgA2otAAAhBAsLIA4gD0YNACAOQf//AXFBAXRBgIAUai8BAEEBayIOQQBIIA4gD0hyDQAgEEEBayEQDAILCwsLIAogDEwgDEEETnEEQCANQY+MGGotAAAhAiAMQe2JGGotAAAiBEECdEGEiBhqIgUgBSgCAEEBajYCACACQQJ0QfiIGGoiBSAFKAIAQQFqNgIAIBIgBEHwixhqLQAAIAJBkIwaai0AAGpqIRIgBkEBaiEGIAMgDGpBAWshAiADQQFqIQMDQCACIANKBEAgAyAISARAIANB//8BcUEBdEGAgBRqIAMoAgAiBEGA/oN4cUEIdyAEQf+B/AdxQQh4ckG9z9bxAWxBD3ZBAXRBgIAEaiIELwEAOwEAIAQgA0EBajsBAAsgA0EBaiEDDAELC0EAIQVBAyEKIAZBgIABRgRAIAMkEUEBIRQMAgsFIAUEQCADQQFrLQAAQQJ0QYCAGGoiAiACKAIAQQFqNgIAIAZBAWohBgsgA0EBaiEDQQEhBSAGQYCAAUYEQCADQQFrJBFBASEUDAILCwwCCwsLIAMkCiABJAsgCiQMIAkkDSAFJA5BACAGIBQbJA8gEiQQIBQLlQUBCn8DQCAAIAJKBEAgAkECdCIDQaiVGmogA0GwjBpqKAIANgIAIAJBuKEcakEBOgAAIAJBAWohAgwBCwtBwOQcIAA2AgAgAUEBayEGQQEhBANAIAEgBEoEQAJAIARBAWtBvARsIQggBEG8BGwhByAEQQJ0QbzkHGooAgBBAXUhCUEAIQJBACEDQQAhBQNAIAUgCUgiCiAAIANKcgRAIAoEfyAIIAVBAXRqQQJ0IgpBqJUaaigCACAKQayVGmooAgBqBUH/////BwsiCiAAIANKBH8gA0ECdEGwjBpqKAIABUH/////BwsiC0ogACADSnEEQCACIAdqIgpBAnRBqJUaaiALNgIAIApBuKEcakEBOgAAIANBAWohAwUgAiAHaiILQQJ0QaiVGmogCjYCACALQbihHGpBADoAACAFQQFqIQULIAJBAWohAgwBCwsgBEECdCIDQcDkHGogAjYCACACIANBvOQcaigCAEYEf0EAIQMCfwNAIAIgA0oEQEEAIAMgCGoiBUECdEGolRpqKAIAIAMgB2oiCUECdEGolRpqKAIARw0CGkEAIAVBuKEcai0AACAJQbihHGotAABHDQIaIANBAWohAwwBCwtBAQsFQQALBEAgBEEBayEGDAELIARBAWohBAwCCwsLQfzkHEEAIAD8CwAgAEEBdEECayECIAFBAWshAANAIAJBAEogAEEATnEEQCAAIAYgACAGSBtBvARsIQRBACEDQQAhAQNAIAEgAkgEQCADIAEgBGpBuKEcai0AAGohAyABQQFqIQEMAQsLQQAhAQNAIAEgA0gEQCABQfzkHGoiBCAELQAAQQFqOgAAIAFBAWohAQwBCwsgAiADa0EBdCECIABBAWshAAwBCwsLYgEBfwNAIAAgAUgEQCAAQf//AXFBAXRBgIAUaiAAKAIAIgJBgP6DeHFBCHcgAkH/gfwHcUEIeHJBvc/W8QFsQQ92QQF0QYCABGoiAi8BADsBACACIABBAWoiADsBAAwBCwsL';

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/go-deflate.js
// The size of what Go's compress/flate writes at its default level (6), computed without writing it.
//
// The engine compresses a layer for `docker push` with Go's gzip at the default level, and Go's encoder is not
// zlib's: it only looks for matches of 4 bytes or more (zlib: 3), hashes 4 bytes into 2^17 buckets, cuts a block
// every 16,384 tokens, picks stored/fixed/dynamic per block by its own size estimate, and closes the stream with an
// empty stored block. zlib at level 6 comes out up to ~1.2% smaller on binaries and ~0.8% larger on some text, so
// this module replays Go's match finder and block decisions (written here from the published algorithm: lazy
// matching with good 8, lazy 16, nice 128, chain 128) and counts bits instead of emitting them. Huffman code
// lengths come from package-merge with Go's order between equally good codes, since that order decides header
// bits. The match finder, the hot loop, is wasm/go-scan.ts compiled to WebAssembly; the rest is here.
//
// Facts about the format (RFC 1951): length codes 257–285 with their extra bits, distance codes 0–29, the fixed
// literal code (8/9/7/8 bits), the code-length alphabet with repeat codes 16, 17, 18 sent in the order
// 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15.
//
// Everything lives inside one function that uses nothing from outside it but its argument, so that its source
// text can start a worker thread (compress.ts): the bundle has no separate worker file to point at.

/**
 * Builds the model: `GoGzipSize` counts a stream, `codeLengths` is exported for tests. `scanWasm` is the
 * base64 of the compiled hot loop (wasm/go-scan.ts), passed in so this function stays self-contained.
 */
function goDeflateModel(scanWasm) {
    const WINDOW = 1 << 15;
    const MIN_MATCH = 4;
    const MAX_MATCH = 258;
    const LOOKAHEAD = MIN_MATCH + MAX_MATCH;
    const HASH_BITS = 17;
    /** Tokens per block: Go closes a block when it holds this many. */
    const BLOCK_TOKENS = 1 << 14;
    /** Parts this long or longer are surveyed first (smaller ones are cheap to count in full, and stay exact). */
    const SURVEY_MIN = 1 << 20;
    /**
     * Survey hits per MiB up to which a part counts as not repeating: the survey samples one position in 32, so
     * this stands for about 500 repeated 4-byte words (random bytes give about 8, so rarely a hit).
     */
    const SURVEY_HITS = 16;
    const MAX_STORED = 65535;
    const LITERALS = 286;
    const DISTANCES = 30;
    const END_OF_BLOCK = 256;
    /** Length code (0–28) of a match length minus 3. */
    const LENGTH_CODE = new Uint8Array(256);
    /** Extra bits of each length code. */
    const LENGTH_EXTRA = new Uint8Array(29);
    /** Distance code (0–29) of a distance minus 1. */
    const DISTANCE_CODE = new Uint8Array(WINDOW);
    /** Extra bits of each distance code. */
    const DISTANCE_EXTRA = new Uint8Array(30);
    /** Fixed-code bit length of each literal/length symbol. */
    const FIXED_LITERAL = new Uint8Array(LITERALS);
    const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    (function buildTables() {
        // lengths 3..258: codes 0..27 cover runs of 4 × 2^extra (extra = 0 for the first 8), code 28 is 258 alone
        let length = 0;
        for (let code = 0; code < 28; code++) {
            const extra = code < 8 ? 0 : (code >> 2) - 1;
            LENGTH_EXTRA[code] = extra;
            for (let i = 0; i < 1 << extra; i++)
                LENGTH_CODE[length++] = code;
        }
        LENGTH_CODE[255] = 28;
        LENGTH_EXTRA[28] = 0;
        // distances 1..32768: codes 0..3 are single values, then pairs of codes per doubling
        let distance = 0;
        for (let code = 0; code < 30; code++) {
            const extra = code < 4 ? 0 : (code >> 1) - 1;
            DISTANCE_EXTRA[code] = extra;
            for (let i = 0; i < 1 << extra; i++)
                DISTANCE_CODE[distance++] = code;
        }
        for (let s = 0; s < LITERALS; s++)
            FIXED_LITERAL[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    })();
    const wasm = globalThis.WebAssembly;
    const scanModule = new wasm.Module(Buffer.from(scanWasm, 'base64'));
    /**
     * Bit lengths of an optimal prefix code for `freq` with no code longer than `maxBits`, written into `out`.
     * Symbols with frequency 0 get length 0; one or two used symbols get length 1 each. Among equally good codes
     * it picks the one Go picks, which decides the bits of a block header: package-merge (wasm/go-scan.ts) over
     * the symbols sorted by frequency then symbol, a package winning a tie against a leaf.
     */
    function codeLengths(freq, maxBits, out) {
        out.fill(0, 0, freq.length);
        // sort keys: frequency, then symbol (a block has at most 16,385 tokens, so frequency × 512 fits)
        const keys = SORT_KEYS;
        let n = 0;
        for (let s = 0; s < freq.length; s++)
            if (freq[s] > 0)
                keys[n++] = freq[s] * 512 + s;
        if (n <= 2) {
            for (let i = 0; i < n; i++)
                out[keys[i] & 511] = 1;
            return;
        }
        const sorted = keys.subarray(0, n).sort();
        for (let i = 0; i < n; i++)
            LEAF_WEIGHTS[i] = sorted[i] >> 9;
        merger.packageMerge(n, Math.min(maxBits, n - 1));
        for (let i = 0; i < n; i++)
            out[sorted[i] & 511] = DEPTHS[i];
    }
    /**
     * Bits of the first `count` symbols of `freq` under an optimal prefix code with no length limit (the sum of a
     * Huffman tree's inner weights, merging from two queues over the sorted weights): no code does better.
     */
    function huffmanCost(freq, count) {
        const leaves = HUFFMAN_LEAVES;
        let n = 0;
        for (let s = 0; s < count; s++)
            if (freq[s] > 0)
                leaves[n++] = freq[s];
        if (n < 2)
            return 0;
        leaves.subarray(0, n).sort();
        const merged = HUFFMAN_MERGED;
        let leaf = 0;
        let next = 0;
        let made = 0;
        let cost = 0;
        for (let k = 0; k < n - 1; k++) {
            const a = leaf < n && (next >= made || leaves[leaf] <= merged[next]) ? leaves[leaf++] : merged[next++];
            const b = leaf < n && (next >= made || leaves[leaf] <= merged[next]) ? leaves[leaf++] : merged[next++];
            merged[made++] = a + b;
            cost += a + b;
        }
        return cost;
    }
    const HUFFMAN_LEAVES = new Int32Array(LITERALS);
    const HUFFMAN_MERGED = new Int32Array(LITERALS);
    // package-merge runs in an instance of its own, on this thread: leaf weights in, code lengths out
    const merger = new wasm.Instance(scanModule, {}).exports;
    const LEAF_WEIGHTS = new Int32Array(merger.memory.buffer, merger.LEAVES.value, LITERALS);
    const DEPTHS = new Uint8Array(merger.memory.buffer, merger.DEPTHS.value, LITERALS);
    const SORT_KEYS = new Int32Array(LITERALS);
    /** Bits of one block's three candidate encodings, Go's choice among them, and the bits it writes. */
    class BlockCoder {
        literalFreq;
        distanceFreq;
        /** Extra bits of the lengths and distances counted so far (the same in fixed and dynamic blocks). */
        extraBits = 0;
        literalLengths = new Uint8Array(LITERALS);
        distanceLengths = new Uint8Array(DISTANCES);
        codeLengthFreq = new Int32Array(19);
        codeLengthLengths = new Uint8Array(19);
        sequence = new Uint8Array(LITERALS + DISTANCES);
        /** The open block's symbol counts (views on the scanner's memory, which counts into them). */
        constructor(literalFreq, distanceFreq) {
            this.literalFreq = literalFreq;
            this.distanceFreq = distanceFreq;
        }
        /**
         * Bits written for the block, given the bit position before it (stored blocks align to a byte). `stored` is
         * the number of input bytes the block covers when they are still in the window, or -1.
         */
        close(position, stored) {
            const lit = this.literalFreq;
            const dist = this.distanceFreq;
            lit[END_OF_BLOCK]++;
            let literals = LITERALS;
            while (lit[literals - 1] === 0)
                literals--;
            let distances = DISTANCES;
            while (distances > 0 && dist[distances - 1] === 0)
                distances--;
            // with no match at all Go still counts one distance code so the dynamic header can describe the (unused)
            // distance code; that count enters its size estimates but no such code is written
            const phantom = distances === 0;
            if (phantom) {
                dist[0] = 1;
                distances = 1;
            }
            let fixedData = 0;
            for (let s = 0; s < literals; s++)
                fixedData += lit[s] * FIXED_LITERAL[s];
            for (let d = 0; d < distances; d++)
                fixedData += dist[d] * 5;
            const fixedSize = 3 + fixedData + this.extraBits;
            const storable = stored >= 0 && stored <= MAX_STORED;
            // Most blocks of incompressible data are stored, and that is certain before any code is built when the
            // stored size beats the fixed size and a floor under the dynamic size: its header takes at least 29 bits
            // and its literal/length codes at least what an optimal (unlimited) Huffman code needs.
            if (storable &&
                (stored + 5) * 8 < fixedSize &&
                (stored + 5) * 8 < 29 + huffmanCost(lit, literals) + this.extraBits) {
                this.clear();
                return storedBits(position, stored);
            }
            codeLengths(lit, 15, this.literalLengths);
            codeLengths(dist, 15, this.distanceLengths);
            let dynamicData = 0;
            for (let s = 0; s < literals; s++)
                dynamicData += lit[s] * this.literalLengths[s];
            for (let d = 0; d < distances; d++)
                dynamicData += dist[d] * this.distanceLengths[d];
            const dynamicSize = this.dynamicHeader(literals, distances) + dynamicData + this.extraBits;
            let size = fixedSize;
            let phantomBits = phantom ? 5 : 0;
            if (dynamicSize < fixedSize) {
                size = dynamicSize;
                phantomBits = phantom ? this.distanceLengths[0] : 0;
            }
            let bits;
            if (storable && (stored + 5) * 8 < size) {
                bits = storedBits(position, stored);
            }
            else {
                bits = size - phantomBits;
            }
            this.clear();
            return bits;
        }
        /** Empties the open block's counts. */
        clear() {
            this.literalFreq.fill(0);
            this.distanceFreq.fill(0);
            this.extraBits = 0;
        }
        /** Bits of a dynamic block header: the code-length code and the run-length coded code lengths. */
        dynamicHeader(literals, distances) {
            const seq = this.sequence;
            seq.set(this.literalLengths.subarray(0, literals), 0);
            seq.set(this.distanceLengths.subarray(0, distances), literals);
            const total = literals + distances;
            const freq = this.codeLengthFreq;
            freq.fill(0);
            // runs: a nonzero length is sent once, then repeated by 16 (3–6 times); zeros go by 18 (11–138) and 17 (3–10)
            let i = 0;
            while (i < total) {
                const value = seq[i];
                let run = 1;
                while (i + run < total && seq[i + run] === value)
                    run++;
                i += run;
                if (value !== 0) {
                    freq[value]++;
                    run--;
                    while (run >= 3) {
                        freq[16]++;
                        run -= Math.min(6, run);
                    }
                }
                else {
                    while (run >= 11) {
                        freq[18]++;
                        run -= Math.min(138, run);
                    }
                    if (run >= 3) {
                        freq[17]++;
                        run = 0;
                    }
                }
                freq[value] += run;
            }
            codeLengths(freq, 7, this.codeLengthLengths);
            let codes = 19;
            while (codes > 4 && freq[CODE_LENGTH_ORDER[codes - 1]] === 0)
                codes--;
            let bits = 3 + 5 + 5 + 4 + 3 * codes + freq[16] * 2 + freq[17] * 3 + freq[18] * 7;
            for (let c = 0; c < 19; c++)
                bits += freq[c] * this.codeLengthLengths[c];
            return bits;
        }
    }
    /**
     * Bytes of a gzip member whose deflate blocks take `bits`: Go ends the stream with an empty final stored block
     * (3 bits, byte alignment, 4 bytes); the gzip header and trailer add 18 bytes.
     */
    function gzipBytes(bits) {
        return alignedTo8(alignedTo8(bits + 3) + 32) / 8 + 18;
    }
    function alignedTo8(bits) {
        return Math.ceil(bits / 8) * 8;
    }
    /** Bits of a stored block of `stored` bytes written at bit `position`: 3 header bits, byte alignment, 4 bytes. */
    function storedBits(position, stored) {
        return alignedTo8(position + 3) - position + 32 + 8 * stored;
    }
    /** The last 32 KiB of a dictionary: all a window can hold. */
    function lastWindow(dictionary) {
        return dictionary.length > WINDOW ? dictionary.subarray(dictionary.length - WINDOW) : dictionary;
    }
    /**
     * Counts the bytes Go's `gzip.NewWriter` (level 6) would write for the data given to `write`.
     * `end()` returns the deflate stream's size plus the 18 bytes of gzip header and trailer.
     */
    class GoGzipSize {
        scanner = new wasm.Instance(scanModule, {}).exports;
        window;
        hashHead;
        hashPrev;
        block;
        chainHead = -1;
        index = 0;
        windowEnd = 0;
        blockStart = 0;
        byteAvailable = false;
        length = MIN_MATCH - 1;
        offset = 0;
        tokens = 0;
        sync = false;
        /** Bits written so far. */
        bits = 0;
        /** Where the block that filled up ends (set by `scan` when it returns true). */
        closeAt = 0;
        constructor() {
            const memory = this.scanner.memory.buffer;
            this.window = new Uint8Array(memory, 0, 2 * WINDOW);
            const w = this.scanner;
            this.hashHead = new Uint16Array(memory, w.HEAD.value, 1 << HASH_BITS);
            this.hashPrev = new Uint16Array(memory, w.PREV.value, WINDOW);
            this.block = new BlockCoder(new Int32Array(memory, w.LITERALS.value, LITERALS), new Int32Array(memory, w.DISTS.value, DISTANCES));
            new Uint8Array(memory, w.LCODE.value, 256).set(LENGTH_CODE);
            new Uint8Array(memory, w.LEXTRA.value, 29).set(LENGTH_EXTRA);
            new Uint8Array(memory, w.DCODE.value, WINDOW).set(DISTANCE_CODE);
            new Uint8Array(memory, w.DEXTRA.value, 30).set(DISTANCE_EXTRA);
        }
        /** Back to the state of a new writer, keeping the tables' memory. */
        reset() {
            this.hashHead.fill(0);
            this.hashPrev.fill(0);
            this.chainHead = -1;
            this.index = 0;
            this.windowEnd = 0;
            this.blockStart = 0;
            this.byteAvailable = false;
            this.length = MIN_MATCH - 1;
            this.offset = 0;
            this.tokens = 0;
            this.sync = false;
            this.bits = 0;
            this.block.clear();
        }
        /**
         * Primes the window with the data that precedes this part of a stream (up to 32 KiB), as if it had been
         * compressed already: its positions are hashed so matches may point into it.
         */
        prime(dictionary) {
            const d = lastWindow(dictionary);
            this.window.set(d, 0);
            this.scanner.insert(0, d.length - (MIN_MATCH - 1));
            this.windowEnd = d.length;
            this.index = d.length;
            this.blockStart = d.length;
        }
        write(data) {
            let offset = 0;
            while (offset < data.length) {
                this.deflate();
                offset += this.fill(data.subarray(offset));
            }
        }
        /** Deflate bits of everything written, its last block closed but not the stream (one part of a stream). */
        partBits() {
            this.sync = true;
            this.deflate();
            this.sync = false;
            return this.bits;
        }
        /** Deflate bits of one part of a stream, from a fresh state primed with the part's dictionary. */
        countPart(part, dictionary) {
            if (part.length >= SURVEY_MIN) {
                const bits = this.literalBits(part, dictionary);
                if (bits >= 0)
                    return bits;
            }
            this.reset();
            if (dictionary.length > 0)
                this.prime(dictionary);
            this.write(part);
            return this.partBits();
        }
        /**
         * Deflate bits of a part that hardly repeats itself (random bytes, compressed files), counted as Go would
         * write it if it found no match at all: blocks of 16,384 literals, each stored, fixed or dynamic by Go's
         * rule. The survey (wasm/go-scan.ts) runs first and gives up (-1) as soon as the part repeats more than a
         * handful of times per MiB; the full model then counts it. Where Go does find its few chance matches
         * (about one per MiB of random bytes), each changes the size by a few bits.
         */
        literalBits(part, dictionary) {
            const w = this.scanner;
            const window = this.window;
            const limit = Math.ceil((SURVEY_HITS * part.length) / SURVEY_MIN);
            w.surveyReset();
            const block = this.block;
            block.clear();
            const d = lastWindow(dictionary);
            window.set(d, 0);
            w.survey(0, Math.max(0, d.length - (MIN_MATCH - 1)), 0);
            let end = d.length;
            let next = Math.max(0, end - (MIN_MATCH - 1));
            let hits = 0;
            let bits = 0;
            // block by block: into the window, surveyed (up to the last position with 4 bytes), counted, closed
            for (let start = 0; start < part.length; start += BLOCK_TOKENS) {
                const stop = Math.min(part.length, start + BLOCK_TOKENS);
                if (end + (stop - start) > 2 * WINDOW) {
                    w.surveySlide();
                    end -= WINDOW;
                    next -= WINDOW;
                }
                window.set(part.subarray(start, stop), end);
                end += stop - start;
                // the survey counts the block's literals from 3 bytes past `next` on: the part's first 3 bytes when
                // there is no dictionary are counted here
                if (next + (MIN_MATCH - 1) > end - (stop - start))
                    w.tally(end - (stop - start), next + (MIN_MATCH - 1));
                hits += w.survey(next, end - (MIN_MATCH - 1), 1);
                next = end - (MIN_MATCH - 1);
                if (hits > limit)
                    return -1;
                bits += block.close(bits, stop - start);
            }
            return bits;
        }
        /** Size of the whole gzip member. */
        end() {
            return gzipBytes(this.partBits());
        }
        fill(data) {
            if (this.index >= 2 * WINDOW - LOOKAHEAD) {
                // the window and the positions in the chains move down by 32 KiB (wasm/go-scan.ts `slide`)
                this.scanner.slide();
                this.index -= WINDOW;
                this.windowEnd -= WINDOW;
                this.chainHead -= WINDOW;
                this.blockStart = this.blockStart >= WINDOW ? this.blockStart - WINDOW : Number.MAX_SAFE_INTEGER;
            }
            const n = Math.min(data.length, this.window.length - this.windowEnd);
            this.window.set(data.subarray(0, n), this.windowEnd);
            this.windowEnd += n;
            return n;
        }
        closeBlock(index) {
            if (index <= 0)
                return;
            const stored = this.blockStart <= index ? index - this.blockStart : -1;
            this.blockStart = index;
            this.bits += this.block.close(this.bits, stored);
        }
        deflate() {
            if (this.windowEnd - this.index < LOOKAHEAD && !this.sync)
                return;
            while (this.scan())
                this.closeBlock(this.closeAt);
            if (this.sync && this.index === this.windowEnd) {
                // the end of the input: the pending literal, then the last block
                if (this.byteAvailable) {
                    this.block.literalFreq[this.window[this.index - 1]]++;
                    this.tokens++;
                    this.byteAvailable = false;
                }
                if (this.tokens > 0)
                    this.closeBlock(this.index);
            }
        }
        /**
         * Go's lazy matching over the window (wasm/go-scan.ts) until the lookahead runs short (false) or a block
         * holds 16,384 tokens (true, with `closeAt` set); the state crosses over on each call.
         */
        scan() {
            const w = this.scanner;
            w.setState(this.index, this.chainHead, this.length, this.offset, this.byteAvailable ? 1 : 0, this.tokens);
            const full = w.scan(this.windowEnd, this.sync ? 1 : 0) === 1;
            this.index = w.index.value;
            this.chainHead = w.chainHead.value;
            this.length = w.length.value;
            this.offset = w.offset.value;
            this.byteAvailable = w.byteAvailable.value === 1;
            this.tokens = w.tokens.value;
            this.block.extraBits += w.extraBits.value;
            this.closeAt = w.closeAt.value;
            return full;
        }
    }
    return { GoGzipSize, codeLengths, gzipBytes };
}
const { GoGzipSize: go_deflate_GoGzipSize, codeLengths, gzipBytes } = goDeflateModel(GO_SCAN_WASM);

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/compress.js
// Per-layer pull size: what the engine's own gzip (Go's compress/gzip at its default level) makes of a layer,
// counted by the model in go-deflate.ts on worker threads while the layer streams past.
//
// One deflate stream is sequential, and the model runs at a few tens of MB/s per core, so the layer is cut into
// 1 MiB chunks counted concurrently, each primed with the 32 KiB before it (every back-reference one stream
// could make is still possible). What is lost at a cut is a few bytes: the block that ends there and the lazy
// match that could have crossed it. The parts' bits are summed and the stream is closed as Go closes it.




const CHUNK = 1 << 20;
const WINDOW = 32 * 1024;
// The worker evaluates the model's source (a self-contained function) and answers one message per chunk. The
// chunk arrives in a buffer shared with this thread (dictionary first, then the chunk), so no message carries
// a megabyte that only a garbage collection would free. `__name` covers bundlers that wrap functions to keep
// their names.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
var __name = (target) => target;
const { GoGzipSize } = (${goDeflateModel.toString()})(${JSON.stringify(GO_SCAN_WASM)});
const sizer = new GoGzipSize();
const shared = new Uint8Array(workerData);
parentPort.on('message', ({ id, dictionaryLength, chunkLength }) => {
  try {
    const bits = sizer.countPart(
      shared.subarray(dictionaryLength, dictionaryLength + chunkLength),
      shared.subarray(0, dictionaryLength),
    );
    parentPort.postMessage({ id, bits });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;
/** Deflate bits of one chunk primed with its dictionary, counted on the calling thread. */
function chunkBits(chunk, dictionary) {
    return new GoGzipSize().countPart(chunk, dictionary);
}

/** Worker threads that count chunks; at most `concurrency` chunks are in flight across all layers. */
class CompressionPool {
    concurrency;
    idle = [];
    all = [];
    queue = [];
    pending = new Map();
    slots = [];
    /** Chunk buffers already copied to a worker, for the next chunks (no 1 MiB allocation and GC per chunk). */
    spare = [];
    inFlight = 0;
    nextId = 0;
    closed = false;
    constructor(concurrency = Math.max(2, (0,external_node_os_.availableParallelism)())) {
        this.concurrency = concurrency;
    }
    /** Resolves when a chunk may be handed over; the caller must call `release` once its job is done. */
    async acquire() {
        if (this.inFlight < this.concurrency) {
            this.inFlight++;
            return;
        }
        await new Promise((resolve) => this.slots.push(resolve));
    }
    release() {
        const next = this.slots.shift();
        if (next)
            next();
        else
            this.inFlight--;
    }
    /**
     * Starts the workers now rather than at the first chunk: they compile the model while `docker save` is still
     * preparing its archive, which takes seconds before the first byte.
     */
    start() {
        while (!this.closed && this.all.length < this.concurrency)
            this.idle.push(this.spawn());
        return this;
    }
    /** A chunk-sized buffer to fill; hand it back through `bits` (its `buffer` argument). */
    chunkBuffer() {
        return this.spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
    }
    /**
     * Deflate bits of `chunk` (at most 1 MiB) primed with `dictionary` (at most 32 KiB). When `buffer` (from
     * `chunkBuffer`) holds the chunk, the pool takes it back once the chunk is copied to a worker.
     */
    bits(chunk, dictionary, buffer) {
        if (this.closed)
            return Promise.reject(new Error('compression pool is closed'));
        return new Promise((resolve, reject) => {
            this.queue.push({ chunk, dictionary, resolve, reject, ...(buffer ? { buffer } : {}) });
            this.dispatch();
        });
    }
    /** Stops the workers. */
    async close() {
        this.closed = true;
        for (const job of this.queue.splice(0))
            job.reject(new Error('compression pool is closed'));
        await Promise.all(this.all.splice(0).map((w) => w.terminate()));
        this.idle.length = 0;
    }
    dispatch() {
        while (this.queue.length > 0) {
            const worker = this.idle.pop() ?? this.spawn();
            if (!worker)
                return;
            const job = this.queue.shift();
            const id = this.nextId++;
            this.pending.set(id, job);
            const slot = worker;
            slot.jobId = id;
            slot.shared.set(job.dictionary, 0);
            slot.shared.set(job.chunk, job.dictionary.length);
            if (job.buffer && this.spare.length < this.concurrency)
                this.spare.push(job.buffer);
            worker.postMessage({ id, dictionaryLength: job.dictionary.length, chunkLength: job.chunk.length });
        }
    }
    spawn() {
        if (this.all.length >= this.concurrency)
            return undefined;
        // a small heap: a worker holds one 1 MiB chunk and about 0.5 MB of tables at a time
        const shared = new SharedArrayBuffer(WINDOW + CHUNK);
        const worker = Object.assign(new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: shared,
            resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
        }), { shared: new Uint8Array(shared) });
        worker.unref();
        worker.on('message', (message) => {
            const job = this.pending.get(message.id);
            this.pending.delete(message.id);
            this.idle.push(worker);
            if (job) {
                if (message.error !== undefined)
                    job.reject(new Error(`gzip size worker: ${message.error}`));
                else
                    job.resolve(message.bits);
            }
            this.dispatch();
        });
        worker.on('error', (error) => {
            // a worker that dies fails its own job; the others carry on
            const id = worker.jobId;
            const job = id === undefined ? undefined : this.pending.get(id);
            if (id !== undefined)
                this.pending.delete(id);
            this.all.splice(this.all.indexOf(worker), 1);
            const idle = this.idle.indexOf(worker);
            if (idle >= 0)
                this.idle.splice(idle, 1);
            job?.reject(error);
            this.dispatch();
        });
        this.all.push(worker);
        return worker;
    }
}
/** Counts the size Go's gzip would give the bytes written to it. */
class GzipSizer {
    pool;
    buffer;
    filled = 0;
    dictionary = new Uint8Array(0);
    jobs = [];
    failure;
    constructor(pool) {
        this.pool = pool;
    }
    /** Resolves once the data is copied and, when a chunk filled up, a pool slot took it (backpressure). */
    async write(data) {
        let offset = 0;
        while (offset < data.length) {
            const n = Math.min(CHUNK - this.filled, data.length - offset);
            this.buffer ??= this.pool.chunkBuffer();
            this.buffer.set(data.subarray(offset, offset + n), this.filled);
            this.filled += n;
            offset += n;
            if (this.filled === CHUNK)
                await this.flush();
        }
    }
    /** The gzip size of everything written. */
    async end() {
        if (this.filled > 0)
            await this.flush();
        const parts = await Promise.all(this.jobs);
        if (this.failure !== undefined)
            throw this.failure;
        return gzipBytes(parts.reduce((a, b) => a + b, 0));
    }
    async flush() {
        const buffer = this.buffer;
        this.buffer = undefined;
        const chunk = buffer.subarray(0, this.filled);
        const dictionary = this.dictionary;
        // a copy: the chunk's buffer is reused once a worker has it
        this.dictionary = Uint8Array.prototype.slice.call(chunk, Math.max(0, chunk.length - WINDOW));
        this.filled = 0;
        await this.pool.acquire();
        const job = this.pool.bits(chunk, dictionary, buffer).catch((error) => {
            this.failure ??= error;
            return 0;
        });
        this.jobs.push(job.finally(() => this.pool.release()));
    }
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/entries.js
// What one tar entry of a layer means for the image filesystem. Paths are normalised once here so every later
// stage compares them as plain strings: no leading `/` or `./`, no trailing `/`, `.` segments resolved.

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/** Other `.wh..wh.` names are aufs bookkeeping (hard-link directories), not part of the image filesystem. */
const AUFS_META = '.wh..wh.';
function normalisePath(name) {
    const clean = external_node_path_.posix.normalize(`/${name}`).replace(/\/+$/, '');
    return clean.replace(/^\/+/, '');
}
/** Maps a tar header to a layer entry; null for the archive root itself. */
function classifyEntry(name, type, size, linkname) {
    const path = normalisePath(name);
    if (path === '')
        return null;
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const base = slash < 0 ? path : path.slice(slash + 1);
    if (base === OPAQUE)
        return { path: dir, kind: 'opaque', size };
    if (base.startsWith(AUFS_META))
        return { path, kind: 'other', size };
    if (base.startsWith(WHITEOUT)) {
        const target = base.slice(WHITEOUT.length);
        return { path: dir === '' ? target : `${dir}/${target}`, kind: 'whiteout', size };
    }
    switch (type) {
        case 'file':
        case 'contiguous-file':
        case null:
        case undefined:
            return { path, kind: 'file', size };
        case 'directory':
            return { path, kind: 'dir', size };
        case 'symlink':
            return { path, kind: 'symlink', size };
        case 'link':
            return { path, kind: 'hardlink', size, linkTarget: normalisePath(linkname ?? '') };
        default:
            return { path, kind: 'other', size };
    }
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/go-buildinfo.js
// The build info a Go linker embeds in every executable (Go 1.18 and later), read from the bytes of an ELF file as
// they stream past. The build info lies at the start of the first writable, non-executable PT_LOAD segment (the
// `.go.buildinfo` section), 16-byte aligned within its first 64 KiB: a 32-byte header (`\xff Go buildinf:`, the
// pointer size, a flags byte) and, when the flags say the strings are inline (bit value 2), two varint-prefixed
// strings: the Go version and the module info (`path`, `mod`, `dep`, `=>` lines between two 16-byte sentinels).
// Older binaries point at their strings through the data segment's addresses instead; those are not read.
// Bounded: the ELF header and program headers must lie in the first 64 KiB, the data segment must start within
// the first GO_SCAN_LIMIT bytes, and at most 64 KiB + GO_MODINFO_LIMIT bytes of a file are ever held.
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_BYTES = 32;
const FLAG_INLINE_STRINGS = 0x2;
/** How far into the data segment the build info may start (Go's own reader searches as far). */
const SEARCH_BYTES = 64 * 1024;
/** The ELF and program headers are read from at most this much of the start of the file. */
const HEAD_BYTES = 64 * 1024;
/** The data segment (and so the build info) must start before this file offset. */
const GO_SCAN_LIMIT = 512 * 1024 * 1024;
/** The longest module info kept (a few hundred dependencies take tens of KiB). */
const GO_MODINFO_LIMIT = 1024 * 1024;
/** The file offset of the first writable, non-executable PT_LOAD segment of an ELF executable (ET_EXEC or
 *  ET_DYN); undefined when `head` is not one or its program headers are not within `head`. */
function elfDataOffset(head) {
    if (head.length < 52 || head.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = head[4] === 2;
    if (head[4] !== 1 && !is64)
        return undefined;
    const le = head[5] === 1;
    if (head[5] !== 1 && head[5] !== 2)
        return undefined;
    const u16 = (o) => (le ? head.readUInt16LE(o) : head.readUInt16BE(o));
    const u32 = (o) => (le ? head.readUInt32LE(o) : head.readUInt32BE(o));
    const word = (o) => {
        if (!is64)
            return u32(o);
        const v = le ? head.readBigUInt64LE(o) : head.readBigUInt64BE(o);
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
    };
    if (is64 && head.length < 64)
        return undefined;
    const type = u16(16);
    if (type !== 2 && type !== 3)
        return undefined;
    const phoff = word(is64 ? 32 : 28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    if (phentsize < (is64 ? 56 : 32) || phoff + phnum * phentsize > head.length)
        return undefined;
    for (let i = 0; i < phnum; i++) {
        const p = phoff + i * phentsize;
        const flags = u32(is64 ? p + 4 : p + 24);
        // PT_LOAD, PF_W without PF_X
        if (u32(p) === 1 && (flags & 0x3) === 0x2)
            return word(is64 ? p + 8 : p + 4);
    }
    return undefined;
}
function varint(data, at) {
    let value = 0;
    let scale = 1;
    for (let i = at; i < data.length && i < at + 8; i++) {
        const b = data[i];
        value += (b & 0x7f) * scale;
        if ((b & 0x80) === 0)
            return { value, next: i + 1 };
        scale *= 128;
    }
    return undefined;
}
/** Decodes the build info from the bytes at the start of a Go binary's data segment. */
function decodeBuildInfo(window) {
    let at = -1;
    for (let i = window.indexOf(MAGIC); i >= 0 && i < SEARCH_BYTES; i = window.indexOf(MAGIC, i + 1))
        if (i % 16 === 0) {
            at = i;
            break;
        }
    if (at < 0)
        return window.length >= SEARCH_BYTES + HEADER_BYTES
            ? { kind: 'none' }
            : need(SEARCH_BYTES + HEADER_BYTES);
    if (window.length < at + HEADER_BYTES + 16)
        return need(at + HEADER_BYTES + 16);
    if ((window[at + 15] & FLAG_INLINE_STRINGS) === 0)
        return { kind: 'none' };
    const strings = [];
    let next = at + HEADER_BYTES;
    for (let s = 0; s < 2; s++) {
        const len = varint(window, next);
        if (!len)
            return window.length < next + 8 ? need(next + 8) : { kind: 'none' };
        if (len.value > GO_MODINFO_LIMIT)
            return { kind: 'none' };
        if (window.length < len.next + len.value)
            return need(len.next + len.value);
        strings.push(window.subarray(len.next, len.next + len.value).toString('utf8'));
        next = len.next + len.value;
    }
    let modinfo = strings[1];
    // the module info sits between two 16-byte sentinels; without them it is not module info
    modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : '';
    return { kind: 'found', goVersion: strings[0], modinfo };
    function need(bytes) {
        return { kind: 'need', bytes };
    }
}
/**
 * Watches the bytes of one file as they stream past and keeps only what the build info needs: the first 64 KiB
 * (ELF and program headers), then the data segment's first bytes. `result()` after the last chunk gives the kept
 * text (`go` line and the module lines, see reduceModinfo), or undefined for a file that is no Go executable.
 */
class GoBuildInfoScanner {
    head = [];
    headBytes = 0;
    offset = 0;
    dataStart;
    window = [];
    windowBytes = 0;
    needed = SEARCH_BYTES + HEADER_BYTES;
    state = 'head';
    found;
    /** Whether more bytes could still change the result. */
    get wants() {
        return this.state !== 'done';
    }
    push(chunk) {
        if (this.state === 'done')
            return;
        const start = this.offset;
        this.offset += chunk.length;
        if (this.state === 'head') {
            const take = Math.min(chunk.length, HEAD_BYTES - this.headBytes);
            this.head.push(chunk.subarray(0, take));
            this.headBytes += take;
            if (this.headBytes < HEAD_BYTES && take === chunk.length)
                return;
            const state = this.locate();
            if (state === 'window') {
                this.append(chunk.subarray(take));
                return;
            }
            if (state !== 'skip')
                return;
        }
        if (this.state === 'skip') {
            const dataStart = this.dataStart;
            if (this.offset <= dataStart)
                return;
            this.state = 'window';
            chunk = chunk.subarray(Math.max(0, dataStart - start));
        }
        this.append(chunk);
    }
    append(chunk) {
        if (this.state !== 'window' || chunk.length === 0)
            return;
        this.window.push(chunk);
        this.windowBytes += chunk.length;
        if (this.windowBytes >= this.needed)
            this.decode();
    }
    /** The kept build info once the file ended. */
    result() {
        if (this.state === 'head')
            this.locate();
        if (this.state === 'window')
            this.decode(true);
        return this.found;
    }
    /** Finds the data segment from the kept head; the state it leaves. */
    locate() {
        const head = Buffer.concat(this.head);
        this.head.length = 0;
        const dataStart = elfDataOffset(head);
        if (dataStart === undefined || dataStart > GO_SCAN_LIMIT) {
            this.state = 'done';
            return this.state;
        }
        this.dataStart = dataStart;
        this.state = 'skip';
        if (head.length > dataStart) {
            this.state = 'window';
            this.append(head.subarray(dataStart));
        }
        return this.state;
    }
    decode(last = false) {
        const window = Buffer.concat(this.window);
        this.window.length = 0;
        this.window.push(window);
        const decoded = decodeBuildInfo(window);
        if (decoded.kind === 'need' && !last && decoded.bytes <= SEARCH_BYTES + GO_MODINFO_LIMIT) {
            this.needed = decoded.bytes;
            return;
        }
        this.state = 'done';
        this.window.length = 0;
        if (decoded.kind === 'found')
            this.found = reduceModinfo(decoded.goVersion, decoded.modinfo);
    }
}
/** What is kept of a binary's build info: `go\t<version>` and its `path`, `mod`, `dep` and `=>` lines. */
function reduceModinfo(goVersion, modinfo) {
    const lines = modinfo.split('\n').filter((l) => /^(path|mod|dep|=>)\t/.test(l));
    return [`go\t${goVersion}`, ...lines].join('\n');
}
/** The modules of a kept build info: the main module and each dependency, a replacement with a version taking
 *  the place of the module it replaces (a local directory replacement has none: the required version stays). */
function parseGoBuildInfo(text) {
    let goVersion = '';
    const modules = [];
    for (const line of text.split('\n')) {
        const f = line.split('\t');
        if (f[0] === 'go')
            goVersion = f[1] ?? '';
        else if ((f[0] === 'mod' || f[0] === 'dep') && f[1])
            modules.push({ path: f[1], version: f[2] ?? '', main: f[0] === 'mod' });
        else if (f[0] === '=>' && f[1] && f[2] && !/^[./]/.test(f[1]) && modules.length > 0) {
            const last = modules[modules.length - 1];
            modules[modules.length - 1] = { ...last, path: f[1], version: f[2] };
        }
    }
    return { goVersion, modules };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/jar.js
// What a Java archive says it is: the Maven coordinates of its `META-INF/maven/<group>/<artifact>/pom.properties`
// entries (a shaded jar carries one per bundled artifact), read through the zip central directory; else its file
// name (`name-1.2.3.jar`). A jar is held whole while it streams past only up to JAR_LIMIT bytes; a bigger one is
// named by its file name alone. Pure.


/** Jars up to this size are read for their pom.properties (bigger ones: file name only). */
const JAR_LIMIT = 32 * 1024 * 1024;
/** A pom.properties longer than this is not one. */
const PROPERTIES_LIMIT = 64 * 1024;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
/** The end of central directory record: where the directory is and how many entries it has. */
function centralDirectory(zip) {
    const earliest = Math.max(0, zip.length - 22 - 0xffff);
    for (let at = zip.length - 22; at >= earliest; at--) {
        if (zip.readUInt32LE(at) !== 0x06054b50)
            continue;
        let entries = zip.readUInt16LE(at + 10);
        let offset = zip.readUInt32LE(at + 16);
        // ZIP64: the locator right before the record points at the 64-bit record
        if ((entries === 0xffff || offset === 0xffffffff) &&
            at >= 20 &&
            zip.readUInt32LE(at - 20) === 0x07064b50) {
            const record = Number(zip.readBigUInt64LE(at - 12));
            if (record + 56 > zip.length || zip.readUInt32LE(record) !== 0x06064b50)
                return undefined;
            entries = Number(zip.readBigUInt64LE(record + 32));
            offset = Number(zip.readBigUInt64LE(record + 48));
        }
        return offset < zip.length ? { offset, entries } : undefined;
    }
    return undefined;
}
/** The uncompressed bytes of the entry whose local header is at `local` (stored or deflated), bounded. */
function entryData(zip, local, method, size) {
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
        return undefined;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + size > zip.length)
        return undefined;
    const raw = zip.subarray(start, start + size);
    if (method === 0)
        return raw.length > PROPERTIES_LIMIT ? undefined : raw;
    if (method !== 8)
        return undefined;
    try {
        return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: PROPERTIES_LIMIT });
    }
    catch {
        return undefined;
    }
}
/** The Maven coordinates in a jar's pom.properties entries, in central directory order; [] for a jar without any
 *  (or a file that is no zip). */
function readJarCoordinates(zip) {
    const dir = zip.length >= 22 ? centralDirectory(zip) : undefined;
    if (!dir)
        return [];
    const found = [];
    let at = dir.offset;
    for (let i = 0; i < dir.entries && at + 46 <= zip.length; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50)
            break;
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const compressed = zip.readUInt32LE(at + 20);
        const nameLength = zip.readUInt16LE(at + 28);
        const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        if (POM_PROPERTIES.test(name) && (flags & 1) === 0) {
            const data = entryData(zip, zip.readUInt32LE(at + 42), method, compressed);
            const coordinates = data && parsePomProperties(data.toString('utf8'));
            if (coordinates)
                found.push(coordinates);
        }
        at = next;
    }
    return found;
}
/** groupId, artifactId and version of a pom.properties (Java properties: `key=value`, `key: value`, `#` comments). */
function parsePomProperties(text) {
    const values = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*([^#!\s:=][^\s:=]*)\s*[:=]?\s*(.*)$/.exec(line);
        if (m)
            values.set(m[1], m[2].trim());
    }
    const groupId = values.get('groupId');
    const artifactId = values.get('artifactId');
    const version = values.get('version');
    return groupId && artifactId && version !== undefined ? { groupId, artifactId, version } : undefined;
}
/** What is kept of a jar: one `pom\t<group>\t<artifact>\t<version>` line per pom.properties. */
function reduceJar(zip) {
    return readJarCoordinates(zip)
        .map((c) => ['pom', c.groupId, c.artifactId, c.version].join('\t'))
        .join('\n');
}
/** Name and version from a jar's file name: `guava-31.1-jre.jar` → guava 31.1-jre; no version: the name alone. */
function jarNameVersion(path) {
    const base = external_node_path_.posix.basename(path).replace(/\.jar$/i, '');
    const m = /^(.+)-(\d[^-]*(?:-[A-Za-z][^-]*)*)$/.exec(base);
    return m ? { name: m[1], version: m[2] } : { name: base, version: '' };
}
/** The packages a jar stands for: its pom.properties coordinates (the one its file name names first: it owns the
 *  jar's bytes), else its file name. */
function jarPackages(path, kept) {
    const poms = kept
        .split('\n')
        .map((l) => l.split('\t'))
        .filter((f) => f[0] === 'pom' && f.length === 4)
        .map(([, groupId, artifactId, version]) => ({
        groupId: groupId,
        artifactId: artifactId,
        version: version,
    }));
    if (poms.length === 0)
        return [jarNameVersion(path)];
    const file = jarNameVersion(path);
    const own = poms.findIndex((p) => p.artifactId === file.name);
    const ordered = own <= 0 ? poms : [poms[own], ...poms.filter((_, i) => i !== own)];
    return ordered.map((p) => ({ name: `${p.groupId}:${p.artifactId}`, version: p.version }));
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/package-files.js
// Which files of a layer are package databases, and what of them is kept. The layer reader keeps these files'
// contents while it streams (everything else is skipped unread), reduced to what the package inventory reads, so
// a layer entry in the store stays small: a package.json becomes its name and version, a METADATA its header, a
// RECORD or md5sums its list of paths. All pure.

/** The kind of a kept file. */
const keptFileKind = (file) => file.kind ?? packageFileKind(file.path);
/** A single file bigger than this is not kept (the biggest dpkg status files are a few MB). */
const PACKAGE_FILE_LIMIT = 16 * 1024 * 1024;
/** Σ of the raw bytes kept per layer; over it, further files are not kept and the layer says so. */
const PACKAGE_LAYER_LIMIT = 64 * 1024 * 1024;
const NPM_PACKAGE_JSON = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/;
const RPM_DB = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/(?:Packages|Packages\.db|rpmdb\.sqlite)$/;
/** The kind of package-database file at a normalised path, or undefined for any other file. */
function packageFileKind(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg-status';
    if (path.startsWith('var/lib/dpkg/status.d/')) {
        const name = path.slice('var/lib/dpkg/status.d/'.length);
        if (name === '' || name.includes('/'))
            return undefined;
        return name.endsWith('.md5sums') ? 'dpkg-md5sums-d' : 'dpkg-status-d';
    }
    if (path.startsWith('var/lib/dpkg/info/') && path.endsWith('.list') && !path.slice(18).includes('/'))
        return 'dpkg-list';
    if (path === 'lib/apk/db/installed')
        return 'apk-installed';
    if (path === 'etc/os-release' || path === 'usr/lib/os-release')
        return 'os-release';
    if (NPM_PACKAGE_JSON.test(path))
        return 'npm-package-json';
    if (/\.dist-info\/METADATA$/.test(path))
        return 'python-metadata';
    if (/\.dist-info\/RECORD$/.test(path))
        return 'python-record';
    if (RPM_DB.test(path))
        return 'rpm-db';
    if (/\.jar$/i.test(path))
        return 'jar';
    return undefined;
}
/** What is kept of a package-database file (the inventory reads nothing else). */
function reducePackageFile(kind, raw) {
    switch (kind) {
        case 'npm-package-json': {
            try {
                const json = JSON.parse(raw);
                const name = typeof json?.name === 'string' ? json.name : undefined;
                const version = typeof json?.version === 'string' ? json.version : undefined;
                return JSON.stringify({ name, version });
            }
            catch {
                return '{}';
            }
        }
        case 'python-metadata': {
            // the header ends at the first empty line; the long description after it is not needed
            const end = raw.search(/\r?\n\r?\n/);
            return end < 0 ? raw : raw.slice(0, end);
        }
        case 'python-record':
            return parseRecord(raw).join('\n');
        case 'dpkg-md5sums-d':
            return parseMd5sums(raw).join('\n');
        case 'os-release':
            return raw
                .split('\n')
                .filter((l) => /^(ID|VERSION_ID)=/.test(l))
                .join('\n');
        case 'rpm-db':
            // not read (a Berkeley DB or SQLite file): only its presence is kept
            return '';
        default:
            return raw;
    }
}
// ---------------------------------------------------------------- parsers
/** The distribution an os-release file names (`ID`, `VERSION_ID`; quotes removed), or undefined without an ID. */
function parseOsRelease(text) {
    const field = (name) => {
        const m = new RegExp(`^${name}=(.*)$`, 'm').exec(text);
        const v = m?.[1].trim().replace(/^(["'])(.*)\1$/, '$2');
        return v === undefined || v === '' ? undefined : v;
    };
    const id = field('ID');
    if (id === undefined || !/^[a-z0-9._-]+$/.test(id))
        return undefined;
    const versionId = field('VERSION_ID');
    return versionId !== undefined && /^[A-Za-z0-9._~-]+$/.test(versionId) ? { id, versionId } : { id };
}
/** Parses RFC 822-style stanzas (dpkg status, status.d files). */
function parseStanzas(text) {
    const stanzas = [];
    let current = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.size > 0)
                stanzas.push(current);
            current = new Map();
            last = undefined;
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
            current.set(last, `${current.get(last)}\n${line.slice(1)}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim();
        current.set(last, line.slice(colon + 1).trim());
    }
    if (current.size > 0)
        stanzas.push(current);
    return stanzas;
}
/** The installed packages of a dpkg status file (or a distroless status.d file). A stanza without a Status field
 *  (distroless writes none) counts as installed; one whose Status is not `… installed` (removed, config-files
 *  only, half-installed) does not. */
function parseDpkgStatus(text) {
    const records = [];
    for (const s of parseStanzas(text)) {
        const name = s.get('Package');
        const version = s.get('Version');
        if (!name || version === undefined)
            continue;
        const status = s.get('Status');
        if (status !== undefined && !/\sinstalled$/.test(status))
            continue;
        const record = { name, version };
        const arch = s.get('Architecture');
        if (arch)
            record.architecture = arch;
        records.push(record);
    }
    return records;
}
/** Paths a dpkg `.list` file names (absolute in the file; normalised here, `/.` dropped). */
function parseDpkgList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => external_node_path_.posix.normalize(`/${line.trim()}`).replace(/^\/+/, ''))
        .filter((p) => p !== '' && p !== '.');
}
/** Paths of an md5sums file (`<md5>  <path>`, paths relative to /). */
function parseMd5sums(text) {
    const paths = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^[0-9a-f]{32}\s+(.+)$/.exec(line.trim());
        if (m)
            paths.push(external_node_path_.posix.normalize(`/${m[1]}`).replace(/^\/+/, ''));
    }
    return paths;
}
/** The packages of Alpine's /lib/apk/db/installed. */
function parseApkInstalled(text) {
    const records = [];
    for (const block of text.split(/\r?\n\r?\n/)) {
        let name;
        let version;
        let arch;
        let dir = '';
        const files = [];
        for (const line of block.split(/\r?\n/)) {
            const key = line.slice(0, 2);
            const value = line.slice(2);
            if (key === 'P:')
                name = value;
            else if (key === 'V:')
                version = value;
            else if (key === 'A:')
                arch = value;
            else if (key === 'F:')
                dir = value.replace(/^\/+|\/+$/g, '');
            else if (key === 'R:')
                files.push(dir === '' ? value : `${dir}/${value}`);
        }
        if (!name || version === undefined)
            continue;
        const record = { name, version, files };
        if (arch)
            record.architecture = arch;
        records.push(record);
    }
    return records;
}
/** Name and version of a Python distribution's METADATA header (`Name:`, `Version:`). */
function parsePythonMetadata(text) {
    let name;
    let version;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '')
            break;
        const m = /^(Name|Version):\s*(.*)$/i.exec(line);
        if (m?.[1].toLowerCase() === 'name')
            name ??= m[2].trim();
        else if (m)
            version ??= m[2].trim();
    }
    return name && version !== undefined ? { name, version } : undefined;
}
/** The paths of a wheel RECORD (CSV: path,hash,size; a path may be quoted), relative to its site-packages. */
function parseRecord(text) {
    const paths = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        let path;
        if (line.startsWith('"')) {
            const m = /^"((?:[^"]|"")*)"/.exec(line);
            if (!m)
                continue;
            path = m[1].replace(/""/g, '"');
        }
        else {
            const comma = line.lastIndexOf(',', line.lastIndexOf(',') - 1);
            path = comma < 0 ? line : line.slice(0, comma);
        }
        if (path !== '')
            paths.push(path);
    }
    return paths;
}
/** Name and version of a kept package.json (see reducePackageFile). */
function parseNpmPackageJson(text) {
    try {
        const json = JSON.parse(text);
        if (typeof json?.name !== 'string' || json.name === '')
            return undefined;
        return { name: json.name, version: typeof json.version === 'string' ? json.version : '' };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/layer-reader.js
// Reads one layer blob as it streams past: decompresses it when it is gzip or zstd, lists its tar entries
// (file data is skipped, never kept) and, for an uncompressed blob, counts its gzip size on the side.











class LayerReader {
    compression;
    pullSize;
    input = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    entries = [];
    packageFiles = [];
    packageBytes = 0;
    packageFilesIncomplete = false;
    sizeBytes = 0;
    blobBytes = 0;
    gzip;
    done;
    /**
     * `pullSize`: the pull size of this blob when it is already known (a plain blob's is then not counted).
     * `asStored`: the engine pushes this blob as it is stored (the containerd image store): its pull size is its
     * own size even when it is plain, and no gzip size is modelled.
     */
    constructor(compression, pool, pullSize, asStored = false) {
        this.compression = compression;
        this.pullSize = pullSize;
        this.gzip =
            compression === 'none' && pullSize === undefined && !asStored ? new GzipSizer(pool) : undefined;
        const extract = (0,tar_stream.extract)();
        extract.on('entry', (header, stream, next) => {
            const entry = classifyEntry(header.name, header.type, header.size ?? 0, header.linkname);
            if (entry) {
                this.entries.push(entry);
                this.sizeBytes += entry.size;
            }
            const kind = entry?.kind === 'file' ? packageFileKind(entry.path) : undefined;
            if (entry && kind === 'jar') {
                // a jar is held only while it streams past (up to JAR_LIMIT) and only its Maven coordinates are kept
                const chunks = [];
                if (entry.size <= JAR_LIMIT)
                    stream.on('data', (c) => void chunks.push(c));
                stream.on('end', () => {
                    const text = chunks.length === 0 ? '' : reduceJar(Buffer.concat(chunks));
                    this.packageBytes += text.length;
                    this.packageFiles.push({ path: entry.path, text });
                    next();
                });
                stream.resume();
                return;
            }
            if (entry && kind !== undefined) {
                // a package database: the one kind of file whose contents are kept (bounded), for the inventory
                const size = kind === 'rpm-db' ? 0 : entry.size;
                if (size > PACKAGE_FILE_LIMIT || this.packageBytes + size > PACKAGE_LAYER_LIMIT) {
                    this.packageFilesIncomplete = true;
                }
                else {
                    this.packageBytes += size;
                    const chunks = [];
                    if (size > 0)
                        stream.on('data', (c) => void chunks.push(c));
                    stream.on('end', () => {
                        const text = Buffer.concat(chunks).toString('utf8');
                        this.packageFiles.push({ path: entry.path, text: reducePackageFile(kind, text) });
                        next();
                    });
                    stream.resume();
                    return;
                }
            }
            if (entry?.kind === 'file' && entry.size >= 64 && ((header.mode ?? 0) & 0o111) !== 0) {
                // an executable: a Go binary names its modules in its build info (only its first bytes are watched)
                const scanner = new GoBuildInfoScanner();
                const watch = (c) => {
                    scanner.push(c);
                    if (!scanner.wants)
                        stream.off('data', watch);
                };
                stream.on('data', watch);
                stream.on('end', () => {
                    const text = scanner.result();
                    if (text !== undefined)
                        this.packageFiles.push({ path: entry.path, text, kind: 'go-buildinfo' });
                    next();
                });
                stream.resume();
                return;
            }
            stream.on('end', next);
            stream.resume();
        });
        const stages = [];
        if (compression === 'gzip')
            stages.push((0,external_node_zlib_.createGunzip)());
        if (compression === 'zstd')
            stages.push(zstdDecompressor());
        this.done = (0,promises_.pipeline)(this.input, ...stages, extract);
        // reported by write()/end(); this keeps an early failure from being an unhandled rejection
        this.done.catch(() => undefined);
    }
    async write(chunk) {
        this.blobBytes += chunk.length;
        const gzipped = this.gzip?.write(chunk);
        if (!this.input.write(chunk))
            await Promise.race([(0,external_node_events_.once)(this.input, 'drain'), this.done]);
        await gzipped;
    }
    async end() {
        this.input.end();
        await this.done;
        const compressedBytes = this.gzip ? await this.gzip.end() : (this.pullSize ?? this.blobBytes);
        const content = {
            entries: this.entries,
            sizeBytes: this.sizeBytes,
            compression: this.compression,
            blobBytes: this.blobBytes,
            compressedBytes,
        };
        if (this.packageFiles.length > 0)
            content.packageFiles = this.packageFiles;
        if (this.packageFilesIncomplete)
            content.packageFilesIncomplete = true;
        return content;
    }
}
function zstdDecompressor() {
    const transform = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            try {
                decoder.push(chunk);
                callback();
            }
            catch (error) {
                callback(error instanceof Error ? error : new Error(String(error)));
            }
        },
        flush(callback) {
            try {
                decoder.push(new Uint8Array(0), true);
                callback();
            }
            catch (error) {
                callback(error instanceof Error ? error : new Error(String(error)));
            }
        },
    });
    const decoder = new esm/* Decompress */.YM((data) => {
        transform.push(Buffer.from(data));
    });
    return transform;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/archive.js
// Streams an image archive — `docker save` output or a file — once, in order, without holding it in memory.
// Both layouts are recognised by content, not by name: the legacy one (engine < 25: manifest.json and
// <id>/layer.tar) and OCI (engine ≥ 25, skopeo, containerd: index.json and blobs/sha256/…, layers plain, gzip or
// zstd). Layer blobs are analysed as they pass; JSON documents are kept (they are small); the rest is skipped.




/** JSON documents bigger than this are not image metadata. */
const JSON_LIMIT = 64 * 1024 * 1024;
/** Enough to see a tar header's `ustar` magic at offset 257. */
const SNIFF_BYTES = 512;
function sniffBlob(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return { kind: 'layer', compression: 'gzip' };
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return { kind: 'layer', compression: 'zstd' };
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return { kind: 'layer', compression: 'none' };
    // an empty layer is a tar of zero blocks only
    if (head.length >= SNIFF_BYTES && head.subarray(0, SNIFF_BYTES).every((b) => b === 0))
        return { kind: 'layer', compression: 'none' };
    const first = head.toString('utf8', 0, Math.min(head.length, 64)).trimStart()[0];
    if (first === '{' || first === '[')
        return { kind: 'json' };
    return { kind: 'other' };
}
/** A legacy layer directory's metadata file, kept as text (a few hundred bytes). */
const V1_JSON = /^([0-9a-f]{64})\/json$/;
/** Blobs that may be layers, by name: the only ones worth asking the store about. */
const LAYER_NAME = /^(?:[0-9a-f]{64}\/layer\.tar|blobs\/sha(?:256|512)\/[0-9a-f]{64,128})$/;
/** An OCI blob's path names its digest; for an uncompressed layer blob that digest is the layer's diff_id. */
const DIGEST_PATH = /^blobs\/(sha256|sha512)\/([0-9a-f]{64,128})$/;
async function readBlobs(stream, pool, { pullSizes, known, blobsAsStored = false }) {
    const layers = new Map();
    const json = new Map();
    const v1Json = new Map();
    const reused = new Set();
    const links = new Map();
    const extract = (0,tar_stream.extract)();
    stream.on('error', (error) => extract.destroy(error instanceof Error ? error : new Error(String(error))));
    stream.pipe(extract);
    for await (const entry of extract) {
        const name = entry.header.name.replace(/^\.?\/+/, '');
        if (entry.header.type === 'symlink' && LAYER_NAME.test(name) && entry.header.linkname) {
            // `docker save A B` writes a layer the images share once and links the other directories' layer.tar to it
            links.set(name, external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(name), entry.header.linkname)));
        }
        if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
            entry.resume();
            continue;
        }
        const hit = known && LAYER_NAME.test(name) ? await known(name, v1Json.get(name.slice(0, 64))) : undefined;
        if (hit) {
            // skipped unread: a known layer costs the archive's bytes passing by, nothing more
            entry.resume();
            layers.set(name, hit);
            reused.add(name);
            continue;
        }
        const v1 = V1_JSON.exec(name);
        let head = Buffer.alloc(0);
        let sink;
        const open = () => {
            const kind = sniffBlob(head);
            if (kind.kind === 'layer') {
                // the same digest is the same bytes: a plain blob another image of this run already had is not counted
                // again (engine 25+ and other OCI writers name blobs by digest; engine 20.10's legacy names are not)
                const digestMatch = kind.compression === 'none' && !blobsAsStored ? DIGEST_PATH.exec(name) : null;
                const digest = digestMatch ? `${digestMatch[1]}:${digestMatch[2]}` : undefined;
                const reader = new LayerReader(kind.compression, pool, digest === undefined ? undefined : pullSizes?.get(digest), blobsAsStored);
                sink = {
                    write: (c) => reader.write(c),
                    end: async () => {
                        const layer = await reader.end();
                        if (digest)
                            pullSizes?.set(digest, layer.compressedBytes);
                        layers.set(name, layer);
                    },
                };
            }
            else if (kind.kind === 'json') {
                const parts = [];
                let size = 0;
                sink = {
                    write: (c) => {
                        size += c.length;
                        if (size <= JSON_LIMIT)
                            parts.push(c);
                    },
                    end: () => {
                        if (size > JSON_LIMIT)
                            return;
                        try {
                            const text = Buffer.concat(parts).toString('utf8');
                            if (v1)
                                v1Json.set(v1[1], text);
                            json.set(name, JSON.parse(text));
                        }
                        catch {
                            // not JSON after all (or not ours): ignored like any other file
                        }
                    },
                };
            }
            else
                sink = { write: () => undefined, end: () => undefined };
        };
        for await (const chunk of entry) {
            if (sink) {
                await sink.write(chunk);
                continue;
            }
            head = Buffer.concat([head, chunk]);
            if (head.length >= SNIFF_BYTES) {
                open();
                await sink.write(head);
            }
        }
        if (!sink && head.length > 0) {
            open();
            await sink.write(head);
        }
        if (!sink) {
            // a zero-byte file: only meaningful if the manifest lists it as a layer, and then it adds nothing
            layers.set(name, { entries: [], sizeBytes: 0, compression: 'none', blobBytes: 0, compressedBytes: 0 });
        }
        await sink?.end();
    }
    for (const [name, target] of links) {
        const layer = layers.get(target);
        if (!layer || layers.has(name))
            continue;
        layers.set(name, layer);
        if (reused.has(target))
            reused.add(name);
    }
    return { layers, json, reused };
}
/** Reads a `docker save` stream or an OCI archive and returns its config and analysed layers in order. */
async function readImageArchive(stream, pool, source = 'archive', options = {}) {
    return (await readImageArchives(stream, pool, source, options))[0];
}
/**
 * Reads an archive of one or more images (`docker save A B` lists each in manifest.json and writes a layer they
 * share once) and returns each image's config and layers, in the manifest's order.
 */
async function readImageArchives(stream, pool, source = 'archive', options = {}) {
    let blobs;
    try {
        blobs = await readBlobs(stream, pool, options);
    }
    catch (error) {
        // stop the producer (a `docker save` process) instead of leaving it blocked on a full pipe
        stream.destroy();
        if (error instanceof errors/* MeasureError */.T)
            throw error;
        // duck-typed: errors from another realm are not `instanceof Error` here
        const e = error;
        const reason = e && typeof e.message === 'string' ? e.message : String(error);
        if (e?.name === 'DockerCommandError') {
            throw new errors/* MeasureError */.T(`${source}: ${reason}`, 'check that the image exists locally (`docker image ls`) and the engine runs');
        }
        throw new errors/* MeasureError */.T(`${source}: cannot read the image archive: ${reason}`, 'pass the output of `docker save` or an OCI image archive');
    }
    const { json, layers } = blobs;
    const oci = json.has('index.json');
    let images = dockerManifest(json.get('manifest.json'));
    if (!images && oci)
        images = [{ ...followOciIndex(json, json.get('index.json'), source), repoTags: [] }];
    if (!images) {
        throw new errors/* MeasureError */.T(`${source}: neither manifest.json nor index.json found: this is not an image archive`, 'pass the output of `docker save IMAGE` or an OCI archive (`skopeo copy … oci-archive:FILE`)');
    }
    return images.map(({ configPath, layerPaths, repoTags }) => {
        const config = json.get(configPath);
        if (!config || typeof config !== 'object') {
            throw new errors/* MeasureError */.T(`${source}: the image config ${configPath} is missing or not JSON`, 'the archive is incomplete; save the image again');
        }
        const ordered = layerPaths.map((p) => {
            const layer = layers.get(p);
            if (!layer)
                throw new errors/* MeasureError */.T(`${source}: layer ${p} is listed but not in the archive`, 'the archive is incomplete; save the image again');
            return layer;
        });
        return {
            layout: oci ? 'oci' : 'legacy',
            config,
            configPath,
            layers: ordered,
            layerPaths,
            reused: layerPaths.map((p) => blobs.reused.has(p)),
            repoTags,
        };
    });
}
function dockerManifest(value) {
    if (!Array.isArray(value) || value.length === 0)
        return undefined;
    const images = [];
    for (const item of value) {
        if (typeof item?.Config !== 'string' || !Array.isArray(item.Layers))
            return undefined;
        images.push({
            configPath: item.Config,
            layerPaths: item.Layers.map(String),
            repoTags: Array.isArray(item.RepoTags) ? item.RepoTags.map(String) : [],
        });
    }
    return images;
}
function blobPath(digest) {
    const [algorithm, hex] = (digest ?? '').split(':');
    return `blobs/${algorithm ?? ''}/${hex ?? ''}`;
}
function followOciIndex(json, index, source, depth = 0) {
    const manifests = (index?.manifests ?? []).filter(
    // attestation manifests carry platform unknown/unknown
    (m) => m.platform?.os !== 'unknown');
    if (manifests.length === 0 || depth > 4) {
        throw new errors/* MeasureError */.T(`${source}: the OCI index lists no image manifest`, 'save a single-platform image');
    }
    if (manifests.length > 1) {
        throw new errors/* MeasureError */.T(`${source}: the OCI index lists ${manifests.length} images (${manifests.map((m) => `${m.platform?.os ?? '?'}/${m.platform?.architecture ?? '?'}`).join(', ')})`, 'measure one platform at a time: save or copy a single-platform image');
    }
    const doc = json.get(blobPath(manifests[0].digest));
    if (!doc)
        throw new errors/* MeasureError */.T(`${source}: manifest ${manifests[0].digest ?? '?'} is not in the archive`, 'the archive is incomplete');
    if (doc.manifests)
        return followOciIndex(json, doc, source, depth + 1);
    return {
        configPath: blobPath(doc.config?.digest),
        layerPaths: (doc.layers ?? []).map((l) => blobPath(l.digest)),
    };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/attribute.js
// Which instruction made each layer. Layer i belongs to the i-th history entry without `empty_layer`; the
// entry's `created_by` is then matched to a Dockerfile instruction. The two builders write it differently:
//   classic:  `/bin/sh -c #(nop)  ENV X=1`, `/bin/sh -c #(nop) COPY file:<hash> in /app/ `,
//             `|1 A=b /bin/sh -c make` (a RUN, build args first)
//   BuildKit: `ENV X=1`, `COPY src /app/ # buildkit`, `RUN |1 A=b /bin/sh -c make # buildkit`
// Matching walks the history backwards against the instructions of the built stage and the stages it derives
// from: the entries left over at the start come from the base image. An entry gets a line only when its
// content matches an instruction (the command of a RUN, the destination of a COPY/ADD, the keyword otherwise),
// so a surprise leaves the line unknown instead of pointing at the wrong one.

const KEYWORD = /^([A-Z]+)(?:\s+|$)/;
const NOP = /^\/bin\/sh -c #\(nop\)\s*/;
const BUILDKIT = /\s*# buildkit$/;
const BUILD_ARGS = /^\|(\d+)\s+/;
/** Drops the `|N A=1 B=2 ` build-argument prefix of a RUN (values never contain spaces unquoted here). */
function dropBuildArgs(text) {
    const m = BUILD_ARGS.exec(text);
    if (!m)
        return text;
    let rest = text.slice(m[0].length);
    for (let i = 0; i < Number(m[1]); i++)
        rest = rest.replace(/^\S+=\S*\s*/, '');
    return rest;
}
function normaliseCommand(text) {
    return text
        .replace(/^\/bin\/sh -c\s+/, '')
        .replace(/\\\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function parseCreatedBy(createdBy) {
    const buildkit = BUILDKIT.test(createdBy);
    const text = createdBy.replace(BUILDKIT, '').trim();
    if (NOP.test(text)) {
        const rest = text.replace(NOP, '');
        const m = KEYWORD.exec(rest);
        if (!m)
            return undefined;
        const args = rest.slice(m[0].length).trim();
        if (m[1] === 'COPY' || m[1] === 'ADD')
            return { keyword: m[1], text: / in (.*)$/.exec(args)?.[1]?.trim() ?? '' };
        return { keyword: m[1], text: args };
    }
    const m = KEYWORD.exec(text);
    if (m && (buildkit || m[1] !== 'RUN' || text.startsWith('RUN '))) {
        const args = text.slice(m[0].length).trim();
        if (m[1] === 'RUN')
            return { keyword: 'RUN', text: normaliseCommand(dropBuildArgs(args)) };
        if (m[1] === 'COPY' || m[1] === 'ADD')
            return { keyword: m[1], text: args.split(/\s+/).pop() ?? '' };
        return { keyword: m[1], text: args };
    }
    // the classic builder records a RUN as the bare command line
    if (text !== '')
        return { keyword: 'RUN', text: normaliseCommand(dropBuildArgs(text)) };
    return undefined;
}
function instructionText(ins) {
    if (ins.keyword === 'RUN') {
        const command = ins.form === 'exec' ? ins.words.map((w) => w.value).join(' ') : ins.args;
        return normaliseCommand(command);
    }
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const words = ins.words.filter((w) => !w.value.startsWith('<<'));
        return words.at(-1)?.value ?? '';
    }
    return ins.args.trim();
}
function matches(signature, ins) {
    if (signature.keyword !== ins.keyword)
        return false;
    const own = instructionText(ins);
    if (ins.keyword === 'RUN') {
        // heredoc bodies are recorded in full by BuildKit; the first line is enough to be sure
        if (ins.heredocs.length > 0)
            return signature.text.startsWith(normaliseCommand(own.split('<<')[0] ?? ''));
        return signature.text === own;
    }
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD' || ins.keyword === 'WORKDIR')
        return signature.text === own;
    return true;
}
/** The instructions whose history the image carries: the built stage after the stages it is based on. */
function stageChain(dockerfile, target) {
    return (0,parse/* stageLineage */.uL)(dockerfile, (0,parse/* targetStage */.Ae)(dockerfile, target))
        .reverse()
        .flatMap((s) => s.instructions.filter((i) => i.keyword !== 'FROM' && !i.onbuild));
}
/** Maps every history entry that can be matched to a Dockerfile instruction; returns the line per history index. */
function matchHistory(history, instructions) {
    const matched = new Map();
    let next = instructions.length - 1;
    for (let h = history.length - 1; h >= 0 && next >= 0; h--) {
        const signature = parseCreatedBy(history[h].created_by ?? '');
        if (!signature)
            continue;
        for (let k = next; k >= 0; k--) {
            if (matches(signature, instructions[k])) {
                matched.set(h, instructions[k]);
                next = k - 1;
                break;
            }
        }
    }
    return matched;
}
/**
 * The origin of each of `layerCount` layers. When the history does not account for exactly that many
 * non-empty entries the pairing would be a guess, so every origin is left unknown.
 */
function attributeLayers(history, layerCount, dockerfile, target) {
    const withContent = history.map((h, i) => ({ h, i })).filter(({ h }) => h.empty_layer !== true);
    if (withContent.length !== layerCount)
        return Array.from({ length: layerCount }, () => ({ createdBy: '' }));
    const matched = dockerfile
        ? matchHistory(history, stageChain(dockerfile, target))
        : new Map();
    return withContent.map(({ h, i }) => {
        const ins = matched.get(i);
        const origin = { createdBy: h.created_by ?? '', historyIndex: i };
        if (ins) {
            origin.line = ins.line;
            origin.instruction = ins.keyword;
        }
        return origin;
    });
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/base.js
// The base image's part of an image: its layers are the image's first layers, with the same diff_ids.
/** How many leading layers the image shares with the base (0 when the base is unknown or does not match). */
function baseLayerCount(diffIds, baseDiffIds) {
    if (!baseDiffIds || baseDiffIds.length === 0 || baseDiffIds.length > diffIds.length)
        return 0;
    for (let i = 0; i < baseDiffIds.length; i++)
        if (diffIds[i] !== baseDiffIds[i])
            return 0;
    return baseDiffIds.length;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/dive.js
const node = () => ({ children: undefined, size: 0, isDir: false, whiteout: false });
function child(parent, name) {
    parent.children ??= new Map();
    let next = parent.children.get(name);
    if (!next) {
        next = node();
        parent.children.set(name, next);
    }
    return next;
}
function layerTree(entries) {
    const root = node();
    for (const entry of entries) {
        if (entry.kind === 'other' && entry.path.split('/').pop().startsWith('.wh..wh.'))
            continue;
        const parts = entry.path === '' ? [] : entry.path.split('/');
        if (entry.kind === 'opaque') {
            // dive creates the parent directories, then refuses the marker itself
            let at = root;
            for (const part of parts)
                at = child(at, part);
            continue;
        }
        let at = root;
        parts.forEach((part, i) => {
            const last = i === parts.length - 1;
            at = child(at, last && entry.kind === 'whiteout' ? `.wh.${part}` : part);
            if (last) {
                at.size = entry.size;
                at.isDir = entry.kind === 'dir';
                at.whiteout = entry.kind === 'whiteout';
            }
        });
    }
    return root;
}
function subtreeSize(n) {
    let total = n.size;
    if (n.children)
        for (const c of n.children.values())
            total += subtreeSize(c);
    return total;
}
function get(root, path) {
    let at = root;
    for (const part of path.split('/'))
        at = at?.children?.get(part);
    return at;
}
/** Lays a layer tree onto the stacked tree as dive does: whiteouts remove, entries replace the payload only. */
function stack(stacked, layer) {
    const visit = (upper, lower) => {
        if (!upper.children)
            return;
        for (const name of [...upper.children.keys()].sort()) {
            const u = upper.children.get(name);
            if (u.whiteout) {
                lower.children?.delete(name.slice('.wh.'.length));
                continue;
            }
            const l = child(lower, name);
            visit(u, l);
            l.size = u.size;
            l.isDir = u.isDir;
        }
    };
    visit(layer, stacked);
}
function diveNumbers(layers, layerSizes) {
    const paths = new Map();
    const stacked = node();
    layers.forEach((entries) => {
        const tree = layerTree(entries);
        const visit = (n, path) => {
            if (n.children && n.children.size > 0) {
                for (const [name, c] of n.children)
                    visit(c, path === '' ? name : `${path}/${name}`);
                return;
            }
            let size = n.size;
            let key = path;
            if (n.whiteout) {
                const slash = path.lastIndexOf('/');
                key = `${path.slice(0, slash + 1)}${path.slice(slash + 1 + '.wh.'.length)}`;
                const previous = get(stacked, key);
                size = previous?.isDir ? subtreeSize(previous) : 0;
            }
            const copies = paths.get(key);
            if (copies) {
                copies.count++;
                copies.total += size;
                copies.min = Math.min(copies.min, size);
            }
            else
                paths.set(key, { count: 1, total: size, min: size });
        };
        if (tree.children)
            for (const [name, c] of tree.children)
                visit(c, name);
        stack(stacked, tree);
    });
    let minimum = 0;
    let discovered = 0;
    let wastedBytes = 0;
    for (const copies of paths.values()) {
        minimum += copies.min;
        discovered += copies.total;
        if (copies.count >= 2)
            wastedBytes += copies.total;
    }
    const userSizeBytes = layerSizes.slice(1).reduce((a, b) => a + b, 0);
    return {
        efficiency: discovered === 0 ? 1 : minimum / discovered,
        wastedBytes,
        userWastedPercent: userSizeBytes === 0 ? 0 : wastedBytes / userSizeBytes,
        userSizeBytes,
    };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/layer-store.js
var layer_store = __webpack_require__(8735);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/layers.js
const newNode = (kind = 'implied') => ({ children: undefined, kind, content: undefined });
function analyzeFilesystem(layers, largestFiles = 5) {
    const root = newNode('dir');
    const hidden = layers.map(() => 0);
    const release = (content) => {
        if (!content)
            return;
        content.paths--;
        if (content.paths === 0)
            hidden[content.layer] += content.size;
    };
    const dropSubtree = (node) => {
        release(node.content);
        node.content = undefined;
        if (node.children)
            for (const child of node.children.values())
                dropSubtree(child);
        node.children = undefined;
    };
    const lookup = (path) => {
        const parts = path.split('/');
        let parent = root;
        for (let i = 0; i < parts.length - 1; i++) {
            const next = parent.children?.get(parts[i]);
            if (!next)
                return undefined;
            parent = next;
        }
        const name = parts[parts.length - 1];
        return { parent, name, node: parent.children?.get(name) };
    };
    const place = (path) => {
        const parts = path.split('/');
        let node = root;
        for (const part of parts) {
            node.children ??= new Map();
            let next = node.children.get(part);
            if (!next) {
                next = newNode();
                node.children.set(part, next);
            }
            else if (next !== undefined &&
                next.kind !== 'dir' &&
                next.kind !== 'implied' &&
                part !== parts[parts.length - 1]) {
                // a file where a directory is needed: unpacking replaces it
                release(next.content);
                next.content = undefined;
                next.kind = 'implied';
            }
            node = next;
        }
        return node;
    };
    const facts = layers.map((entries, index) => {
        for (const entry of entries) {
            if (entry.kind === 'opaque') {
                const found = entry.path === '' ? { node: root } : lookup(entry.path);
                if (found?.node?.children) {
                    for (const child of found.node.children.values())
                        dropSubtree(child);
                    found.node.children = undefined;
                }
            }
            else if (entry.kind === 'whiteout') {
                const found = lookup(entry.path);
                if (found?.node) {
                    dropSubtree(found.node);
                    found.parent.children.delete(found.name);
                }
            }
        }
        let sizeBytes = 0;
        let fileBytes = 0;
        let files = 0;
        let deletedFiles = 0;
        const regular = [];
        for (const entry of entries) {
            sizeBytes += entry.size;
            if (entry.kind === 'opaque' || entry.kind === 'whiteout') {
                deletedFiles++;
                continue;
            }
            const node = place(entry.path);
            if (entry.kind !== 'dir') {
                files++;
                if (node.children)
                    dropSubtree({ ...node, content: undefined });
                node.children = undefined;
            }
            release(node.content);
            node.content = undefined;
            node.kind = entry.kind;
            if (entry.kind === 'file') {
                fileBytes += entry.size;
                node.content = { layer: index, size: entry.size, paths: 1 };
                regular.push({ path: `/${entry.path}`, sizeBytes: entry.size });
            }
            else if (entry.kind === 'hardlink' && entry.linkTarget) {
                const target = lookup(entry.linkTarget)?.node;
                // a link shares bytes only with a file of its own layer; anything else ships no bytes of its own
                if (target?.content && target.content.layer === index) {
                    node.content = target.content;
                    target.content.paths++;
                }
            }
        }
        regular.sort((a, b) => b.sizeBytes - a.sizeBytes || a.path.localeCompare(b.path));
        return {
            sizeBytes,
            fileBytes,
            hiddenBytes: 0,
            files,
            deletedFiles,
            entries: entries.length,
            largestFiles: regular.slice(0, largestFiles),
        };
    });
    facts.forEach((f, i) => (f.hiddenBytes = hidden[i]));
    const hiddenBytes = hidden.reduce((a, b) => a + b, 0);
    const visibleBytes = facts.reduce((a, f) => a + f.fileBytes, 0) - hiddenBytes;
    return { layers: facts, hiddenBytes, visibleBytes };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/packages.js
// The packages installed in an image and the bytes each owns, from its ordered layers (pure). The layers are
// replayed onto one tree as the engine unpacks them (within a layer whiteouts and opaque markers first, then
// its entries; a later layer's file replaces an earlier one), which gives the final files with their sizes and
// the final text of each package-database file the layer reader kept (package-files.ts). Each package's bytes are
// the sizes of the final regular files it owns — dpkg: its info/<name>.list (or <name>:<arch>.list; distroless:
// status.d/<name>.md5sums), apk: the F:/R: lines of the installed db, Python: the dist-info's RECORD, npm: the
// files under node_modules/<name>/ outside nested node_modules, Go: the executable, owned by its main module (its
// dependencies own no bytes of their own), Java: the jar, owned by the artifact it is named for. A file is counted for the first package that
// claims it (in that order); the rest of the bytes belong to no package and are reported as such.




const UNOWNED_GROUPS = 50;
const packages_newNode = () => ({ children: undefined, file: false, size: 0, kept: undefined, layer: -1 });
/** The final regular files of ordered layers, with their sizes, writers and kept package-database texts. */
function finalFiles(layers) {
    const root = packages_newNode();
    const lookup = (path) => {
        const parts = path.split('/');
        let node = root;
        for (let i = 0; i < parts.length - 1; i++) {
            const next = node.children?.get(parts[i]);
            if (!next)
                return undefined;
            node = next;
        }
        return { parent: node, name: parts[parts.length - 1] };
    };
    const place = (path) => {
        let node = root;
        for (const part of path.split('/')) {
            node.children ??= new Map();
            let next = node.children.get(part);
            if (!next) {
                next = packages_newNode();
                node.children.set(part, next);
            }
            node = next;
        }
        return node;
    };
    for (const [index, layer] of layers.entries()) {
        for (const entry of layer.entries) {
            if (entry.kind === 'opaque') {
                const found = entry.path === '' ? undefined : lookup(entry.path);
                const node = entry.path === '' ? root : found?.parent.children?.get(found.name);
                if (node)
                    node.children = undefined;
            }
            else if (entry.kind === 'whiteout') {
                const found = lookup(entry.path);
                found?.parent.children?.delete(found.name);
            }
        }
        const kept = new Map((layer.packageFiles ?? []).map((f) => [f.path, f]));
        for (const entry of layer.entries) {
            if (entry.kind === 'opaque' || entry.kind === 'whiteout')
                continue;
            const node = place(entry.path);
            if (entry.kind !== 'dir')
                node.children = undefined;
            node.file = entry.kind === 'file';
            node.size = entry.kind === 'file' ? entry.size : 0;
            node.kept = entry.kind === 'file' ? kept.get(entry.path) : undefined;
            node.layer = index;
        }
    }
    const sizes = new Map();
    const texts = new Map();
    const kinds = new Map();
    const writers = new Map();
    const walk = (node, path) => {
        if (node.file) {
            sizes.set(path, node.size);
            writers.set(path, node.layer);
            const kind = node.kept && keptFileKind(node.kept);
            if (node.kept && kind) {
                texts.set(path, node.kept.text);
                kinds.set(path, kind);
            }
        }
        if (node.children)
            for (const [name, child] of node.children)
                walk(child, path === '' ? name : `${path}/${name}`);
    };
    walk(root, '');
    return { sizes, texts, kinds, writers };
}
/** The npm package folder a path lies in (`a/node_modules/@s/x` for `a/node_modules/@s/x/lib/i.js`). */
function npmFolder(path) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || (at > 0 && path[at - 1] !== '/'))
        return undefined;
    const rest = path.slice(at + 'node_modules/'.length).split('/');
    const take = rest[0]?.startsWith('@') ? 2 : 1;
    if (rest.length <= take)
        return undefined;
    return `${path.slice(0, at)}node_modules/${rest.slice(0, take).join('/')}`;
}
function unownedGroup(path) {
    const parts = path.split('/');
    return parts.length <= 1 ? '/' : `/${parts.slice(0, Math.min(3, parts.length - 1)).join('/')}`;
}
/** The image's package inventory from its ordered layers. */
function imagePackages(layers, tree) {
    const { sizes, texts, kinds } = tree ?? finalFiles(layers);
    const claimed = new Set();
    const packages = [];
    const claim = (pkg, paths) => {
        let bytes = 0;
        let files = 0;
        for (const path of paths) {
            const size = sizes.get(path);
            if (size === undefined || claimed.has(path))
                continue;
            claimed.add(path);
            bytes += size;
            files++;
        }
        packages.push({ ...pkg, bytes, files });
    };
    const notRead = new Set();
    // dpkg: the status file, and distroless's status.d files
    const debs = [
        ...parseDpkgStatus(texts.get('var/lib/dpkg/status') ?? ''),
        ...[...texts.entries()]
            .filter(([p]) => kinds.get(p) === 'dpkg-status-d')
            .flatMap(([p, t]) => parseDpkgStatus(t).map((r) => ({ ...r, file: p }))),
    ];
    const debNames = new Map();
    for (const r of debs)
        debNames.set(r.name, (debNames.get(r.name) ?? 0) + 1);
    for (const r of debs) {
        const withArch = r.architecture ? `${r.name}:${r.architecture}` : r.name;
        const list = texts.get(`var/lib/dpkg/info/${withArch}.list`) ?? texts.get(`var/lib/dpkg/info/${r.name}.list`);
        const file = 'file' in r ? r.file : undefined;
        const md5 = file === undefined ? undefined : texts.get(`${file}.md5sums`);
        const paths = list !== undefined ? parseDpkgList(list) : md5 !== undefined ? md5.split('\n') : [];
        // the same name twice (Multi-Arch: same for two architectures): told apart by architecture
        claim({ ecosystem: 'deb', name: debNames.get(r.name) > 1 ? withArch : r.name, version: r.version }, paths);
    }
    for (const r of parseApkInstalled(texts.get('lib/apk/db/installed') ?? ''))
        claim({ ecosystem: 'apk', name: r.name, version: r.version }, r.files);
    const npm = new Map();
    const go = [];
    const jars = [];
    for (const [path, text] of texts) {
        const kind = kinds.get(path);
        if (kind === 'go-buildinfo')
            go.push([path, text]);
        if (kind === 'jar')
            jars.push([path, text]);
        if (kind === 'rpm-db')
            notRead.add('rpm');
        if (kind === 'python-metadata') {
            const meta = parsePythonMetadata(text);
            if (!meta)
                continue;
            const distInfo = external_node_path_.posix.dirname(path);
            const site = external_node_path_.posix.dirname(distInfo);
            const record = texts.get(`${distInfo}/RECORD`);
            const paths = record === undefined
                ? [...sizes.keys()].filter((p) => p.startsWith(`${distInfo}/`))
                : record
                    .split('\n')
                    .filter((p) => p !== '')
                    .map((p) => external_node_path_.posix.normalize(`${site}/${p}`));
            claim({ ecosystem: 'python', name: meta.name, version: meta.version, location: site }, paths);
        }
        if (kind === 'npm-package-json')
            npm.set(external_node_path_.posix.dirname(path), []);
    }
    if (npm.size > 0) {
        for (const path of sizes.keys()) {
            const folder = npmFolder(path);
            if (folder !== undefined)
                npm.get(folder)?.push(path);
        }
        for (const [folder, paths] of npm) {
            const meta = parseNpmPackageJson(texts.get(`${folder}/package.json`));
            if (meta)
                claim({ ecosystem: 'npm', name: meta.name, version: meta.version, location: folder }, paths);
        }
    }
    // Go: each module a binary was built from, located at the binary; the main module owns the binary's bytes
    for (const [path, text] of go) {
        const { modules } = parseGoBuildInfo(text);
        for (const m of modules)
            claim({ ecosystem: 'golang', name: m.path, version: m.version, location: path }, m.main ? [path] : []);
    }
    // Java: each artifact a jar names; the first (the jar's own) owns the jar's bytes
    for (const [path, text] of jars)
        jarPackages(path, text).forEach((p, i) => claim({ ecosystem: 'maven', name: p.name, version: p.version, location: path }, i === 0 ? [path] : []));
    packages.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) ||
        a.name.localeCompare(b.name) ||
        (a.location ?? '').localeCompare(b.location ?? ''));
    let fileBytes = 0;
    const groups = new Map();
    for (const [path, size] of sizes) {
        fileBytes += size;
        if (claimed.has(path) || size === 0)
            continue;
        const group = unownedGroup(path);
        groups.set(group, (groups.get(group) ?? 0) + size);
    }
    const owned = packages.reduce((a, p) => a + p.bytes, 0);
    const inventory = {
        packages,
        fileBytes,
        unownedBytes: fileBytes - owned,
        unowned: [...groups]
            .map(([path, bytes]) => ({ path, bytes }))
            .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
            .slice(0, UNOWNED_GROUPS),
        notRead: [...notRead].sort(),
    };
    // /etc/os-release is usually a link to /usr/lib/os-release: the file that has content says
    const os = parseOsRelease(texts.get('etc/os-release') ?? texts.get('usr/lib/os-release') ?? '');
    if (os)
        inventory.os = os;
    if (layers.some((l) => l.packageFilesIncomplete))
        inventory.incomplete = true;
    return inventory;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/legacy-ids.js
// Which layer of an image a legacy `docker save` directory holds, before its layer.tar is read. Engine < 25 names
// each layer directory by a "v1 ID": the SHA-256 of the directory's own `json` file with its `id` and `parent`
// fields taken out and two fields put in (`layer_id`: the layer's chain ID; `parent`: the parent v1 ID), keys
// sorted as Go's encoder sorts a map. The `json` file comes before `layer.tar` in the archive, so hashing it once
// per candidate chain ID tells which diff ID the coming layer has, and a layer already measured is skipped.
// No match (another engine's recipe) only means the layer is read; a match cannot be wrong (it is a SHA-256).

const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** Chain IDs of a layer list: the first diff ID, then sha256("<previous chain ID> <diff ID>"). */
function chainIds(diffIds) {
    const chain = [];
    diffIds.forEach((d, i) => chain.push(i === 0 ? d : `sha256:${sha256(`${chain[i - 1]} ${d}`)}`));
    return chain;
}
/** The top-level members of a compact JSON object as [key, raw value text]; undefined when it is not one. */
function topLevelMembers(text) {
    const out = [];
    const n = text.length;
    if (text[0] !== '{')
        return undefined;
    let i = 1;
    while (i < n) {
        if (text[i] === '}')
            return out;
        if (text[i] === ',') {
            i++;
            continue;
        }
        if (text[i] !== '"')
            return undefined;
        const keyStart = i++;
        while (i < n && text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        i++;
        let key;
        try {
            key = JSON.parse(text.slice(keyStart, i));
        }
        catch {
            return undefined;
        }
        if (text[i] !== ':')
            return undefined;
        const valueStart = ++i;
        let depth = 0;
        let inString = false;
        for (; i < n; i++) {
            const c = text[i];
            if (inString) {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    inString = false;
            }
            else if (c === '"')
                inString = true;
            else if (c === '{' || c === '[')
                depth++;
            else if (c === '}' || c === ']') {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (c === ',' && depth === 0)
                break;
        }
        out.push([key, text.slice(valueStart, i)]);
    }
    return undefined;
}
/**
 * The index (into `chain`) of the layer a legacy layer directory's `json` describes, or undefined. Engines have
 * written the fields below the top layer with and without `os` when hashing; both are tried.
 */
function legacyLayerIndex(v1Json, chain) {
    const members = topLevelMembers(v1Json.trim());
    if (!members)
        return undefined;
    const fields = new Map(members);
    let id;
    let parent;
    try {
        id = JSON.parse(fields.get('id') ?? 'null');
        parent = fields.has('parent') ? JSON.parse(fields.get('parent')) : '';
    }
    catch {
        return undefined;
    }
    if (typeof id !== 'string' || typeof parent !== 'string')
        return undefined;
    const rest = members.filter(([k]) => k !== 'id' && k !== 'parent');
    const variants = [rest, rest.filter(([k]) => k !== 'os')];
    for (let index = 0; index < chain.length; index++) {
        for (const variant of variants) {
            const all = [...variant, ['layer_id', JSON.stringify(chain[index])]];
            if (parent !== '')
                all.push(['parent', JSON.stringify(`sha256:${parent}`)]);
            all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            const text = `{${all.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
            if (sha256(text) === id)
                return index;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/measure/measure.js











/** How each layer of a read archive is keyed in the store: plain layers by diff ID, compressed blobs by digest. */
function archiveLayerKeys(archive, blobsAsStored = false) {
    const diffIds = archive.config.rootfs?.diff_ids ?? [];
    return archive.layers.map((layer, i) => {
        if (layer.compression === 'none' && !blobsAsStored)
            return (0,layer_store/* layerKey */.n3)(diffIds[i] ?? '', 'engine-gzip-model');
        const m = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(archive.layerPaths[i] ?? '');
        return m ? (0,layer_store/* layerKey */.n3)(`${m[1]}:${m[2]}`, 'blob') : '';
    });
}
/** The store's answer for a layer blob about to be read, from its archive path (see ArchiveReadOptions.known).
 *  `images`: the diff ID lists of the images the archive holds, when known beforehand. */
function knownLayers(store, images, blobsAsStored) {
    const chain = images.flatMap((diffIds) => chainIds(diffIds));
    const diffs = images.flat();
    const plain = new Set(diffs);
    return async (path, v1Json) => {
        const digest = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(path);
        if (digest) {
            const d = `${digest[1]}:${digest[2]}`;
            // an OCI blob named by a diff ID is the plain layer; any other digest may be a compressed one
            return store.getLayer((0,layer_store/* layerKey */.n3)(d, plain.has(d) && !blobsAsStored ? 'engine-gzip-model' : 'blob'));
        }
        if (v1Json === undefined || diffs.length === 0)
            return undefined;
        const index = legacyLayerIndex(v1Json, chain);
        return index === undefined ? undefined : store.getLayer((0,layer_store/* layerKey */.n3)(diffs[index], 'engine-gzip-model'));
    };
}
/** Measures an image from a `docker save` stream or an OCI archive stream. The workers counting gzip sizes start at
 *  the first layer, unless the caller hands in a pool it started earlier (closed here either way). Layers the store
 *  knows are skipped; the ones read are added to it. */
async function measureImageStream(stream, options, pool = new CompressionPool(options.concurrency)) {
    return measureArchive(await readArchiveWithStore(stream, options, pool), options);
}
async function readArchiveWithStore(stream, options, pool) {
    return (await readArchivesWithStore(stream, options, pool, options.expectedDiffIds ? [options.expectedDiffIds] : []))[0];
}
async function readArchivesWithStore(stream, options, pool, expected) {
    const store = options.store ?? layer_store/* emptyStore */.VL;
    let archives;
    try {
        archives = await readImageArchives(stream, pool, options.image, {
            ...(options.pullSizes ? { pullSizes: options.pullSizes } : {}),
            ...(options.blobsAsStored ? { blobsAsStored: true } : {}),
            ...(store !== layer_store/* emptyStore */.VL
                ? { known: knownLayers(store, expected, options.blobsAsStored ?? false) }
                : {}),
        });
    }
    finally {
        await pool.close();
    }
    const written = new Set();
    for (const archive of archives) {
        const keys = archiveLayerKeys(archive, options.blobsAsStored);
        await Promise.all(archive.layers.map((layer, i) => {
            const key = keys[i];
            if (archive.reused[i] || key === '' || written.has(key))
                return undefined;
            written.add(key);
            return store.putLayer(key, layer);
        }));
    }
    return archives;
}
/** Turns a read archive into the measurement (pure). */
function measureArchive(archive, options) {
    const entries = archive.layers.map((l) => l.entries);
    const fs = analyzeFilesystem(entries, options.largestFiles ?? 5);
    const sizes = fs.layers.map((l) => l.sizeBytes);
    const dive = diveNumbers(entries, sizes);
    const diffIds = archive.config.rootfs?.diff_ids ?? [];
    const origins = attributeLayers(archive.config.history ?? [], archive.layers.length, options.dockerfile, options.target);
    const fromBase = baseLayerCount(diffIds, options.baseDiffIds);
    const layers = archive.layers.map((layer, index) => {
        const facts = fs.layers[index];
        const origin = origins[index];
        const measured = {
            index,
            diffId: diffIds[index] ?? '',
            createdBy: origin.createdBy,
            sizeBytes: facts.sizeBytes,
            compressedBytes: layer.compressedBytes,
            hiddenBytes: facts.hiddenBytes,
            files: facts.files,
            deletedFiles: facts.deletedFiles,
            largestFiles: facts.largestFiles,
        };
        if (origin.line !== undefined)
            measured.line = origin.line;
        if (origin.instruction !== undefined)
            measured.instruction = origin.instruction;
        if (options.baseDiffIds)
            measured.fromBase = index < fromBase;
        return measured;
    });
    const sizeBytes = sizes.reduce((a, b) => a + b, 0);
    const measurement = {
        image: options.image,
        sizeBytes,
        compressedBytes: layers.reduce((a, l) => a + l.compressedBytes, 0),
        layerCount: fs.layers.filter((l) => l.entries > 0).length,
        totalLayerCount: layers.length,
        hiddenBytes: fs.hiddenBytes,
        efficiency: sizeBytes === 0 ? 1 : 1 - fs.hiddenBytes / sizeBytes,
        dive,
        layers,
        config: (0,cli/* pickConfig */.Yq)(archive.config.config ?? {}),
    };
    // what the compressed numbers are: sizes of blobs as stored, the engine-gzip model of plain layers, or both
    const modelled = archive.layers.filter((l) => l.compression === 'none' && !options.blobsAsStored).length;
    measurement.compressedSizeSource =
        modelled === archive.layers.length ? 'engine-gzip-model' : modelled === 0 ? 'stored-blobs' : 'mixed';
    const tree = finalFiles(archive.layers);
    measurement.packages = imagePackages(archive.layers, tree);
    const files = new Map();
    for (const [path, size] of tree.sizes)
        files.set(path, { size, layer: tree.writers.get(path) });
    // in memory only (the comparison reads it): not enumerable, so no JSON report or cached baseline carries it
    Object.defineProperty(measurement, 'finalFiles', { value: files, enumerable: false });
    if (options.baseDiffIds && fromBase > 0) {
        measurement.baseSizeBytes = layers.slice(0, fromBase).reduce((a, l) => a + l.sizeBytes, 0);
    }
    return measurement;
}
function storedImage(value, diffIds) {
    const v = value;
    if (!v || typeof v.config !== 'object' || v.config === null || !Array.isArray(v.layerKeys))
        return undefined;
    const stored = v.config.rootfs?.diff_ids;
    // the same image ID is the same image; a mismatch means the entry is not what it claims
    if (!Array.isArray(stored) || stored.join() !== diffIds.join())
        return undefined;
    if (v.layerKeys.length !== diffIds.length || !v.layerKeys.every((k) => typeof k === 'string'))
        return undefined;
    return v;
}
/** Measures a local image (see ImageMeasurer; this is one measurer for one image). */
async function measureImage(docker, image, options = {}, trace) {
    return new ImageMeasurer(docker, { ...(trace ? { trace } : {}) }).measure(image, options);
}
/**
 * Measures the local images of one run. An image's ID and layer list come from `docker image inspect`; when the
 * store knows the image and all its layers, its report is assembled from the store and nothing is read from the
 * engine. The others are read with `docker save`, skipping the layers the store has; images waiting at the same
 * time share one save (the engine writes the layers they share once, and prepares the archive once), and while a
 * build whose image will be measured is running (`hold`), a save waits for it (up to `holdSeconds`).
 */
class ImageMeasurer {
    docker;
    options;
    queue = [];
    saving = false;
    holds = 0;
    holdTimer;
    holdSince = 0;
    /** Saves under way, by the IDs of the images they carry. */
    inFlight = new Map();
    baseIds = new Map();
    containerdStore;
    constructor(docker, options = {}) {
        this.docker = docker;
        this.options = options;
    }
    /** Marks work (a build) whose image will be measured soon: saves wait for it, up to `holdSeconds`. */
    hold() {
        if (this.holds++ === 0)
            this.holdSince = Date.now();
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.holds--;
            // the measure call follows the build by a few microtasks and one `docker image inspect`
            setTimeout(() => this.pump(), 20);
        };
    }
    async measure(image, options = {}) {
        const { baseImage, ...rest } = options;
        const store = options.store ?? layer_store/* emptyStore */.VL;
        const release = this.hold();
        let pending;
        try {
            const [baseDiffIds, inspected, containerdStore] = await Promise.all([
                options.baseDiffIds ?? (baseImage ? this.baseDiffIds(baseImage) : undefined),
                store === layer_store/* emptyStore */.VL ? undefined : inspectLayers(this.docker, image),
                options.blobsAsStored ?? (this.containerdStore ??= usesContainerdStore(this.docker)),
            ]);
            const measureOptions = {
                ...rest,
                image,
                ...(containerdStore ? { blobsAsStored: true } : {}),
                ...(baseDiffIds ? { baseDiffIds } : {}),
                ...(inspected ? { expectedDiffIds: inspected.diffIds } : {}),
            };
            if (inspected) {
                // the same image in a save under way: its layers are in the store once that save is done
                await this.inFlight.get(inspected.id)?.catch(() => undefined);
                const known = await this.fromStore(store, inspected, measureOptions);
                if (known)
                    return known;
            }
            const waiting = new Promise((resolve, reject) => {
                pending = {
                    image,
                    id: inspected?.id,
                    diffIds: inspected?.diffIds,
                    options: measureOptions,
                    resolve,
                    reject,
                };
            });
            this.queue.push(pending);
            this.pump();
            return await waiting;
        }
        finally {
            release();
        }
    }
    baseDiffIds(image) {
        let ids = this.baseIds.get(image);
        if (!ids)
            this.baseIds.set(image, (ids = imageDiffIds(this.docker, image)));
        return ids;
    }
    async fromStore(store, inspected, options) {
        const known = storedImage(await store.getConfig(inspected.id), inspected.diffIds);
        if (!known)
            return undefined;
        const layers = await Promise.all(known.layerKeys.map((k) => store.getLayer(k)));
        if (!layers.every((l) => l !== undefined))
            return undefined;
        this.options.trace?.({
            image: options.image,
            saved: false,
            savedWith: 0,
            layersFromStore: layers.length,
            layersRead: 0,
        });
        return measureArchive({
            layout: 'legacy',
            config: known.config,
            layers,
            layerPaths: known.layerKeys,
            reused: layers.map(() => true),
            repoTags: [],
        }, options);
    }
    pump() {
        // a hold timer left pending would keep the process alive for the rest of `holdSeconds` after the last save
        clearTimeout(this.holdTimer);
        this.holdTimer = undefined;
        if (this.saving || this.queue.length === 0)
            return;
        const holdMs = (this.options.holdSeconds ?? 20) * 1000;
        // requests still being prepared and builds still running may bring images that should share this save
        const preparing = this.holds - this.queue.length;
        if (preparing > 0 && Date.now() - this.holdSince < holdMs) {
            this.holdTimer = setTimeout(() => this.pump(), Math.max(20, holdMs - (Date.now() - this.holdSince)));
            // the builds being waited for keep the process alive; this wait alone must not
            this.holdTimer.unref();
            return;
        }
        const batch = this.queue.splice(0);
        this.saving = true;
        const done = this.save(batch).finally(() => {
            this.saving = false;
            for (const p of batch)
                if (p.id)
                    this.inFlight.delete(p.id);
            this.holdSince = Date.now();
            this.pump();
        });
        for (const p of batch)
            if (p.id)
                this.inFlight.set(p.id, done);
    }
    async save(batch) {
        const names = [...new Set(batch.map((p) => p.image))];
        const first = batch[0].options;
        const blobsAsStored = first.blobsAsStored ?? false;
        try {
            // docker save prepares its whole archive before the first byte: the workers start meanwhile
            const pool = new CompressionPool(first.concurrency).start();
            const stream = names.length === 1 ? this.docker.save(names[0]) : this.docker.stream(['save', ...names]);
            const archives = await readArchivesWithStore(stream, {
                image: names.join(', '),
                ...(first.pullSizes ? { pullSizes: first.pullSizes } : {}),
                ...(first.store ? { store: first.store } : {}),
                ...(blobsAsStored ? { blobsAsStored } : {}),
            }, pool, batch.flatMap((p) => (p.diffIds ? [p.diffIds] : [])));
            for (const p of batch) {
                try {
                    const archive = pickArchive(archives, p, batch.length);
                    const keys = archiveLayerKeys(archive, blobsAsStored);
                    if (p.id && keys.every((k) => k !== '')) {
                        const entry = { config: archive.config, layerKeys: keys };
                        await (p.options.store ?? layer_store/* emptyStore */.VL).putConfig(p.id, entry);
                    }
                    const reused = archive.reused.filter(Boolean).length;
                    this.options.trace?.({
                        image: p.image,
                        saved: true,
                        savedWith: names.length,
                        layersFromStore: reused,
                        layersRead: archive.layers.length - reused,
                    });
                    p.resolve(measureArchive(archive, p.options));
                }
                catch (error) {
                    p.reject(error);
                }
            }
        }
        catch (error) {
            if (names.length === 1) {
                for (const p of batch)
                    p.reject(error);
                return;
            }
            // one image's failure (removed meanwhile, say) must not fail the others: each is read on its own
            for (const name of names)
                await this.save(batch.filter((p) => p.image === name));
        }
    }
}
/** The archive of `docker save A B …` that is the requested image: by tag, else by config digest (= image ID). */
function pickArchive(archives, p, requests) {
    if (archives.length === 1 && requests === 1)
        return archives[0];
    const tagged = /[:@][^/]*$/.test(p.image) ? p.image : `${p.image}:latest`;
    const byTag = archives.find((a) => a.repoTags.includes(tagged));
    if (byTag)
        return byTag;
    const hex = p.id?.replace(/^sha256:/, '');
    const byId = hex ? archives.find((a) => a.configPath?.includes(hex)) : undefined;
    if (byId)
        return byId;
    throw new errors/* MeasureError */.T(`${p.image}: not found in the archive \`docker save\` wrote`, 'measure the image on its own (`image-budget measure IMAGE`)');
}
/**
 * Whether the engine keeps images in the containerd image store (Docker 24+ with the containerd snapshotter):
 * there layer blobs are kept as they are pushed, so their sizes are the pull sizes.
 */
async function usesContainerdStore(docker) {
    try {
        const { stdout } = await docker.run(['info', '--format', '{{json .DriverStatus}}']);
        return /io\.containerd\.snapshotter/.test(stdout);
    }
    catch {
        return false;
    }
}
/** The image ID and rootfs diff IDs of a local image, from one `docker image inspect`; undefined when absent. */
async function inspectLayers(docker, image) {
    try {
        const { stdout } = await docker.run([
            'image',
            'inspect',
            '--format',
            '{{json .Id}} {{json .RootFS.Layers}}',
            image,
        ]);
        const space = stdout.indexOf(' ');
        const id = JSON.parse(stdout.slice(0, space));
        const layers = JSON.parse(stdout.slice(space + 1));
        if (typeof id !== 'string' || !Array.isArray(layers))
            return undefined;
        return { id, diffIds: layers.map(String) };
    }
    catch {
        return undefined;
    }
}
/** rootfs.diff_ids of a local image; undefined when the image is not there. */
async function imageDiffIds(docker, image) {
    try {
        const { stdout } = await docker.run(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', image]);
        const layers = JSON.parse(stdout);
        return Array.isArray(layers) ? layers.map(String) : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Nj: () => (/* binding */ humanSeconds),
/* harmony export */   Sq: () => (/* binding */ signedBytes),
/* harmony export */   Y_: () => (/* binding */ bytesApart),
/* harmony export */   eN: () => (/* binding */ signedSeconds),
/* harmony export */   p6: () => (/* binding */ humanBytes),
/* harmony export */   wu: () => (/* binding */ signedPercent)
/* harmony export */ });
/* harmony import */ var pretty_bytes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5901);
// Human units, the same in the terminal, the comment and the job summary: decimal like `docker images`
// (1 kB = 1,000 B, 1 MB = 1,000,000 B, 1 GB = 10^9 B). Raw byte counts belong to the JSON report and the outputs.

/** `162.4 MB`. */
function humanBytes(bytes) {
    return (0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(bytes);
}
/** `+1.2 MB`, `-300 kB`, `0 B`. */
function signedBytes(bytes) {
    if (bytes === 0)
        return '0 B';
    return (0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(bytes, { signed: true });
}
/** Two sizes in human units with just enough digits to tell them apart: a head of 60,000,400 B against a
 *  budget of 60,000,000 B reads `60.0004 MB` and `60 MB`, not `60 MB` twice. Exact bytes stay in the JSON
 *  report and the outputs. */
function bytesApart(a, b) {
    let pair = [(0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(a), (0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(b)];
    for (let digits = 2; pair[0] === pair[1] && a !== b && digits <= 9; digits++)
        pair = [
            (0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(a, { maximumFractionDigits: digits }),
            (0,pretty_bytes__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(b, { maximumFractionDigits: digits }),
        ];
    return pair;
}
/** `+3.25%`, `-0.50%`. */
function signedPercent(percent) {
    const fixed = percent.toFixed(2);
    return percent > 0 ? `+${fixed}%` : fixed === '-0.00' ? '0.00%' : `${fixed}%`;
}
/** `42.0 s`, `3 min 5 s`. */
function humanSeconds(seconds) {
    if (Math.abs(seconds) < 60)
        return `${seconds.toFixed(1)} s`;
    const whole = Math.round(Math.abs(seconds));
    const sign = seconds < 0 ? '-' : '';
    return `${sign}${Math.floor(whole / 60)} min ${whole % 60} s`;
}
function signedSeconds(seconds) {
    return seconds > 0 ? `+${humanSeconds(seconds)}` : humanSeconds(seconds);
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}


/***/ })

};
