// `apk add` calls and their package arguments.
import {
  type ShellScript,
  type ShellWord,
  type SimpleCommand,
  findCommands,
  positionalArgs,
} from '../../../dockerfile/shell.js';

/** apk options that take a separate value. */
const VALUE_FLAGS = new Set([
  '-t',
  '--virtual',
  '-X',
  '--repository',
  '-p',
  '--root',
  '--arch',
  '--keys-dir',
  '--cache-dir',
  '--repositories-file',
  '--cache-max-age',
  '--timeout',
]);

export interface ApkAdd {
  cmd: SimpleCommand;
  /** The `add` word. */
  sub: ShellWord;
  packages: ShellWord[];
}

export function apkAdds(script: ShellScript | undefined): ApkAdd[] {
  const out: ApkAdd[] = [];
  for (const cmd of findCommands(script, 'apk')) {
    const positional = positionalArgs(cmd, VALUE_FLAGS);
    const sub = positional[0];
    if (sub?.value === 'add') out.push({ cmd, sub, packages: positional.slice(1) });
  }
  return out;
}
