// Shared data types that flow between the stages: lint → optimize → build → measure → compare → report → verdict.
// Stages exchange only these plain objects (JSON-serialisable), so each stage is a pure function over data.

export type Severity = 'error' | 'warning' | 'info' | 'style';
/** A threshold: a severity, or `none` (nothing reaches it). */
export type Threshold = Severity | 'none';
export type Category = 'size' | 'cache' | 'security' | 'reproducibility' | 'correctness' | 'style';

/** Replace `text[start, end)` with `text`. Offsets are UTF-16 indexes into the normalised Dockerfile text
 *  (`ParsedDockerfile.text`: byte-order mark removed, CRLF turned into LF). An insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An automatic fix: applied by the optimizer, never by the linter. */
export interface Fix {
  /** Short imperative sentence: "Add --no-install-recommends". */
  description: string;
  edits: TextEdit[];
  /** Edits to `.dockerignore` lines to add (the optimizer merges them, checking COPY sources). */
  dockerignore?: string[];
  /** `aggressive` fixes (e.g. a base-image swap) are applied only with `optimize: aggressive`. Default `safe`. */
  level?: 'safe' | 'aggressive';
}

export interface Finding {
  file: string;
  /** 1-based lines and columns; endColumn is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `DL3008`, `IB101`, `SC2086`, or `DL1000` for parse problems. */
  rule: string;
  /** Readable name of the rule: `apt-pin-versions`. */
  name: string;
  severity: Severity;
  category: Category;
  message: string;
  fixable: boolean;
  fix?: Fix;
  /** Other codes that report the same problem on the same line (a BuildKit check beside its hadolint rule): the
   *  finding stands for them too, and ignoring any of them silences it. */
  also?: string[];
  /** A BuildKit check under `# check=error=true` (or BUILDKIT_DOCKERFILE_CHECK with error=true): it fails the
   *  check whatever the severity threshold, as it fails `docker build --check` and the build itself. */
  checkError?: true;
  /** Shown, never applied: an example of the change (may be several lines). */
  suggestion?: string;
}

// ---------------------------------------------------------------- build

export type BuilderKind = 'buildx' | 'buildkit' | 'classic';

export interface BuildOptions {
  /** Path of the Dockerfile (absolute or relative to cwd). */
  dockerfile: string;
  context: string;
  target?: string;
  buildArgs?: Record<string, string>;
  /** One platform, e.g. `linux/amd64`. */
  platform?: string;
  /** Where to build: a Docker context (another engine; the image stays there) or a buildx builder name (the image
   *  is exported as an OCI archive and measured from it, never loaded). Only with buildx. */
  builder?: string;
  noCache?: boolean;
  network?: string;
  labels?: Record<string, string>;
  /** Tag for the built image; the adapter makes one when absent. */
  tag?: string;
}

export interface BuildStep {
  name: string;
  /** Seconds, when the builder reports them. */
  seconds?: number;
  cached: boolean;
}

export interface BuildResult {
  ok: true;
  imageId: string;
  tag: string;
  builder: BuilderKind;
  /** Wall-clock seconds of the whole build. */
  seconds: number;
  steps?: BuildStep[];
  cachedSteps?: number;
  totalSteps?: number;
  /** The image's manifest (or index) digest, from buildx's metadata file. */
  digest?: string;
  /** Warnings the builder reported (buildx: the Dockerfile frontend's checks and deprecations). */
  warnings?: BuildWarning[];
}

export interface BuildWarning {
  message: string;
  /** The Dockerfile it points into, as the builder names it, and the 1-based line, when given. */
  file?: string;
  line?: number;
  /** The builder's page about it. */
  url?: string;
}

export interface BuildFailure {
  ok: false;
  builder: BuilderKind;
  seconds: number;
  /** The step that failed, as the builder names it ("[3/5] RUN make"), when known. */
  step?: string;
  /** Dockerfile line of the failing step, when known. */
  line?: number;
  /** Last lines of the build output. */
  output: string[];
  message: string;
}

// ---------------------------------------------------------------- measure

export interface FileEntry {
  path: string;
  sizeBytes: number;
}

