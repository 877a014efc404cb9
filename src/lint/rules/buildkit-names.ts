// The names of BuildKit's Dockerfile checks (`docker build --check`), which are also their rule codes here.
// Kept apart from the rules so that the pragma and configuration readers can know them without loading rules.
export const BUILDKIT_NAMES: ReadonlySet<string> = new Set([
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'InvalidBaseImagePlatform',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidDefinitionDescription',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
]);

/** The page of a check on docs.docker.com: `JSONArgsRecommended` → …/rule/json-args-recommended/. */
export function buildkitUrl(name: string): string {
  return `https://docs.docker.com/go/dockerfile/rule/${kebab(name)}/`;
}

/** `JSONArgsRecommended` → `json-args-recommended`. */
export function kebab(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
