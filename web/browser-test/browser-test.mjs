// Browser test of the Marsad web UI in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser is ever downloaded).
//
// usage: node browser-test.mjs BASE_URL SCREENSHOT_DIR PAYLOAD_QUERY
//
// What it needs of the store behind BASE_URL, and nothing more:
//   - searching بوتن finds at least one article;
//   - a story and an entity reachable from the navigation;
//   - an article whose text holds a <script> payload, found by searching PAYLOAD_QUERY. A payload
//     that ran would set window.__marsadPwned or change document.title; the test also fails on any
//     <script> element or on* attribute in the DOM, any dialog, and any Content-Security-Policy
//     violation, so other payloads are caught too.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';

const [baseArg, shotsArg, payloadQuery] = process.argv.slice(2);
if (!baseArg || !shotsArg || !payloadQuery) {
  console.error('usage: node browser-test.mjs BASE_URL SCREENSHOT_DIR PAYLOAD_QUERY');
  process.exit(2);
}
const base = new URL(baseArg);
const shots = resolve(shotsArg);
mkdirSync(shots, { recursive: true });

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SEARCH_WORD = 'بوتن';

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
  if (!ok) failures++;
}

// Runs in every page before its own content: records what an injected payload would trip.
function watchForInjection() {
  window.__marsadViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__marsadViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

async function injectionReport(page) {
  return page.evaluate(() => ({
    pwned: typeof window.__marsadPwned !== 'undefined',
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].map((a) => a.name))
      .filter((name) => name.startsWith('on')).length,
    violations: window.__marsadViolations || [],
    title: document.title,
    text: document.body.innerText,
  }));
}

/** What a person sees on every page: Arabic, right to left, the navigation, a heading. */
async function checkPage(page, name) {
  const seen = await page.evaluate(() => ({
    dir: document.documentElement.getAttribute('dir'),
    lang: document.documentElement.getAttribute('lang'),
    direction: getComputedStyle(document.body).direction,
    h1: document.querySelector('h1')?.innerText?.trim() || '',
    nav: [...document.querySelectorAll('nav a')].map((a) => a.innerText.trim()),
    styled: getComputedStyle(document.querySelector('.site-header')).display === 'flex',
  }));
  check(seen.dir === 'rtl' && seen.lang === 'ar' && seen.direction === 'rtl', `${name}: right-to-left Arabic document`);
  check(seen.h1.length > 0, `${name}: heading "${seen.h1}"`);
  check(seen.nav.includes('الرئيسية') && seen.nav.includes('القصص'), `${name}: navigation in Arabic`);
  check(seen.styled, `${name}: the stylesheet is applied`);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function clickAndWait(page, locator) {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  await context.addInitScript(watchForInjection);
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  // Home, then a search typed into the search box.
  const home = await page.goto(base.href);
  check(home.ok(), `home answers ${home.status()}`);
  const csp = home.headers()['content-security-policy'] || '';
  check(csp.includes("default-src 'none'") && !csp.includes('unsafe-inline'), 'strict Content-Security-Policy');
  await checkPage(page, 'home');

  const box = page.locator('header input[name="q"]');
  await box.fill(SEARCH_WORD);
  await Promise.all([page.waitForEvent('load'), box.press('Enter')]);
  check(new URL(page.url()).pathname.endsWith('/search'), `search submitted to ${page.url()}`);
  const hits = page.locator('ol.hits > li');
  const hitCount = await hits.count();
  check(hitCount >= 1, `search for ${SEARCH_WORD}: ${hitCount} hits shown`);
  const marks = await page.locator('ol.hits mark').allInnerTexts();
  check(marks.length >= 1, `matched words are marked: ${marks.slice(0, 5).join(' | ')}`);
  await checkPage(page, 'search');

  // A story, reached through the navigation and the list of stories.
  await clickAndWait(page, page.locator('nav a', { hasText: 'القصص' }));
  const storyLink = page.locator('.story-list a.story-title').first();
  check(await storyLink.count() === 1, 'the stories page lists a story');
  await clickAndWait(page, storyLink);
  const sources = await page.locator('.source-card .outlet').allInnerTexts();
  check(sources.length >= 1, `story shows its sources side by side: ${sources.join('، ')}`);
  const storyHeadings = await page.locator('main h2').allInnerTexts();
  check(storyHeadings.some((h) => h.startsWith('المصادر')), `story headings: ${storyHeadings.join(' | ')}`);
  await checkPage(page, 'story');

  // An entity, reached through the navigation and the list of entities.
  await clickAndWait(page, page.locator('nav a', { hasText: 'الكيانات' }));
  const entityLink = page.locator('.entity-list a.entity-name').first();
  check(await entityLink.count() === 1, 'the entities page lists an entity');
  const entityName = (await entityLink.innerText()).trim();
  await clickAndWait(page, entityLink);
  const entityH1 = (await page.locator('h1').innerText()).trim();
  check(entityH1 === entityName, `entity page is about ${entityName}`);
  const entityHeadings = await page.locator('main h2').allInnerTexts();
  check(entityHeadings.some((h) => h.startsWith('طرق كتابة')) && entityHeadings.some((h) => h.startsWith('الخط الزمني')),
    `entity headings: ${entityHeadings.join(' | ')}`);
  await checkPage(page, 'entity');

  // The payload article: found by search, opened from the hit, nothing of it runs.
  const box2 = page.locator('header input[name="q"]');
  await box2.fill(payloadQuery);
  await Promise.all([page.waitForEvent('load'), box2.press('Enter')]);
  let report = await injectionReport(page);
  check(!report.pwned && report.scripts === 0 && report.handlers === 0 && report.violations.length === 0,
    `payload search page runs nothing (${JSON.stringify({ ...report, text: undefined })})`);
  const payloadHit = page.locator('ol.hits > li h3 a').first();
  check(await payloadHit.count() === 1, `search for ${payloadQuery} finds the payload article`);
  const response = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()),
    payloadHit.click()]).then(([r]) => r);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300); // time for anything that was going to run
  const sentTitle = (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1]
    ?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  report = await injectionReport(page);
  check(!report.pwned, 'the payload did not set window.__marsadPwned');
  check(report.title === sentTitle, `document.title is the title the server sent: ${report.title}`);
  check(report.scripts === 0, 'no <script> element in the page');
  check(report.handlers === 0, 'no on* event attribute in the page');
  check(report.violations.length === 0, `no Content-Security-Policy violation: ${report.violations.join(', ')}`);
  check(report.text.includes('<script'), 'the payload is shown as text, escaped');
  check(dialogs.length === 0, `no dialog opened: ${dialogs.join(', ')}`);
  check(pageErrors.length === 0, `no page errors: ${pageErrors.join(', ')}`);
  await checkPage(page, 'payload-article');

  // The home page on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar', isMobile: true });
  const small = await phone.newPage();
  await small.goto(base.href);
  check(await small.evaluate(() => document.documentElement.clientWidth) <= 390, 'phone layout is 390px wide');
  // The layout viewport's width, not innerWidth: a phone zooms out to show a too-wide page whole.
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
  await small.screenshot({ path: join(shots, 'home-phone.png'), fullPage: true });
  await phone.close();
} finally {
  await browser.close();
}

console.log(`screenshots in ${shots}`);
if (failures > 0) {
  console.error(`browser test: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('browser test: all checks passed');
