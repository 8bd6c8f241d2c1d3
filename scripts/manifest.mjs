// Writes custom-elements.json from the elements' JSDoc (cem analyze --litelement).
import { spawnSync } from 'node:child_process';

const { status } = spawnSync(
  new URL('../node_modules/.bin/cem', import.meta.url).pathname,
  [
    'analyze',
    '--litelement',
    '--globs', 'src/components/**/*.ts', 'src/internal/cw-element.ts', 'src/events/*.ts',
    '--exclude', 'src/components/**/*.layout.ts', 'src/components/**/*.styles.ts',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
process.exit(status ?? 1);
