// hadolint rules DL1001 and DL3000–DL3030.
import type { Rule } from '../types.js';
import { DL1001 } from './DL1001.js';
import { DL3000 } from './DL3000.js';
import { DL3001 } from './DL3001.js';
import { DL3002 } from './DL3002.js';
import { DL3003 } from './DL3003.js';
import { DL3004 } from './DL3004.js';
import { DL3006 } from './DL3006.js';
import { DL3007 } from './DL3007.js';
import { DL3008 } from './DL3008.js';
import { DL3009 } from './DL3009.js';
import { DL3010 } from './DL3010.js';
import { DL3011 } from './DL3011.js';
import { DL3012 } from './DL3012.js';
import { DL3013 } from './DL3013.js';
import { DL3014 } from './DL3014.js';
import { DL3015 } from './DL3015.js';
import { DL3016 } from './DL3016.js';
import { DL3018 } from './DL3018.js';
import { DL3019 } from './DL3019.js';
import { DL3020 } from './DL3020.js';
import { DL3021 } from './DL3021.js';
import { DL3022 } from './DL3022.js';
import { DL3023 } from './DL3023.js';
import { DL3024 } from './DL3024.js';
import { DL3025 } from './DL3025.js';
import { DL3026 } from './DL3026.js';
import { DL3027 } from './DL3027.js';
import { DL3028 } from './DL3028.js';
import { DL3029 } from './DL3029.js';
import { DL3030 } from './DL3030.js';

export const dlRulesA: readonly Rule[] = [
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
  DL3030,
];
