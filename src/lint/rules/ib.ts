// The project's own rules (IB prefix): image size, cache, security.
import type { Rule } from '../types.js';
import { IB101 } from './IB101.js';
import { IB102 } from './IB102.js';
import { IB103 } from './IB103.js';
import { IB104 } from './IB104.js';
import { IB105 } from './IB105.js';
import { IB106 } from './IB106.js';
import { IB107 } from './IB107.js';
import { IB108 } from './IB108.js';
import { IB109 } from './IB109.js';
import { IB110 } from './IB110.js';
import { IB111 } from './IB111.js';
import { IB112 } from './IB112.js';
import { IB113 } from './IB113.js';
import { IB114 } from './IB114.js';
import { IB115 } from './IB115.js';
import { IB116 } from './IB116.js';

export const ibRules: readonly Rule[] = [
  IB101,
  IB102,
  IB103,
  IB104,
  IB105,
  IB106,
  IB107,
  IB108,
  IB109,
  IB110,
  IB111,
  IB112,
  IB113,
  IB114,
  IB115,
  IB116,
];
