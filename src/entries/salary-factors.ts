/** `import 'career-widgets/salary-factors.js'`: defines <salary-factors> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { SalaryFactors } from '../components/salary-factors/salary-factors.js';

SalaryFactors.define('salary-factors');

export { SalaryFactors };
