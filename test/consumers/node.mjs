// On a server (Next.js, Astro, SvelteKit, Nuxt evaluate imports there): importing the package or any
// per-element entry throws nothing and defines nothing.
const specifiers = ['career-widgets', 'career-widgets/outlook-chart.js', 'career-widgets/salary-factors.js', 'career-widgets/timeline-steps.js'];
for (const specifier of specifiers) {
  const module = await import(specifier);
  console.log(`node: import('${specifier}') exports ${Object.keys(module).join(', ')}`);
}
const defined = ['outlook-chart', 'salary-factors', 'timeline-steps'].filter((tag) => globalThis.customElements?.get(tag));
if (defined.length) throw new Error(`node: importing defined ${defined.join(', ')}`);
const { validateProfile, defaultProfile } = await import('career-widgets');
if (!validateProfile(defaultProfile).ok) throw new Error('node: validateProfile rejects the default profile');
console.log('node: nothing defined; validateProfile works');
