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

/** A hadolint finding that stands for the BuildKit check reporting the same problem on its line. */
export const paired: FileResult = {
  file: 'Dockerfile',
  findings: [
    {
      file: 'Dockerfile',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 19,
      rule: 'DL3025',
      name: 'json-args',
      severity: 'warning',
      category: 'correctness',
      message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
      fixable: true,
      also: ['JSONArgsRecommended'],
    },
  ],
};

export const pairedRules: RuleMeta[] = [
  {
    code: 'DL3025',
    name: 'json-args',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments.',
    docs: 'docs/rules/DL3025.md',
  },
  {
    code: 'JSONArgsRecommended',
    name: 'json-args-recommended',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description:
      'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals.',
    docs: 'docs/rules/JSONArgsRecommended.md',
  },
];
