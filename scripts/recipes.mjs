// npm run recipes: the README's embedding recipes, run with the real tools. Each snippet is taken
// from README.md, between its `<!-- recipe:NAME -->` and `<!-- /recipe:NAME -->` comments, so the
// recipe a reader copies is the one tested. For each tool installed here (Debian's `hugo` and
// `jekyll`), a tiny site is built from the snippets with the built dist/career-widgets.js, served by
// scripts/serve.mjs's server (strict CSP included) and opened in Chromium, which must show every
// element drawing its figures. A tool that is not installed is skipped with the reason.
//
//   npm run build && npm run recipes
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/* global document, customElements -- in page.evaluate and waitForFunction, which run in the page. */
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser-path.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'career-widgets.js');

/** What each element must show once drawn: a figure of the guide's built-in profile. */
const FIGURES = {
  'outlook-chart': '16%',
  'salary-factors': '$47,000',
  'timeline-steps': '18–27 months',
};

/** The fenced code between `<!-- recipe:NAME -->` and `<!-- /recipe:NAME -->` in README.md. */
export function readRecipes(markdown) {
  const recipes = new Map();
  const pattern = /<!-- recipe:([\w-]+) -->\s*\n(`{3,})[^\n]*\n([\s\S]*?)\n\2\s*\n<!-- \/recipe:\1 -->/g;
  for (const [, name, , code] of markdown.matchAll(pattern)) recipes.set(name, `${code}\n`);
  return recipes;
}

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The tool's version line, or undefined when it is not installed. */
function version(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim().split('\n')[0] : undefined;
}

function build(command, args, cwd) {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, JEKYLL_ENV: 'production' } });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
}

/**
 * Opens `url` and checks each element in `tags` draws its figure: defined, no error state, its chart
 * drawn and the figure in its shadow root, no literal tag text on the page, nothing in the console.
 * @returns {Promise<string[]>} the figures seen, for the report line
 */
async function check(browser, url, tags) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} ${message.location().url}`.trim());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    const text = await page.evaluate(() => document.body.innerText);
    const literal = /<\/?(outlook-chart|salary-factors|timeline-steps)/.exec(text);
    if (literal) throw new Error(`the page shows the literal text "${literal[0]}…": the tag was escaped, not written`);
    const seen = [];
    for (const tag of tags) {
      const figure = FIGURES[tag];
      const element = page.locator(tag).first();
      if ((await page.locator(tag).count()) === 0) throw new Error(`no <${tag}> in the page`);
      await element.scrollIntoViewIfNeeded();
      try {
        await page.waitForFunction(
          ([name, wanted]) => {
            const el = document.querySelector(name);
            const shadow = el?.shadowRoot;
            return !!shadow && !!shadow.querySelector('[part~="chart"] svg') && (shadow.textContent ?? '').includes(wanted);
          },
          [tag, figure],
          { timeout: 10_000 },
        );
      } catch {
        const state = await page.evaluate((name) => {
          const el = document.querySelector(name);
          if (!el) return 'missing';
          if (!customElements.get(name)) return 'not defined (the module did not load)';
          const error = el.shadowRoot?.querySelector('[part~="error"]');
          return error ? `error state: ${error.textContent?.trim()}` : 'defined but not drawn';
        }, tag);
        throw new Error(`<${tag}> did not show ${figure}: ${state}`);
      }
      seen.push(`<${tag}> ${figure}`);
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    return seen;
  } finally {
    await page.close();
  }
}

