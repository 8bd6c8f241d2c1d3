// Svelte 5: the README's component compiles for the browser and renders on the server (as SvelteKit
// does), where importing career-widgets throws nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';

const source = readFileSync('svelte/Outlook.svelte', 'utf8');
compile(source, { generate: 'client', filename: 'Outlook.svelte' });
writeFileSync('svelte/Outlook.server.js', compile(source, { generate: 'server', filename: 'Outlook.svelte' }).js.code);
const { default: Outlook } = await import('./svelte/Outlook.server.js');
const { body } = render(Outlook);
if (!body.includes('<outlook-chart theme="auto" locale="de-DE"')) throw new Error(`svelte: unexpected server render: ${body}`);
console.log(`svelte: server render ${body.replace(/<!--.*?-->/g, '').trim()}`);
