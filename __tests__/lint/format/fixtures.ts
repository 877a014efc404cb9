import type { FileResult } from '../../../src/lint/format/index.js';
import type { RuleMeta } from '../../../src/lint/types.js';

export const rules: RuleMeta[] = [
  {
    code: 'DL3000',
    name: 'workdir-absolute',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'Use absolute WORKDIR paths.',
    docs: 'docs/rules/DL3000.md',
  },
];

export const results: FileResult[] = [
  {
    file: 'app/Dockerfile',
    findings: [
      {
        file: 'app/Dockerfile',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 12,
        rule: 'DL3000',
        name: 'workdir-absolute',
        severity: 'error',
        category: 'correctness',
        message: 'Use an absolute WORKDIR path instead of "a|b".',
        fixable: false,
      },
      {
        file: 'app/Dockerfile',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 12,
        rule: 'SC2086',
        name: 'shellcheck',
        severity: 'info',
        category: 'correctness',
        message: 'Double quote to prevent globbing and word splitting.',
        fixable: true,
        fix: { description: 'quote', edits: [] },
      },
    ],
  },
  { file: 'clean/Dockerfile', findings: [] },
];
