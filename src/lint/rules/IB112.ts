import { commandName, effectiveWords } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { spanAt } from './support/edits.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const DOWNLOADERS = new Set(['curl', 'wget']);

/** A downloaded script run straight from the network: whatever the server sends runs in the build. */
export const IB112: Rule = {
  meta: {
    code: 'IB112',
    name: 'curl-pipe-shell',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description:
      'A downloaded script is piped (or substituted) straight into a shell, so it runs unverified.',
    docs: 'docs/rules/IB112.md',
    keywords: ['RUN'],
    // a finding needs a downloader piped into a shell, or a shell running a download
    commands: [...DOWNLOADERS, ...SHELLS],
  },
  create(context) {
    const file = context.file;
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.shell) return;
        // no verification can help here: a stream piped into a shell has run before any later command
        // could check it, so a checksum elsewhere in the RUN (of some other file) does not count
        const cmds = ins.shell.commands;
        for (let k = 0; k < cmds.length; k++) {
          const cmd = cmds[k]!;
          const next = cmds[k + 1];
          const piped =
            DOWNLOADERS.has(commandName(cmd)) && cmd.after === '|' && next && SHELLS.has(commandName(next));
          const substituted =
            SHELLS.has(commandName(cmd)) &&
            effectiveWords(cmd).some((w) => /^(<\(|\$\()\s*(curl|wget)\b/.test(w.raw.replace(/^["']/, '')));
          if (!piped && !substituted) continue;
          context.report({
            at: spanAt(file, cmd.start, piped ? next.end : cmd.end),
            message:
              'A downloaded script is run by a shell without being verified. Download it to a file, check its sha256sum against a pinned value, then run it.',
            suggestion:
              'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh && rm /tmp/install.sh',
          });
        }
      },
    };
  },
};
