import type { Rule } from '../types.js';
import { keyValues } from '../../dockerfile/scope.js';

/** Name segments (between underscores) that mark a credential; `TOKENIZERS` is not `TOKEN`. */
const SENSITIVE =
  /_(PASSWORD|PASSWD|PASSPHRASE|SECRETS?|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|CREDENTIALS?|AUTH_?KEY|CLIENT_?SECRET)_/;
/** Names that point at a credential instead of holding it (`POSTGRES_PASSWORD_FILE`, `…_CREDENTIAL_CONFIG`). */
const POINTER = /_(FILE|PATH|DIR|CONFIG|NAME)$/;

/** ARG and ENV values stay in the image history and config: anyone who can pull the image can read them. */
export const DL3064: Rule = {
  meta: {
    code: 'DL3064',
    name: 'no-secrets-in-arg-env',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description: 'Do not pass credentials through ARG or ENV; use build secrets (`RUN --mount=type=secret`).',
    docs: 'docs/rules/DL3064.md',
    keywords: ['ARG', 'ENV'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') return;
        for (const kv of keyValues(ins).pairs) {
          const name = kv.key.toUpperCase();
          if (!SENSITIVE.test(`_${name}_`) || POINTER.test(name)) continue;
          // an absolute path is where a credential lives, not the credential
          if (kv.value?.startsWith('/')) continue;
          context.report({
            at: kv.at,
            message: `${ins.keyword} "${kv.key}" looks like a credential: it would be stored in the image; use \`RUN --mount=type=secret,id=${kv.key.toLowerCase()}\` instead.`,
          });
        }
      },
    };
  },
};
