/** `import 'career-widgets/timeline-steps.js'`: defines <timeline-steps> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { TimelineSteps } from '../components/timeline-steps/timeline-steps.js';

TimelineSteps.define('timeline-steps');

export { TimelineSteps };
