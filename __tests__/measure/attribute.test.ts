import { describe, expect, it } from '@jest/globals';
import { attributeLayers, parseCreatedBy, stageChain } from '../../src/measure/attribute.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';

describe('parseCreatedBy', () => {
  it.each([
    ['/bin/sh -c #(nop)  ENV X=1', { keyword: 'ENV', text: 'X=1' }],
    ['/bin/sh -c #(nop) COPY file:dfbb101cc7d0 in /app/ ', { keyword: 'COPY', text: '/app/' }],
    ['/bin/sh -c #(nop) ADD dir:7ec14b81 in /root/.data/ ', { keyword: 'ADD', text: '/root/.data/' }],
    ['/bin/sh -c #(nop) WORKDIR /app', { keyword: 'WORKDIR', text: '/app' }],
    ['/bin/sh -c rm /app/data2.bin', { keyword: 'RUN', text: 'rm /app/data2.bin' }],
    ['|1 SIZE=1000 /bin/sh -c head -c $SIZE /dev/zero', { keyword: 'RUN', text: 'head -c $SIZE /dev/zero' }],
    ['/bin/busybox --install -s /bin', { keyword: 'RUN', text: '/bin/busybox --install -s /bin' }],
    ['RUN /bin/sh -c echo hi > /app/hi.txt # buildkit', { keyword: 'RUN', text: 'echo hi > /app/hi.txt' }],
    ['RUN |2 A=1 B=x /bin/sh -c make   all # buildkit', { keyword: 'RUN', text: 'make all' }],
    ['COPY /built.bin /app/ # buildkit', { keyword: 'COPY', text: '/app/' }],
    ['WORKDIR /app', { keyword: 'WORKDIR', text: '/app' }],
    ['EXPOSE map[8080/tcp:{}]', { keyword: 'EXPOSE', text: 'map[8080/tcp:{}]' }],
  ])('%s', (createdBy, expected) => expect(parseCreatedBy(createdBy)).toEqual(expected));
});

const DOCKERFILE = `FROM busybox:1.35 AS build
ARG SIZE=1000
RUN head -c $SIZE /dev/zero > /built.bin && \\
    echo done
FROM build AS test
WORKDIR /app
COPY data.bin ./
RUN ["/bin/sh", "-c", "echo hi > /app/hi.txt"]
FROM busybox:1.35
COPY --from=build /built.bin /app/
`;

describe('stageChain', () => {
  const parsed = parseDockerfile(DOCKERFILE);
  it('follows FROM <stage> back to the external base', () => {
    expect(stageChain(parsed, 'test').map((i) => i.line)).toEqual([2, 3, 6, 7, 8]);
  });
  it('defaults to the last stage', () => {
    expect(stageChain(parsed).map((i) => i.line)).toEqual([10]);
  });
});

describe('attributeLayers', () => {
  const parsed = parseDockerfile(DOCKERFILE);
  const base = [
    { created_by: '/bin/sh -c #(nop) COPY file:7027 in /bin/busybox ' },
    { created_by: '/bin/busybox --install -s /bin' },
    { created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
  ];
  it('maps classic-builder history to lines, leaving the base unmapped', () => {
    const history = [
      ...base,
      { created_by: '/bin/sh -c #(nop)  ARG SIZE=1000', empty_layer: true },
      { created_by: '|1 SIZE=1000 /bin/sh -c head -c $SIZE /dev/zero > /built.bin &&     echo done' },
      { created_by: '/bin/sh -c #(nop) WORKDIR /app' },
      { created_by: '/bin/sh -c #(nop) COPY file:abc in ./ ' },
      { created_by: '/bin/sh -c echo hi > /app/hi.txt' },
    ];
    expect(attributeLayers(history, 6, parsed, 'test').map((o) => o.line)).toEqual([
      undefined,
      undefined,
      3,
      6,
      7,
      8,
    ]);
  });
  it('maps BuildKit history to lines', () => {
    const history = [
      ...base,
      { created_by: 'ARG SIZE=1000', empty_layer: true },
      {
        created_by:
          'RUN |1 SIZE=1000 /bin/sh -c head -c $SIZE /dev/zero > /built.bin &&     echo done # buildkit',
      },
      { created_by: 'WORKDIR /app' },
      { created_by: 'COPY data.bin ./ # buildkit' },
      { created_by: 'RUN /bin/sh -c echo hi > /app/hi.txt # buildkit' },
    ];
    const origins = attributeLayers(history, 6, parsed, 'test');
    expect(origins.map((o) => o.line)).toEqual([undefined, undefined, 3, 6, 7, 8]);
    expect(origins.map((o) => o.instruction)).toEqual([
      undefined,
      undefined,
      'RUN',
      'WORKDIR',
      'COPY',
      'RUN',
    ]);
  });
  it('leaves a line unknown rather than guess when the content does not match', () => {
    const history = [...base, { created_by: 'RUN /bin/sh -c something else # buildkit' }];
    expect(attributeLayers(history, 3, parsed).map((o) => o.line)).toEqual([undefined, undefined, undefined]);
  });
  it('gives up on pairing when the history does not account for every layer', () => {
    expect(attributeLayers(base, 5, parsed)).toEqual(Array.from({ length: 5 }, () => ({ createdBy: '' })));
  });
});
