import type { Rule } from '../types.js';

/** ADD of a URL fetches whatever the server returns today: the build is neither reproducible nor verified. */
export const IB113: Rule = {
  meta: {
    code: 'IB113',
    name: 'add-url-no-checksum',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description: 'ADD of an http(s) URL without --checksum.',
    docs: 'docs/rules/IB113.md',
    keywords: ['ADD'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'ADD' || ins.flags.some((f) => f.name === 'checksum')) return;
        for (const w of ins.words.slice(0, -1)) {
          if (!/^https?:\/\//i.test(w.value)) continue;
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
