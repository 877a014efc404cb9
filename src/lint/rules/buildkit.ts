// BuildKit's Dockerfile checks (`docker build --check`), under BuildKit's own names. InvalidBaseImagePlatform is
// not here: it compares the platform of the pulled base image, which a linter that reads no image cannot know.
import type { CheckRuleInfo } from '../checks.js';
import type { Rule } from '../types.js';
import { ConsistentInstructionCasing } from './ConsistentInstructionCasing.js';
import { CopyIgnoredFile } from './CopyIgnoredFile.js';
import { DuplicateStageName } from './DuplicateStageName.js';
import { ExposeInvalidFormat } from './ExposeInvalidFormat.js';
import { ExposeProtoCasing } from './ExposeProtoCasing.js';
import { FromAsCasing } from './FromAsCasing.js';
import { FromPlatformFlagConstDisallowed } from './FromPlatformFlagConstDisallowed.js';
import { InvalidDefaultArgInFrom } from './InvalidDefaultArgInFrom.js';
import { InvalidDefinitionDescription } from './InvalidDefinitionDescription.js';
import { JSONArgsRecommended } from './JSONArgsRecommended.js';
import { LegacyKeyValueFormat } from './LegacyKeyValueFormat.js';
import { MaintainerDeprecated } from './MaintainerDeprecated.js';
import { MultipleInstructionsDisallowed } from './MultipleInstructionsDisallowed.js';
import { NoEmptyContinuation } from './NoEmptyContinuation.js';
import { RedundantTargetPlatform } from './RedundantTargetPlatform.js';
import { ReservedStageName } from './ReservedStageName.js';
import { SecretsUsedInArgOrEnv } from './SecretsUsedInArgOrEnv.js';
import { StageNameCasing } from './StageNameCasing.js';
import { UndefinedArgInFrom } from './UndefinedArgInFrom.js';
import { UndefinedVar } from './UndefinedVar.js';
import { WorkdirRelativePath } from './WorkdirRelativePath.js';

export const buildkitRules: readonly Rule[] = [
  StageNameCasing,
  FromAsCasing,
  NoEmptyContinuation,
  ConsistentInstructionCasing,
  DuplicateStageName,
  ReservedStageName,
  JSONArgsRecommended,
  MaintainerDeprecated,
  UndefinedArgInFrom,
  WorkdirRelativePath,
  UndefinedVar,
  MultipleInstructionsDisallowed,
  LegacyKeyValueFormat,
  RedundantTargetPlatform,
  SecretsUsedInArgOrEnv,
  InvalidDefaultArgInFrom,
  FromPlatformFlagConstDisallowed,
  CopyIgnoredFile,
  InvalidDefinitionDescription,
  ExposeProtoCasing,
  ExposeInvalidFormat,
];

/** The checks whose findings `# check=` options govern, and whether each is experimental. */
export const BUILDKIT_CHECKS: ReadonlyMap<string, CheckRuleInfo> = new Map(
  buildkitRules.map((r) => [r.meta.code, { experimental: r.meta.experimental === true }]),
);

/** BuildKit checks and the hadolint rules that report the same problem: on the same line one finding stands for
 *  both. */
export const BUILDKIT_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['JSONArgsRecommended', ['DL3025']],
  ['MaintainerDeprecated', ['DL4000']],
  ['DuplicateStageName', ['DL3024']],
  ['WorkdirRelativePath', ['DL3000']],
  ['FromPlatformFlagConstDisallowed', ['DL3029']],
  ['MultipleInstructionsDisallowed', ['DL4003', 'DL4004', 'DL3012']],
]);
