// Re-export: tests and scripts find the shared fixtures the same way.
export { SHARED } from '../../scripts/shared.js';
