// Text for the HTML the builder writes itself (the fallback paragraph, the static HTML): escaped,
// never parsed.

/** Text for a double-quoted attribute value. */
export const escapeAttribute = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Text for an element's content. */
export const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
