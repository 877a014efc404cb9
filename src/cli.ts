#!/usr/bin/env node
// The command-line face of the engine: `image-budget <command> …`. Each command lives in src/cli/<command>.ts
// and returns its exit code; this file only dispatches.
import { runCheck } from './cli/check.js';
import { runLint } from './cli/lint.js';
import { runMeasure } from './cli/measure.js';
import { runOptimize } from './cli/optimize.js';

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  lint: runLint,
  measure: runMeasure,
  optimize: runOptimize,
  check: runCheck,
};

const usage = `usage: image-budget <command> [options]

commands:
  lint FILE...           lint Dockerfiles (hadolint-compatible rules plus image-size rules)
  optimize DOCKERFILE    print the optimized Dockerfile (--diff, --write, --build)
  measure IMAGE          measure an image's layers (or --archive FILE)
  check                  the whole pipeline on a local repository: lint, optimize, build, measure, compare
`;

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (command === undefined) {
  process.stderr.write(
    name === undefined || name === '--help' || name === '-h'
      ? usage
      : `unknown command "${name}"\n\n${usage}`,
  );
  process.exitCode = name === '--help' || name === '-h' ? 0 : 2;
} else {
  process.exitCode = await command(rest);
}
