import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../../src/lint/engine.js';
import { InvalidDefinitionDescription } from '../../../src/lint/rules/InvalidDefinitionDescription.js';

describe('InvalidDefinitionDescription', () => {
  it('runs only when experimental= names it', () => {
    const text = '# the version\nARG version=1\n';
    expect(lintText(text, 'Dockerfile', { rules: [InvalidDefinitionDescription] })).toEqual([]);
    const on = lintText(`# check=experimental=InvalidDefinitionDescription\n${text}`, 'Dockerfile', {
      rules: [InvalidDefinitionDescription],
    });
    expect(on.map((f) => [f.line, f.message])).toEqual([
      [3, 'Comment for ARG should follow the format: `# version <description>`'],
    ]);
  });
});