const HUGO_BASE = `baseURL = "/"
title = "career-widgets recipe"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;
const HUGO_LAYOUTS = {
  'layouts/_default/single.html':
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{{ .Title }}</title></head>\n<body><main>{{ .Content }}</main></body></html>\n',
  'layouts/index.html': '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>home</title></head><body></body></html>\n',
};

/** The recipes, each a site to build from README snippets, with the bundle copied where the recipe loads it. */
function sites(recipes) {
  const need = (name) => {
    const code = recipes.get(name);
    if (!code) throw new Error(`README.md has no <!-- recipe:${name} --> block`);
    return code;
  };
  const twoLines = (src) => need('two-lines').replace(/src="[^"]*career-widgets\.js"/, `src="${src}"`);
  const post = need('hugo-post');
  // The README's post shows one element; the same shortcode call is made for the other two.
  const others = ['salary-factors', 'timeline-steps'].map((tag) => `{{< career-widget "${tag}" >}}{{< /career-widget >}}\n`);
  return [
    {
      tool: 'hugo',
      what: 'shortcode layouts/shortcodes/career-widget.html (raw HTML off)',
      files: {
        'hugo.toml': HUGO_BASE,
        ...HUGO_LAYOUTS,
        'layouts/shortcodes/career-widget.html': need('hugo-shortcode'),
        'content/posts/widgets.md': `---\ntitle: Widgets\n---\n\nSome text before.\n\n${post}\nBetween.\n\n${others.join('\n')}`,
      },
      bundleAt: 'static/js/career-widgets.js',
      build: (dir) => build('hugo', ['--quiet', '--destination', 'public'], dir),
      out: 'public',
      path: '/posts/widgets/',
      tags: ['outlook-chart', 'salary-factors', 'timeline-steps'],
    },
    {
      tool: 'hugo',
      what: 'the two lines in a post, with [markup.goldmark.renderer] unsafe = true',
      files: {
        'hugo.toml': `${HUGO_BASE}\n${need('hugo-config')}`,
        ...HUGO_LAYOUTS,
        'content/posts/two-lines.md': `---\ntitle: Two lines\n---\n\nSome text before.\n\n${twoLines('/js/career-widgets.js')}\nAfter.\n`,
      },
      bundleAt: 'static/js/career-widgets.js',
      build: (dir) => build('hugo', ['--quiet', '--destination', 'public'], dir),
      out: 'public',
      path: '/posts/two-lines/',
      tags: ['outlook-chart'],
    },
    {
      tool: 'jekyll',
      what: 'the two lines in a post (kramdown)',
      files: {
        '_config.yml': 'title: career-widgets recipe\n',
        // The post layout a `jekyll new` site's posts name, reduced to the page around the content.
        '_layouts/post.html':
          '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{{ page.title }}</title></head>\n<body><main>{{ content }}</main></body></html>\n',
        '_posts/2025-06-01-health-information-technician.md': need('jekyll-post'),
      },
      bundleAt: 'assets/js/career-widgets.js',
      build: (dir) => build('jekyll', ['build', '--quiet', '--source', dir, '--destination', join(dir, '_site')], dir),
      out: '_site',
      path: '/2025/06/01/health-information-technician.html',
      tags: ['outlook-chart'],
    },
  ];
}

const TOOLS = {
  hugo: { args: ['version'], install: 'apt-get install hugo' },
  jekyll: { args: ['--version'], install: 'apt-get install jekyll' },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(bundle)) {
    console.error('recipes: dist/career-widgets.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error('recipes: no Chrome or Chromium found: set CHROME_PATH or run `node scripts/ensure-browser.mjs`.');
    process.exit(1);
  }
  const recipes = readRecipes(readFileSync(join(root, 'README.md'), 'utf8'));
  const versions = Object.fromEntries(Object.entries(TOOLS).map(([tool, t]) => [tool, version(tool, t.args)]));
  const started = performance.now();
  const browser = await chromium.launch({ executablePath, args: [...new Set([...browserArgs(), '--no-sandbox'])] });
  const work = mkdtempSync(join(tmpdir(), 'cw-recipes-'));
  let failed = 0;
  let passed = 0;
  try {
    for (const [index, site] of sites(recipes).entries()) {
      const label = `${site.tool}: ${site.what}`;
      if (!versions[site.tool]) {
        console.log(`skip  ${label}: ${site.tool} is not installed (Debian: ${TOOLS[site.tool].install})`);
        continue;
      }
      const dir = join(work, String(index));
      write(dir, site.files);
      mkdirSync(dirname(join(dir, site.bundleAt)), { recursive: true });
      copyFileSync(bundle, join(dir, site.bundleAt));
      let server;
      try {
        site.build(dir);
        server = await serve({ root: join(dir, site.out) });
        const seen = await check(browser, `${server.origin}${site.path}`, site.tags);
        console.log(`ok    ${label}: ${seen.join(', ')}`);
        passed += 1;
      } catch (error) {
        console.log(`FAIL  ${label}: ${error instanceof Error ? error.message : String(error)}`);
        failed += 1;
      } finally {
        await server?.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  const tools = Object.entries(versions).map(([tool, v]) => `${tool}: ${v ?? 'not installed'}`).join('; ');
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`recipes: ${passed} passed, ${failed} failed (${seconds} s; ${tools})`);
  if (failed > 0) process.exit(1);
}
