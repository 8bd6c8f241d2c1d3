/**
 * Printing draws every element, even those never scrolled near the viewport (lazy rendering left
 * them undrawn). One window listener serves every element on the page.
 */

export interface Printable {
  beforePrint(): void;
}

const printables = new Set<Printable>();
const before = () => {
  for (const p of printables) p.beforePrint();
};

export function watchPrint(printable: Printable): () => void {
  if (printables.size === 0) addEventListener('beforeprint', before);
  printables.add(printable);
  return () => {
    printables.delete(printable);
    if (printables.size === 0) removeEventListener('beforeprint', before);
  };
}

/** How many elements are registered (for leak tests). */
export function printableCount(): number {
  return printables.size;
}
