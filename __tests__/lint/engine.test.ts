import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';
import { DL3000 } from '../../src/lint/rules/DL3000.js';
import type { Rule } from '../../src/lint/types.js';

const broken: Rule = {
  // no `keywords`: the visitor sees (and throws on) every instruction
  meta: { ...DL3000.meta, code: 'IB999', name: 'broken', keywords: undefined },
  create() {
    return {
      instruction() {
        throw new Error('boom');
      },
    };
  },
};

describe('lintText', () => {
  it('fills the rule metadata into each finding', () => {
    expect(lintText('FROM busybox:1.35\nWORKDIR app\n', 'x/Dockerfile', { rules: [DL3000] })).toEqual([
      {
        file: 'x/Dockerfile',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 12,
        rule: 'DL3000',
        name: 'workdir-absolute',
        severity: 'error',
        category: 'correctness',
        message: 'Use an absolute WORKDIR path instead of "app".',
        fixable: false,
      },
    ]);
  });

  it('applies config: ignored codes and severity overrides', () => {
    const text = 'FROM busybox:1.35\nWORKDIR app\n';
    expect(
      lintText(text, 'Dockerfile', { rules: [DL3000], config: { ignored: ['DL3000'], override: {} } }),
    ).toEqual([]);
    const [f] = lintText(text, 'Dockerfile', {
      rules: [DL3000],
      config: { ignored: [], override: { DL3000: 'style' } },
    });
    expect(f?.severity).toBe('style');
  });

  it('turns parse problems into DL1000 findings, sorted with the rest', () => {
    const found = lintText('FROM busybox:1.35\nWORKDIR a\nBOGUS x\n', 'Dockerfile', { rules: [DL3000] });
    expect(found.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['DL3000', 2, 'error'],
      ['DL1000', 3, 'error'],
    ]);
    expect(found[1]!.message).toBe('unknown instruction BOGUS');
  });

  it('reports a rule that throws as a finding instead of crashing', () => {
    const found = lintText('FROM busybox:1.35\n', 'Dockerfile', { rules: [broken, DL3000] });
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'IB999',
        severity: 'warning',
        message: expect.stringContaining('boom'),
      }),
    ]);
  });

  it('passes a rule only the instructions of its keywords, in file order, ONBUILD triggers included', () => {
    const watcher = (keywords: readonly string[] | undefined, into: string[]): Rule => ({
      meta: { ...DL3000.meta, code: 'IB998', name: 'watcher', keywords },
      create() {
        return {
          instruction(ins, stage) {
            into.push(`${ins.line}:${ins.keyword}${ins.onbuild ? ':onbuild' : ''}:${stage?.index ?? '-'}`);
          },
        };
      },
    });
    const text = 'ARG A=1\nFROM busybox:1.35\nRUN a\nENV B=2\nONBUILD RUN b\nFROM busybox:1.35\nRUN c\n';
    const all: string[] = [];
    const runs: string[] = [];
    const runsAndFroms: string[] = [];
    lintText(text, 'Dockerfile', {
      rules: [watcher(undefined, all), watcher(['RUN'], runs), watcher(['FROM', 'RUN'], runsAndFroms)],
    });
    expect(all).toEqual([
      '1:ARG:-',
      '2:FROM:0',
      '3:RUN:0',
      '4:ENV:0',
      '5:RUN:onbuild:0',
      '6:FROM:1',
      '7:RUN:1',
    ]);
    expect(runs).toEqual(['3:RUN:0', '5:RUN:onbuild:0', '7:RUN:1']);
    expect(runsAndFroms).toEqual(['2:FROM:0', '3:RUN:0', '5:RUN:onbuild:0', '6:FROM:1', '7:RUN:1']);
  });

  it('passes a rule with `commands` only the RUNs that run one of them, and its other keywords untouched', () => {
    const seen: string[] = [];
    const rule: Rule = {
      meta: {
        ...DL3000.meta,
        code: 'IB997',
        name: 'apt-watcher',
        keywords: ['FROM', 'RUN'],
        commands: ['apt-get'],
      },
      create() {
        return {
          instruction(ins) {
            seen.push(`${ins.line}:${ins.keyword}`);
          },
        };
      },
    };
    const text =
      'FROM debian:12\nRUN echo a\nRUN sudo apt-get update && true\nRUN ["apt-get", "x"]\nRUN /usr/bin/apt-get install -y x\n';
    lintText(text, 'Dockerfile', { rules: [rule] });
    // line 3 through sudo, line 5 by basename; the exec-form RUN has no script
    expect(seen).toEqual(['1:FROM', '3:RUN', '5:RUN']);
  });

  it('honours pragmas unless told not to', () => {
    const text = 'FROM busybox:1.35\n# hadolint ignore=DL3000\nWORKDIR a\n';
    expect(lintText(text, 'Dockerfile', { rules: [DL3000] })).toEqual([]);
    expect(lintText(text, 'Dockerfile', { rules: [DL3000], pragmas: false })).toHaveLength(1);
  });
});
