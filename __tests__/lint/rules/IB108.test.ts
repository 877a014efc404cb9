import { describe, expect, it } from '@jest/globals';
import { IB108 } from '../../../src/lint/rules/IB108.js';
import { check, positions } from './helpers.js';

describe('IB108 copy-before-install', () => {
  it.each([
    'FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
    'FROM node:20-slim\nCOPY . .\nRUN npm install -g typescript\n',
    'FROM python:3.12-slim\nCOPY . .\nRUN pip install .\n',
    'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build .\n',
  ])('accepts %j', (text) => {
    expect(check(IB108, text)).toEqual([]);
  });

  it.each([
    [
      'npm',
      'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
      'COPY package.json package-lock.json ./',
    ],
    [
      'pip',
      'FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n',
      'COPY requirements.txt ./',
    ],
    ['go', 'FROM golang:1.22\nCOPY ./ ./\nRUN go mod download\n', 'COPY go.mod go.sum ./'],
  ])('flags %s', (_name, text, example) => {
    const found = check(IB108, text);
    expect(found).toHaveLength(1);
    const copyLine = text.split('\n').findIndex((l) => l.startsWith('COPY')) + 1;
    expect(positions(found)[0]!.slice(0, 2)).toEqual([copyLine, 1]);
    expect(found[0]!.suggestion).toContain(example);
  });
});
