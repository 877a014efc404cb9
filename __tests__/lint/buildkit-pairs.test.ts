// One finding per problem: where a BuildKit check and the hadolint rule it pairs with report on the same line,
// the engine keeps the hadolint finding and names the BuildKit code in `also`; ignoring either code (configuration,
// `# hadolint ignore=`, `# check=skip=`) silences it.
import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';

const text = 'FROM alpine:3.20\nMAINTAINER jane@example.com\nCMD node server.js\n';
const codes = (t: string, options = {}): [number, string, string[] | undefined][] =>
  lintText(t, 'Dockerfile', options)
    .filter((f) => ['DL4000', 'MaintainerDeprecated', 'DL3025', 'JSONArgsRecommended'].includes(f.rule))
    .map((f) => [f.line, f.rule, f.also]);

describe('BuildKit and hadolint pairs', () => {
  it('reports one finding naming both codes', () => {
    expect(codes(text)).toEqual([
      [2, 'DL4000', ['MaintainerDeprecated']],
      [3, 'DL3025', ['JSONArgsRecommended']],
    ]);
  });

  it('is silenced by ignoring either code', () => {
    const config = (ignored: string[]) => ({ config: { ignored, override: {} } });
    expect(codes(text, config(['MaintainerDeprecated']))).toEqual([[3, 'DL3025', ['JSONArgsRecommended']]]);
    expect(codes(text, config(['DL3025']))).toEqual([[2, 'DL4000', ['MaintainerDeprecated']]]);
    expect(codes(text.replace('CMD', '# hadolint ignore=JSONArgsRecommended\nCMD'))).toEqual([
      [2, 'DL4000', ['MaintainerDeprecated']],
    ]);
  });

  it('leaves the hadolint finding alone when the BuildKit check is skipped by # check=', () => {
    expect(codes(`# check=skip=MaintainerDeprecated\n${text}`)).toEqual([
      [3, 'DL4000', undefined],
      [4, 'DL3025', ['JSONArgsRecommended']],
    ]);
  });

  it('keeps both where only one of them fires', () => {
    // DL3025 also flags HEALTHCHECK, which JSONArgsRecommended does not check
    expect(codes('FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n')).toEqual([
      [3, 'DL3025', undefined],
    ]);
  });
});
