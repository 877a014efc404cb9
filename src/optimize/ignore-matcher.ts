// Docker's .dockerignore matching, from @balena/dockerignore. The package is CommonJS with an ESM-style type
// declaration: under NodeNext its default import is the whole `module.exports`, whose `.default` is the factory.
import dockerignorePackage from '@balena/dockerignore';

export type IgnoreMatcher = ReturnType<typeof dockerignorePackage.default>;

/** A matcher for `.dockerignore` lines (Docker's semantics: anchored at the root, `**`, `!` negation). */
export function ignoreMatcher(lines: readonly string[]): IgnoreMatcher {
  return dockerignorePackage.default().add([...lines]);
}
