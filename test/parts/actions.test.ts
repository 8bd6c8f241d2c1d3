/**
 * The reader actions (`actions="data image citation embed"`): the CSV read back with its sources,
 * the SVG parsed, the PNG's size, the copied citation and snippet, `cw-action` cancelling them,
 * the narrow menu by keyboard, and nothing of it without the attribute.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { CSV_COLUMNS, embedSnippet, figuresCsv, standaloneSvg, type CwActionEvent } from '../../src/index.js';
import { catchActions, csvRecords, type Caught } from '../support/actions.js';
import { place } from '../support/elements.js';
import { drawn, emulate, part, plain, profileCopy, shadow, text } from '../support/helpers.js';

/** The action button whose text starts with `name`. */
function button(el: Element, name: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].find((b) => b.textContent.trim().startsWith(name));
  if (!found) throw new Error(`no "${name}" button`);
  return found;
}

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('reader actions', () => {
  let caught: Caught;
  beforeEach(() => {
    caught = catchActions();
  });
  afterEach(() => {
    caught.restore();
  });

  describe('attribute', () => {
    it('shows no actions without the attribute', async () => {
      const el = await place('outlook-chart');
      expect(part(el, 'actions')).to.equal(null);
      expect(figuresCsv(el)).to.be.a('string');
    });

    it('shows the buttons it names, in a fixed order, translated', async () => {
      const el = await place('outlook-chart', 'actions="embed data"');
      const names = () => [...shadow(el).querySelectorAll('[part~="actions"] button')].map((b) => text(b));
      expect(names()).to.deep.equal(['Download data (CSV)', 'Copy embed code']);
      el.setAttribute('actions', 'data image citation embed');
      el.lang = 'es';
      await el.updateComplete;
      expect(names()).to.deep.equal(['Descargar datos (CSV)', 'Descargar imagen (SVG)', 'Descargar imagen (PNG)', 'Copiar la cita', 'Copiar el código para insertar']);
    });

    it('passes axe, as a row and as the narrow menu opened, in both themes', async () => {
      const wide = await place('outlook-chart', 'actions="data image citation embed"');
      await expect(wide).to.be.accessible();
      const narrow = await place('key-figures', 'actions="data image citation embed" theme="dark"', 320);
      shadow(narrow).querySelector<HTMLButtonElement>('[aria-expanded]')!.click();
      await narrow.updateComplete;
      await expect(narrow).to.be.accessible();
    });

    it('names the attribute for a word it does not know, and recovers', async () => {
      const el = await place('outlook-chart');
      const heard = oneEvent(el, 'cw-error');
      el.setAttribute('actions', 'data print');
      const event = await heard;
      await drawn(el, 'error');
      expect(event.detail.issues[0]?.path).to.equal('actions');
      expect(text(part(el, 'error'))).to.include('actions must name any of "data", "image", "citation" and "embed" but has "print"');
      el.setAttribute('actions', 'data');
      await drawn(el);
      expect(part(el, 'actions')).not.to.equal(null);
    });

    it('keeps its buttons at least 24 px square with a visible focus ring, and hides them in print', async () => {
      const el = await place('outlook-chart', 'actions="data image citation embed"');
      for (const b of shadow(el).querySelectorAll('[part~="actions"] button')) {
        const box = b.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      const first = shadow(el).querySelector<HTMLButtonElement>('[part~="actions"] button')!;
      // From the source line's last link, Tab reaches the first action, with a ring.
      [...shadow(el).querySelectorAll<HTMLElement>('[part~="source"] a')].at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === first, 'first action focused').to.equal(true);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      await emulate({ media: 'print' });
      expect(getComputedStyle(part(el, 'actions')!).display).to.equal('none');
      await emulate({ media: '' });
    });
  });

  describe('forced colours', () => {
    it('keeps the buttons\' borders and words visible in system colours', async () => {
      const el = await place('outlook-chart', 'actions="data citation"');
      try {
        await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const back = getComputedStyle(part(el, 'base')!).backgroundColor;
        for (const b of shadow(el).querySelectorAll('[part~="actions"] button')) {
          const style = getComputedStyle(b);
          expect(style.borderTopStyle).to.equal('solid');
          expect(style.borderTopColor).not.to.equal(back);
          expect(style.color).not.to.equal(back);
          expect(style.color).not.to.equal(getComputedStyle(b).backgroundColor);
        }
      } finally {
        await emulate({ features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });
  });

  describe('data', () => {
    it('downloads a CSV with a BOM, the columns, every figure and each row\'s source', async () => {
      const el = await place('outlook-chart', 'actions="data"');
      button(el, 'Download data').click();
      await waitUntil(() => caught.files.length === 1);
      const [file] = caught.files;
      expect(file!.name).to.equal('outlook-chart.csv');
      expect(file!.blob.type).to.equal('text/csv;charset=utf-8');
      expect([...(await bytes(file!.blob)).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const raw = new TextDecoder().decode(await bytes(file!.blob));
      expect(raw).to.match(/\r\n$/);
      const { header, rows } = csvRecords(raw);
      expect(header).to.deep.equal([...CSV_COLUMNS]);
      expect(header).to.deep.equal(['label', 'value', 'unit', 'period', 'publisher', 'title', 'date', 'retrieved', 'url', 'note']);
      const profile = profileCopy();
      const projections = profile.outlook!.projections;
      expect(rows.slice(0, projections.length).map((r) => r.label)).to.deep.equal(projections.map((p) => p.label));
      const subject = rows[0]!;
      expect(subject).to.include({ value: '16%', unit: 'percent', period: '2023–2033', publisher: 'U.S. Bureau of Labor Statistics', date: '2024-08-29' });
      expect(subject.url).to.match(/^https:\/\/www\.bls\.gov\//);
      // Every value the drawing shows is in the file.
      const shown = [...shadow(el).querySelectorAll('svg text.value')].map((t) => t.textContent);
      for (const value of shown) expect(rows.map((r) => r.value)).to.include(value);
      for (const r of rows) expect(r.publisher, r.label).not.to.equal('');
    });

    it('keeps the English column names under lang="es" (programs read them); the values are as the element writes them', async () => {
      const el = await place('salary-factors', 'lang="es" locale="es-ES"');
      const { header, rows } = csvRecords(figuresCsv(el)!.slice(1));
      expect(header).to.deep.equal([...CSV_COLUMNS]);
      expect(rows[0]!.value.replace(/\u00a0/g, ' ')).to.equal('alrededor de 47.000 US$');
      expect(rows[0]!.unit).to.equal('USD');
      // A factor is an item of text: its words, no unit.
      const factor = rows.find((r) => r.unit === '' && r.value !== '')!;
      expect(factor.publisher).not.to.equal('');
    });

    it('quotes commas, quotes and line breaks, and neutralises cells a spreadsheet would run', async () => {
      const data = profileCopy();
      const [a, b, c] = data.outlook!.projections;
      a!.label = '=HYPERLINK("http://evil.example","click")';
      b!.label = 'Medical "coders", billers\nand others';
      c!.label = '@SUM(1+1)';
      c!.note = '-2+3';
      data.sources[0]!.title = '+cmd|calc';
      const el = await place('outlook-chart', 'actions="data"');
      el.data = data;
      await drawn(el);
      const { rows } = csvRecords(figuresCsv(el)!.slice(1));
      expect(rows[0]!.label).to.equal('\'=HYPERLINK("http://evil.example","click")');
      expect(rows[1]!.label).to.equal('Medical "coders", billers\nand others');
      expect(rows[2]!.label).to.equal('\'@SUM(1+1)');
      expect(rows[2]!.note).to.equal('\'-2+3');
      expect(rows[0]!.title).to.equal('\'+cmd|calc');
    });

    it('leaves a declining occupation\'s negative figure a number, not a neutralised formula', async () => {
      const data = profileCopy();
      data.outlook!.projections[0]!.growthPercent = -3;
      const el = await place('outlook-chart', 'actions="data"');
      el.data = data;
      await drawn(el);
      const { rows } = csvRecords(figuresCsv(el)!.slice(1));
      expect(rows[0]!.value).to.equal('-3%');
    });
  });

  describe('image', () => {
    it('downloads a standalone SVG holding the title, the figures, the notes and the source line', async () => {
      const el = await place('outlook-chart', 'actions="image" theme="dark"');
      button(el, 'Download image (SVG)').click();
      await waitUntil(() => caught.files.length === 1);
      const [file] = caught.files;
      expect(file!.name).to.equal('outlook-chart.svg');
      expect(file!.blob.type).to.equal('image/svg+xml');
      const doc = new DOMParser().parseFromString(await file!.blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const words = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ');
      expect(words).to.include(text(part(el, 'heading')));
      for (const value of shadow(el).querySelectorAll('svg text.value')) expect(words).to.include(value.textContent);
      expect(words).to.include('U.S. Bureau of Labor Statistics, Occupational Outlook Handbook');
      for (const note of shadow(el).querySelectorAll('[part="notes"] li')) expect(words).to.include(text(note));
      expect(words).not.to.include('Download');
      // Painted as shown: the dark background, the bars' colour and the page's font, written on the shapes.
      expect(root.querySelector('rect')?.getAttribute('fill')).to.equal('rgb(22, 25, 29)');
      const bar = shadow(el).querySelector('.bar.subject')!;
      expect(root.querySelector('.bar.subject')?.getAttribute('fill')).to.equal(getComputedStyle(bar).fill);
      expect(root.getAttribute('font-family')).to.equal(getComputedStyle(part(el, 'base')!).fontFamily);
      expect(Number(root.getAttribute('width'))).to.equal(part(el, 'base')!.clientWidth);
    });

    it('writes an element drawn in HTML as text lines, note markers and numbers included', async () => {
      const el = await place('key-figures');
      const doc = new DOMParser().parseFromString(standaloneSvg(el)!, 'image/svg+xml');
      const lines = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent);
      expect(plain(lines[0] ?? '')).to.equal(text(part(el, 'heading')));
      const words = lines.join(' ');
      for (const card of shadow(el).querySelectorAll('[part~="label"]')) expect(words).to.include(text(card));
      expect(lines.some((l) => /^about \$47,000[¹²³]$/.test(l))).to.equal(true);
      expect(lines.some((l) => l.startsWith('1. '))).to.equal(true);
    });

    it('under dir="rtl" aligns each line to the right, each in its own direction, as <bdi> shows it', async () => {
      const data = profileCopy();
      data.keyFigures!.figures[1]!.label = 'שכר חציוני';
      const el = await place('key-figures', 'dir="rtl"');
      el.data = data;
      await drawn(el);
      const doc = new DOMParser().parseFromString(standaloneSvg(el)!, 'image/svg+xml');
      const line = (words: string) => [...doc.querySelectorAll(':root > text')].find((t) => t.textContent === words)!;
      const width = Number(doc.documentElement.getAttribute('width'));
      expect(line('2023–2033').getAttribute('direction')).to.equal('ltr');
      expect(line('2023–2033').getAttribute('text-anchor')).to.equal('end');
      expect(line('שכר חציוני').getAttribute('direction')).to.equal('rtl');
      expect(line('שכר חציוני').getAttribute('text-anchor')).to.equal('start');
      for (const words of ['2023–2033', 'שכר חציוני']) expect(Number(line(words).getAttribute('x'))).to.be.closeTo(width - 16, 1);
    });

    it('downloads a PNG of that SVG at twice its size', async () => {
      const el = await place('timeline-steps', 'actions="image"');
      const svg = new DOMParser().parseFromString(standaloneSvg(el)!, 'image/svg+xml').documentElement;
      button(el, 'Download image (PNG)').click();
      await waitUntil(() => caught.files.some((f) => f.name.endsWith('.png')), 'no PNG', { timeout: 5000 });
      const png = caught.files.find((f) => f.name === 'timeline-steps.png')!.blob;
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(Number(svg.getAttribute('width')) * 2);
      expect(bitmap.height).to.equal(Number(svg.getAttribute('height')) * 2);
    });
  });

  describe('citation and embed', () => {
    it('copies a citation of the sources and says so', async () => {
      const el = await place('salary-factors', 'actions="citation"');
      button(el, 'Copy citation').click();
      await waitUntil(() => caught.copied.length === 1);
      const lines = caught.copied[0]!.split('\n');
      expect(lines).to.include('Glassdoor, How much does a health information technician make?, Jun 6, 2024 (retrieved Mar 31, 2025). https://www.glassdoor.com/');
      expect(new Set(lines).size).to.equal(lines.length);
      await el.updateComplete;
      const status = shadow(el).querySelector('[part~="actions"] [role="status"]')!;
      expect(text(status)).to.equal('Copied to the clipboard.');
    });

    it('copies the snippet: the module, the element with its attributes, no data for the built-in profile', async () => {
      const el = await place('outlook-chart', 'actions="embed" locale="de-DE" heading="Growth & &quot;jobs&quot;" class="slot" id="growth"');
      button(el, 'Copy embed code').click();
      await waitUntil(() => caught.copied.length === 1);
      const snippet = caught.copied[0]!;
      const doc = new DOMParser().parseFromString(snippet, 'text/html');
      const script = doc.querySelector('script[type="module"]')!;
      expect(new URL(script.getAttribute('src')!).pathname).to.match(/\/src\/actions\/embed\.ts$/);
      const copy = doc.querySelector('outlook-chart')!;
      expect(copy.getAttribute('locale')).to.equal('de-DE');
      expect(copy.getAttribute('heading')).to.equal('Growth & "jobs"');
      expect(copy.getAttribute('actions')).to.equal('embed');
      expect(copy.querySelector('script')).to.equal(null);
      // In the README's order; the page's own class, style and id, and the default theme, left out.
      expect([...copy.attributes].map((a) => a.name)).to.deep.equal(['locale', 'heading', 'actions']);
    });

    it('puts data given by property in a JSON child, with every < escaped', async () => {
      const data = profileCopy();
      data.outlook!.projections[0]!.label = 'Coders</script><script>alert(1)</script><!--';
      const el = await place('outlook-chart');
      el.data = data;
      await drawn(el);
      const snippet = embedSnippet(el, { scriptUrl: 'https://cdn.example/cw.js', integrity: 'sha384-abc', fallback: '<p>Growth: 16%</p>' })!;
      expect(snippet).to.include('Coders\\u003c/script>\\u003cscript>');
      expect(snippet).not.to.match(/Coders<\/script/i);
      expect(snippet).not.to.include('<!--');
      expect(snippet.startsWith('<script type="module" src="https://cdn.example/cw.js" integrity="sha384-abc" crossorigin="anonymous"></script>')).to.equal(true);
      const doc = new DOMParser().parseFromString(snippet, 'text/html');
      const copy = doc.querySelector('outlook-chart')!;
      const child = copy.querySelectorAll('script');
      expect(child).to.have.length(1);
      const json = JSON.parse(child[0]!.textContent) as typeof data;
      expect(json.outlook!.projections[0]!.label).to.equal(data.outlook!.projections[0]!.label);
      expect(json.occupation).to.equal(data.occupation);
      expect(copy.querySelector('p')?.textContent).to.equal('Growth: 16%');
      // The same data as the built-in profile needs no child.
      el.data = profileCopy();
      await drawn(el);
      expect(embedSnippet(el)).not.to.include('application/json');
    });

    it('makes a relative src absolute, and writes what it loaded in its place', async () => {
      const el = await place('outlook-chart', 'src="/__cw__/profile.json?growth=21"');
      await waitUntil(() => [...shadow(el).querySelectorAll('text.value')].some((t) => t.textContent === '21%'), 'did not load');
      const snippet = embedSnippet(el)!;
      expect(snippet).not.to.include(' src="/__cw__');
      expect(snippet).to.include('"growthPercent": 21');
      const same = await place('outlook-chart', 'src="/__cw__/profile.json"');
      const plain = embedSnippet(same)!;
      expect(plain).to.include(` src="${location.origin}/__cw__/profile.json"`);
      expect(plain).not.to.include('application/json');
    });

    it('shows the text selected for copying by hand when the clipboard refuses it, and throws nothing', async () => {
      caught.restore();
      caught = catchActions(window, 'refuse');
      const el = await place('outlook-chart', 'actions="citation embed"');
      button(el, 'Copy citation').click();
      const area = () => shadow(el).querySelector<HTMLTextAreaElement>('[part~="actions"] textarea');
      await waitUntil(() => area());
      await waitUntil(() => shadow(el).activeElement === area());
      expect(area()!.value).to.include('U.S. Bureau of Labor Statistics');
      expect(area()!.selectionStart).to.equal(0);
      expect(area()!.selectionEnd).to.equal(area()!.value.length);
      expect(text(shadow(el).querySelector('[part~="actions"] [role="status"]'))).to.include('copy this text yourself');
      caught.restore();
      caught = catchActions(window, 'none');
      button(el, 'Copy embed code').click();
      await waitUntil(() => area()?.value.startsWith('<script type="module"'));
    });
  });

  describe('events', () => {
    it('dispatches a cancelable, composed cw-action first; cancelled, nothing is downloaded or copied', async () => {
      const el = await place('outlook-chart', 'actions="data image citation embed"');
      const kinds: string[] = [];
      const listener = (event: CwActionEvent) => {
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        kinds.push(`${event.detail.kind}/${event.detail.format}`);
        event.preventDefault();
      };
      document.addEventListener('cw-action', listener);
      for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')) b.click();
      await new Promise((r) => setTimeout(r, 200));
      document.removeEventListener('cw-action', listener);
      expect(kinds).to.deep.equal(['data/csv', 'image/svg', 'image/png', 'citation/text', 'embed/text']);
      expect(caught.files).to.deep.equal([]);
      expect(caught.copied).to.deep.equal([]);
    });
  });

  describe('narrow menu', () => {
    it('moves the way the row reads under dir="rtl": ArrowLeft to the next button, ArrowRight back', async () => {
      const el = await place('outlook-chart', 'actions="data image citation" dir="rtl"');
      const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] .act-list button')];
      expect(items[1]!.getBoundingClientRect().right).to.be.at.most(items[0]!.getBoundingClientRect().left + 1);
      items[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(shadow(el).activeElement === items[1], 'ArrowLeft moved on').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement === items[0], 'ArrowRight moved back').to.equal(true);
    });

    it('is one "Share / Download" button: Enter opens it, arrows move, Escape closes and returns focus', async () => {
      const el = await place('outlook-chart', 'actions="data image citation"', 320);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="actions"] button[aria-expanded]')!;
      expect(text(toggle)).to.equal('Share / Download');
      const list = shadow(el).querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')!}`)!;
      expect(list.hidden).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const items = [...list.querySelectorAll('button')];
      await waitUntil(() => shadow(el).activeElement === items[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement === items[1], 'second item focused').to.equal(true);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement === items.at(-1), 'last item focused').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(list.hidden).to.equal(true);
      await waitUntil(() => shadow(el).activeElement === toggle);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(list.hidden).to.equal(false);
      await waitUntil(() => shadow(el).activeElement === items[0]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => caught.files.length === 1);
      expect(list.hidden).to.equal(true);
      await waitUntil(() => shadow(el).activeElement === toggle);
    });
  });

  describe('strict page', () => {
    async function page(query: string) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="page" style="width:700px;height:900px" src=${`/__cw__/csp.html?tags=outlook-chart${query}`}></iframe>`);
      const win = () => frame.contentWindow as (Window & typeof globalThis & { __violations: string[]; __errors: string[] }) | null;
      await waitUntil(() => win()?.__violations && win()?.document.readyState === 'complete', 'page did not load', { timeout: 8000 });
      const w = win()!;
      const el = w.document.querySelector('outlook-chart')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"] > svg'), 'not drawn', { timeout: 8000 });
      el.setAttribute('actions', 'data image');
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="actions"]'));
      return { w, el };
    }

    it('downloads the CSV and the SVG under the strict policy; a PNG that img-src blocks fails in words', async () => {
      const { w, el } = await page('');
      const inFrame = catchActions(w);
      try {
        button(el, 'Download data').click();
        button(el, 'Download image (SVG)').click();
        await waitUntil(() => inFrame.files.length === 2);
        button(el, 'Download image (PNG)').click();
        await waitUntil(() => text(el.shadowRoot!.querySelector('[role="status"]')).includes('download the SVG instead'), 'no message', { timeout: 5000 });
        expect(inFrame.files.map((f) => f.name)).to.deep.equal(['outlook-chart.csv', 'outlook-chart.svg']);
        expect(w.__errors).to.deep.equal([]);
        // The one violation: the PNG's image, from a blob: URL that img-src ('self', by default-src) leaves out.
        expect(w.__violations).to.deep.equal(['img-src blob ']);
      } finally {
        inFrame.restore();
      }
    });

    it('draws the PNG where img-src allows blob:', async () => {
      const { w, el } = await page('&img=blob');
      const inFrame = catchActions(w);
      try {
        button(el, 'Download image (PNG)').click();
        await waitUntil(() => inFrame.files.length === 1, 'no PNG', { timeout: 5000 });
        expect(inFrame.files[0]!.blob.type).to.equal('image/png');
        expect(w.__violations).to.deep.equal([]);
      } finally {
        inFrame.restore();
      }
    });
  });
});
