#!/usr/bin/env node
// The command-line face of the engine: `image-budget <command> …`. Each command lives in src/cli/<command>.ts
// and returns its exit code; this file only dispatches.
// Each command is loaded when it runs: \`lint\` then starts without the Docker, GitHub and image-analysis code the
// other commands bring (most of the bundle), which is most of a one-file lint's time.
// The bundler inlines the JSON, so dist/cli.js prints the version without a package.json beside it.
import packageJson from '../package.json' with { type: 'json' };

const commands: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  lint: async () => (await import('./cli/lint.js')).runLint,
  measure: async () => (await import('./cli/measure.js')).runMeasure,
  optimize: async () => (await import('./cli/optimize.js')).runOptimize,
  check: async () => (await import('./cli/check.js')).runCheck,
  bisect: async () => (await import('./cli/bisect.js')).runBisect,
};

const usage = `usage: image-budget <command> [options]

commands:
  lint FILE...           lint Dockerfiles (hadolint-compatible rules plus image-size rules)
  optimize DOCKERFILE    print the optimized Dockerfile (--diff, --write, --build)
  measure IMAGE          measure an image's layers (or --archive FILE)
  check                  the whole pipeline on a local repository: lint, optimize, build, measure, compare
  bisect                 which commit of a branch grew the image, and the Dockerfile line (--base-ref REF)

  image-budget <command> --help   the options of a command
  image-budget --version          the version
`;

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (name === '--version' || name === '-V' || name === 'version') {
  process.stdout.write(`${packageJson.version}\n`);
} else if (name === '--help' || name === '-h' || name === 'help') {
  // `help lint` is `lint --help`
  const topic = rest[0] === undefined ? undefined : commands[rest[0]];
  if (topic === undefined) process.stdout.write(usage);
  else process.exitCode = await (await topic())(['--help']);
} else if (command === undefined) {
  process.stderr.write(name === undefined ? usage : `unknown command "${name}"\n\n${usage}`);
  process.exitCode = 2;
} else {
  process.exitCode = await (await command())(rest);
}
