import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAdminBot, type AdminBot } from '../admin/adminServer';
import { seededRecords, UNSURE_ENTRY, UNSURE_QUESTION } from '../admin/seededRecords';
import { browserSkipReason, launchChromium, screenshotPath } from '../helpers/browser';

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);

const SECRET = 'secret-de-la-page-admin-pour-les-tests';
const slow = 60_000;
let bot: AdminBot;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every answer of the data routes the pages got, by status. */
const dataResponses: Array<{ url: string; status: number; body: string }> = [];

async function visitor(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('response', async (response) => {
    if (response.url().includes('/admin/api/')) dataResponses.push({ url: response.url(), status: response.status(), body: await response.text().catch(() => '') });
  });
  return page;
}

/** Logs in and shows the three seeded days. */
async function openDashboard(page: Page, secret = SECRET): Promise<void> {
  await page.goto(`${bot.url}/admin`);
  await page.getByLabel('Secret').fill(secret);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.locator('#dashboard').waitFor({ state: 'visible', timeout: slow });
  await page.locator('#from').fill('2026-11-27');
  await page.locator('#to').fill('2026-11-29');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect.poll(() => page.locator('#table-channels tbody tr').count(), { timeout: slow }).toBe(3);
}

const rowTexts = (page: Page, table: string, row: number) => page.locator(`#${table} tbody tr`).nth(row).locator('th, td').allTextContents();

const ask = async (question: string) => {
  const response = await fetch(`${bot.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  return (await response.json()) as { decision: string; answers: Array<{ id: string }> };
};

describe.skipIf(skipReason)('The staff page /admin in Chromium, over seeded records', () => {
  beforeAll(async () => {
    bot = await startAdminBot({ secret: SECRET, records: seededRecords() });
    browser = await launchChromium();
  }, slow);
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await bot?.close();
  });

  test('without the secret, or with a wrong one, the page shows the login and gets no data', async () => {
    const page = await visitor();
    await page.goto(`${bot.url}/admin`);
    await expect.poll(() => page.locator('#login').isVisible()).toBe(true);
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    expect(dataResponses).toEqual([]);

    await page.getByLabel('Secret').fill('pas-le-bon-secret-du-tout');
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect.poll(() => page.locator('#login-error').textContent(), { timeout: slow }).toBe('Secret incorrect.');
    await page.screenshot({ path: screenshotPath('admin-wrong-secret'), fullPage: true });
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    expect(await page.locator('#total-questions').textContent()).toBe('0');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(dataResponses.map((response) => response.status)).toEqual([401]);
    expect(dataResponses[0].body).not.toMatch(/portage|back end|questions/i);
  }, slow);

  test('with the secret, the figures in the page are the seeded ones, on a laptop', async () => {
    const page = await visitor();
    await openDashboard(page);
    expect(await page.evaluate('sessionStorage.getItem("faqAdminSecret")')).toBe(SECRET);

    expect(await page.locator('#total-questions').textContent()).toBe('12');
    expect(await page.locator('#share-answered').textContent()).toBe('58,3 %');
    expect(await page.locator('#share-suggested').textContent()).toBe('25 %');
    expect(await page.locator('#share-not-available').textContent()).toBe('8,3 %');
    expect(await page.locator('#share-unknown').textContent()).toBe('8,3 %');

    // Jour, Site web, Teams, Emulator, Autre, Total
    expect(await rowTexts(page, 'table-channels', 0)).toEqual(['27/11/2026', '3', '1', '1', '0', '5']);
    expect(await rowTexts(page, 'table-channels', 1)).toEqual(['28/11/2026', '3', '2', '0', '0', '5']);
    expect(await rowTexts(page, 'table-channels', 2)).toEqual(['29/11/2026', '2', '0', '0', '0', '2']);
    // Jour, Questions, Répondues, Vouliez-vous dire, Non disponibles, Je ne sais pas
    expect(await rowTexts(page, 'table-outcomes', 1)).toEqual(['28/11/2026', '5', '1 (20 %)', '3 (60 %)', '1 (20 %)', '0 (0 %)']);
    expect(await rowTexts(page, 'table-outcomes', 0)).toEqual(['27/11/2026', '5', '4 (80 %)', '0 (0 %)', '0 (0 %)', '1 (20 %)']);

    const unanswered = await rowTexts(page, 'table-unanswered', 0);
    expect(unanswered.slice(0, 3)).toEqual([UNSURE_QUESTION, '3', '3']);
    expect(unanswered[4]).toBe("Ajouter cette formulation à « Qu'est-ce qu'un développeur back end ? » (knowledge/developpeur-back-end.yaml)");
    expect(await page.locator('#table-unanswered tbody tr').count()).toBe(3);

    // Worst first: portage-overview has 2 👎 and 1 👍, back-end-missions 2 👍.
    const worst = await rowTexts(page, 'table-ratings', 0);
    expect(worst.slice(0, 3)).toEqual(['Le portage salarial en bref', '2', '1']);
    // The answer is at hand, folded under "Voir la réponse".
    expect(worst[3]).toMatch(/^Voir la réponseD'après notre source, le portage salarial/);
    expect((await rowTexts(page, 'table-ratings', 1)).slice(1, 3)).toEqual(['0', '2']);

    await page.screenshot({ path: screenshotPath('admin-laptop'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.locator('button.csv[data-table="table-channels"]').click();
    const csv = await readFile(String(await (await download).path()), 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\ufeff"Jour";"Site web";"Teams";"Emulator";"Autre";"Total"',
      '"2026-11-27";"3";"1";"1";"0";"5"',
      '"2026-11-28";"3";"2";"0";"0";"5"',
    ]);
  }, slow);

  test('on a phone, the page fits the screen\'s width (wide tables scroll inside their box)', async () => {
    const page = await visitor({ width: 390, height: 844 });
    await openDashboard(page);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('admin-phone'), fullPage: true });
  }, slow);

  test('the apply button adds the phrasing to the YAML, the bot reloads, and /api/ask then answers that question directly', async () => {
    expect((await ask(UNSURE_QUESTION)).decision).not.toBe('answer');
    const page = await visitor();
    await openDashboard(page);

    await page.getByRole('button', { name: `Ajouter « ${UNSURE_QUESTION} » à « Qu'est-ce qu'un développeur back end ? »` }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: slow }).toContain('Ajouté');
    expect(await page.locator('#status').textContent()).toContain('Le bot utilise déjà la nouvelle base.');
    await page.screenshot({ path: screenshotPath('admin-applied'), fullPage: true });

    expect(await readFile(path.join(bot.knowledgeDir, 'developpeur-back-end.yaml'), 'utf8')).toContain(`- ${UNSURE_QUESTION}`);
    const answer = await ask(UNSURE_QUESTION);
    expect(answer.decision).toBe('answer');
    expect(answer.answers[0].id).toBe(UNSURE_ENTRY);
    expect((await rowTexts(page, 'table-unanswered', 0))[4]).toContain('Déjà une formulation');
  }, slow);
});
