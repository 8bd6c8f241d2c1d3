/** The elements' own words in the reader's language: Spanish built in, a site's own language, the fallback chain, live switches. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import { messagesFor } from '../../src/i18n/index.js';
import { drawn, part, shadow, text } from '../support/helpers.js';

async function inLang(lang: string, tag: 'outlook-chart' | 'salary-factors' | 'timeline-steps' | 'key-figures' | 'career-path') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width:640px"></div>`);
  const el = document.createElement(tag);
  wrapper.append(el);
  el.scrollIntoView();
  await drawn(el);
  return el;
}

describe('i18n', () => {
  it('writes Spanish under <div lang="es">, with numbers formatted the Spanish way', async () => {
    const outlook = await inLang('es', 'outlook-chart');
    expect(text(part(outlook, 'heading'))).to.equal('Crecimiento proyectado del empleo, 2023–2033');
    expect(text(part(outlook, 'source'))).to.match(/^Fuentes: /);
    expect(text(part(outlook, 'source'))).to.include('consultado el 31 mar 2025');
    expect(text(part(outlook, 'workforce'))).to.include('239.000');
    expect(text(part(outlook, 'workforce'))).to.include('trabajadores proyectados para 2028');
    expect(shadow(outlook).querySelector('svg')?.getAttribute('aria-label')).to.match(/^Crecimiento proyectado del empleo/);
    expect(text(part(outlook, 'notes')?.closest('ol') ?? null)).to.not.equal('');
    expect(part(outlook, 'notes')?.getAttribute('aria-label')).to.equal('Notas');

    const salary = await inLang('es', 'salary-factors');
    expect(text(part(salary, 'heading'))).to.equal('Salario: health information technician');
    expect(text(part(salary, 'factors-heading'))).to.equal('Factores que pueden influir en el salario');
    expect(shadow(salary).querySelector('svg')?.getAttribute('aria-label')).to.include('alrededor de 47.000');

    const timeline = await inLang('es', 'timeline-steps');
    expect(text(part(timeline, 'total'))).to.match(/^18[–-]27 meses en total, calculado a partir de los pasos con fechas: .+ y .+ \(opcional\); sin contar los 2 pasos cuya duración varía\. research\.com dice “about two years”\.$/);
    expect(text(part(timeline, 'legend'))).to.include('Tiempo mínimo');
  });

  it('says a source has no date in the reader\'s language wherever a figure cites it', async () => {
    // The guide names The HIPAA Journal for its breach count without a date.
    const figures = await inLang('es', 'key-figures');
    expect(text(part(figures, 'figures'))).to.include('The HIPAA Journal, sin fecha');
    expect(text(part(figures, 'figures'))).not.to.include('no date given');
    expect(text(part(figures, 'source'))).to.include('sin fecha');
  });

  it('writes the qualifiers and sentences inside figures in Spanish too', async () => {
    const figures = await inLang('es', 'key-figures');
    expect(text(shadow(figures).querySelector('.base'))).to.match(/alrededor de 47\.000/);
    const paths = await inLang('es', 'career-path');
    expect(shadow(paths).querySelector('[part~="node"]')?.getAttribute('aria-label')).to.match(/^Trayectoria 1 de 5: /);
    expect(shadow(paths).querySelector('svg')?.getAttribute('aria-label')).to.match(/^Adónde lleva el puesto, desde /);
  });

  it('follows a live switch of the page\'s lang', async () => {
    const el = await inLang('en', 'outlook-chart');
    expect(text(part(el, 'heading'))).to.equal('Projected employment growth, 2023–2033');
    el.parentElement!.setAttribute('lang', 'es');
    await waitUntil(() => text(part(el, 'heading')).startsWith('Crecimiento'), 'did not follow the new lang');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => text(part(el, 'heading')).startsWith('Projected'), 'did not follow back');
  });

  it('takes a language a site registers, and re-renders the elements already there', async () => {
    const el = await inLang('fr', 'outlook-chart');
    expect(text(part(el, 'heading'))).to.equal('Projected employment growth, 2023–2033');
    registerTranslation('fr', { outlookHeading: (period) => `Croissance projetée de l'emploi, ${period}`, sources: 'Sources' });
    await waitUntil(() => text(part(el, 'heading')).startsWith('Croissance'), 'did not use the registered language');
    // Words the site left out fall back to English.
    expect(text(part(el, 'workforce'))).to.include('workers projected by 2028');
  });

  it('falls back es-MX → es → en', () => {
    registerTranslation('es-MX', { loading: 'Cargando cifras (MX)…' });
    expect(messagesFor('es-MX').loading).to.equal('Cargando cifras (MX)…');
    expect(messagesFor('es-MX').source).to.equal('Fuente');
    expect(messagesFor('es-AR').source).to.equal('Fuente');
    expect(messagesFor('de').source).to.equal('Source');
  });
});
