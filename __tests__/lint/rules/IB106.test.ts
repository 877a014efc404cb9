import { describe, expect, it } from '@jest/globals';
import { IB106 } from '../../../src/lint/rules/IB106.js';
import { check, positions } from './helpers.js';

describe('IB106 build-tools-in-final-stage', () => {
  it.each([
    [
      'tools in a builder stage',
      'FROM golang:1.22 AS build\nRUN apt-get install -y gcc\nFROM debian:bookworm-slim\n',
    ],
    [
      'tools purged in the same RUN',
      'FROM debian\nRUN apt-get install -y gcc make && make && apt-get purge -y gcc make\n',
    ],
    ['apk --virtual', 'FROM alpine\nRUN apk add --virtual .b gcc musl-dev && make && apk del .b\n'],
    ['runtime packages', 'FROM debian\nRUN apt-get install -y curl ca-certificates\n'],
    ['npm ci --omit=dev', 'FROM node:20-slim\nRUN npm ci --omit=dev\n'],
    ['NODE_ENV=production', 'FROM node:20-slim\nENV NODE_ENV=production\nRUN npm ci\n'],
  ])('accepts %s', (_name, text) => {
    expect(check(IB106, text)).toEqual([]);
  });

  it('flags an SDK base in the final stage', () => {
    const found = check(IB106, 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app .\n');
    expect(positions(found)).toEqual([[1, 6, 1, 17]]);
    expect(found[0]!.suggestion).toContain('COPY --from=build');
  });

  it('flags compilers and -dev packages on the first one and lists all', () => {
    const found = check(
      IB106,
      'FROM debian:bookworm-slim\nRUN apt-get install -y curl build-essential libpq-dev\nCMD ["/app/run"]\n',
    );
    expect(positions(found)).toEqual([[2, 29, 2, 44]]);
    expect(found[0]!.message).toContain('(build-essential, libpq-dev)');
  });

  it('flags Node dev dependencies', () => {
    const found = check(IB106, 'FROM node:20-slim\nRUN npm install\nENTRYPOINT node server.js\n');
    expect(positions(found)).toEqual([[2, 5, 2, 16]]);
  });

  it.each([
    [
      'a toolchain image (nothing copied in, no program started)',
      'FROM golang:1.22\nRUN apt-get install -y gcc libnuma-dev\n',
    ],
    [
      'a dev container whose command is a shell',
      'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN apt-get install -y build-essential\nCMD ["bash"]\n',
    ],
    [
      'an image that only downloads',
      'FROM debian\nADD https://e.test/tool.tgz /opt/\nRUN apt-get install -y gcc\n',
    ],
  ])('leaves images that exist to build alone: %s', (_name, text) => {
    expect(check(IB106, text)).toEqual([]);
  });
});
