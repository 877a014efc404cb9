import { describe, expect, it } from '@jest/globals';
import { changedLinesFromDiff, selectAnnotations } from '../../src/report/annotations.js';
import { finding } from './fixture.js';

describe('selectAnnotations', () => {
  const warnings = Array.from({ length: 15 }, (_, i) => finding('DL3008', i + 1, 'warning'));
  const errors = Array.from({ length: 12 }, (_, i) => finding('DL3020', i + 1, 'error'));
  const notices = [finding('DL3015', 2, 'info'), finding('DL3059', 3, 'style')];

  it('keeps at most 10 per level and counts the rest', () => {
    const { annotations, rest } = selectAnnotations([...warnings, ...errors, ...notices]);
    const per = (level: string): number => annotations.filter((a) => a.level === level).length;
    expect([per('error'), per('warning'), per('notice'), rest]).toEqual([10, 10, 2, 7]);
  });

  it('puts findings on changed lines first, then new findings, then by line', () => {
    const changedLines = new Map([['Dockerfile', new Set([14, 15])]]);
    const added = [warnings[11]!];
    const { annotations } = selectAnnotations(warnings, { changedLines, added });
    expect(annotations.map((a) => a.where.startLine)).toEqual([14, 15, 12, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('counts a multi-line finding as changed when any of its lines changed, and omits its columns', () => {
    const multi = { ...finding('DL3003', 5), endLine: 8 };
    const { annotations } = selectAnnotations([...warnings.slice(0, 4), multi], {
      changedLines: new Map([['Dockerfile', new Set([7])]]),
    });
    expect(annotations[0]!.where).toEqual({
      title: 'DL3003 dl3003-name',
      file: 'Dockerfile',
      startLine: 5,
      endLine: 8,
    });
    expect(annotations[1]!.where).toEqual({
      title: 'DL3008 dl3008-name',
      file: 'Dockerfile',
      startLine: 1,
      endLine: 1,
      startColumn: 1,
      endColumn: 4,
    });
  });

  it('adds the suggestion to the message', () => {
    const { annotations } = selectAnnotations([{ ...finding('DL3006', 1), suggestion: 'FROM busybox:1.35' }]);
    expect(annotations[0]!.message).toBe('DL3006 says so\n\nSuggestion:\nFROM busybox:1.35');
  });
});

describe('changedLinesFromDiff', () => {
  it('reads the new-side lines of every hunk per file', () => {
    const diff = [
      'diff --git a/Dockerfile b/Dockerfile',
      '--- a/Dockerfile',
      '+++ b/Dockerfile',
      '@@ -3 +3,2 @@',
      '-RUN a',
      '+RUN b',
      '+RUN c',
      '@@ -10,2 +11,0 @@',
      '-gone',
      '-gone',
      '@@ -20 +20 @@',
      '+x',
      '--- /dev/null',
      '+++ b/docker/app.Dockerfile',
      '@@ -0,0 +1,3 @@',
    ].join('\n');
    expect(changedLinesFromDiff(diff)).toEqual(
      new Map([
        ['Dockerfile', new Set([3, 4, 20])],
        ['docker/app.Dockerfile', new Set([1, 2, 3])],
      ]),
    );
  });

  it('names the codes a finding stands for too in the title', () => {
    const paired = { ...finding('DL3025', 3), also: ['JSONArgsRecommended'] };
    expect(selectAnnotations([paired]).annotations[0]!.where.title).toBe(
      'DL3025 (also JSONArgsRecommended) dl3025-name',
    );
  });
});
