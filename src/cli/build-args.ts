// `--build-arg NAME=value` as `docker build` reads it: repeatable, the value may contain `=`, and `NAME` alone
// takes the value of the environment variable of that name (left out when the environment has none, as docker
// leaves it out). Pure: the environment comes in as a map.

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The build arguments of the flag's values, in order (a later value of a name wins, as with docker). Throws an
 *  Error naming the flag and the value for a name that is no ARG name. */
export function parseBuildArgFlags(
  values: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  flag = '--build-arg',
): Record<string, string> {
  const args: Record<string, string> = {};
  for (const raw of values) {
    const eq = raw.indexOf('=');
    const name = eq < 0 ? raw : raw.slice(0, eq);
    if (!ARG_NAME.test(name)) {
      throw new Error(
        `${flag} ${JSON.stringify(raw)}: ${name === '' ? 'no name before "="' : `"${name}" is not a valid ARG name`}; ` +
          `write ${flag} NAME=value (NAME: letters, digits, _), or ${flag} NAME to take the value from the environment`,
      );
    }
    if (eq >= 0) args[name] = raw.slice(eq + 1);
    else if (env[name] !== undefined) args[name] = env[name];
  }
  return args;
}
