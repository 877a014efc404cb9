// The metadata every BuildKit check shares: its name is its code, its page upstream is its url, and it warns
// (BuildKit's level for every check; `# check=error=true` makes findings errors).
import type { Category } from '../../../model.js';
import type { RuleMeta } from '../../types.js';
import { buildkitUrl, kebab } from '../buildkit-names.js';

export function buildkitMeta(
  code: string,
  category: Category,
  fixable: boolean,
  description: string,
  keywords?: readonly string[],
  experimental = false,
): RuleMeta {
  return {
    code,
    name: kebab(code),
    severity: 'warning',
    category,
    fixable,
    description,
    docs: `docs/rules/${code}.md`,
    url: buildkitUrl(code),
    ...(keywords ? { keywords } : {}),
    ...(experimental ? { experimental: true } : {}),
  };
}
