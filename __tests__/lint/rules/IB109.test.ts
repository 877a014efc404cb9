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

  it('uses the known context entries', () => {
    const found = check(IB109, NODE, {
      dockerignore: null,
      contextEntries: ['.git', 'src', 'npm-debug.log', 'package.json'],
    });
    expect(found[0]!.fix?.dockerignore).toEqual(['.git', '**/*.log']);
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
