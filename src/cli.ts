#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseDockerfile } from './lint/parse.js';

const [command, ...files] = process.argv.slice(2);
if (command !== 'lint' || files.length === 0) {
  process.stderr.write('usage: image-budget lint FILE...\n');
  process.exit(2);
}
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`${file}: cannot read file\n`);
    process.exit(2);
  }
  for (const i of parseDockerfile(text)) process.stdout.write(`${file}:${i.line} ${i.keyword}\n`);
}
