// The quiz in a real workbench (code-server + chromium): open it from the palette, answer inside the webview, reload
// the workbench and find it restored, open it on one topic through a hover's "Test yourself" link, and screenshot it
// in light, dark and both high-contrast themes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, hoverText, launchBrowser, openFile, openPalette, runCommand, screenshot, startCodeServer, waitFor, waitForWorkbench } from './lib/codeServer.mjs';

const EXTENSION = path.resolve(process.env.CONTAINER_COACH_E2E_EXTENSION || REPO_ROOT);
const WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const SHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');
const THEMES = [
  { name: 'light', theme: 'Default Light Modern', bodyClass: 'vscode-light' },
  { name: 'dark', theme: 'Default Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'high-contrast', theme: 'Default High Contrast', bodyClass: 'vscode-high-contrast' },
  { name: 'high-contrast-light', theme: 'Default High Contrast Light', bodyClass: 'vscode-high-contrast-light' },
];

/** Picks a color theme through "Preferences: Color Theme", as a user would, retrying when a busy machine drops a key. */
async function setTheme(page, theme) {
  const input = page.locator('.quick-input-widget input');
  await waitFor(
    async () => {
      try {
        await openPalette(page);
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

/**
 * Reloads the workbench the way a user does from the palette ("Developer: Reload Window"). That path flushes the
 * workbench storage before the page goes away, as a desktop reload does; a bare page.reload() gives the browser no
 * time for it, so an editor opened seconds earlier is not remembered (VS Code for the web's behaviour, not ours).
 */
async function reloadWindow(page) {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  const input = await openPalette(page);
  await pickExact(page, input, '>Developer: Reload Window', 'Developer: Reload Window');
  await loaded;
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

  // From the top, so the shot shows the title, score and section progress above the answered question.
  await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, path.join(SHOTS, 'quiz-answered.png'));

  // A reload of the whole workbench: the serializer (activated by onWebviewPanel:containerCoach.quiz) brings the
  // panel back on the same answered question with the same score, from the state the page saved.
  const tReload = Date.now();
  await reloadWindow(page);
  await waitForWorkbench(page);
  await frame.locator('.verdict', { hasText: 'Correct' }).waitFor({ timeout: 60_000 });
  assert.equal(await frame.locator('#score').innerText(), 'Score: 1 / 1');
  assert.match(await frame.locator('#prompt').innerText(), /trio of kernel mechanisms/);
  assert.match(await frame.locator('.counter').innerText(), /^Question 1 of 10/);
  assert.equal(await frame.locator('.choice.is-correct').getAttribute('aria-checked'), 'true');
  // Still live after the restore: going on reaches question 2 with the score kept.
  await frame.locator('#next').click();
  await frame.locator('.counter', { hasText: /^Question 2 of 10/ }).waitFor();
  assert.equal(await frame.locator('#score').innerText(), 'Score: 1 / 1');
  t.diagnostic(`reload and restore took ${Date.now() - tReload} ms`);

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

  // The same panel in four themes; the page follows the theme through VS Code's CSS variables alone.
  const t3 = Date.now();
  for (const { name, theme, bodyClass } of THEMES) {
    if (name !== THEMES[0].name) await setTheme(page, theme);
    await waitFor(async () => (await frame.locator('body').getAttribute('class'))?.split(/\s+/).includes(bodyClass), { what: `webview body class ${bodyClass}` });
    // The pointer away from the choices (no hover colour in the shot) and the question's first line just below the sticky title.
    await page.mouse.move(1, 1);
    await frame.locator('.counter').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, path.join(SHOTS, `quiz-${name}.png`));
  }
  t.diagnostic(`${THEMES.length} theme screenshots took ${Date.now() - t3} ms`);
  passed = true;
  t.diagnostic(`quiz UI flow took ${Date.now() - t0} ms`);
});
