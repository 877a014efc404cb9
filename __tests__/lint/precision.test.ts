// Precision cases found on real Dockerfiles outside the corpus: each block is one class of wrong finding, written
// as the smallest Dockerfiles that show it (and the nearby cases that must still be flagged).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { contextSettings, type ContextReader } from '../../src/lint/linter.js';
import { IB109 } from '../../src/lint/rules/IB109.js';
import { isExpansion } from '../../src/dockerfile/shell.js';
import { DL3002 } from '../../src/lint/rules/DL3002.js';
import { DL3006 } from '../../src/lint/rules/DL3006.js';
import { DL3007 } from '../../src/lint/rules/DL3007.js';
import { DL3008 } from '../../src/lint/rules/DL3008.js';
import { DL3009 } from '../../src/lint/rules/DL3009.js';
import { DL3013 } from '../../src/lint/rules/DL3013.js';
import { DL3016 } from '../../src/lint/rules/DL3016.js';
import { DL3018 } from '../../src/lint/rules/DL3018.js';
import { DL3028 } from '../../src/lint/rules/DL3028.js';
import { DL3033 } from '../../src/lint/rules/DL3033.js';
import { DL3037 } from '../../src/lint/rules/DL3037.js';
import { DL3062 } from '../../src/lint/rules/DL3062.js';
import { check } from './rules/helpers.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('apt dist-clean clears the lists (DL3009)', () => {
  it.each([
    'RUN apt-get update && apt-get install -y curl && apt-get dist-clean',
    'RUN apt update && apt install -y curl && apt dist-clean',
    'RUN apt-get update && apt-get install -y curl && apt-get -q dist-clean',
  ])('accepts %s', (line) => {
    expect(check(DL3009, `${FROM}${line}\n`)).toEqual([]);
  });
  it.each([
    // the lists come back with the update that follows
    'RUN apt-get dist-clean && apt-get update && apt-get install -y curl',
    // `clean` keeps the lists
    'RUN apt-get update && apt-get install -y curl && apt-get clean',
  ])('still flags %s', (line) => {
    expect(check(DL3009, `${FROM}${line}\n`).map((f) => f.rule)).toEqual(['DL3009']);
  });
});

