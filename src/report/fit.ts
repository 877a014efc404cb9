// Fits a Markdown document under a character limit by degrading its sections one step at a time, least
// important first. Each section renders itself whole at every level, so whatever is cut, every table, code
// fence and <details> in the result is complete.

export interface Section {
  name: string;
  /** Number of levels below full detail; at level `steps` a droppable section renders as ''. */
  steps: number;
  /** Renders the section at a level (0 = full detail). '' leaves the section out. */
  render(level: number): string;
}

export interface FitResult {
  text: string;
  /** Names of the sections that were shortened or dropped. */
  shortened: string[];
}

/** Joins the sections' renders (in the given order) and, while the text is longer than `maxChars`, lowers the
 *  level of the first section in `dropOrder` that can still go lower, then restores detail where room is left.
 *  Sections not in `dropOrder` are kept whole. */
export function fitSections(sections: Section[], dropOrder: string[], maxChars: number): FitResult {
  const level = new Map(sections.map((section) => [section.name, 0]));
  const renderAll = (): string =>
    sections
      .map((section) => section.render(level.get(section.name)!))
      .filter((part) => part !== '')
      .join('\n\n');
  let text = renderAll();
  while (text.length > maxChars) {
    const next = dropOrder
      .map((name) => sections.find((section) => section.name === name))
      .find((section) => section !== undefined && level.get(section.name)! < section.steps);
    if (next === undefined) break;
    level.set(next.name, level.get(next.name)! + 1);
    text = renderAll();
  }
  // Cutting the first sections in line may have freed more room than needed once a later, larger one was cut
  // too: give detail back, most important section first, while the text still fits.
  if (text.length <= maxChars) {
    for (const name of [...dropOrder].reverse()) {
      while ((level.get(name) ?? 0) > 0) {
        level.set(name, level.get(name)! - 1);
        const candidate = renderAll();
        if (candidate.length > maxChars) {
          level.set(name, level.get(name)! + 1);
          break;
        }
        text = candidate;
      }
    }
  }
  const shortened = sections.filter((section) => level.get(section.name)! > 0).map((section) => section.name);
  return { text, shortened };
}
