/** `import 'career-widgets/fit-check.js'`: defines <fit-check> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { FitCheck } from '../components/fit-check/fit-check.js';

FitCheck.define('fit-check');

export { FitCheck };
