// hadolint rules DL1001 and DL3000–DL3030.
import type { Rule } from '../types.js';
import { DL3000 } from './DL3000.js';

export const dlRulesA: readonly Rule[] = [DL3000];
