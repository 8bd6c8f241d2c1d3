/** `import 'career-widgets/key-figures.js'`: defines <key-figures> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { KeyFigures } from '../components/key-figures/key-figures.js';

KeyFigures.define('key-figures');

export { KeyFigures };
