// The registry: every rule, once. Each family keeps its own list (one file per rule beside it).
import type { Rule } from '../types.js';
import { dlRulesA } from './dl-a.js';
import { dlRulesB } from './dl-b.js';
import { ibRules } from './ib.js';
import { buildkitRules } from './buildkit.js';

export const allRules: readonly Rule[] = [...dlRulesA, ...dlRulesB, ...ibRules, ...buildkitRules];
