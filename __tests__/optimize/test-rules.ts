// Small rules that carry fixes, for testing the optimizer engine without depending on the real rule set.
import { findCommands, hasFlag, subcommand } from '../../src/dockerfile/shell.js';
import type { Rule, RuleMeta } from '../../src/lint/types.js';

function meta(code: string, name: string): RuleMeta {
  return {
    code,
    name,
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: name,
    docs: `docs/rules/${code}.md`,
  };
}

/** Adds `--no-install-recommends` after `apt-get install`. */
export const noRecommends: Rule = {
  meta: meta('T001', 'apt-no-recommends'),
  create(context) {
    return {
      instruction(ins) {
        for (const cmd of findCommands(ins.shell, 'apt-get')) {
          if (subcommand(cmd) !== 'install' || hasFlag(cmd, '--no-install-recommends')) continue;
          const word = cmd.words.find((w) => w.value === 'install')!;
          context.report({
            at: ins,
            message: 'recommends',
            fix: {
              description: 'Add --no-install-recommends',
              edits: [{ start: word.end, end: word.end, text: ' --no-install-recommends' }],
            },
          });
        }
      },
    };
  },
};

/** Merges each shell-form RUN into the previous one of the same stage. */
export const mergeRuns: Rule = {
  meta: meta('T002', 'merge-runs'),
  create(context) {
    return {
      instruction(ins) {
        const prev = context.file.instructions[ins.index - 1];
        if (ins.keyword !== 'RUN' || prev?.keyword !== 'RUN' || prev.stage !== ins.stage) return;
        if (ins.form !== 'shell' || prev.form !== 'shell' || !prev.argsSpan || !ins.argsSpan) return;
        context.report({
          at: ins,
          message: 'merge',
          fix: {
            description: 'Merge consecutive RUN instructions',
            edits: [{ start: prev.argsSpan.end, end: ins.argsSpan.start, text: ' && \\\n    ' }],
          },
        });
      },
    };
  },
};

/** A broken rule: its fix inserts an unknown instruction. */
export const breaker: Rule = {
  meta: meta('T003', 'breaker'),
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword === 'RUN' && ins.args === 'break-me') {
          context.report({
            at: ins,
            message: 'break',
            fix: {
              description: 'Break the file',
              edits: [{ start: ins.end, end: ins.end, text: '\nBOGUS x' }],
            },
          });
        }
      },
    };
  },
};

/** Proposes `.dockerignore` lines while `.git` is not ignored. */
export const ignoreLines: Rule = {
  meta: meta('T004', 'ignore-lines'),
  create(context) {
    return {
      end() {
        if (context.settings.dockerignore?.includes('.git')) return;
        context.report({
          at: context.file.instructions[0]!,
          message: 'ignore',
          fix: { description: 'Ignore .git and src', edits: [], dockerignore: ['.git', 'src', '**/*.log'] },
        });
      },
    };
  },
};

/** An aggressive fix: a slimmer Debian variant. */
export const slimBase: Rule = {
  meta: meta('T005', 'slim-base'),
  create(context) {
    return {
      instruction(ins) {
        const w = ins.words[0];
        if (ins.keyword !== 'FROM' || w?.value !== 'debian:bookworm') return;
        context.report({
          at: w,
          message: 'slim',
          fix: {
            description: 'Use the slim variant',
            level: 'aggressive',
            edits: [{ start: w.end, end: w.end, text: '-slim' }],
          },
        });
      },
    };
  },
};

/** Two rules that undo each other: `RUN a` ↔ `RUN b`. */
export const flipFlop: Rule = {
  meta: meta('T006', 'flip-flop'),
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.argsSpan || (ins.args !== 'a' && ins.args !== 'b')) return;
        const text = ins.args === 'a' ? 'b' : 'a';
        context.report({
          at: ins,
          message: 'flip',
          fix: { description: 'Flip', edits: [{ start: ins.argsSpan.start, end: ins.argsSpan.end, text }] },
        });
      },
    };
  },
};

/** Adds `-q` right after `apt-get install`: the same spot `noRecommends` edits. */
export const quietApt: Rule = {
  meta: meta('T007', 'apt-quiet'),
  create(context) {
    return {
      instruction(ins) {
        for (const cmd of findCommands(ins.shell, 'apt-get')) {
          if (subcommand(cmd) !== 'install' || hasFlag(cmd, '-q')) continue;
          const word = cmd.words.find((w) => w.value === 'install')!;
          context.report({
            at: ins,
            message: 'quiet',
            fix: { description: 'Add -q', edits: [{ start: word.end, end: word.end, text: ' -q' }] },
          });
        }
      },
    };
  },
};

/** A harmful "fix": deletes `/app/needed` in the same RUN that makes it (the smoke test notices). */
export const deleteNeeded: Rule = {
  meta: meta('T008', 'delete-needed'),
  create(context) {
    return {
      instruction(ins) {
        if (
          ins.keyword !== 'RUN' ||
          !ins.argsSpan ||
          !ins.args.includes('/app/needed') ||
          ins.args.includes('rm ')
        )
          return;
        context.report({
          at: ins,
          message: 'delete',
          fix: {
            description: 'Delete the needed file',
            edits: [{ start: ins.argsSpan.end, end: ins.argsSpan.end, text: ' && rm /app/needed' }],
          },
        });
      },
    };
  },
};

/** A harmful "fix": changes an environment variable of the final image. */
export const changeEnv: Rule = {
  meta: meta('T009', 'change-env'),
  create(context) {
    return {
      instruction(ins) {
        const w = ins.words[0];
        if (ins.keyword !== 'ENV' || w?.value !== 'MODE=prod') return;
        context.report({
          at: w,
          message: 'env',
          fix: { description: 'Change MODE', edits: [{ start: w.start, end: w.end, text: 'MODE=dev' }] },
        });
      },
    };
  },
};

/** A buggy rule: its fix appends a cleanup but it keeps reporting the RUN that runs `make`. */
export const neverSettles: Rule = {
  meta: meta('T010', 'never-settles'),
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.argsSpan || !/^make\b/.test(ins.args)) return;
        context.report({
          at: ins,
          message: 'clean',
          fix: {
            description: 'Clean up',
            edits: [{ start: ins.argsSpan.end, end: ins.argsSpan.end, text: ' && make clean' }],
          },
        });
      },
    };
  },
};

/** An aggressive fix with a real target here: busybox:1.35 → busybox:latest (the same local image). */
export const swapBusybox: Rule = {
  meta: meta('T011', 'swap-busybox'),
  create(context) {
    return {
      instruction(ins) {
        const w = ins.words[0];
        if (ins.keyword !== 'FROM' || w?.value !== 'busybox:1.35') return;
        context.report({
          at: w,
          message: 'swap',
          fix: {
            description: 'Swap the base',
            level: 'aggressive',
            edits: [{ start: w.start, end: w.end, text: 'busybox:latest' }],
          },
        });
      },
    };
  },
};
