// The project's own rules (IB prefix): image size, cache, security.
import type { Rule } from '../types.js';
import { IB101 } from './IB101.js';
import { IB102 } from './IB102.js';
import { IB103 } from './IB103.js';
import { IB104 } from './IB104.js';
import { IB116 } from './IB116.js';

export const ibRules: readonly Rule[] = [IB101, IB102, IB103, IB104, IB116];
