// `apt-get` invocations: which subcommand, which packages. Shared by the apt rules (DL3008, DL3009, DL3014, DL3015).
import {
  type ShellScript,
  type ShellWord,
  type SimpleCommand,
  argsOf,
  commandName,
  findCommands,
  hasFlag,
  positionalArgs,
  valuesOf,
} from '../../../dockerfile/shell.js';

/** apt-get/apt options that take a separate value (`-o Foo=bar`, `-t bookworm-backports`). */
export const APT_VALUE_FLAGS = [
  '-o',
  '-c',
  '-t',
  '--option',
  '--config-file',
  '--target-release',
  '--default-release',
  '-a',
  '--host-architecture',
];

export interface AptCall {
  cmd: SimpleCommand;
  /** The subcommand word (`install`). */
  sub: ShellWord;
  /** Positional arguments after the subcommand (packages for install). */
  operands: ShellWord[];
}

/** Every `tool … <subcommand>` call in the script, for `tools` among apt-get/apt/aptitude. */
export function aptCalls(script: ShellScript | undefined, tools: string[], subcommands: string[]): AptCall[] {
  const out: AptCall[] = [];
  for (const cmd of findCommands(script, ...tools)) {
    const pos = positionalArgs(cmd, APT_VALUE_FLAGS);
    const sub = pos[0];
    if (sub && subcommands.includes(sub.value)) out.push({ cmd, sub, operands: pos.slice(1) });
  }
  return out;
}

/** True when `cmd` sets the apt option `name` (case-insensitive) to one of `values` with `-o`. */
export function setsAptOption(cmd: SimpleCommand, name: string, values: string[]): boolean {
  const args = valuesOf(argsOf(cmd));
  const wanted = (s: string): boolean => {
    const eq = s.indexOf('=');
    return (
      eq > 0 &&
      s.slice(0, eq).toLowerCase() === name.toLowerCase() &&
      values.includes(s.slice(eq + 1).toLowerCase())
    );
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === '-o' || a === '--option') && wanted(args[i + 1] ?? '')) return true;
    if (a.startsWith('-o') && a.length > 2 && wanted(a.slice(2))) return true;
    if (a.startsWith('--option=') && wanted(a.slice(9))) return true;
  }
  return false;
}

export function isAptTool(cmd: SimpleCommand): boolean {
  const n = commandName(cmd);
  return n === 'apt-get' || n === 'apt' || n === 'aptitude';
}

/** `-s`, `--simulate`, `--dry-run` …: apt-get only prints what it would do, installs nothing and never prompts. */
export function isSimulation(cmd: SimpleCommand): boolean {
  return hasFlag(cmd, '-s', '--simulate', '--dry-run', '--just-print', '--recon', '--no-act');
}
