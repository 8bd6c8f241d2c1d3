/** Every registered element, from the one registry: a test that loops over these covers each new element. */
import { elements, type Tag } from '../../src/registry.js';
import type { SectionName } from '../../src/profile/types.js';

export type { Tag };
export const TAGS: readonly Tag[] = elements.map((e) => e.tag);
export const SECTION = Object.fromEntries(elements.map((e) => [e.tag, e.section])) as Record<Tag, SectionName>;
