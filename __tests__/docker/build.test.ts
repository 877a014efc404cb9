import { describe, expect, it } from '@jest/globals';
import {
  buildArgv,
  clientHasBuiltinBuildkit,
  describeFailure,
  parseBuildMetadata,
  parseClassicProgress,
  parsePlainProgress,
  parseRawJsonProgress,
  parseRawJsonWarnings,
} from '../../src/docker/build.js';
import type { BuildOptions } from '../../src/model.js';

const base: BuildOptions = { dockerfile: 'app/Dockerfile', context: 'app', tag: 't:1' };
const files = { iidfile: '/tmp/iid', metadataFile: '/tmp/meta.json' };

describe('buildArgv', () => {
  it.each<[string, Parameters<typeof buildArgv>[0], BuildOptions, string[], string]>([
    [
      'classic',
      'classic',
      base,
      ['build', '--force-rm', '--file', 'app/Dockerfile', '--iidfile', '/tmp/iid', '--tag', 't:1', 'app'],
      '0',
    ],
    [
      'built-in BuildKit',
      'buildkit',
      base,
      [
        'build',
        '--progress=plain',
        '--file',
        'app/Dockerfile',
        '--iidfile',
        '/tmp/iid',
        '--tag',
        't:1',
        'app',
      ],
      '1',
    ],
    [
      'buildx with a builder and every option',
      'buildx',
      {
        ...base,
        builder: 'remote',
        target: 'final',
        platform: 'linux/arm64',
        noCache: true,
        network: 'none',
        buildArgs: { A: '1 2', B: '$(x)' },
        labels: { 'org.x': 'y' },
      },
      [
        'buildx',
        'build',
        '--load',
        '--builder',
        'remote',
        '--progress=rawjson',
        '--provenance=false',
        '--metadata-file',
        '/tmp/meta.json',
        '--file',
        'app/Dockerfile',
        '--iidfile',
        '/tmp/iid',
        '--tag',
        't:1',
        '--target',
        'final',
        '--platform',
        'linux/arm64',
        '--no-cache',
        '--network',
        'none',
        '--build-arg',
        'A=1 2',
        '--build-arg',
        'B=$(x)',
        '--label',
        'org.x=y',
        'app',
      ],
      '1',
    ],
  ])('%s', (_, kind, options, args, buildkit) => {
    expect(buildArgv(kind, options, files)).toEqual({
      args,
      env: { DOCKER_BUILDKIT: buildkit, ...(kind === 'buildx' ? { BUILDX_METADATA_WARNINGS: 'true' } : {}) },
    });
  });

  it('exports to an OCI archive instead of loading for a remote builder', () => {
    const { args } = buildArgv('buildx', { ...base, builder: 'k8s' }, { ...files, ociExport: '/tmp/i.tar' });
    expect(args.slice(0, 6)).toEqual([
      'buildx',
      'build',
      '--output',
      'type=oci,dest=/tmp/i.tar',
      '--builder',
      'k8s',
    ]);
    expect(args).not.toContain('--load');
  });

  it('refuses a builder name without buildx', () => {
    expect(() => buildArgv('buildkit', { ...base, builder: 'k8s' }, files)).toThrow('needs docker buildx');
  });
});

describe('clientHasBuiltinBuildkit', () => {
  it.each([
    ['20.10.24+dfsg1', true],
    ['18.09.0', true],
    ['18.06.1-ce', false],
    ['28.2.2', false],
    ['23.0.0', false],
    ['garbage', false],
  ])('%s → %s', (version, expected) => expect(clientHasBuiltinBuildkit(version)).toBe(expected));
});

