// The bounds of ./src/lint/limits.ts and ./src/dockerfile/limits.ts: each one, when hit, is one IB000 finding
// that says what was not checked, never an error or a hang. ShellCheck's are proven with the real process (and a stand-in that never ends).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';
import {
  LIMIT_CODE,
  LintLimitReached,
  MAX_SHELLCHECK_COMMANDS,
  MAX_SHELLCHECK_RUNS,
} from '../../src/lint/limits.js';
import { MAX_FILE_SHELL_CHARS, MAX_SHELL_CHARS } from '../../src/dockerfile/limits.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { DL3000 } from '../../src/lint/rules/DL3000.js';
import { IB101 } from '../../src/lint/rules/IB101.js';
import {
  processShellcheckRunner,
  shellcheckFile,
  ShellcheckTimeout,
  type ShellcheckRunner,
} from '../../src/lint/shellcheck.js';
import type { Rule } from '../../src/lint/types.js';
import { lintEnvironment, Linter } from '../../src/lint/linter.js';

const limits = (findings: { rule: string; line: number; message: string }[]): [number, string][] =>
  findings.filter((f) => f.rule === LIMIT_CODE).map((f) => [f.line, f.message]);

describe('rule limits', () => {
  it('skips the rules left when the time is up, in one finding that names them', () => {
    // a rule that takes 50 ms, then one that never gets its turn
    const slow: Rule = {
      meta: { ...DL3000.meta, code: 'IB997', keywords: undefined },
      create() {
        return {
          end() {
            const until = Date.now() + 50;
            while (Date.now() < until);
          },
        };
      },
    };
    const found = lintText('FROM busybox:1.35\nWORKDIR app\n', 'D', {
      rules: [slow, DL3000],
      timeLimitMs: 10,
    });
    expect(limits(found)).toEqual([
      [1, 'lint stopped after 0 s: the file is too large to check in time; not run: DL3000'],
    ]);
    expect(lintText('FROM busybox:1.35\n', 'D', { rules: [DL3000], timeLimitMs: 0 })[0]!.message).toMatch(
      /^lint not run: the time for linting is used up/,
    );
  });

  it('reports a rule that gives up on a file too large for it as IB000, keeping what it found', () => {
    const givingUp: Rule = {
      meta: { ...DL3000.meta, code: 'IB998', keywords: undefined },
      create(context) {
        return {
          instruction(ins) {
            context.report({ at: ins, message: 'seen' });
            throw new LintLimitReached('IB998 stopped: too large');
          },
        };
      },
    };
    const found = lintText('FROM busybox:1.35\n', 'D', { rules: [givingUp] });
    expect(found.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['IB000', 'warning', 'IB998 stopped: too large'],
      ['IB998', 'error', 'seen'],
    ]);
  });

  it('lets IB101 give up on a file of too many paths to compare, at the RUN where it stopped', () => {
    // each RUN makes one file and removes another: IB101 compares every removed path with every file made so far
    const runs = Array.from({ length: 1600 }, (_, i) => `RUN echo x > /a/f${i} && rm -f /b/g${i}\n`);
    const notes = limits(lintText(`FROM busybox:1.35\n${runs.join('')}`, 'D', { rules: [IB101] }));
    expect(notes).toHaveLength(1);
    expect(notes[0]![1]).toMatch(/^IB101 stopped at line (\d+): .*1,000,000 pairs/);
    expect(notes[0]![0]).toBe(Number(/line (\d+)/.exec(notes[0]![1])![1]));
  });

  it('does not read a RUN longer than the cap as shell, and says so at its line', () => {
    const text = `FROM busybox:1.35\nRUN sudo a${' && sudo a'.repeat(MAX_SHELL_CHARS / 9)}\n`;
    const parsed = parseDockerfile(text);
    expect(parsed.instructions[1]!.shell).toBeUndefined();
    const found = lintText(text);
    // DL3004 (sudo) would fire on the script: it was not read
    expect(found.map((f) => f.rule)).not.toContain('DL3004');
    expect(limits(found)[0]![0]).toBe(2);
    expect(limits(found)[0]![1]).toMatch(/^RUN script of [\d,]+ characters not checked/);
  });

  it('stops reading RUNs as shell once the file has had its share', () => {
    const run = `RUN echo ${'a'.repeat(MAX_SHELL_CHARS - 100)}\n`;
    const count = Math.ceil(MAX_FILE_SHELL_CHARS / MAX_SHELL_CHARS) + 1;
    const parsed = parseDockerfile(`FROM busybox:1.35\n${run.repeat(count)}`);
    const read = parsed.instructions.filter((i) => i.keyword === 'RUN' && i.shell !== undefined);
    expect(read).toHaveLength(count - 1);
    expect(parsed.limits?.map((l) => l.line)).toEqual([count + 1]);
  });
});

