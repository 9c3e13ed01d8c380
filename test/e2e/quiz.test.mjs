// The quiz in a real workbench (code-server + chromium): open it from the palette, answer inside the webview,
// open it on one topic through a hover's "Test yourself" link, and screenshot it in light, dark and high-contrast themes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, hoverText, launchBrowser, openFile, runCommand, screenshot, startCodeServer, waitFor, waitForWorkbench } from './lib/codeServer.mjs';

const EXTENSION = path.resolve(process.env.CONTAINER_COACH_E2E_EXTENSION || REPO_ROOT);
const WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const SHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');
const THEMES = [
  { name: 'light', theme: 'Default Light Modern', bodyClass: 'vscode-light' },
  { name: 'dark', theme: 'Default Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'high-contrast', theme: 'Default High Contrast', bodyClass: 'vscode-high-contrast' },
];

/** Picks a color theme through "Preferences: Color Theme", as a user would, retrying when a busy machine drops a key. */
async function setTheme(page, theme) {
  const input = page.locator('.quick-input-widget input');
  await waitFor(
    async () => {
      try {
        await page.locator('.tabs-container .tab.active').click();
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 3000 });
        await pickExact(page, input, '>Preferences: Color Theme', 'Preferences: Color Theme');
        await pickExact(page, input, theme, theme);
        await input.waitFor({ state: 'hidden', timeout: 5000 });
        return true;
      } catch {
        await page.keyboard.press('Escape');
        return false;
      }
    },
    { what: `the ${theme} theme to be picked`, timeoutMs: 60_000 },
  );
}

/** Types a filter, moves the focus to the row whose label is exactly `label` ("… in Marketplace" and "… Light" rows also match), and picks it. */
async function pickExact(page, input, text, label) {
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(text);
  const exact = page.locator('.monaco-highlighted-label', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: exact }).first().waitFor({ state: 'visible', timeout: 5000 });
  const focused = page.locator('.quick-input-list .monaco-list-row.focused').filter({ has: exact });
  for (let i = 0; i < 10 && !(await focused.count()); i++) await page.keyboard.press('ArrowDown');
  await focused.waitFor({ state: 'visible', timeout: 2000 });
  await page.keyboard.press('Enter');
}

const quizFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

test('quiz panel: palette, answer, score, Test yourself link, themes', { timeout: 240_000 }, async (t) => {
  const t0 = Date.now();
  const server = await startCodeServer({ workspace: WORKSPACE, extensionPath: EXTENSION, userSettings: { 'workbench.colorTheme': THEMES[0].theme } });
  const browser = await launchBrowser().catch(async (e) => (await server.stop(), Promise.reject(e)));
  const { page } = browser;
  let passed = false;
  t.after(async () => {
    if (!passed) await screenshot(page, path.join(SHOTS, 'quiz-failure.png')).catch(() => {});
    await browser.close();
    await server.stop();
  });
  await page.goto(server.url());
  await waitForWorkbench(page);
  await openFile(page, 'Dockerfile');
  t.diagnostic(`workbench ready after ${Date.now() - t0} ms`);

  const t1 = Date.now();
  await runCommand(page, 'Container Coach: Open Quiz');
  const frame = quizFrame(page);
  await frame.locator('#prompt').waitFor({ timeout: 30_000 });
  assert.equal(await frame.locator('#score').innerText(), 'Score: 0 / 0');
  // With no progress yet, the quiz opens on the first containers question, whose answer is known.
  assert.match(await frame.locator('#prompt').innerText(), /trio of kernel mechanisms/);
  await frame.locator('.choice', { hasText: 'Namespaces, cgroups and a layered' }).click();
  await frame.locator('#submit').click();
  await frame.locator('.verdict', { hasText: 'Correct' }).waitFor();
  assert.equal(await frame.locator('#score').innerText(), 'Score: 1 / 1');
  await frame.locator('#due').waitFor();
  t.diagnostic(`open from palette and answer took ${Date.now() - t1} ms`);

  await screenshot(page, path.join(SHOTS, 'quiz-answered.png'));

  // "Test yourself" in the RUN hover opens the quiz on that one topic; its first question is a spot-the-problem snippet.
  const t2 = Date.now();
  await openFile(page, 'Dockerfile');
  await hoverText(page, 'RUN', { until: (s) => /Test yourself/.test(s) });
  await page.locator('.monaco-hover a', { hasText: 'Test yourself' }).click();
  await frame.locator('h1', { hasText: 'Test yourself: RUN' }).waitFor({ timeout: 30_000 });
  assert.equal(await frame.locator('#score').innerText(), 'Score: 0 / 0');
  assert.match(await frame.locator('.counter').innerText(), /^Question 1 of 3/);
  assert.match(await frame.locator('.snippet').innerText(), /RUN apt-get update/);
  // A wrong answer this time, with the keyboard: D, then Enter.
  await frame.locator('.choice').first().focus();
  await page.keyboard.press('d');
  await page.keyboard.press('Enter');
  await frame.locator('.verdict', { hasText: 'Incorrect' }).waitFor();
  assert.equal(await frame.locator('#score').innerText(), 'Score: 0 / 1');
  t.diagnostic(`Test yourself link and a keyboard answer took ${Date.now() - t2} ms`);

  // The same panel in three themes; the page follows the theme through VS Code's CSS variables alone.
  const t3 = Date.now();
  for (const { name, theme, bodyClass } of THEMES) {
    if (name !== THEMES[0].name) await setTheme(page, theme);
    await waitFor(async () => (await frame.locator('body').getAttribute('class'))?.split(/\s+/).includes(bodyClass), { what: `webview body class ${bodyClass}` });
    await frame.locator('.snippet').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, `quiz-${name}.png`));
  }
  t.diagnostic(`three theme screenshots took ${Date.now() - t3} ms`);
  passed = true;
  t.diagnostic(`quiz UI flow took ${Date.now() - t0} ms`);
});
