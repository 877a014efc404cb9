import { describe, expect, it } from '@jest/globals';
import { artifactUri, formatSarif } from '../../../src/lint/format/sarif.js';
import { paired, pairedRules, results, rules } from './fixtures.js';

describe('formatSarif', () => {
  it('is SARIF 2.1.0 with one run, the rules with docs links, and an empty result list when clean', () => {
    const log = JSON.parse(formatSarif([{ file: 'Dockerfile', findings: [] }], { rules })) as {
      version: string;
      $schema: string;
      runs: { tool: { driver: { name: string; rules: unknown[] } }; results: unknown[] }[];
    };
    expect([log.version, log.$schema]).toEqual(['2.1.0', 'https://json.schemastore.org/sarif-2.1.0.json']);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([
      {
        id: 'DL3000',
        name: 'workdir-absolute',
        shortDescription: { text: 'Use absolute WORKDIR paths.' },
        helpUri: 'https://github.com/image-budget/image-budget/blob/main/docs/rules/DL3000.md',
        defaultConfiguration: { level: 'error' },
      },
    ]);
  });

  it('maps severities to levels and adds ShellCheck codes with their wiki page', () => {
    const log = JSON.parse(formatSarif(results, { rules })) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri?: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string }[];
      }[];
    };
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['DL3000', 0, 'error'],
      ['SC2086', 1, 'note'],
    ]);
    expect(run.tool.driver.rules[1]!.helpUri).toBe('https://www.shellcheck.net/wiki/SC2086');
  });

  it('writes relative, encoded artifact URIs', () => {
    expect(artifactUri('./a dir\\my#file')).toBe('a%20dir/my%23file');
  });

  it('names the codes a finding stands for too: in its message, its properties and the run’s rules', () => {
    type Run = {
      tool: { driver: { rules: { id: string; helpUri?: string }[] } };
      results: { ruleId: string; message: { text: string }; properties: Record<string, unknown> }[];
    };
    const run = (JSON.parse(formatSarif([paired], { rules: pairedRules })) as { runs: Run[] }).runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.message.text, r.properties])).toEqual([
      [
        'DL3025',
        'Use arguments JSON notation for CMD and ENTRYPOINT arguments (also JSONArgsRecommended)',
        { category: 'correctness', fixable: true, also: ['JSONArgsRecommended'] },
      ],
    ]);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['DL3025', 'JSONArgsRecommended']);
    // a rule list without the other code (a caller's own list) still gets it
    const bare = (JSON.parse(formatSarif([paired], { rules: [] })) as { runs: Run[] }).runs[0]!;
    expect(bare.tool.driver.rules.map((r) => r.id)).toEqual(['DL3025', 'JSONArgsRecommended']);
  });
});
