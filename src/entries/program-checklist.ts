/** `import 'career-widgets/program-checklist.js'`: defines <program-checklist> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { ProgramChecklist } from '../components/program-checklist/program-checklist.js';

ProgramChecklist.define('program-checklist');

export { ProgramChecklist };
