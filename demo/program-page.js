// Example Community College: the site-wide dark-mode toggle.
//
// The page follows the system's scheme until the visitor presses the toggle; then their choice is
// pinned on the root as a class (.scheme-light / .scheme-dark, which set `color-scheme` in
// program-page.css) and remembered. The widgets use theme="auto", so they follow the root's
// color-scheme, the page's own choice, not only the system's. Class changes are CSP-safe (no
// inline styles, no HTML strings).

const STORAGE_KEY = 'ecc-color-scheme';
const root = document.documentElement;
const toggle = document.getElementById('scheme-toggle');
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

/** The saved choice, 'light' or 'dark', or null (storage may be unavailable or blocked). */
function savedScheme() {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function saveScheme(scheme) {
  try {
    window.localStorage.setItem(STORAGE_KEY, scheme);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page view only.
  }
}

/** The scheme in effect: the visitor's choice if they made one, else the system's. */
function currentScheme() {
  if (root.classList.contains('scheme-dark')) return 'dark';
  if (root.classList.contains('scheme-light')) return 'light';
  return systemDark.matches ? 'dark' : 'light';
}

/** Pins `scheme` on the root (or, with null, goes back to following the system). */
function applyScheme(scheme) {
  root.classList.toggle('scheme-dark', scheme === 'dark');
  root.classList.toggle('scheme-light', scheme === 'light');
  syncButton();
}

function syncButton() {
  if (toggle) toggle.setAttribute('aria-pressed', String(currentScheme() === 'dark'));
}

if (toggle) {
  applyScheme(savedScheme());
  toggle.addEventListener('click', () => {
    const next = currentScheme() === 'dark' ? 'light' : 'dark';
    applyScheme(next);
    saveScheme(next);
  });
  // While the visitor has not chosen, the button keeps up with the system's scheme.
  systemDark.addEventListener('change', syncButton);
}

// Report data problems to site staff in the console rather than silently.
document.addEventListener('cw-error', (event) => {
  const target = event.target instanceof Element ? event.target.localName : 'career widget';
  console.warn(`<${target}>: ${event.detail.message}`);
});
