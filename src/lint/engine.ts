// Runs rules over a parsed Dockerfile and collects findings. Rules only report; pragmas, configuration
// (ignored codes, severity overrides) are applied here, outside the rules, by applyPolicy.
import type { Finding } from '../model.js';
import type { LintConfig } from './config.js';
import { LintLimitReached, limitFinding, RULES_TIMEOUT_MS, seconds } from './limits.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { isSilenced, readPragmas } from './pragmas.js';
import { runsAny } from '../dockerfile/shell.js';
import { allRules } from './rules/index.js';
import { BUILDKIT_CHECKS, BUILDKIT_PAIRS } from './rules/buildkit.js';
import { applyCheckOptions, mergePairedFindings } from './checks.js';
import type { Instruction, ParsedDockerfile, Span } from '../dockerfile/types.js';
import type { LintSettings, Report, Rule, RuleContext, RuleMeta } from './types.js';

export const defaultSettings: LintSettings = {
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  maxLayers: 50,
  dockerignore: null,
  contextEntries: null,
  buildArgs: {},
};

export interface LintOptions {
  rules?: readonly Rule[];
  settings?: Partial<LintSettings>;
  /** Ignored codes and severity overrides (its `settings` are merged under `settings`). */
  config?: Pick<LintConfig, 'ignored' | 'override'> &
    Partial<Pick<LintConfig, 'settings' | 'disableIgnorePragma'>>;
  /** Apply `# hadolint ignore=` pragmas (default true; also off with the config's disable-ignore-pragma). */
  pragmas?: boolean;
  /** How long the rules may run on one file before the rest are skipped with an IB000 finding (default
   *  RULES_TIMEOUT_MS). */
  timeLimitMs?: number;
}

/** Lints Dockerfile text. Never throws for any input: parse problems become DL1000 findings. */
export function lintText(text: string, file = 'Dockerfile', options: LintOptions = {}): Finding[] {
  return lintParsed(parseDockerfile(text, file), options);
}

export function lintParsed(parsed: ParsedDockerfile, options: LintOptions = {}): Finding[] {
  return applyPolicy(runRules(parsed, options), parsed, options);
}

/** Raw rule output plus DL1000 parse findings, before pragmas and configuration. */
export function runRules(parsed: ParsedDockerfile, options: LintOptions = {}): Finding[] {
  const settings: LintSettings = { ...defaultSettings, ...options.config?.settings, ...options.settings };
  const rules = options.rules ?? allRules;
  // one array literal, filled by push: a mapped empty array would be another kind of array for V8
  const findings: Finding[] = [];
  for (const p of parsed.problems) {
    findings.push({
      file: parsed.file,
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.column,
      rule: 'DL1000',
      name: 'parse-error',
      severity: 'error',
      category: 'correctness',
      message: p.message,
      fixable: false,
    });
  }
  for (const l of parsed.limits ?? []) findings.push(limitFinding(parsed.file, l.message, l.line, l.column));
  const { instructions, stages } = parsed;
  // the instructions of each keyword in file order, built once per file for the rules that declare `keywords`
  let byKeyword: Map<string, Instruction[]> | undefined;
  const ofKeyword = (keyword: string): readonly Instruction[] => {
    if (!byKeyword) {
      byKeyword = new Map();
      for (const ins of instructions) {
        const list = byKeyword.get(ins.keyword);
        if (list) list.push(ins);
        else byKeyword.set(ins.keyword, [ins]);
      }
    }
    return byKeyword.get(keyword) ?? NONE;
  };
  // a backstop: every rule is meant to be linear in the file, but one that is not must not hold the runner
  const limit = options.timeLimitMs ?? RULES_TIMEOUT_MS;
  const deadline = Date.now() + limit;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const meta = rule.meta;
    if (limit <= 0 || Date.now() > deadline) {
      const skipped = rules.slice(r).map((x) => x.meta.code);
      findings.push(
        limitFinding(
          parsed.file,
          limit <= 0
            ? 'lint not run: the time for linting is used up (earlier Dockerfiles of this run took it)'
            : `lint stopped after ${seconds(limit)}: the file is too large to check in time; not run: ${skipped.join(', ')}`,
        ),
      );
      break;
    }
    const context = new RuleRun(parsed, settings, meta, findings);
    // one faulty rule must not take the whole lint down: it becomes a finding that says so
    try {
      const visitor = rule.create(context);
      // read once per rule and file: the visitors are 87 different object shapes, so every read of them is slow
      const visit = visitor.instruction;
      if (visit !== undefined) {
        const keywords = meta.keywords;
        const commands = meta.commands;
        // one keyword: that keyword's list; several: every instruction, filtered
        const list = keywords?.length === 1 ? ofKeyword(keywords[0]!) : instructions;
        const filter = keywords !== undefined && keywords.length > 1 ? keywords : undefined;
        for (let k = 0; k < list.length; k++) {
          const ins = list[k]!;
          // the clock is read every 1,024 instructions: cheap, and often enough to stop a slow rule mid-file
          if ((k & 1023) === 1023 && Date.now() > deadline)
            throw new LintLimitReached(
              `${meta.code} stopped at line ${ins.line} after ${seconds(limit)}: the file is too large to check in time`,
              ins.line,
            );
          if (filter !== undefined && !filter.includes(ins.keyword)) continue;
          if (commands !== undefined && ins.keyword === 'RUN' && !runsAny(ins.shell, commands)) continue;
          visit.call(visitor, ins, ins.stage >= 0 ? stages[ins.stage] : undefined);
        }
      }
      const end = visitor.end;
      if (end !== undefined) end.call(visitor);
    } catch (error: unknown) {
      if (error instanceof LintLimitReached) {
        findings.push(limitFinding(parsed.file, error.message, error.line));
        continue;
      }
      findings.push({
        file: parsed.file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        rule: meta.code,
        name: meta.name,
        severity: 'warning',
        category: meta.category,
        message: `internal error in rule ${meta.code} (please report it): ${error instanceof Error ? error.message : String(error)}`,
        fixable: false,
      });
    }
  }
  return findings;
}

