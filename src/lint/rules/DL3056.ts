import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** MAJOR.MINOR.PATCH with optional pre-release and build metadata. */
function isValid(value: string): boolean {
  return SEMVER.test(value);
}

/** A version label in semver form lets tools order releases. */
export const DL3056: Rule = labelValueRule(
  {
    code: 'DL3056',
    name: 'label-semver',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `semver` in the label schema must hold a semantic version.',
    docs: 'docs/rules/DL3056.md',
  },
  'semver',
  isValid,
  'a semantic version (1.2.3, 2.0.0-rc.1)',
);
