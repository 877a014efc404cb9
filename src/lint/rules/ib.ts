// The project's own rules (IB prefix): image size, cache, security.
import type { Rule } from '../types.js';

export const ibRules: readonly Rule[] = [];
