// Integration: the docker adapter against the lane's real engine, with each builder the lane's client offers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker, DockerCommandError } from '../../src/docker/cli.js';
import { DOCKER, LANE, laneBuilders, removeImages, requireDocker, testTag } from '../support/docker.js';

const tags: string[] = [];
let context: string;

beforeAll(() => {
  requireDocker();
  context = mkdtempSync(join(tmpdir(), 'ib-docker-'));
  writeFileSync(join(context, 'x.txt'), 'hello\n');
  writeFileSync(
    join(context, 'Dockerfile'),
    'FROM busybox:1.35\nRUN head -c 1000 /dev/zero > /zeros\nCOPY x.txt /x.txt\nUSER 1000\nCMD ["cat", "/x.txt"]\n',
  );
  writeFileSync(
    join(context, 'Broken.Dockerfile'),
    'FROM busybox:1.35\nRUN echo before\nRUN echo failing-step-output && exit 3\n',
  );
});

afterAll(() => removeImages(...tags));

describe.each(laneBuilders().map((b) => [b.label, b] as const))(
  `docker adapter on lane ${LANE} with %s`,
  (_, builder) => {
    const kind = builder.kind;
    const docker = createDocker({ env: builder.env });

    it('detects the builder', async () => {
      expect(await docker.builderKind()).toBe(kind);
    });

    it('builds, times, inspects, runs and saves an image', async () => {
      const tag = testTag('docker');
      tags.push(tag);
      const result = await docker.build({ dockerfile: join(context, 'Dockerfile'), context, tag });
      if (!result.ok) throw new Error(result.message);
      expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(result.builder).toBe(kind);
      expect(result.seconds).toBeGreaterThan(0);
      expect(result.totalSteps).toBeGreaterThanOrEqual(3);

      const again = await docker.build({ dockerfile: join(context, 'Dockerfile'), context, tag });
      if (!again.ok) throw new Error(again.message);
      expect(again.imageId).toBe(result.imageId);
      expect(again.cachedSteps).toBeGreaterThanOrEqual(2);

      expect(await docker.inspectConfig(tag)).toMatchObject({
        User: '1000',
        Cmd: ['cat', '/x.txt'],
        Entrypoint: null,
      });
      expect((await docker.runContainer(tag, ['cat', '/x.txt'])).stdout).toBe('hello\n');
      expect((await docker.runContainer(tag, 'wc -c < /zeros', { shell: true })).stdout.trim()).toBe('1000');

      let bytes = 0;
      for await (const chunk of docker.save(tag)) bytes += (chunk as Buffer).length;
      expect(bytes).toBeGreaterThan(1000);
    });

    it('returns a failure naming the step, not a crash', async () => {
      const result = await docker.build({
        dockerfile: join(context, 'Broken.Dockerfile'),
        context,
        tag: testTag('docker'),
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toContain('exit 3');
      expect(result.step).toContain('RUN echo failing-step-output');
      expect(result.output.join('\n')).toContain('failing-step-output');
    });
  },
);

describe('docker adapter errors', () => {
  it('carries argv, exit code and the stderr tail', async () => {
    const docker = createDocker();
    const error = await docker
      .run(['image', 'inspect', 'ib-test-no-such-image:never'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerCommandError);
    const e = error as DockerCommandError;
    expect(e.exitCode).toBe(1);
    expect(e.argv).toEqual([DOCKER, 'image', 'inspect', 'ib-test-no-such-image:never']);
    expect(e.message).toMatch(/No such image/i);
    expect(await docker.imageExists('ib-test-no-such-image:never')).toBe(false);
  });

  it('says how to get Docker when the client is missing', async () => {
    const docker = createDocker({ client: '/nonexistent/docker' });
    await expect(docker.run(['info'])).rejects.toThrow('bash scripts/docker-up.sh');
  });

  it('fails a save stream of a missing image with the docker message', async () => {
    const docker = createDocker();
    const consume = async (): Promise<void> => {
      for await (const _ of docker.save('ib-test-no-such-image:never')) void _;
    };
    await expect(consume()).rejects.toThrow(/ib-test-no-such-image/);
  });
});
