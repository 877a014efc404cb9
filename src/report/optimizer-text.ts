// What the optimizer's fixes save, the same words in the terminal and in the comment. The image with all fixes
// is built and measured, so the total is a measurement; a fix's own bytes are only measured when the fixes were
// built one at a time, and otherwise each fix says how many layers it removes (counted from the Dockerfile).
// Nothing here is estimated. Plain text: the Markdown renderer escapes it.
import type { Comparison } from '../compare/types.js';
import type { OptimizerFix, OptimizerReport } from './types.js';
import { humanBytes, plural, signedPercent } from './units.js';

const fixes = (n: number): string => plural(n, 'fix', 'fixes');

/** The sentence over the list of fixes. */
export function optimizerHeadline(optimizer: OptimizerReport, comparison: Comparison): string {
  const sentence = savingSentence(optimizer, comparison);
  const smoke = optimizer.smokeTested && comparison.optimized !== undefined;
  return smoke ? `${sentence} The smoke test passed in both images.` : sentence;
}

function savingSentence(optimizer: OptimizerReport, comparison: Comparison): string {
  const n = optimizer.fixes.length;
  if (optimizer.diff.trim() === '' && n === 0)
    return 'No automatic fix applies: the Dockerfile is already as the optimizer would write it.';
  const saved = comparison.optimized;
  const apply = n === 1 ? 'applies' : 'apply';
  if (saved === undefined) return `${fixes(n)} ${apply}; the optimized image was not measured.`;
  const layers = comparison.layers.head - saved.layerCount;
  const floor = Math.max(1, comparison.minChange);
  const result = `the optimized image is ${humanBytes(saved.sizeBytes)} in ${plural(saved.layerCount, 'layer')}`;
  const applying = `Applying ${n === 0 ? 'the changes' : fixes(n)} would save`;
  if (saved.savingsBytes >= floor) {
    const bytes =
      `${humanBytes(saved.savingsBytes)} (${signedPercent(-saved.savingsPercent)}) uncompressed` +
      `${layers > 0 ? ', ' : ' and '}${humanBytes(Math.max(0, saved.savingsCompressedBytes))} compressed`;
    return `${applying} ${bytes}${layers > 0 ? ` and ${plural(layers, 'layer')}` : ''}: ${result}.`;
  }
  if (layers > 0) {
    const bytes =
      saved.savingsBytes > 0
        ? `and only ${humanBytes(saved.savingsBytes)}, below the ${humanBytes(floor)} noise floor`
        : 'and no bytes';
    return `${applying} ${plural(layers, 'layer')} ${bytes}: ${result}.`;
  }
  return `${fixes(n)} ${apply}, but the optimized image is not smaller: ${result}.`;
}

/** `line 3`, `lines 3, 5`; '' for a fix that belongs to no line (the .dockerignore proposal) or whose
 *  description names its lines already ("Merge the RUNs at lines 3, 5"). */
export function fixPlace(fix: OptimizerFix): string {
  if (/\blines? \d/.test(String(fix.description))) return '';
  const lines = [...(Array.isArray(fix.lines) ? fix.lines : [])].sort((a, b) => a - b);
  if (lines.length === 0) return '';
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

/** What one fix saves: its measured bytes and layers when it was built on its own, else the layers it removes. */
export function fixSaving(fix: OptimizerFix, minChange: number): string {
  const m = fix.measured;
  if (m === undefined) {
    const layers = Number.isSafeInteger(fix.layersRemoved) ? fix.layersRemoved : 0;
    return layers > 0 ? `removes ${plural(layers, 'layer')}` : 'removes no layer';
  }
  const bytes = m.savedBytes >= Math.max(1, minChange);
  const layers = m.layersSaved > 0 ? plural(m.layersSaved, 'layer') : '';
  if (bytes) {
    const size = `${humanBytes(m.savedBytes)} (${humanBytes(Math.max(0, m.savedCompressedBytes))} compressed)`;
    return `saves ${size}${layers === '' ? '' : ` and ${layers}`}`;
  }
  return layers === '' ? 'saves nothing measurable' : `saves ${layers} and no bytes`;
}

/** Said once over a list of fixes: how their savings were measured. */
export function perFixNote(optimizer: OptimizerReport): string {
  if (optimizer.fixes.length < 2) return '';
  return optimizer.fixes.every((fix) => fix.measured !== undefined)
    ? 'Each fix was built on top of the ones above it and measured.'
    : 'The bytes are measured for all fixes together; each fix shows the layers it removes.';
}