describe('progress parsers', () => {
  it('reads BuildKit plain progress: names, durations, cache hits', () => {
    const out = [
      '#1 [internal] load build definition from Dockerfile',
      '#1 DONE 0.0s',
      '#5 [2/3] RUN echo hi > /a',
      '#5 sha256:72485d',
      '#5 CACHED',
      '#7 [3/3] COPY x /x',
      '#7 DONE 0.4s',
    ].join('\n');
    expect(parsePlainProgress(out)).toEqual([
      { name: '[internal] load build definition from Dockerfile', cached: false, seconds: 0 },
      { name: '[2/3] RUN echo hi > /a', cached: true },
      { name: '[3/3] COPY x /x', cached: false, seconds: 0.4 },
    ]);
  });

  it('reads classic builder steps and cache hits', () => {
    const out =
      'Step 1/3 : FROM busybox:1.35\n ---> abc\nStep 2/3 : RUN echo hi\n ---> Using cache\n ---> def\nStep 3/3 : COPY x /x\n';
    expect(parseClassicProgress(out)).toEqual([
      { name: 'FROM busybox:1.35', cached: false },
      { name: 'RUN echo hi', cached: true },
      { name: 'COPY x /x', cached: false },
    ]);
  });

  it('reads buildx rawjson vertexes, merging updates of the same digest', () => {
    const out = [
      JSON.stringify({
        vertexes: [{ digest: 'sha256:a', name: '[2/2] RUN make', started: '2026-01-01T00:00:00Z' }],
      }),
      'not json',
      JSON.stringify({ vertexes: [{ digest: 'sha256:a', completed: '2026-01-01T00:00:02.5Z' }] }),
      JSON.stringify({ vertexes: [{ digest: 'sha256:b', name: '[1/2] FROM x', cached: true }] }),
    ].join('\n');
    expect(parseRawJsonProgress(out)).toEqual([
      { name: '[2/2] RUN make', cached: false, seconds: 2.5 },
      { name: '[1/2] FROM x', cached: true },
    ]);
  });
});

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('buildx rawjson and metadata', () => {
  // buildx writes rawjson indented, object after object (as buildx 0.13 does on engine 26)
  const indented = [
    JSON.stringify(
      { vertexes: [{ digest: 'sha256:a', name: '[1/2] FROM x', started: '2026-01-01T00:00:00Z' }] },
      null,
      2,
    ),
    JSON.stringify(
      {
        vertexes: [{ digest: 'sha256:a', completed: '2026-01-01T00:00:01Z', cached: true }],
        warnings: [
          {
            vertex: 'sha256:a',
            level: 1,
            short: b64('Empty continuation line found in: RUN echo a   && echo b'),
            detail: [b64('Empty continuation lines will become errors in a future release')],
            url: 'https://github.com/moby/moby/pull/33719',
            sourceInfo: { filename: 'Dockerfile', data: b64('FROM x\n') },
            range: [{ start: { line: 2 }, end: { line: 4 } }],
          },
        ],
      },
      null,
      2,
    ),
    ' 1 warning found (use --debug to expand): { not json',
    JSON.stringify({ vertexes: [{ digest: 'sha256:b', name: 'say "}" {', started: 'x' }] }, null, 2),
  ].join('\n');

  it('reads indented status objects, braces inside strings included', () => {
    expect(parseRawJsonProgress(indented)).toEqual([
      { name: '[1/2] FROM x', cached: true, seconds: 1 },
      { name: 'say "}" {', cached: false },
    ]);
  });

  it('reads the warnings with their Dockerfile line', () => {
    expect(parseRawJsonWarnings(indented)).toEqual([
      {
        message: 'Empty continuation line found in: RUN echo a   && echo b',
        file: 'Dockerfile',
        line: 2,
        url: 'https://github.com/moby/moby/pull/33719',
      },
    ]);
  });

  it('reads the digest and warnings of a metadata file; bad input gives nothing', () => {
    const meta = JSON.stringify({
      'containerimage.digest': 'sha256:1d4a',
      'containerimage.config.digest': 'sha256:c0f1',
      'buildx.build.warnings': [
        { level: 1, short: b64("FromAsCasing: 'as' and 'FROM' keywords' casing do not match") },
      ],
    });
    expect(parseBuildMetadata(meta)).toEqual({
      digest: 'sha256:1d4a',
      configDigest: 'sha256:c0f1',
      warnings: [{ message: "FromAsCasing: 'as' and 'FROM' keywords' casing do not match" }],
    });
    expect(parseBuildMetadata('')).toEqual({});
    expect(parseBuildMetadata('null')).toEqual({});
  });
});

describe('describeFailure', () => {
  it('names the failing BuildKit step and line', () => {
    const tail = [
      '#8 [4/4] RUN exit 3',
      '#8 ERROR: executor failed running [/bin/sh -c exit 3]: exit code: 3',
      'Dockerfile:4',
      'error: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    ];
    const failure = describeFailure('buildkit', 1.5, 'x', tail);
    expect(failure).toMatchObject({ ok: false, step: '[4/4] RUN exit 3', line: 4, seconds: 1.5 });
    expect(failure.message).toBe(
      'build failed at [4/4] RUN exit 3: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    );
  });

  it('names the failing classic step', () => {
    const tail = [
      'Step 4/4 : RUN exit 3',
      ' ---> Running in 63c6',
      "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
    ];
    expect(describeFailure('classic', 1, 'x', tail).message).toBe(
      "build failed at RUN exit 3: The command '/bin/sh -c exit 3' returned a non-zero code: 3",
    );
  });
});
