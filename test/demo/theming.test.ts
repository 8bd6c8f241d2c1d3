/**
 * The theme editor (demo/theming.html) on its shared token fields (demo/tokens-editor.js, also the
 * embed builder's): built before the first paint, they still write the preview, the contrast
 * readout and the snippet. Loaded from the built bundle (`npm run build` first) under the demo's CSP.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

describe('the theme editor', function () {
  this.timeout(20_000);

  it('builds the token fields, and a token changes the preview, the readout and the snippet', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="theming" src="/demo/theming.html"></iframe>`);
    frame.style.width = '1200px';
    frame.style.height = '1600px';
    await waitUntil(() => frame.contentDocument?.getElementById('snippet')?.textContent.includes('<outlook-chart'), 'the editor did not load', {
      timeout: 8000,
    });
    const doc = frame.contentDocument!;
    const fields = [...doc.querySelectorAll('#token-fields input, #token-fields select')].map((c) => c.id);
    expect(fields).to.deep.equal(['accent', 'compare', 'font', 'radius', 'space']);
    expect(doc.getElementById('accent-contrast')!.textContent).to.equal('6.7:1 on light: meets the 3:1 that marks need.');

    const accent = doc.getElementById('accent') as HTMLInputElement;
    accent.value = '#7b2cbf';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.getElementById('preview')!.style.getPropertyValue('--cw-color-accent')).to.equal('#7b2cbf');
    expect(doc.getElementById('snippet')!.textContent).to.include('--cw-color-accent: #7b2cbf;');
    expect(doc.getElementById('accent-contrast')!.textContent).to.equal('7.1:1 on light: meets the 3:1 that marks need.');

    const theme = doc.getElementById('theme') as HTMLSelectElement;
    theme.value = 'auto';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.getElementById('accent-contrast')!.textContent).to.match(/on light, .* on dark/);
    expect(doc.getElementById('snippet')!.textContent).to.include('<outlook-chart theme="auto">');

    (doc.getElementById('reset') as HTMLButtonElement).click();
    expect(doc.getElementById('snippet')!.textContent).to.include('Every token is at its default');
  });
});
