// The layers that grew, each with the Dockerfile line that made it.
import type { Comparison, LayerChange } from '../../compare/types.js';
import { codeSpan } from '../escape.js';
import type { Section } from '../fit.js';
import { humanBytes, signedBytes } from '../units.js';

function instruction(change: LayerChange): string {
  // Trim the shell prefix both builders put in front of RUN commands; the rest is the Dockerfile text.
  const text = change.createdBy.replace(
    /^(RUN )?\/bin\/sh -c (#\(nop\) )?/,
    (_all, run: string | undefined) => run ?? '',
  );
  return codeSpan(text.replace(/\s+# buildkit$/, ''), { inTable: true, max: 120 });
}

export function grownLayersSection(comparison: Comparison): Section {
  const grown = comparison.grownLayers;
  const limits = [Infinity, 10, 3];
  return {
    name: 'layers',
    steps: limits.length,
    render(level) {
      if (grown.length === 0 || level >= limits.length) return '';
      const shown = grown.slice(0, limits[level]);
      const rows = shown.map(
        (change) =>
          `| ${change.line === undefined ? '?' : change.line} | ${instruction(change)} | ${change.kind === 'added' ? 'new' : humanBytes(change.baseBytes)} | ${humanBytes(change.headBytes)} | ${signedBytes(change.delta)} |`,
      );
      const lines = [
        '#### Layers that grew',
        '',
        '| line | instruction | base | head | Δ |',
        '| ---: | --- | ---: | ---: | ---: |',
        ...rows,
      ];
      if (shown.length < grown.length) lines.push('', `… ${grown.length - shown.length} more layers grew.`);
      return lines.join('\n');
    },
  };
}
