// On a server (Next.js, Astro, SvelteKit, Nuxt evaluate imports there): importing the package or any
// per-element entry throws nothing and defines nothing.
const main = await import('career-widgets');
const tags = main.elements.map((e) => e.tag);
for (const specifier of ['career-widgets', ...tags.map((tag) => `career-widgets/${tag}.js`)]) {
  const module = await import(specifier);
  console.log(`node: import('${specifier}') exports ${Object.keys(module).join(', ')}`);
}
const defined = tags.filter((tag) => globalThis.customElements?.get(tag));
if (defined.length) throw new Error(`node: importing defined ${defined.join(', ')}`);
if (!main.validateProfile(main.defaultProfile).ok) throw new Error('node: validateProfile rejects the default profile');
console.log(`node: ${String(tags.length)} entries imported, nothing defined; validateProfile works`);
