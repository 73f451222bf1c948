/**
 * axe-core on the main pages, in the light and the dark theme: no serious or critical
 * violation (missing labels, contrast below WCAG AA, broken landmarks or ARIA).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dayFromToday } from './dates';
import { startHarness, type Harness } from './harness';

// Evaluated through the debugging protocol: the app's CSP forbids injected script tags.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** The serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as Violation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

async function seed() {
  const facility = await harness.call('facilities.create', {
    code: 'ЛА-155/14',
    name: 'СИЗО-1 Алматы',
    region: 'Алматы',
  });
  const person = await harness.call('persons.create', {
    name: 'Ämina Jaqsylyqova',
    nativeName: 'Әмина Жақсылықова',
    status: 'pre-trial',
    tags: ['журналистика'],
  });
  await harness.call('addresses.create', {
    personId: person.id,
    facilityId: facility.id,
    lines: ['ЛА-155/14', 'г. Алматы, ул. Қабанбай батыр, 12'],
    validFrom: dayFromToday(-200),
  });
  await harness.call('letters.create', {
    personId: person.id,
    direction: 'out',
    status: 'sent',
    sentOn: dayFromToday(-40),
    summary: 'Кітаптар мен хат: өлеңдер жинағы, жылы шұлықтар туралы.',
  });
  await harness.call('cases.create', { personId: person.id, arrestDate: dayFromToday(-300) });
  const article = await harness.call('articles.create', {
    title: 'Суд продлил арест журналистке',
    date: dayFromToday(-30),
    source: 'Vlast.kz',
    body: 'Суд продлил срок содержания под стражей ещё на два месяца. Қорғаушы шағым түсірді.',
    personIds: [person.id],
  });
  return { person, facility, article };
}

test('the welcome screen has no serious accessibility problem in either theme', async () => {
  const { page } = await harness.openApp();
  await page.getByRole('heading', { name: 'Welcome to Casefile' }).waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
    expect(await seriousViolations(page), `welcome, ${scheme}`).toEqual([]);
  }
  await harness.screenshot(page, 'welcome-dark');

  // The check itself sees problems: a box without a label, grey text on grey.
  await page.evaluate(`(() => {
    const box = document.createElement('input');
    box.type = 'text';
    const faint = document.createElement('p');
    faint.textContent = 'Қанат Әбдіқадыр — бледный текст';
    faint.style.cssText = 'color:#777;background:#666';
    document.querySelector('main').append(box, faint);
  })()`);
  const found = await seriousViolations(page);
  expect(found.some((line) => line.startsWith('label '))).toBe(true);
  expect(found.some((line) => line.startsWith('color-contrast '))).toBe(true);
});

test('the main pages have no serious accessibility problem in either theme', async () => {
  const { person, article } = await seed();
  const { page } = await harness.openApp();
  const pages: [string, string, () => Promise<unknown>][] = [
    ['dashboard', '#/', () => page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()],
    [
      'prisoners',
      '#/persons',
      () => page.locator('tbody tr', { hasText: 'Ämina Jaqsylyqova' }).waitFor(),
    ],
    [
      'prisoner',
      `#/persons/${encodeURIComponent(person.id)}`,
      () => page.getByRole('heading', { name: 'Ämina Jaqsylyqova', level: 1 }).waitFor(),
    ],
    [
      'facilities',
      '#/facilities',
      () => page.locator('tbody tr', { hasText: 'ЛА-155/14' }).waitFor(),
    ],
    [
      'articles',
      '#/articles',
      () => page.locator('tbody tr', { hasText: 'Суд продлил' }).waitFor(),
    ],
    [
      'article',
      `#/articles/${encodeURIComponent(article.id)}`,
      () => page.getByRole('heading', { name: 'Суд продлил арест журналистке' }).waitFor(),
    ],
    [
      'search',
      '#/search?q=%D0%B0%D1%80%D0%B5%D1%81%D1%82',
      () => page.locator('.hit').first().waitFor(),
    ],
    ['settings', '#/settings', () => page.getByLabel('No letter for more than (days)').waitFor()],
  ];
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, hash, ready] of pages) {
      await page.goto(`${harness.server.url}${hash}`);
      await ready();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
      for (const line of await seriousViolations(page))
        problems.push(`${name}, ${scheme}: ${line}`);
    }
  }
  // The list of shortcuts, a dialog over the page, in the dark theme.
  await page.goto(`${harness.server.url}#/`);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await page.keyboard.press('Shift+?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  for (const line of await seriousViolations(page)) problems.push(`shortcuts, dark: ${line}`);
  expect(problems).toEqual([]);
});
