import { describe, expect, it } from '@jest/globals';
import { DL3062 } from '../../../src/lint/rules/DL3062.js';
import { check, positions } from './helpers.js';

describe('DL3062 go-pin-versions', () => {
  it.each([
    'RUN go install example.com/cmd@v1.2.3',
    'RUN go install ./cmd/app .',
    'RUN go build -o /app ./...',
    'RUN go get -tool example.com/t@v0.1.0',
    'RUN go run example.com/pkg@v1.2.3 --foo bar',
    'RUN go install -ldflags "-s -w" example.com/x@4f1c2a9',
  ])('accepts %s', (line) => {
    expect(check(DL3062, `FROM golang:1.22\n${line}\n`)).toEqual([]);
  });

  it('flags unpinned and @latest modules on their words', () => {
    const found = check(DL3062, 'FROM golang:1.22\nRUN go install example.com/a example.com/b@latest\n');
    expect(positions(found)).toEqual([
      [2, 16, 2, 29],
      [2, 30, 2, 50],
    ]);
    expect(found[1]!.message).toContain('go install example.com/b@<version>');
  });

  it('checks only the package of go run, not its arguments', () => {
    expect(positions(check(DL3062, 'FROM golang:1.22\nRUN go run example.com/p arg\n'))).toEqual([
      [2, 12, 2, 25],
    ]);
  });
});
