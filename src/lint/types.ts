// The lint contract: the rule module shape, what a rule reports and the settings it reads.
import type { Category, Fix, Severity } from '../model.js';
import type { Instruction, ParsedDockerfile, Span, Stage } from '../dockerfile/types.js';

export interface RuleMeta {
  /** `DL3008` (hadolint code where one exists) or `IB101` (the project's own). */
  code: string;
  /** Kebab-case readable name: `apt-pin-versions`. */
  name: string;
  severity: Severity;
  category: Category;
  fixable: boolean;
  /** One sentence: what the rule checks. */
  description: string;
  /** Path of the docs page relative to the repository root: `docs/rules/DL3008.md`. */
  docs: string;
  /** The rule's page upstream, when it has one (BuildKit's checks: https://docs.docker.com/go/dockerfile/rule/…/). */
  url?: string;
  /** BuildKit's experimental checks: they run only when a `# check=experimental=…` names them. */
  experimental?: boolean;
  /** The keywords whose instructions the rule's `instruction` visitor reads (ONBUILD triggers by their trigger's
   *  keyword); the engine passes it only those, in file order. Absent: every instruction. Only for visitors that
   *  do nothing at all for other keywords. */
  keywords?: readonly string[];
  /** The programs (commandName, as findCommands matches them) whose RUNs the `instruction` visitor reads: a RUN
   *  reaches the visitor only when its script runs one of them (other keywords are not affected). Absent: every
   *  RUN. Only for visitors that do nothing at all for a RUN without those commands. */
  commands?: readonly string[];
}

/** The report a rule makes; the engine fills file, rule, name, severity, category and fixable. */
export interface Report {
  /** The range to flag; defaults to the whole instruction when only `instruction` is given. */
  at: Span | Instruction;
  message: string;
  fix?: Fix;
  suggestion?: string;
}

export interface LintSettings {
  /** Registries trusted for FROM (DL3026). Empty: the rule is off. */
  trustedRegistries: string[];
  /** Required labels and their schema type (DL3049–DL3058): `text`, `url`, `spdx`, `rfc3339`, `semver`, `hash`, `email`. */
  labelSchema: Record<string, string>;
  /** Only labels in the schema are allowed (DL3048-style strictness). */
  strictLabels: boolean;
  /** IB rules: layer-count threshold. */
  maxLayers: number;
  /** Whether `.dockerignore` exists beside the context and its lines (null: none). */
  dockerignore: string[] | null;
  /** Whether the build context root contains a `.git` folder, `node_modules`, logs… (null: unknown). */
  contextEntries: string[] | null;
  /** Build arguments of the build (`--build-arg NAME=value`): BuildKit's checks read them (UndefinedVar, and
   *  BUILDKIT_DOCKERFILE_CHECK, which replaces the file's `# check=` line). */
  buildArgs: Record<string, string>;
}

export interface RuleContext {
  readonly file: ParsedDockerfile;
  readonly settings: LintSettings;
  report(report: Report): void;
}

export interface RuleVisitor {
  /** Called for every instruction in file order (ONBUILD triggers included, with `onbuild` set). */
  instruction?(instruction: Instruction, stage: Stage | undefined): void;
  /** Called once after the last instruction: whole-file decisions. */
  end?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}
