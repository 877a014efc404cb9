// `npm run conformance`: runs hadolint's own spec cases (../shared/conformance/hadolint/cases.json) through our
// engine and prints the pass rate per rule and overall. A case considers only the findings of its rule;
// `catch` = the rule reports (exactly `count` times when given), `pass` = it does not; `*` = no finding at all.
// Options: --rule DL3008 (repeatable) · --verbose (print every failing case's Dockerfile and findings) ·
// --no-fail (exit 0 whatever the rates) · --cases FILE.
import { readFileSync } from 'node:fs';
import { configFromObject } from '../src/lint/config.js';
import { applyPolicy, runRules } from '../src/lint/engine.js';
import { parseDockerfile } from '../src/dockerfile/parse.js';
import { allRules } from '../src/lint/rules/index.js';
import { processShellcheckRunner, shellcheckFile, ShellcheckMissing } from '../src/lint/shellcheck.js';
import type { ShellcheckRunner } from '../src/lint/shellcheck.js';
import type { Rule } from '../src/lint/types.js';
import type { Finding } from '../src/model.js';
import { SHARED } from './shared.js';

const THRESHOLD = 0.95;
const DEFAULT_CASES = `${SHARED}/conformance/hadolint/cases.json`;

interface Case {
  rule: string;
  expect: 'catch' | 'pass';
  dockerfile: string;
  count?: number;
  config?: Record<string, unknown>;
  onbuild?: boolean;
  source?: string;
  source_line?: number;
  name?: string;
}

interface Outcome {
  c: Case;
  ok: boolean;
  reason: string;
  findings: Finding[];
}

interface Options {
  rules: Set<string>;
  verbose: boolean;
  noFail: boolean;
  cases: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { rules: new Set(), verbose: false, noFail: false, cases: DEFAULT_CASES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--no-fail') opts.noFail = true;
    else if (a === '--rule' || a === '--cases') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (a === '--rule') for (const r of v.split(',')) opts.rules.add(r.trim().toUpperCase());
      else opts.cases = v;
    } else if (a.startsWith('--rule=')) {
      for (const r of a.slice(7).split(',')) opts.rules.add(r.trim().toUpperCase());
    } else throw new Error(`unknown option ${a} (accepted: --rule CODE, --verbose, --no-fail, --cases FILE)`);
  }
  return opts;
}

/** Runs one case; `rule` undefined means the rule is not implemented (the case is then "missing"). */
async function runCase(
  c: Case,
  rulesByCode: Map<string, Rule>,
  shellcheck: ShellcheckRunner | null,
): Promise<Outcome> {
  const text = c.dockerfile.endsWith('\n') ? c.dockerfile : `${c.dockerfile}\n`;
  const config = configFromObject(c.config ?? {}, 'case config');
  const parsed = parseDockerfile(text, 'Dockerfile');
  const wantsAll = c.rule === '*';
  const isShellcheck = c.rule === 'shellcheck';
  const rules = wantsAll ? [...rulesByCode.values()] : isShellcheck ? [] : [rulesByCode.get(c.rule)!];
  let raw = runRules(parsed, { rules, config });
  if ((wantsAll || isShellcheck) && shellcheck) raw = raw.concat(await shellcheckFile(parsed, shellcheck));
  const all = applyPolicy(raw, parsed, { config });
  const findings = wantsAll
    ? all
    : isShellcheck
      ? all.filter((f) => f.rule.startsWith('SC'))
      : all.filter((f) => f.rule === c.rule);
  const n = findings.length;
  if (c.expect === 'pass') {
    return {
      c,
      ok: n === 0,
      reason: n === 0 ? '' : `expected no finding, got ${n}: ${summary(findings)}`,
      findings,
    };
  }
  if (c.count !== undefined) {
    return {
      c,
      ok: n === c.count,
      reason:
        n === c.count ? '' : `expected ${c.count} finding(s), got ${n}${n ? `: ${summary(findings)}` : ''}`,
      findings,
    };
  }
  return { c, ok: n > 0, reason: n > 0 ? '' : 'expected a finding, got none', findings };
}

