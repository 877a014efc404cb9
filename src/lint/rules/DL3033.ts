import type { Rule } from '../types.js';
import { rpmPinRule } from './support/rpm.js';

/** Unpinned `yum install` makes the image depend on the day it was built. */
export const DL3033: Rule = rpmPinRule(
  {
    code: 'DL3033',
    name: 'yum-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `yum install` (`name-version`) and modules (`name:stream`).',
    docs: 'docs/rules/DL3033.md',
  },
  ['yum'],
  'yum',
);
