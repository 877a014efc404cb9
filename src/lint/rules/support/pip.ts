// pip in RUN scripts (`pip`, `pip3`, `python -m pip`): its arguments and the `pip install` calls.
import {
  type ShellScript,
  type ShellWord,
  type SimpleCommand,
  argsOf,
  basename,
  commandName,
  positionalWords,
} from '../../../dockerfile/shell.js';

/** `pip`, `pip3`, `pip3.11`, or `python -m pip` / `python3 -m pip`: the words after `pip`, else null. */
export function pipArgs(cmd: SimpleCommand): ShellWord[] | null {
  const name = commandName(cmd);
  // both names start with p: no argument list and no regex for the other commands
  if (!name.startsWith('p')) return null;
  const args = argsOf(cmd);
  if (/^pip(\d+(\.\d+)?)?$/.test(name)) return args;
  if (/^python(\d+(\.\d+)?)?$/.test(name)) {
    const m = args.findIndex((w) => w.value === '-m');
    if (m >= 0 && /^pip(\d+(\.\d+)?)?$/.test(basename(args[m + 1]?.value ?? ''))) return args.slice(m + 2);
  }
  return null;
}

/** pip/pipx install options that take a separate value: the value is not a package. */
const VALUE_FLAGS = new Set([
  '-c',
  '--constraint',
  '-r',
  '--requirement',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--build',
  '-b',
  '--src',
  '--trusted-host',
  '--upgrade-strategy',
  '--progress-bar',
  '--root-user-action',
  '--python',
  '--global-option',
  '--install-option',
  '-C',
  '--config-settings',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--no-binary',
  '--only-binary',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--cache-dir',
  '--report',
  '--pip-args',
  '--suffix',
  '--spec',
  '--index',
  '--group',
  '--format',
]);

export interface PipInstall {
  cmd: SimpleCommand;
  /** The `install` word. */
  sub: ShellWord;
  /** All argument words after `install`. */
  args: ShellWord[];
  /** Requirement specifiers (flag values left out). */
  packages: ShellWord[];
}

export function pipInstalls(script: ShellScript | undefined): PipInstall[] {
  if (!script) return [];
  const out: PipInstall[] = [];
  for (const cmd of script.commands) {
    const words = pipLikeArgs(cmd);
    if (!words) continue;
    // options may come before the subcommand (`pip --no-cache-dir install x`)
    const [sub, ...packages] = positionalWords(words, VALUE_FLAGS);
    if (!sub || sub.value !== 'install') continue;
    const args = words.slice(words.indexOf(sub) + 1);
    out.push({ cmd, sub, args, packages });
  }
  return out;
}

/** The words after `pip` (or after `python -m pip`), or null when `cmd` is not pip. */
function pipLikeArgs(cmd: SimpleCommand): ShellWord[] | null {
  const name = commandName(cmd);
  // both names start with p: no argument list and no regex for the other commands
  if (!name.startsWith('p')) return null;
  const args = argsOf(cmd);
  if (/^pip[x]?(\d+(\.\d+)*)?$/.test(name)) return args;
  if (/^python(\d+(\.\d+)*)?$/.test(name)) {
    const m = args.findIndex((w) => w.value === '-m' || w.value === '-mpip');
    if (m < 0) return null;
    if (args[m]!.value === '-mpip') return args.slice(m + 1);
    if (args[m + 1]?.value === 'pip') return args.slice(m + 2);
  }
  return null;
}
