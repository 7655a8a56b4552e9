// Drives the bot's local page in headless Chromium the way a newcomer would use it, and prints
// what they saw as JSON on the last line; LocalPageTest makes the assertions.
// Usage: node local-page.mjs <page url> <screenshot folder>
import { chromium } from 'playwright-core';

const [url, screenshots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const seen = { pageErrors: [] };
try {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.setDefaultTimeout(15000);
  const bot = page.locator('.from-bot');

  await page.goto(url);
  await bot.first().waitFor();
  seen.welcome = await bot.first().innerText();

  await page.fill('#question', 'Vem utser kommundirektören?');
  await page.press('#question', 'Enter');
  await bot.nth(1).waitFor();
  const answer = bot.nth(1);
  seen.question = await page.locator('.from-user').first().innerText();
  seen.answer = await answer.innerText();
  seen.bold = await answer.locator('strong').allInnerTexts();
  seen.citations = await answer.locator('.citations li').allInnerTexts();
  seen.buttons = await answer.locator('.ac-pushButton').allInnerTexts();
  await page.screenshot({ path: `${screenshots}/local-page-answer.png`, fullPage: true });

  await answer.getByRole('button', { name: 'Visa fler' }).click();
  await bot.nth(2).waitFor();
  seen.more = await bot.nth(2).innerText();

  await answer.getByRole('button', { name: '👎 Inte till hjälp' }).click();
  await answer.getByPlaceholder('Vad saknades? (frivilligt)').fill('Jag ville veta vem som anställer kommundirektören.');
  await answer.getByRole('button', { name: 'Skicka' }).click();
  await bot.nth(3).waitFor();
  seen.afterFeedback = await bot.nth(3).innerText();

  await page.fill('#question', '<script>alert(1)</script> Vad blir det för väder?');
  await page.press('#question', 'Enter');
  await bot.nth(4).waitFor();
  seen.outOfScope = await bot.nth(4).innerText();
  seen.scriptElements = await page.locator('main script').count();
  await page.screenshot({ path: `${screenshots}/local-page-end.png`, fullPage: true });
} catch (error) {
  seen.failure = String(error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
