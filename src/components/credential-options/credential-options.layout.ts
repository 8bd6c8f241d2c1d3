/**
 * <credential-options> geometry: pure, no DOM. A table when wide, cards when narrow; the options
 * and credentials as the profile gives them (no duration or cost: the section has none).
 */
import { NARROW_WIDTH } from '../../layout/grid.js';
import type { Education } from '../../profile/types.js';

export interface EducationGeometry {
  /** Below 480 px the options are cards instead of a table. */
  readonly narrow: boolean;
  readonly options: Education['options'];
  readonly credentials: NonNullable<Education['credentials']>;
  readonly sourceIds: readonly string[];
}

export function layoutEducation(education: Education, width: number): EducationGeometry {
  const credentials = education.credentials ?? [];
  return {
    narrow: width < NARROW_WIDTH,
    options: education.options,
    credentials,
    sourceIds: [...education.options, ...credentials].map((e) => e.source),
  };
}
