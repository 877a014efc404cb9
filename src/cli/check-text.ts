// The terminal form of the check report: the headline numbers, what the optimizer's fixes save, the lint
// findings by name, and the verdict with what it was judged against. Same words and units as the comment
// (src/report/*-text.ts); untrusted text (paths, refs, messages) goes through printable().
import type { MetricDelta } from '../compare/types.js';
import type { Finding } from '../model.js';
import { printable } from '../report/escape.js';
import { foldedName, foldFindings } from '../report/fold.js';
import { hiddenBytes, hiddenNote, hiddenWhere } from '../report/hidden.js';
import { addedBy, filesGrew, growthKind } from '../report/files-text.js';
import { fixPlace, fixSaving, optimizerHeadline, perFixNote } from '../report/optimizer-text.js';
import {
  largestAdditions,
  packageName,
  packagesChanged,
  packageSummary,
  packageVersions,
} from '../report/packages-text.js';
import type { ReportData } from '../report/types.js';
import {
  humanBytes,
  humanSeconds,
  plural,
  signedBytes,
  signedPercent,
  signedSeconds,
} from '../report/units.js';
import { growthSentence } from '../report/growth-text.js';
import { increaseText, verdictSentence } from '../report/verdict-text.js';

/** Findings listed by name; the rest are counted (`image-budget lint` lists them all). */
const MAX_FINDINGS = 30;

/** The change column, in the comment's words: a change within the noise is shown with the note that says so. */
function change(m: MetricDelta, signed: (n: number) => string, withPercent: boolean, noise?: string): string {
  if (m.delta === null) return '';
  const percent = withPercent && m.percent !== null ? ` (${signedPercent(m.percent)})` : '';
  if (noise !== undefined) return `${signed(m.delta)}${percent}, ${noise}`;
  if (!m.changed) return m.delta === 0 ? 'no change' : `${signed(m.delta)}${percent}, below noise floor`;
  return `${signed(m.delta)}${percent}`;
}

function row(label: string, m: MetricDelta, unit: (n: number) => string, changeText: string): string {
  const base = m.base === null ? '—' : unit(m.base);
  return `  ${label.padEnd(22)}${base.padStart(12)}  →  ${unit(m.head).padStart(12)}   ${changeText}`.trimEnd();
}

