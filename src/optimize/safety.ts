// When an optimization counts: the optimized image keeps the final config of the original (unless a fix is about
// exactly that field) and passes the user's smoke test, like the original does.
import type { Docker } from '../docker/types.js';
import type { ImageConfigSummary } from '../model.js';

export type ConfigField = keyof ImageConfigSummary;

export const CONFIG_FIELDS: readonly ConfigField[] = [
  'Entrypoint',
  'Cmd',
  'User',
  'WorkingDir',
  'ExposedPorts',
  'Env',
  'Volumes',
  'Labels',
];

/** Config fields a rule's fix exists to change; every other field must stay equal. */
export const FIELDS_A_FIX_MAY_CHANGE: Readonly<Record<string, readonly ConfigField[]>> = {
  // shell form → exec form: Cmd/Entrypoint lose the `/bin/sh -c` wrapper by design
  DL3025: ['Cmd', 'Entrypoint'],
  // MAINTAINER → LABEL maintainer=…
  DL4000: ['Labels'],
  // a slimmer base variant may carry other base labels
  IB107: ['Labels'],
};

export interface ConfigDifference {
  field: ConfigField;
  before: unknown;
  after: unknown;
}

/** `["/bin/sh","-c","node app.js"]` runs the same program as `["node","app.js"]` when the string is plain words. */
function normaliseCommand(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== 3) return value ?? null;
  const [sh, flag, script] = value as unknown[];
  if ((sh !== '/bin/sh' && sh !== 'sh') || flag !== '-c' || typeof script !== 'string') return value;
  if (!/^[\w@%+=:,./-]+( +[\w@%+=:,./-]+)*$/.test(script.trim())) return value;
  return script.trim().split(/ +/);
}

function canonical(field: ConfigField, value: unknown): string {
  let v = value;
  if (field === 'Cmd' || field === 'Entrypoint') v = normaliseCommand(value);
  if (field === 'Env' && Array.isArray(value)) v = [...(value as string[])].sort();
  if (v === undefined || v === null || v === '') return 'null';
  if (typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? 'null' : JSON.stringify(entries);
  }
  if (Array.isArray(v) && v.length === 0 && field !== 'Cmd' && field !== 'Entrypoint') return 'null';
  return JSON.stringify(v);
}

export function configDifferences(before: ImageConfigSummary, after: ImageConfigSummary): ConfigDifference[] {
  return CONFIG_FIELDS.filter((f) => canonical(f, before[f]) !== canonical(f, after[f])).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}

/** Differences no applied rule accounts for. */
export function unexplainedDifferences(
  before: ImageConfigSummary,
  after: ImageConfigSummary,
  appliedRules: readonly string[],
): ConfigDifference[] {
  const allowed = new Set(appliedRules.flatMap((r) => FIELDS_A_FIX_MAY_CHANGE[r] ?? []));
  return configDifferences(before, after).filter((d) => !allowed.has(d.field));
}

export function describeDifferences(diffs: readonly ConfigDifference[]): string {
  return diffs
    .map((d) => `${d.field} changed from ${JSON.stringify(d.before)} to ${JSON.stringify(d.after)}`)
    .join('; ');
}

export interface SmokeResult {
  ok: boolean;
  /** Last lines of output, or the error. */
  detail: string;
}

/** Runs the user's smoke-test command in a fresh container without network. */
export async function smokeTest(
  docker: Docker,
  image: string,
  command: string,
  timeoutSeconds = 120,
): Promise<SmokeResult> {
  try {
    const r = await docker.runContainer(image, command, { shell: true, network: 'none', timeoutSeconds });
    return { ok: r.exitCode === 0, detail: lastLines(r.stdout + r.stderr) };
  } catch (error: unknown) {
    return { ok: false, detail: error instanceof Error ? lastLines(error.message) : String(error) };
  }
}

function lastLines(text: string, n = 5): string {
  return text.trim().split('\n').slice(-n).join('\n');
}
