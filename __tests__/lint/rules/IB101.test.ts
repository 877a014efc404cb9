import { describe, expect, it } from '@jest/globals';
import { IB101 } from '../../../src/lint/rules/IB101.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB101 deleted-in-later-layer', () => {
  it.each([
    ['deleted in the same RUN', 'FROM busybox:1.35\nRUN dd if=/dev/zero of=/big bs=1k count=1 && rm /big\n'],
    ['a file from the base image', 'FROM busybox:1.35\nRUN rm -rf /etc/motd\n'],
    [
      'a builder stage',
      'FROM busybox:1.35 AS build\nRUN wget -O /x.tgz https://e.test/x.tgz\nRUN rm /x.tgz\nFROM busybox:1.35\n',
    ],
    [
      'a cache mount',
      'FROM busybox:1.35\nRUN --mount=type=cache,target=/c wget -O /c/x https://e.test/x\nRUN rm -rf /c/x\n',
    ],
    ['a different file', 'FROM busybox:1.35\nRUN wget -O /a https://e.test/a\nRUN rm /b\n'],
  ])('accepts %s', (_name, text) => {
    expect(check(IB101, text)).toEqual([]);
  });

  it('flags a file written then deleted in a later RUN and merges the RUNs', () => {
    const text = 'FROM busybox:1.35\nRUN dd if=/dev/zero of=/big bs=1M count=5\nRUN rm /big\n';
    const found = check(IB101, text);
    expect(positions(found)).toEqual([[3, 8, 3, 12]]);
    expect(found[0]!.message).toContain('"/big" is created by the RUN at line 2 and removed here');
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM busybox:1.35\nRUN dd if=/dev/zero of=/big bs=1M count=5 \\\n    && rm /big\n');
    expect(check(IB101, fixed)).toEqual([]);
  });

  it('follows WORKDIR, redirections and globs', () => {
    const text =
      'FROM busybox:1.35\nWORKDIR /app\nRUN head -c 1000 /dev/zero > data.bin\nRUN echo hi\nRUN rm -f /app/*.bin\n';
    const found = check(IB101, text);
    expect(positions(found)).toEqual([[5, 11, 5, 21]]);
    expect(applyFix(text, found[0]!)).toBe(
      'FROM busybox:1.35\nWORKDIR /app\nRUN head -c 1000 /dev/zero > data.bin \\\n    && echo hi \\\n    && rm -f /app/*.bin\n',
    );
  });

  it('covers downloads, moves and recursive removal of a parent folder', () => {
    const text =
      'FROM busybox:1.35\nRUN curl -fsSLo /tmp/a.tgz https://e.test/a.tgz\nRUN mv /tmp/a.tgz /opt/\nRUN wget -P /dl https://e.test/b.zip\nRUN rm -rf /dl\n';
    const found = check(IB101, text);
    expect(positions(found)).toEqual([
      [3, 8, 3, 18],
      [5, 12, 5, 15],
    ]);
    expect(found[0]!.message).toContain('moved here');
  });

  it('explains why it cannot merge', () => {
    const text =
      'FROM busybox:1.35\nRUN wget -O /x.tgz https://e.test/x.tgz\nENV A=1\nRUN tar xzf /x.tgz && rm /x.tgz\n';
    const found = check(IB101, text);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message).toContain('Not merged automatically: ENV at line 3 lies between them.');
  });

  it('suggests COPY --chmod for a chmod after COPY', () => {
    const text =
      'FROM busybox:1.35\nCOPY --chown=1:1 run.sh /usr/local/bin/\nRUN chmod +x /usr/local/bin/run.sh\n';
    const found = check(IB101, text);
    expect(positions(found)).toEqual([[3, 14, 3, 35]]);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.suggestion).toBe('COPY --chown=1:1 --chmod=755 run.sh /usr/local/bin/');
  });

  it('flags removing part of a copied tree', () => {
    const found = check(IB101, 'FROM busybox:1.35\nCOPY . /app\nRUN rm -rf /app/tests\n');
    expect(found[0]!.message).toContain('exclude it in .dockerignore');
  });

  it('does not blame a copied tree for what a build step made', () => {
    expect(check(IB101, 'FROM busybox:1.35\nCOPY . /app\nRUN make -C /app && rm -rf /app/build\n')).toEqual(
      [],
    );
  });

  it('a cp/mv into a folder creates the files under their own names, not the folder', () => {
    // ingress-nginx test-runner: a glob moved into /usr/local/bin, then a download there made executable
    const intoBin =
      'FROM busybox:1.35\nRUN mv /tmp/cli/bin/* /usr/local/bin/\nRUN wget -qO /usr/local/bin/kubectl https://e.test/k && chmod +x /usr/local/bin/kubectl\n';
    expect(check(IB101, intoBin)).toEqual([]);
    // a named file copied into a folder is still followed
    const named = 'FROM busybox:1.35\nRUN cp /src/tool.tgz /opt/\nRUN rm /opt/tool.tgz\n';
    expect(positions(check(IB101, named))).toEqual([[3, 8, 3, 21]]);
    // a known system folder without the trailing slash is a folder too
    const noSlash = 'FROM busybox:1.35\nRUN cp /src/tool /usr/local/bin\nRUN chmod +x /usr/local/bin/tool\n';
    expect(positions(check(IB101, noSlash))).toEqual([[3, 14, 3, 33]]);
  });

  it('a file rewritten earlier in the same RUN shadows the folder an earlier layer copied', () => {
    const text =
      'FROM busybox:1.35\nCOPY etc /chroot/etc\nRUN echo "" > /chroot/etc/resolv.conf && chown -R www-data /chroot/etc/resolv.conf\n';
    expect(check(IB101, text)).toEqual([]);
  });

  it('a chmod without -R of a copied folder touches only the folder entry', () => {
    expect(check(IB101, 'FROM busybox:1.35\nCOPY . /app/\nRUN chmod 2775 /app\n')).toEqual([]);
    expect(check(IB101, 'FROM busybox:1.35\nCOPY . /app/\nRUN chmod -R 2775 /app\n')).toHaveLength(1);
  });

  it('names the step that made the path itself, not one that made a folder around it', () => {
    const text =
      'FROM busybox:1.35\nRUN mv /usr/src/busybox-1.37 /usr/src/busybox\nWORKDIR /usr/src/busybox\nCOPY a.patch b.patch ./.patches/\nRUN rm -rf .patches\n';
    expect(check(IB101, text)[0]!.message).toMatch(/^"\.patches" is copied by the COPY at line 4 /);
  });
});
