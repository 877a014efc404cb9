/** `image-budget check`: not written yet. */
export async function runCheck(argv: string[]): Promise<number> {
  process.stderr.write(`image-budget check: not available yet (${argv.length} arguments ignored)\n`);
  return 2;
}
