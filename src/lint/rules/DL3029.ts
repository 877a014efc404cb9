import type { Rule } from '../types.js';

// the platform variables BuildKit sets per build: using them keeps the file multi-platform
const PLATFORM_VARIABLES = /\$\{?(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)\b/;

/** A fixed `--platform` forces emulation on other machines and defeats multi-platform builds. */
export const DL3029: Rule = {
  meta: {
    code: 'DL3029',
    name: 'no-fixed-platform',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Do not use a fixed --platform with FROM; use $BUILDPLATFORM / $TARGETPLATFORM or none.',
    docs: 'docs/rules/DL3029.md',
    keywords: ['FROM'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'FROM' || ins.onbuild) return;
        const flag = ins.flags.find((f) => f.name === 'platform');
        if (!flag || PLATFORM_VARIABLES.test(flag.value ?? '')) return;
        context.report({
          at: flag,
          message: `Do not pin FROM to --platform=${flag.value ?? ''}: pass the platform at build time, or use $BUILDPLATFORM / $TARGETPLATFORM.`,
        });
      },
    };
  },
};
