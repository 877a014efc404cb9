import { describe, expect, it } from '@jest/globals';
import { IB109 } from '../../../src/lint/rules/IB109.js';
import { check, positions } from './helpers.js';

const NODE = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n';

describe('IB109 dockerignore', () => {
  it('accepts builds that copy named files only', () => {
    expect(check(IB109, 'FROM busybox:1.35\nCOPY app.sh /app.sh\n')).toEqual([]);
  });

  it('flags a whole-context COPY with no .dockerignore and proposes the usual lines', () => {
    const found = check(IB109, NODE);
    expect(positions(found)).toEqual([[3, 1, 3, 9]]);
    expect(found[0]!.fix?.dockerignore).toEqual([
      '.git',
      'node_modules',
      '**/*.log',
      '**/*.swp',
      '.idea',
      '**/.DS_Store',
    ]);
    expect(found[0]!.fix?.edits).toEqual([]);
  });

  it('without a .dockerignore, names only what a known context holds', () => {
    const usual = ['.git', 'node_modules', '**/*.log', '**/*.swp', '.idea', '**/.DS_Store'];
    expect(check(IB109, NODE, { dockerignore: null, contextEntries: null })[0]!.fix?.dockerignore).toEqual(
      usual,
    );
    const found = check(IB109, NODE, {
      dockerignore: null,
      contextEntries: ['.git', 'src', 'npm-debug.log', 'package.json'],
    });
    expect(found[0]!.fix?.dockerignore).toEqual(['.git', '**/*.log']);
    // a clean context has nothing to keep out
    expect(check(IB109, NODE, { dockerignore: null, contextEntries: ['Dockerfile', 'src'] })).toEqual([]);
    // a logs folder only when the context has one
    const withLogs = check(IB109, NODE, { dockerignore: null, contextEntries: ['.git', 'logs'] });
    expect(withLogs[0]!.fix?.dockerignore).toEqual(['.git', 'logs']);
  });

  it('says what a whole-context COPY into a builder stage costs: the cache, not the image', () => {
    const text =
      'FROM node:20 AS build\nCOPY . .\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n';
    const [found] = check(IB109, text, { dockerignore: null, contextEntries: null });
    expect(found!.message).toContain('would be sent to the builder and bust the cache of this COPY');
    expect(check(IB109, NODE)[0]!.message).toContain('would end up in the image');
  });

  it('with a .dockerignore, asks only for what the context holds', () => {
    const found = check(IB109, NODE, {
      dockerignore: ['.git'],
      contextEntries: ['.git', 'src', 'npm-debug.log', 'package.json'],
    });
    expect(found[0]!.fix?.dockerignore).toEqual(['**/*.log']);
    expect(check(IB109, NODE, { dockerignore: ['.git'], contextEntries: ['.git', 'src'] })).toEqual([]);
  });

  it('checks an existing .dockerignore with Docker pattern rules', () => {
    const settings = {
      dockerignore: ['.git', '*.log'],
      contextEntries: ['.git', 'debug.log', 'logs', '.idea', 'node_modules'],
    };
    const found = check(IB109, NODE, settings);
    expect(found[0]!.fix?.dockerignore).toEqual(['node_modules', 'logs', '.idea']);
    // idempotent: with the lines added nothing is left to report
    const after = { ...settings, dockerignore: [...settings.dockerignore, ...found[0]!.fix!.dockerignore!] };
    expect(check(IB109, NODE, after)).toEqual([]);
  });

  it('keeps node_modules when the build does not install dependencies', () => {
    const found = check(IB109, 'FROM node:20-slim\nCOPY . .\nCMD ["node", "index.js"]\n', {
      contextEntries: ['node_modules', '.git'],
    });
    expect(found[0]!.fix?.dockerignore).toEqual(['.git']);
  });

  it('never excludes a source a COPY needs', () => {
    const found = check(IB109, 'FROM busybox:1.35\nCOPY logs /var/log/app\nCOPY . /app\n', {
      contextEntries: ['logs', '.git'],
    });
    expect(found[0]!.fix?.dockerignore).toEqual(['.git']);
  });
});
