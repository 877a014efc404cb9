import type { Rule } from '../types.js';
import { rpmPinRule } from './support/rpm.js';

/** Unpinned `dnf install` makes the image depend on the day it was built. */
export const DL3041: Rule = rpmPinRule(
  {
    code: 'DL3041',
    name: 'dnf-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `dnf install` (`name-version`) and modules (`name:stream`).',
    docs: 'docs/rules/DL3041.md',
  },
  ['dnf', 'microdnf'],
  'dnf',
);
