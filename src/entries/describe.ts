/** `import { describe } from 'career-widgets/describe.js'`: the fallback writer alone, without any element or Lit. */
export { describe, type DescribeOptions } from '../describe.js';
