import type { Rule } from '../types.js';
import { expand, variableTracker } from './support/variables.js';

/** A Git source: `….git`, `….git#ref`, or a `?ref=` / `?commit=` query (BuildKit clones these, not downloads). */
const GIT_SOURCE = /\.git(?:[#?]|$)|[?&](?:ref|commit)=/i;
/** Pinned to a full commit hash, as `#<sha>` or `commit=<sha>`: content-addressed already. */
const GIT_COMMIT = /(?:#|[?&]commit=)[0-9a-f]{40}(?:[&:]|$)/i;

/** ADD of a URL fetches whatever the server returns today: the build is neither reproducible nor verified. */
export const IB113: Rule = {
  meta: {
    code: 'IB113',
    name: 'add-url-no-checksum',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description: 'ADD of an http(s) URL without --checksum, or of a Git repository not pinned to a commit.',
    docs: 'docs/rules/IB113.md',
    keywords: ['ADD'],
  },
  create(context) {
    const vars = variableTracker(context.file);
    return {
      instruction(ins) {
        vars.visit(ins);
        if (ins.keyword !== 'ADD' || ins.flags.some((f) => f.name === 'checksum')) return;
        for (const w of ins.words.slice(0, -1)) {
          if (!/^https?:\/\//i.test(w.value)) continue;
          if (GIT_SOURCE.test(w.value)) {
            // a commit given through an ARG default (`?commit=${UTIL_COMMIT}`) counts as given
            if (GIT_COMMIT.test(expand(w.value, (n) => vars.get(n)))) continue;
            context.report({
              at: w,
              message: `ADD clones ${w.value} at a branch or tag, which can move: pin the commit (\`#<40-character commit>\` or \`?commit=<commit>\`), so every build gets the same tree.`,
            });
            continue;
          }
          context.report({
            at: w,
            message: `ADD fetches ${w.value} without --checksum: a changed or tampered download goes unnoticed. Pin it with --checksum=sha256:<digest> (Dockerfile syntax 1.6+).`,
            suggestion: `ADD --checksum=sha256:<digest> ${ins.args}`,
          });
        }
      },
    };
  },
};
