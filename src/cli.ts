#!/usr/bin/env node
// The command-line face of the engine: `image-budget <command> …`. Each command lives in src/cli/<command>.ts
// and returns its exit code; this file only dispatches.
// Each command is loaded when it runs: \`lint\` then starts without the Docker, GitHub and image-analysis code the
// other commands bring (most of the bundle), which is most of a one-file lint's time.
const commands: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  lint: async () => (await import('./cli/lint.js')).runLint,
  measure: async () => (await import('./cli/measure.js')).runMeasure,
  optimize: async () => (await import('./cli/optimize.js')).runOptimize,
  check: async () => (await import('./cli/check.js')).runCheck,
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
  process.exitCode = await (await command())(rest);
}
