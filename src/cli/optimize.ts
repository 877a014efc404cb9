/** `image-budget optimize`: not written yet. */
export async function runOptimize(argv: string[]): Promise<number> {
  process.stderr.write(`image-budget optimize: not available yet (${argv.length} arguments ignored)\n`);
  return 2;
}
