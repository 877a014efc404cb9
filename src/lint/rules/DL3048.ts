import type { Rule } from '../types.js';
import { keyValues } from '../../dockerfile/scope.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key is not valid, or null when it is. */
export function labelKeyProblem(key: string): string | null {
  if (key.startsWith('$')) return null; // the whole key comes from a variable: cannot judge
  if (RESERVED.some((ns) => key.startsWith(ns))) return 'uses a namespace reserved by Docker';
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a letter or digit';
  if (/[^a-z0-9.-]/.test(key)) return 'may only contain lower-case letters, digits, "." and "-"';
  if (/[.-]{2}/.test(key)) return 'must not contain consecutive separators';
  return null;
}

/** Label keys follow Docker's convention so tools that read them (registries, scanners) find them. */
export const DL3048: Rule = {
  meta: {
    code: 'DL3048',
    name: 'label-key-valid',
    severity: 'style',
    category: 'style',
    fixable: false,
    description: "Label keys are lower-case reverse-DNS style names outside Docker's reserved namespaces.",
    docs: 'docs/rules/DL3048.md',
    keywords: ['LABEL'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'LABEL') return;
        for (const kv of keyValues(ins).pairs) {
          const problem = labelKeyProblem(kv.key);
          if (problem) context.report({ at: kv.at, message: `Label key "${kv.key}" ${problem}.` });
        }
      },
    };
  },
};