describe('ShellCheck limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kills a shellcheck that does not finish in time and rejects with ShellcheckTimeout', async () => {
    // a stand-in that never ends (and would print nothing): only the kill ends it
    const forever = join(dir, 'forever');
    writeFileSync(forever, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(forever, 0o755);
    const started = Date.now();
    await expect(processShellcheckRunner(forever)('true\n', 'sh', 300)).rejects.toBeInstanceOf(
      ShellcheckTimeout,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('turns a stopped ShellCheck into one IB000 finding at the first RUN it did not check', async () => {
    const calls: number[] = [];
    const slow: ShellcheckRunner = (_scripts, _dialect, timeoutMs) => {
      calls.push(timeoutMs ?? -1);
      return Promise.reject(new ShellcheckTimeout(timeoutMs ?? 0));
    };
    const text = 'FROM busybox:1.35\nRUN echo a\nSHELL ["bash", "-c"]\nRUN echo b\n';
    const found = await shellcheckFile(parseDockerfile(text), slow, { timeoutMs: 5_000 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeLessThanOrEqual(5_000);
    expect(limits(found)).toEqual([
      [
        2,
        'ShellCheck was stopped after 5 s, the time it had for this Dockerfile: 2 RUNs, from this line on, were not checked with ShellCheck (its time grows faster than the RUN scripts: split or shorten them)',
      ],
    ]);
  });

  it('gives ShellCheck neither a RUN of too many commands nor more than its share of RUNs', async () => {
    const given: string[][] = [];
    const recording: ShellcheckRunner = (scripts) => {
      given.push(typeof scripts === 'string' ? [scripts] : [...scripts]);
      return Promise.resolve([]);
    };
    const chain = `RUN true${' && true'.repeat(MAX_SHELLCHECK_COMMANDS)}\n`;
    const runs = Array.from({ length: MAX_SHELLCHECK_RUNS + 5 }, (_, i) => `RUN echo ${i}\n`).join('');
    const found = await shellcheckFile(parseDockerfile(`FROM busybox:1.35\n${chain}${runs}`), recording);
    expect(given.flat()).toHaveLength(MAX_SHELLCHECK_RUNS);
    expect(given.flat().some((s) => s.includes('&& true'))).toBe(false);
    const notes = limits(found);
    expect(notes.map(([line]) => line)).toEqual([2, 3 + MAX_SHELLCHECK_RUNS]);
    expect(notes[0]![1]).toMatch(/^ShellCheck skipped this RUN: it has 301 commands/);
    expect(notes[1]![1]).toMatch(
      new RegExp(`^ShellCheck checked the first ${MAX_SHELLCHECK_RUNS} RUNs only`),
    );
  });

  it('shares one time budget among all the lints of a pipeline run', async () => {
    const budgets: number[] = [];
    // a ShellCheck that takes all the time it is given, up to 1 s
    const recording: ShellcheckRunner = (_scripts, _dialect, timeoutMs = 0) => {
      budgets.push(timeoutMs);
      return new Promise((resolve) => setTimeout(() => resolve([]), Math.min(timeoutMs, 1_000)));
    };
    const linter = new Linter(lintEnvironment(undefined, recording), {
      warn: () => undefined,
      stageMs: 1_500,
    });
    const lint = (text: string, file: string) => linter.lint(text, file);
    const text = 'FROM busybox:1.35\nRUN echo a\n';
    await lint(text, 'D');
    await lint(text, 'D');
    // the first lint took 1 s of the 1.5 s, the second the rest: the third has no time left at all
    const third = limits(await lint(text, 'D'));
    expect(budgets[0]).toBeLessThanOrEqual(1_500);
    expect(budgets[1]).toBeLessThanOrEqual(500);
    expect(budgets).toHaveLength(2);
    expect(third.map(([, message]) => message.slice(0, 20))).toEqual([
      'lint not run: the ti',
      'ShellCheck not run: ',
    ]);
  });
});
