/** `import 'career-widgets/work-settings.js'`: defines <work-settings> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { WorkSettings } from '../components/work-settings/work-settings.js';

WorkSettings.define('work-settings');

export { WorkSettings };
