// Each fix kind through the real rule set: input, exact output, the rules that fired, and idempotence.
import { describe, expect, it } from '@jest/globals';
import { optimizeDockerfile } from '../../src/optimize/optimize.js';

const cases: [kind: string, input: string, output: string, rules: string[]][] = [
  [
    'apt: join update + install, -y, no recommends (keeping certificates), clean lists',
    'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install curl\n',
    'FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install --no-install-recommends -y curl ca-certificates && rm -rf /var/lib/apt/lists/*\n',
    ['IB102', 'DL3014', 'DL3015', 'DL3009'],
  ],
  [
    'apt in one RUN',
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y make\n',
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install --no-install-recommends -y make && rm -rf /var/lib/apt/lists/*\n',
    ['DL3015', 'DL3009'],
  ],
  [
    'apk --no-cache',
    'FROM alpine:3.19\nRUN apk add curl\n',
    'FROM alpine:3.19\nRUN apk add --no-cache curl\n',
    ['DL3019'],
  ],
  [
    'pip --no-cache-dir',
    'FROM python:3.12-slim\nRUN pip install flask\n',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
    ['DL3042'],
  ],
  [
    'npm cache',
    'FROM node:20-slim\nCOPY package.json .\nRUN npm install\n',
    'FROM node:20-slim\nCOPY package.json .\nRUN npm install && npm cache clean --force\n',
    ['IB105'],
  ],
  [
    'yum clean all',
    'FROM centos:7\nRUN yum install -y httpd\n',
    'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    ['DL3032'],
  ],
  [
    'dnf clean all',
    'FROM fedora:39\nRUN dnf install -y httpd\n',
    'FROM fedora:39\nRUN dnf install -y httpd && dnf clean all\n',
    ['DL3040'],
  ],
  [
    'gem cache',
    'FROM ruby:3.3\nRUN gem install rails\n',
    'FROM ruby:3.3\nRUN gem install --no-document rails && rm -rf "$(gem env gemdir)"/cache/*.gem\n',
    ['IB105'],
  ],
  [
    'a file deleted in a later RUN',
    'FROM busybox:1.35\nRUN wget -q -O /tmp/a.tgz http://x.test/a.tgz\nRUN echo between\nRUN rm /tmp/a.tgz\n',
    'FROM busybox:1.35\nRUN wget -q -O /tmp/a.tgz http://x.test/a.tgz \\\n    && echo between \\\n    && rm /tmp/a.tgz\n',
    ['IB116'],
  ],
  [
    'consecutive RUNs',
    'FROM busybox:1.35\nRUN echo 1\nRUN echo 2\n',
    'FROM busybox:1.35\nRUN echo 1 \\\n    && echo 2\n',
    ['IB116'],
  ],
  [
    'RUNs with a USER between stay apart',
    'FROM busybox:1.35\nRUN echo 1\nUSER nobody\nRUN echo 2\n',
    'FROM busybox:1.35\nRUN echo 1\nUSER nobody\nRUN echo 2\n',
    [],
  ],
  [
    'ADD of a local file',
    'FROM busybox:1.35\nADD app.sh /app/\n',
    'FROM busybox:1.35\nCOPY app.sh /app/\n',
    ['DL3020'],
  ],
  [
    'ADD of a URL stays',
    'FROM busybox:1.35\nADD https://x.test/a.tgz /a.tgz\n',
    'FROM busybox:1.35\nADD https://x.test/a.tgz /a.tgz\n',
    [],
  ],
  [
    'CMD to exec form',
    'FROM busybox:1.35\nCMD node server.js\n',
    'FROM busybox:1.35\nCMD ["node", "server.js"]\n',
    ['DL3025'],
  ],
  [
    'CMD with a pipe stays',
    'FROM busybox:1.35\nCMD node server.js | tee log\n',
    'FROM busybox:1.35\nCMD node server.js | tee log\n',
    [],
  ],
  [
    'ENTRYPOINT to exec form',
    'FROM busybox:1.35\nENTRYPOINT /bin/run --port 80\n',
    'FROM busybox:1.35\nENTRYPOINT ["/bin/run", "--port", "80"]\n',
    ['DL3025'],
  ],
  [
    'MAINTAINER to LABEL',
    'FROM busybox:1.35\nMAINTAINER Jane Doe <jane@example.com>\n',
    'FROM busybox:1.35\nLABEL maintainer="Jane Doe <jane@example.com>"\n',
    ['DL4000'],
  ],
];

describe('fix kinds with the real rules', () => {
  it.each(cases)('%s', (_kind, input, output, rules) => {
    const r = optimizeDockerfile(input);
    expect(r.optimized).toBe(output);
    expect(r.applied.map((a) => a.rule)).toEqual(rules);
    const again = optimizeDockerfile(r.optimized);
    expect(again.changed).toBe(false);
    expect(again.optimized).toBe(output);
  });

  it('aggressive: a slimmer base only with --level aggressive', () => {
    const input = 'FROM node:20\nCMD ["node", "index.js"]\n';
    expect(optimizeDockerfile(input).optimized).toBe(input);
    const r = optimizeDockerfile(input, { level: 'aggressive' });
    expect(r.optimized).toBe('FROM node:20-slim\nCMD ["node", "index.js"]\n');
    expect(r.applied.map((a) => [a.rule, a.level])).toEqual([['IB107', 'aggressive']]);
    expect(optimizeDockerfile(r.optimized, { level: 'aggressive' }).changed).toBe(false);
  });
});
