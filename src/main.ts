import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { parseDockerfile } from './lint/parse.js';

export async function run(): Promise<void> {
  const file = core.getInput('dockerfile') || 'Dockerfile';
  try {
    const instructions = parseDockerfile(readFileSync(file, 'utf8'), file);
    core.info(`${file}: ${instructions.instructions.length} instructions`);
  } catch (error: unknown) {
    core.setFailed(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