export interface LayerMeasurement {
  index: number;
  /** Digest of the uncompressed layer (rootfs.diff_ids entry). */
  diffId: string;
  /** The history `created_by` of the instruction that made this layer. */
  createdBy: string;
  /** Dockerfile line of that instruction, when it could be mapped. */
  line?: number;
  /** Keyword of that instruction (`RUN`, `COPY`…), when it could be mapped. */
  instruction?: string;
  sizeBytes: number;
  compressedBytes: number;
  hiddenBytes: number;
  files: number;
  deletedFiles: number;
  largestFiles: FileEntry[];
  /** True when the layer came from the base image. */
  fromBase?: boolean;
}

export interface DiveNumbers {
  efficiency: number;
  wastedBytes: number;
  userWastedPercent: number;
  userSizeBytes: number;
}

export interface ImageMeasurement {
  image: string;
  sizeBytes: number;
  compressedBytes: number;
  /** Layers with content. */
  layerCount: number;
  /** All layers in rootfs.diff_ids, empty ones included. */
  totalLayerCount: number;
  hiddenBytes: number;
  /** 1 - hiddenBytes / sizeBytes. */
  efficiency: number;
  dive: DiveNumbers;
  layers: LayerMeasurement[];
  /** Bytes of the base image's layers, when the base is known. */
  baseSizeBytes?: number;
  config: ImageConfigSummary;
  /**
   * What `compressedBytes` is (docs/measure.md): `engine-gzip-model` — each plain layer's gzip size as the engine
   * would push it (engines that keep layers unpacked: overlay2 and the other graph drivers); `stored-blobs` — the
   * sizes of the layer blobs as the engine stores and pushes them (the containerd image store, compressed OCI
   * archives); `mixed` — an archive with both kinds.
   */
  compressedSizeSource?: 'engine-gzip-model' | 'stored-blobs' | 'mixed';
  /** The packages installed in the final filesystem and the bytes no package owns (absent in reports written
   *  before it was measured). */
  packages?: PackageInventory;
  /** The final regular files with their sizes and the layer that wrote each: set by the measurement, in memory
   *  only (not enumerable, so absent from every JSON: a report or a cached baseline has none). */
  readonly finalFiles?: FinalFiles;
}

/** The final regular files of an image: path (normalised, no leading `/`) → size and index of the layer that
 *  wrote it last. */
export type FinalFiles = ReadonlyMap<string, { size: number; layer: number }>;

// ---------------------------------------------------------------- packages (src/measure/packages.ts)

export type Ecosystem = 'deb' | 'apk' | 'python' | 'npm' | 'golang' | 'maven';

export interface InstalledPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** npm and Python: the package's folder (`app/node_modules/left-pad`, `usr/lib/python3/dist-packages`); Go: the
   *  binary it was built into (`usr/local/bin/app`); Java: the jar (`app/lib/guava-31.1-jre.jar`). */
  location?: string;
  /** Σ of the final regular files it owns. */
  bytes: number;
  files: number;
}

/** Bytes that belong to no package, by folder (the first three path segments). */
export interface UnownedGroup {
  path: string;
  bytes: number;
}

export interface PackageInventory {
  /** Sorted by ecosystem, name, location. */
  packages: InstalledPackage[];
  /** Σ of the regular files the final filesystem shows. */
  fileBytes: number;
  /** fileBytes − Σ package bytes. */
  unownedBytes: number;
  /** The largest groups of unowned bytes (at most 50 of them). */
  unowned: UnownedGroup[];
  /** Package databases present but not read (`rpm`). */
  notRead: string[];
  /** The distribution the image's os-release names, when it has one. */
  os?: { id: string; versionId?: string };
  /** Some package-database files were over the size bounds and not kept: the inventory may miss packages. */
  incomplete?: boolean;
}

/** The final config fields the optimizer must preserve. */
export interface ImageConfigSummary {
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  User?: string;
  WorkingDir?: string;
  ExposedPorts?: Record<string, unknown>;
  Env?: string[];
  Volumes?: Record<string, unknown>;
  Labels?: Record<string, string> | null;
}