const NONE: readonly Instruction[] = [];

/** The context one rule gets for one file: a class (one shape for all rules) whose `report` fills in the rule's
 *  metadata. Rules call it as `context.report(…)`. */
class RuleRun implements RuleContext {
  constructor(
    readonly file: ParsedDockerfile,
    readonly settings: LintSettings,
    private readonly meta: RuleMeta,
    private readonly findings: Finding[],
  ) {}

  report(r: Report): void {
    const at: Span = r.at;
    const meta = this.meta;
    // built property by property in the order the findings always had (no spread objects per finding)
    const finding: Finding = {
      file: this.file.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      rule: meta.code,
      name: meta.name,
      severity: meta.severity,
      category: meta.category,
      message: r.message,
      fixable: r.fix !== undefined,
    };
    if (r.fix) finding.fix = r.fix;
    if (r.suggestion) finding.suggestion = r.suggestion;
    this.findings.push(finding);
  }
}

/** Drops findings silenced by pragmas or `ignored`, applies severity overrides, sorts by position. */
export function applyPolicy(
  findings: Finding[],
  parsed: ParsedDockerfile,
  options: LintOptions = {},
): Finding[] {
  const ignored = new Set((options.config?.ignored ?? []).map((c) => c.toUpperCase()));
  const override = options.config?.override ?? {};
  const honoured = options.pragmas !== false && options.config?.disableIgnorePragma !== true;
  const pragmas = honoured ? readPragmas(parsed) : undefined;
  const buildArgs = { ...options.config?.settings?.buildArgs, ...options.settings?.buildArgs };
  // BuildKit's own switches first (`# check=`), then one finding per problem both rule sets report
  const checked = mergePairedFindings(
    applyCheckOptions(findings, parsed, BUILDKIT_CHECKS, buildArgs),
    BUILDKIT_PAIRS,
  );
  const kept: Finding[] = [];
  for (const f of checked) {
    if (ignored.has(f.rule.toUpperCase())) continue;
    if (f.also?.some((code) => ignored.has(code.toUpperCase()))) continue;
    if (pragmas && isSilenced(f, pragmas, parsed)) continue;
    const severity = override[f.rule];
    kept.push(severity && severity !== f.severity ? { ...f, severity } : f);
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column || compareCodes(a.rule, b.rule));
}

/** `a.localeCompare(b)`, answered by code units when both are digits and upper-case ASCII letters only (rule
 *  codes): there the two orders agree, and localeCompare is a costly ICU call. */
function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  if (!isPlainCode(a) || !isPlainCode(b)) return a.localeCompare(b);
  return a < b ? -1 : 1;
}

function isPlainCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

export type { Instruction };
