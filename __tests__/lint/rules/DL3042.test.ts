import { describe, expect, it } from '@jest/globals';
import { DL3042 } from '../../../src/lint/rules/DL3042.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3042 pip-no-cache-dir', () => {
  it.each([
    'RUN pip install --no-cache-dir flask==3.0.0',
    'RUN pip3 install flask==3.0.0 --no-cache-dir',
    'RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.0',
    'RUN export PIP_NO_CACHE_DIR=true && pip install flask==3.0.0',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.0',
    'RUN pipx install black',
    'RUN pipenv install',
    'RUN pip freeze',
  ])('accepts %s', (line) => {
    expect(check(DL3042, `FROM python:3.12\n${line}\n`)).toEqual([]);
  });

  it('flags the command and inserts the flag after the subcommand', () => {
    const text = 'FROM python:3.12\nRUN pip install -r requirements.txt\n';
    const found = check(DL3042, text);
    expect(positions(found)).toEqual([[2, 5, 2, 36]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n');
    expect(check(DL3042, fixed)).toEqual([]);
  });

  it('understands python -m pip and versioned pip names', () => {
    const text = 'FROM python:3.12\nRUN python3 -m pip install -U pip && pip3.12 install six\n';
    const found = check(DL3042, text);
    expect(positions(found)).toEqual([
      [2, 5, 2, 34],
      [2, 38, 2, 57],
    ]);
    const edits = found.flatMap((f) => f.fix!.edits);
    const fixed = applyFix(text, { ...found[0]!, fix: { description: 'both', edits } });
    expect(fixed).toBe(
      'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir -U pip && pip3.12 install --no-cache-dir six\n',
    );
    expect(check(DL3042, fixed)).toEqual([]);
  });

  it('follows PIP_NO_CACHE_DIR from ENV through stage inheritance, and falsy values', () => {
    expect(
      check(DL3042, 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=on\nFROM base\nRUN pip install six\n'),
    ).toEqual([]);
    expect(
      check(
        DL3042,
        'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install six\n',
      ),
    ).toHaveLength(1);
    expect(check(DL3042, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install six\n')).toHaveLength(
      1,
    );
  });
});
