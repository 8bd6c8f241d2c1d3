/**
 * The sources a section cites: every `source` id found in it, however deep (a figure, a path's
 * figures, a setting's share), in the order first cited. Walks the section as the cross-checks do.
 */
export function citedSources(section: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') ids.add(child);
        else walk(child);
      }
    }
  };
  walk(section);
  return [...ids];
}