function lintLines(data: ReportData): string[] {
  if (!data.lintEnabled) return ['  lint: off'];
  const findings = [...data.findings].sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.length === 0) return ['  lint: no findings'];
  const bySeverity = (['error', 'warning', 'info', 'style'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const added = new Set<Finding>(data.findingChanges?.baselineKnown ? data.findingChanges.added : []);
  const rows = foldFindings(findings);
  const lines = [`  lint: ${plural(findings.length, 'finding')} (${bySeverity})`];
  const width = Math.min(24, Math.max(...rows.map((r) => foldedName(r).length)));
  for (const r of rows.slice(0, MAX_FINDINGS)) {
    const isNew = r.findings.some((f) => added.has(f)) ? ' (new)' : '';
    lines.push(
      `    ${r.finding.severity.padEnd(8)} ${foldedName(r).padEnd(width)}  ${printable(r.finding.message)}${isNew}`,
    );
  }
  if (rows.length > MAX_FINDINGS)
    lines.push(
      `    … ${rows.length - MAX_FINDINGS} more (image-budget lint ${printable(data.dockerfile)} lists them all)`,
    );
  if (rows.some((r) => r.rules.length > 1))
    lines.push('    (a line naming two rules is one problem both report)');
  return lines;
}

/** Packages listed by name in the terminal; the summary line counts them all. */
const MAX_PACKAGES = 10;

function packageLines(data: ReportData): string[] {
  const diff = data.comparison.packages;
  if (!packagesChanged(diff)) return [];
  const lines = ['', `  largest additions: ${printable(packageSummary(diff))}`];
  const additions = largestAdditions(diff);
  for (const c of additions.slice(0, MAX_PACKAGES))
    lines.push(
      `    ${signedBytes(c.deltaBytes).padStart(10)}  ${printable(packageName(c))} ${printable(packageVersions(c))}`,
    );
  if (additions.length > MAX_PACKAGES) lines.push(`    … ${additions.length - MAX_PACKAGES} more`);
  const folders = diff.unowned.folders.filter((f) => f.deltaBytes > 0).slice(0, 5);
  if (folders.length > 0)
    lines.push(
      `    bytes in no package: ${folders.map((f) => `${printable(f.path)} ${signedBytes(f.deltaBytes)}`).join(', ')}`,
    );
  return lines;
}

/** Files and folders listed in the terminal. */
const MAX_GROWN = 5;

function fileLines(data: ReportData): string[] {
  const growth = data.comparison.grownFiles;
  if (!filesGrew(growth)) return [];
  const lines = ['', '  files that grew:'];
  for (const g of [...growth.folders.slice(0, MAX_GROWN), ...growth.files.slice(0, MAX_GROWN)]) {
    const by = addedBy(g);
    lines.push(
      `    ${signedBytes(g.deltaBytes).padStart(10)}  ${printable(g.path)} (${growthKind(g)})${by === '' ? '' : `, ${printable(by)}`}`,
    );
  }
  if (growth.grownFiles > MAX_GROWN) lines.push(`    … ${growth.grownFiles - MAX_GROWN} more files`);
  return lines;
}

function optimizerLines(data: ReportData): string[] {
  const optimizer = data.optimizer;
  if (optimizer === undefined) return [];
  const lines = ['', `  optimizer: ${printable(optimizerHeadline(optimizer, data.comparison))}`];
  if (optimizer.error !== undefined) lines.push(`    not checked: ${printable(optimizer.error)}`);
  const note = perFixNote(optimizer);
  if (note !== '') lines.push(`    ${note}`);
  for (const fix of optimizer.fixes) {
    const place = fixPlace(fix);
    lines.push(
      `    ${printable(String(fix.rule)).padEnd(8)} ${printable(String(fix.description))}` +
        `${place === '' ? '' : ` (${place})`}: ${fixSaving(fix, data.comparison.minChange)}`,
    );
  }
  if (optimizer.diff.trim() !== '') lines.push('    see the changes: image-budget optimize --diff');
  return lines;
}

/** Every limit the verdict applied, as the comment's budget column shows them. */
function limitsLine(data: ReportData): string {
  const { limits } = data;
  const parts: string[] = [];
  // the verdict computed the headroom; the report only renders it
  const left = data.verdict.headroomBytes;
  if (limits.budget !== undefined) {
    const room =
      left === undefined
        ? ''
        : ` (${left >= 0 ? `${humanBytes(left)} left` : `over by ${humanBytes(-left)}`})`;
    parts.push(`budget ${humanBytes(limits.budget)} ${limits.sizeMetric}${room}`);
  }
  if (limits.maxIncrease) parts.push(`max-increase ${increaseText(limits.maxIncrease)}`);
  if (limits.warnIncrease) parts.push(`warn-increase ${increaseText(limits.warnIncrease)}`);
  if (limits.maxLayers !== undefined) parts.push(`max-layers ${limits.maxLayers}`);
  return `  limits: ${parts.length === 0 ? 'none set' : parts.join(', ')}`;
}

export function formatCheckText(data: ReportData): string {
  const c = data.comparison;
  const count = (n: number) => String(n);
  const signedCount = (n: number) => (n > 0 ? `+${n}` : String(n));
  const lines = [
    `${printable(data.dockerfile)}${data.target ? ` (target ${printable(data.target)})` : ''}`,
    c.baseline.available
      ? `  base ${printable(data.baseRef ?? '')} ${data.baseSha?.slice(0, 12) ?? ''}`.trimEnd()
      : `  no baseline: ${printable(c.baseline.reason)}`,
    '',
    `  ${'metric'.padEnd(22)}${'base'.padStart(12)}     ${'head'.padStart(12)}   change`,
    row('uncompressed size', c.uncompressed, humanBytes, change(c.uncompressed, signedBytes, true)),
    row('compressed size', c.compressed, humanBytes, change(c.compressed, signedBytes, true)),
    row('layers', c.layers, count, change(c.layers, signedCount, false)),
  ];
  if (c.buildSeconds !== undefined) {
    const t = c.buildSeconds;
    const noise = t.comparable ? `±${Math.round(t.noise * 100)}% noise` : 'not comparable';
    lines.push(row('build time', t, humanSeconds, change(t, signedSeconds, true, noise)));
  }
  const hidden = hiddenBytes(data);
  if (hidden !== null) {
    const delta = hidden.base === null ? null : hidden.head - hidden.base;
    const m: MetricDelta = {
      base: hidden.base,
      head: hidden.head,
      delta,
      percent: delta === null || !hidden.base ? null : (delta / hidden.base) * 100,
      changed: delta !== null && Math.abs(delta) >= c.minChange,
    };
    lines.push(row('hidden bytes', m, humanBytes, change(m, signedBytes, true)));
  }
  lines.push(
    `  ${'new bytes to pull'.padEnd(22)}${''.padStart(12)}     ${humanBytes(c.pullBytes).padStart(12)}   ${
      c.baseline.available ? plural(c.pullLayers, 'new layer') : 'no base to share layers with'
    }`,
  );
  if (hidden !== null) lines.push(`  ${hiddenNote(hiddenWhere(hidden, humanBytes))}`);
  lines.push(...packageLines(data), ...fileLines(data), ...optimizerLines(data), '', ...lintLines(data));

  const sentence = verdictSentence(data);
  lines.push('', limitsLine(data), `${data.verdict.status.toUpperCase()}: ${printable(sentence.text)}`);
  if (data.growth !== undefined) lines.push(`  ${growthSentence(data.growth, data.dockerfile, 'terminal')}`);
  for (const r of data.verdict.reasons) {
    if (r === sentence.reason) continue;
    lines.push(`  ${r.level === 'info' ? 'note' : r.level}: ${printable(r.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
