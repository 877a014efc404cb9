// hadolint rules DL3032–DL3067 and DL4000–DL4006.
import type { Rule } from '../types.js';
import { DL3032 } from './DL3032.js';
import { DL3033 } from './DL3033.js';
import { DL3034 } from './DL3034.js';
import { DL3035 } from './DL3035.js';
import { DL3036 } from './DL3036.js';
import { DL3037 } from './DL3037.js';
import { DL3038 } from './DL3038.js';
import { DL3040 } from './DL3040.js';
import { DL3041 } from './DL3041.js';
import { DL3042 } from './DL3042.js';
import { DL3047 } from './DL3047.js';
import { DL3060 } from './DL3060.js';

export const dlRulesB: readonly Rule[] = [
  DL3032,
  DL3033,
  DL3034,
  DL3035,
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3047,
  DL3060,
];
