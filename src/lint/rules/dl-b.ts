// hadolint rules DL3032–DL3067 and DL4000–DL4006.
import type { Rule } from '../types.js';

export const dlRulesB: readonly Rule[] = [];
