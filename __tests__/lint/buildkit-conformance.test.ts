// BuildKit conformance: the 88 cases of BuildKit's own check tests (/work/shared/conformance/buildkit, taken from
// frontend/dockerfile/dockerfile_check_test.go) through the linter with only the BuildKit rules on. Each case's
// build context (the Dockerfile and its `.dockerignore`) is written to a temporary folder and its context facts
// read from there, its build arguments passed; the findings must be exactly the expected (rule, line, detail).
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../src/lint/engine.js';
import { contextSettings } from '../../src/lint/linter.js';
import { buildkitRules } from '../../src/lint/rules/buildkit.js';

interface Warning {
  rule: string;
  line: number;
  detail: string;
}

interface Case {
  name: string;
  dockerfile: string;
  expected: Warning[];
  context_files?: Record<string, string>;
  build_args?: Record<string, string>;
  expect_check_error?: boolean;
  error_message?: string;
  needs?: string;
}

// the shared conformance inputs (not copied into the repository); BUILDKIT_CASES names another copy
const source = process.env.BUILDKIT_CASES ?? '/work/shared/conformance/buildkit/cases.json';
const cases = JSON.parse(readFileSync(source, 'utf8')) as Case[];

/** Cases a linter cannot decide, with the reason; asserted to be exactly these. */
const OUT_OF_SCOPE: Record<string, string> = {
  'testBaseImagePlatformMismatch/0':
    'InvalidBaseImagePlatform compares the platform of the pulled base image; a linter reads no image or registry',
};

const byLineThenDetail = (a: Warning, b: Warning): number =>
  a.line - b.line || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0);

async function lintCase(c: Case): Promise<{ warnings: Warning[]; severities: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bk-check-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), c.dockerfile);
    for (const [path, text] of Object.entries(c.context_files ?? {})) writeFileSync(join(dir, path), text);
    const facts = await contextSettings(
      {
        readText: (p) => readFile(p, 'utf8').catch(() => null),
        entries: (d) => readdir(d).catch(() => null),
      },
      join(dir, 'Dockerfile'),
      dir,
    );
    const findings = lintText(readFileSync(join(dir, 'Dockerfile'), 'utf8'), 'Dockerfile', {
      rules: buildkitRules,
      settings: { ...facts, buildArgs: c.build_args ?? {} },
    }).filter((f) => f.rule !== 'DL1000');
    return {
      warnings: findings
        .map((f) => ({ rule: f.rule, line: f.line, detail: f.message }))
        .sort(byLineThenDetail),
      severities: findings.map((f) => f.severity),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('BuildKit conformance', () => {
  it('has the 88 cases', () => {
    expect(cases).toHaveLength(88);
  });

  it('leaves out exactly the cases that need an image or a registry', () => {
    const names = cases.map((c) => c.name);
    for (const name of Object.keys(OUT_OF_SCOPE)) expect(names).toContain(name);
    expect(cases.filter((c) => c.needs === 'base-image-platform').map((c) => c.name)).toEqual(
      Object.keys(OUT_OF_SCOPE),
    );
  });

  for (const c of cases) {
    if (OUT_OF_SCOPE[c.name] !== undefined) continue;
    it(`${c.name}: reports exactly what BuildKit reports`, async () => {
      const { warnings, severities } = await lintCase(c);
      expect(warnings).toEqual(
        [...c.expected].map((w) => ({ rule: w.rule, line: w.line, detail: w.detail })).sort(byLineThenDetail),
      );
      // error=true (the file's line or BUILDKIT_DOCKERFILE_CHECK): the findings left fail the check
      if (c.error_message?.startsWith('lint violation found for rules:')) {
        expect(severities.length).toBeGreaterThan(0);
        expect(new Set(severities)).toEqual(new Set(['error']));
      } else expect(severities.every((s) => s === 'warning')).toBe(true);
    });
  }
});