function summary(findings: Finding[]): string {
  return findings
    .slice(0, 3)
    .map((f) => `${f.rule}@${f.line}:${f.column} ${f.message}`)
    .join(' | ');
}

function pct(ok: number, total: number): string {
  return total === 0 ? '  -  ' : `${((100 * ok) / total).toFixed(1).padStart(5)}%`;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const cases = (JSON.parse(readFileSync(opts.cases, 'utf8')) as Case[]).filter(
    (c) => opts.rules.size === 0 || opts.rules.has(c.rule.toUpperCase()),
  );
  const rulesByCode = new Map(allRules.map((r) => [r.meta.code, r]));
  let shellcheck: ShellcheckRunner | null = processShellcheckRunner();
  try {
    await shellcheck('true\n', 'sh');
  } catch (error: unknown) {
    process.stderr.write(
      `${error instanceof ShellcheckMissing ? error.message : `shellcheck unusable: ${String(error)}`}\n`,
    );
    shellcheck = null;
  }

  const byRule = new Map<string, Outcome[]>();
  const missing = new Map<string, number>();
  for (const c of cases) {
    const implemented =
      c.rule === '*' || rulesByCode.has(c.rule) || (c.rule === 'shellcheck' && shellcheck !== null);
    if (!implemented) {
      missing.set(c.rule, (missing.get(c.rule) ?? 0) + 1);
      continue;
    }
    const outcome = await runCase(c, rulesByCode, shellcheck);
    const list = byRule.get(c.rule) ?? [];
    list.push(outcome);
    byRule.set(c.rule, list);
  }

  const failing: Outcome[] = [];
  const below: string[] = [];
  let okAll = 0;
  let runAll = 0;
  process.stdout.write('rule        pass/total   rate\n');
  for (const rule of [...byRule.keys()].sort()) {
    const list = byRule.get(rule)!;
    const ok = list.filter((o) => o.ok).length;
    okAll += ok;
    runAll += list.length;
    if (ok / list.length < THRESHOLD) below.push(rule);
    failing.push(...list.filter((o) => !o.ok));
    process.stdout.write(
      `${rule.padEnd(11)} ${`${ok}/${list.length}`.padStart(10)}  ${pct(ok, list.length)}${ok / list.length < THRESHOLD ? '  < 95%' : ''}\n`,
    );
  }
  const missingCases = [...missing.values()].reduce((a, b) => a + b, 0);
  if (missing.size > 0) {
    process.stdout.write(
      `\nmissing (not implemented, ${missingCases} cases): ${[...missing.keys()].sort().join(' ')}\n`,
    );
  }
  if (failing.length > 0) {
    process.stdout.write(`\nfailing cases (${failing.length}):\n`);
    for (const o of failing) {
      const where = o.c.source ? `${o.c.source}:${o.c.source_line ?? '?'}` : '';
      process.stdout.write(`  ${o.c.rule} ${o.c.expect} "${o.c.name ?? ''}" (${where}): ${o.reason}\n`);
      if (opts.verbose) {
        process.stdout.write(`${o.c.dockerfile.replace(/^/gm, '      | ')}\n`);
        if (o.c.config) process.stdout.write(`      config: ${JSON.stringify(o.c.config)}\n`);
        for (const f of o.findings)
          process.stdout.write(
            `      → ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}\n`,
          );
      }
    }
  }
  const total = runAll + missingCases;
  process.stdout.write(
    `\noverall: ${okAll}/${total} cases pass (${pct(okAll, total).trim()}; missing rules count as failures); ` +
      `implemented rules: ${okAll}/${runAll} (${pct(okAll, runAll).trim()})\n`,
  );
  const overallOk = total > 0 && okAll / total >= THRESHOLD;
  if (!overallOk || below.length > 0) {
    process.stdout.write(
      `FAIL: ${!overallOk ? 'overall below 95%' : ''}${!overallOk && below.length ? '; ' : ''}${below.length ? `rules below 95%: ${below.join(' ')}` : ''}${opts.noFail ? ' (ignored: --no-fail)' : ''}\n`,
    );
    return opts.noFail ? 0 : 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`conformance: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