describe('a computed package list is not a package to pin', () => {
  it.each([
    '$runDeps',
    '${PKGS}',
    '"$@"',
    '$(cat list)',
    '`cat list`',
    '"${A:-a b}"',
    '$A$B',
    '$1',
    '"$PKGS"',
  ])('%s is an expansion', (raw) => {
    expect(isExpansion(raw)).toBe(true);
  });
  it.each(['curl', 'foo=$VERSION', 'lib${X}-dev', "'$literal'", '\\$x', '$', '${open', '""'])(
    '%s is not',
    (raw) => {
      expect(isExpansion(raw)).toBe(false);
    },
  );
  it.each([
    [DL3008, `${FROM}RUN apt-get install -y \${PKGS} "$@" $(cat /tmp/list)\n`],
    [DL3018, 'FROM alpine:3.20\nRUN apk add --no-cache $runDeps `cat /deps`\n'],
    [DL3013, 'FROM python:3.12\nRUN pip install --no-cache-dir $PIP_PACKAGES\n'],
    [DL3016, 'FROM node:20\nRUN npm install -g ${NPM_TOOLS}\n'],
    [DL3028, 'FROM ruby:3.3\nRUN gem install $GEMS\n'],
    [DL3033, 'FROM centos:7\nRUN yum install -y $(cat /pkgs) && yum clean all\n'],
    [DL3037, 'FROM opensuse/leap:15\nRUN zypper install -y $PKGS && zypper clean\n'],
  ])('%#: expansions are left alone', (rule, text) => {
    expect(check(rule, text)).toEqual([]);
  });
  it.each([
    // a variable version pins the package
    [DL3008, `${FROM}RUN apt-get install -y curl=$CURL_VERSION $PKGS\n`, []],
    [DL3018, 'FROM alpine:3.20\nRUN apk add --no-cache tini=${TINI} $runDeps\n', []],
    // literal names next to the expansion are still asked for, and only they
    [DL3008, `${FROM}RUN apt-get install -y $PKGS curl lib\${X}-dev\n`, ['curl, lib${X}-dev']],
    [DL3018, 'FROM alpine:3.20\nRUN apk add $runDeps bash\n', ['bash']],
    [DL3016, 'FROM node:20\nRUN npm install -g $TOOLS typescript\n', ['typescript']],
  ])('%#: pins are judged beside expansions', (rule, text, named) => {
    expect(check(rule, text).map((f) => /: (.*) \(for example/.exec(f.message)?.[1])).toEqual(named);
  });
});

describe('go run and go install of local code need no version (DL3062)', () => {
  it.each([
    'RUN go run build.go',
    'RUN go run main.go util.go --flag',
    'RUN go run ./cmd/x',
    'RUN go run .',
    'RUN go run cmd/tool -v',
    'RUN go install std',
    'RUN go install -v ./...',
  ])('accepts %s', (line) => {
    expect(check(DL3062, `FROM golang:1.22\n${line}\n`)).toEqual([]);
  });
  it.each([
    ['RUN go run github.com/x/y', 'go run github.com/x/y@<version>'],
    [
      'RUN go run golang.org/x/tools/cmd/stringer@latest ./...',
      'go run golang.org/x/tools/cmd/stringer@<version>',
    ],
    ['RUN go install gopkg.in/yaml.v3', 'go install gopkg.in/yaml.v3@<version>'],
    ['RUN go get -tool foobar', 'go get foobar@<version>'],
  ])('still flags %s', (line, advice) => {
    const found = check(DL3062, `FROM golang:1.22\n${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(advice);
  });
});

describe('a USER root that a later stage undoes is temporary (DL3002)', () => {
  it.each([
    // the final stage switches away from the root it inherits
    'FROM busybox:1.35 AS base\nUSER root\nRUN id\nFROM base\nUSER app\n',
    // two stages built on the root stage, both switch away
    'FROM busybox:1.35 AS base\nUSER 0\nFROM base AS a\nUSER a\nFROM base\nUSER 1000\n',
    // the switch back happens in the same final stage
    'FROM busybox:1.35\nUSER root\nRUN id\nUSER app\n',
    // the grandchild switches away
    'FROM busybox:1.35 AS a\nUSER root\nFROM a AS b\nRUN id\nFROM b\nUSER app\n',
  ])('accepts %j', (text) => {
    expect(check(DL3002, text)).toEqual([]);
  });
  it.each([
    // the final stage inherits root and never switches
    ['FROM busybox:1.35 AS base\nUSER root\nFROM base\nRUN id\n', [2]],
    // one of two children keeps root: reported once, on the USER that set it
    ['FROM busybox:1.35 AS base\nUSER root\nFROM base AS a\nUSER app\nFROM base\nRUN id\n', [2]],
    // the final stage switches back to root itself
    ['FROM busybox:1.35 AS base\nUSER app\nFROM base\nUSER root\n', [4]],
  ])('flags %j', (text, lines) => {
    expect(check(DL3002, text).map((f) => f.line)).toEqual(lines);
  });
});

describe('versions follow ARG and ENV values in scope', () => {
  it.each([
    // resolves to a concrete version: pinned
    [DL3007, 'ARG NODE_VERSION=20.1.0\nFROM node:${NODE_VERSION}\n', []],
    [DL3006, 'ARG TAG=20.1.0\nFROM node:$TAG\n', []],
    // decided by a build argument: not known here
    [DL3007, 'ARG TAG\nFROM node:${TAG}\n', []],
    // resolves to latest, or to nothing
    [DL3007, 'ARG TAG=latest\nFROM node:${TAG}\n', [2]],
    [DL3006, 'ARG TAG=\nFROM node:${TAG}\n', [2]],
    [DL3006, 'ARG IMAGE=debian\nFROM ${IMAGE}\n', [2]],
  ])('%#: FROM %j', (rule, text, lines) => {
    expect(check(rule, text).map((f) => f.line)).toEqual(lines);
  });
  it('a build argument replaces the default', () => {
    const text = 'ARG TAG=20.1.0\nFROM node:${TAG}\n';
    expect(check(DL3007, text, { buildArgs: { TAG: 'latest' } }).map((f) => f.line)).toEqual([2]);
  });
  it.each([
    // ARG → ENV → RUN, in the same stage
    [
      DL3008,
      `${FROM}ARG CURL_VERSION=7.88.1-10\nENV CURL_VERSION=$CURL_VERSION\nRUN apt-get install -y curl=\${CURL_VERSION}\n`,
      [],
    ],
    // ENV of the stage it is built FROM
    [DL3018, 'FROM alpine:3.20 AS base\nENV TINI=0.19.0-r3\nFROM base\nRUN apk add tini=$TINI\n', []],
    // a global ARG is not seen in a stage unless the stage declares it
    [DL3008, `ARG V=\n${FROM}ARG V\nRUN apt-get install -y curl=$V\n`, [4]],
    // resolves to nothing or latest: as unpinned
    [DL3008, `${FROM}ARG CURL_VERSION=\nRUN apt-get install -y curl=\${CURL_VERSION}\n`, [3]],
    [DL3016, 'FROM node:20\nENV TS=latest\nRUN npm install -g typescript@$TS\n', [3]],
    [DL3062, 'FROM golang:1.22\nARG V=latest\nRUN go install example.com/x@${V}\n', [3]],
    // an ARG of another stage does not reach this one; nothing known: counts as pinned
    [DL3008, `${FROM}ARG V=\nFROM debian:bookworm-slim\nRUN apt-get install -y curl=$V\n`, []],
    [DL3013, 'FROM python:3.12\nRUN pip install flask==$FLASK_VERSION\n', []],
  ])('%#: RUN %j', (rule, text, lines) => {
    expect(check(rule, text).map((f) => f.line)).toEqual(lines);
  });
});

describe('IB109 reads the build context, not the Dockerfile folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'ib-precision-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // the facts the CLI and the action read, through a reader over the real folders
  const reader: ContextReader = {
    readText: async (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    entries: async (dir) => readdirSync(dir),
  };
  const dockerfileDir = join(root, 'docker');
  const context = join(root, 'ctx');
  mkdirSync(dockerfileDir);
  mkdirSync(join(context, '.git'), { recursive: true });
  mkdirSync(join(context, 'src'));
  writeFileSync(join(context, 'build.log'), 'x\n');
  const dockerfile = join(dockerfileDir, 'Dockerfile');
  const text = 'FROM busybox:1.35\nCOPY . /app\n';
  writeFileSync(dockerfile, text);
  // a .dockerignore beside the Dockerfile is not the one in force for another context
  writeFileSync(join(dockerfileDir, '.dockerignore'), '.git\n*.log\n');

  it('judges the context: no .dockerignore there, and only what it holds is named', async () => {
    const settings = await contextSettings(reader, dockerfile, context);
    expect(settings.dockerignore).toBeNull();
    const found = check(IB109, text, settings);
    expect(found.map((f) => f.fix?.dockerignore)).toEqual([['.git', '**/*.log']]);
    expect(found[0]!.message).not.toContain('if the context holds them');
  });
  it("uses the context's .dockerignore", async () => {
    writeFileSync(join(context, '.dockerignore'), '.git\n');
    const settings = await contextSettings(reader, dockerfile, context);
    expect(check(IB109, text, settings).map((f) => f.fix?.dockerignore)).toEqual([['**/*.log']]);
    rmSync(join(context, '.dockerignore'));
  });
  it('prefers <Dockerfile>.dockerignore beside the Dockerfile, as BuildKit does', async () => {
    writeFileSync(`${dockerfile}.dockerignore`, '.git\n**/*.log\n');
    const settings = await contextSettings(reader, dockerfile, context);
    expect(check(IB109, text, settings)).toEqual([]);
    rmSync(`${dockerfile}.dockerignore`);
  });
});
