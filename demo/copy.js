// A Copy button with a visible confirmation, shared by the theme editor and the embed builder.
// Where the Clipboard API is missing or refused (an insecure origin, a sandboxed frame), the text is
// selected and the status says how to copy it by hand.

const MANUAL = 'Copying is not available here: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.';

/** Selects the contents of `node` so the visitor can copy it by hand. */
export function selectContents(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * On a click of `button`, copies `text()` and says so in `status` (a live region).
 * @param {HTMLButtonElement} button
 * @param {{ text: () => string, select: Node, status: HTMLElement, copied?: string }} options
 */
export function wireCopyButton(button, { text, select, status, copied = 'Copied to the clipboard.' }) {
  button.addEventListener('click', async () => {
    if (!navigator.clipboard?.writeText) {
      selectContents(select);
      status.textContent = MANUAL;
      return;
    }
    try {
      await navigator.clipboard.writeText(text());
      status.textContent = copied;
    } catch {
      selectContents(select);
      status.textContent = MANUAL;
    }
  });
}
