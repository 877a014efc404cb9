/** `image-budget measure`: not written yet. */
export async function runMeasure(argv: string[]): Promise<number> {
  process.stderr.write(`image-budget measure: not available yet (${argv.length} arguments ignored)\n`);
  return 2;
}
