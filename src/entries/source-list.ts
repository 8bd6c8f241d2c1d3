/** `import 'career-widgets/source-list.js'`: defines <source-list> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { SourceList } from '../components/source-list/source-list.js';

SourceList.define('source-list');

export { SourceList };
