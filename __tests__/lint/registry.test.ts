// The registry check: every rule a file under src/lint/rules/ exports is registered exactly once in allRules,
// has valid metadata, a docs page and a test file. On failure the message lists everything that is missing.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../src/lint/rules/index.js';
import type { Rule } from '../../src/lint/types.js';
import { BUILDKIT_NAMES } from '../../src/lint/rules/buildkit-names.js';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const RULES_DIR = join(ROOT, 'src', 'lint', 'rules');
const SEVERITIES = ['error', 'warning', 'info', 'style'];
const CATEGORIES = ['size', 'cache', 'security', 'reproducibility', 'correctness', 'style'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { meta?: { code?: unknown }; create?: unknown };
  return typeof v.meta?.code === 'string' && typeof v.create === 'function';
}

/** Every exported Rule value, with the file that defines it. */
async function definedRules(): Promise<{ rule: Rule; file: string }[]> {
  const out: { rule: Rule; file: string }[] = [];
  for (const file of sourceFiles(RULES_DIR)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(mod))
      if (isRule(value)) out.push({ rule: value, file: relative(ROOT, file) });
  }
  return out;
}

function metaProblems(rule: Rule): string[] {
  const m = rule.meta;
  const problems: string[] = [];
  // hadolint's codes, the project's own, or a BuildKit check under its own name (with that name's page upstream)
  const buildkit = BUILDKIT_NAMES.has(m.code);
  if (!/^(DL|IB)\d{3,4}$/.test(m.code) && !buildkit)
    problems.push(`code "${m.code}" is not DLnnnn, IBnnn or a BuildKit check name`);
  if (buildkit && m.url !== `https://docs.docker.com/go/dockerfile/rule/${m.name}/`)
    problems.push(`url "${m.url}" is not BuildKit's page for ${m.code}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.name)) problems.push(`name "${m.name}" is not kebab-case`);
  if (!SEVERITIES.includes(m.severity))
    problems.push(`severity "${m.severity}" not one of ${SEVERITIES.join('|')}`);
  if (!CATEGORIES.includes(m.category))
    problems.push(`category "${m.category}" not one of ${CATEGORIES.join('|')}`);
  if (typeof m.fixable !== 'boolean') problems.push('fixable is not a boolean');
  if (typeof m.description !== 'string' || m.description.trim() === '') problems.push('description is empty');
  if (m.docs !== `docs/rules/${m.code}.md`)
    problems.push(`docs is "${m.docs}", expected docs/rules/${m.code}.md`);
  return problems;
}

describe('rule registry', () => {
  it('registers every defined rule exactly once, with valid metadata, docs and tests', async () => {
    const defined = await definedRules();
    // a family list re-exports rules it imports: count each rule object once, at the file named after its code
    const byRule = new Map<Rule, string>();
    for (const { rule, file } of defined) {
      const named = file.endsWith(`/${rule.meta.code}.ts`);
      if (!byRule.has(rule) || named) byRule.set(rule, file);
    }
    const missing: string[] = [];
    for (const [rule, file] of byRule) {
      const code = rule.meta.code;
      const registered = allRules.filter((r) => r === rule).length;
      if (registered !== 1)
        missing.push(`${code} (${file}): registered ${registered} times in allRules, expected once`);
      if (!file.endsWith(`/${code}.ts`))
        missing.push(`${code}: defined in ${file}, expected src/lint/rules/${code}.ts`);
      for (const p of metaProblems(rule)) missing.push(`${code}: ${p}`);
      if (!existsSync(join(ROOT, 'docs', 'rules', `${code}.md`)))
        missing.push(`${code}: no docs page docs/rules/${code}.md`);
      if (!existsSync(join(ROOT, '__tests__', 'lint', 'rules', `${code}.test.ts`))) {
        missing.push(`${code}: no test file __tests__/lint/rules/${code}.test.ts`);
      }
    }
    for (const rule of allRules) {
      if (!byRule.has(rule))
        missing.push(`${rule.meta.code}: in allRules but exported by no file under src/lint/rules/`);
    }
    const codes = allRules.map((r) => r.meta.code);
    for (const code of new Set(codes)) {
      const n = codes.filter((c) => c === code).length;
      if (n > 1) missing.push(`${code}: ${n} rules in allRules share this code`);
    }
    expect(missing).toEqual([]);
  });
});
