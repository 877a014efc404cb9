import { describe, expect, it } from '@jest/globals';
import { DL3028 } from '../../../src/lint/rules/DL3028.js';
import { check, positions } from './helpers.js';

describe('DL3028 gem-pin-versions', () => {
  it.each([
    'RUN gem install bundler:2.5.0',
    "RUN gem install bundler -v '2.0.1'",
    'RUN gem install bundler --version=2.0.1',
    'RUN gem i nokogiri:1.16 -- --use-system-libraries',
    'RUN gem install nokogiri:1.16 --use-system-libraries true',
    'RUN gem update --system',
    'RUN gem install --local --force pups-1.4.0.gem',
  ])('accepts %s', (line) => {
    expect(check(DL3028, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags the unpinned gems', () => {
    const found = check(DL3028, 'FROM busybox:1.35\nRUN gem install --no-document rails:7 nokogiri\n');
    expect(positions(found)).toEqual([[2, 39, 2, 47]]);
    expect(found[0]!.message).toContain('nokogiri');
  });
});
