import data from '../../data/health-information-technician.json' with { type: 'json' };
import type { Profile } from './types.js';

/**
 * The guide's profile, the default of every element. `test/profile/default-profile.test.ts` proves it
 * valid against the schema, so the elements trust it without validating it on every page load.
 */
export const defaultProfile: Profile = data as unknown as Profile;
