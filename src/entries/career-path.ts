/** `import 'career-widgets/career-path.js'`: defines <career-path> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { CareerPath } from '../components/career-path/career-path.js';

CareerPath.define('career-path');

export { CareerPath };
