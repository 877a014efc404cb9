import { describe, expect, it } from '@jest/globals';
import { DL3013, isPinned } from '../../../src/lint/rules/DL3013.js';
import { check, positions } from './helpers.js';

describe('DL3013 pip-pin-versions', () => {
  it.each([
    'RUN pip install flask==3.0.0',
    'RUN pip3 install -r requirements.txt',
    'RUN pip install --no-cache-dir --target /opt/x "requests>=2,<3"',
    'RUN python3 -m pip install .',
    'RUN pip install -c constraints.txt flask',
    'RUN pip install git+https://github.com/o/r.git@v1.0#egg=r',
    'RUN pip install ./dist/app-1.0-py3-none-any.whl',
    'RUN pipenv install black',
    'RUN pip download flask',
  ])('accepts %s', (line) => {
    expect(check(DL3013, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags the unpinned packages', () => {
    const found = check(
      DL3013,
      'FROM busybox:1.35\nRUN pip install --index-url https://x flask==3 requests\n',
    );
    expect(positions(found)).toEqual([[2, 48, 2, 56]]);
    expect(found[0]!.message).toContain('requests');
  });
  it('reads python -m pip, pipx and option values', () => {
    const text =
      'FROM busybox:1.35\nRUN python3.12 -m pip install --root-user-action=ignore x && pipx install --python py3 black\n';
    expect(positions(check(DL3013, text))).toEqual([
      [2, 57, 2, 58],
      [2, 88, 2, 93],
    ]);
  });
  it.each([
    ['git+https://github.com/o/r.git#egg=r', false],
    ['git+ssh://git@github.com/o/r.git@abc', true],
    ['x~=1.2', true],
    ['https://example.com/x.zip', true],
    ['x', false],
  ])('isPinned(%s) is %s', (spec, pinned) => {
    expect(isPinned(spec)).toBe(pinned);
  });
});
