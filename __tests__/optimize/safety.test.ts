import { describe, expect, it } from '@jest/globals';
import { configDifferences, unexplainedDifferences } from '../../src/optimize/safety.js';

describe('final config comparison', () => {
  const base = {
    Entrypoint: null,
    Cmd: ['/bin/sh', '-c', 'node server.js'],
    User: '',
    WorkingDir: '/app',
    Env: ['A=1', 'B=2'],
    Labels: null,
  };
  it('treats a plain sh -c command and its exec form as equal, and env order as irrelevant', () => {
    expect(configDifferences(base, { ...base, Cmd: ['node', 'server.js'], Env: ['B=2', 'A=1'] })).toEqual([]);
  });
  it('sees a real command change, null vs empty as equal', () => {
    expect(
      configDifferences(base, { ...base, Cmd: ['/bin/sh', '-c', 'node a.js | tee x'] }).map((d) => d.field),
    ).toEqual(['Cmd']);
    expect(configDifferences({ ...base, Labels: null }, { ...base, Labels: {} })).toEqual([]);
  });
  it('lets a fix change exactly the field it is about', () => {
    const after = { ...base, Labels: { maintainer: 'me' }, User: 'app' };
    expect(unexplainedDifferences(base, after, ['DL4000']).map((d) => d.field)).toEqual(['User']);
    expect(unexplainedDifferences(base, after, []).map((d) => d.field)).toEqual(['User', 'Labels']);
  });
});
