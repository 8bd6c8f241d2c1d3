/**
 * What a section says of its figures wherever they sit (a figure, a path's figures, a setting's
 * share): every `key` text found in it, however deep, each once, in the order first found.
 */
export function fieldTexts(section: unknown, key: 'source' | 'note'): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, child] of Object.entries(value)) {
        if (k === key && typeof child === 'string') found.add(child);
        else walk(child);
      }
    }
  };
  walk(section);
  return [...found];
}

/** The source ids a section cites, in the order first cited. Walks the section as the cross-checks do. */
export function citedSources(section: unknown): string[] {
  return fieldTexts(section, 'source');
}
