/** `import 'career-widgets/credential-options.js'`: defines <credential-options> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { CredentialOptions } from '../components/credential-options/credential-options.js';

CredentialOptions.define('credential-options');

export { CredentialOptions };
