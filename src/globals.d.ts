/** The package version, written in at build time (rollup) and in tests (esbuild `define`). */
declare const __CW_VERSION__: string;
