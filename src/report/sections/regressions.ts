// Every reason behind a fail or a warning, with its numbers.
import type { Verdict } from '../../verdict/types.js';
import { escapeText } from '../escape.js';
import type { Section } from '../fit.js';

const ICON = { fail: '❌', warn: '⚠️', info: 'ℹ️' } as const;

export function regressionsSection(verdict: Verdict): Section {
  const reasons = verdict.reasons.filter((reason) => reason.level !== 'info');
  return {
    name: 'regressions',
    steps: 2,
    render(level) {
      if (reasons.length === 0 || level >= 2) return '';
      const shown = level === 0 ? reasons : reasons.slice(0, 5);
      const lines = shown.map((reason) => `- ${ICON[reason.level]} ${escapeText(reason.message, 2000)}`);
      if (shown.length < reasons.length)
        lines.push(`- … ${reasons.length - shown.length} more in the job summary`);
      return ['#### Regressions', ...lines].join('\n');
    },
  };
}
