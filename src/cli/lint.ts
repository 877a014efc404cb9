/** `image-budget lint`: not written yet. */
export async function runLint(argv: string[]): Promise<number> {
  process.stderr.write(`image-budget lint: not available yet (${argv.length} arguments ignored)\n`);
  return 2;
}
