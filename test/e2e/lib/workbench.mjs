// Headless chromium (playwright-core) plus small helpers that drive the VS Code 1.100 web workbench.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CONTAINER_COACH_CHROMIUM || '/usr/bin/chromium';

/** Launches chromium with a fresh temp profile; returns { context, page, close() }. */
export async function launchBrowser({ headless = true } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'cc-chromium-'));
  const xdg = path.join(profile, 'xdg');
  // Playwright refuses --user-data-dir in args; the profile dir is the first argument instead.
  const context = await chromium.launchPersistentContext(path.join(profile, 'profile'), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
    args: [
      '--no-sandbox', // running as root in a container
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking', // nothing but 127.0.0.1 is reachable anyway
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed;
  return {
    context,
    page,
    close() {
      closed ??= (async () => {
        await context.close().catch(() => {});
        await rm(profile, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}

/** Polls fn() until it returns a truthy value; throws with `what` after timeoutMs. */
export async function waitFor(fn, { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export async function waitForWorkbench(page, { timeoutMs = 60_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  // The explorer rows appear once the remote file system is connected.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function quickInput(page, text, rowText) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  // Enter picks the focused row, and the list refilters asynchronously after typing (a stale
  // history list can still be showing), so wait until the focused row is the one we want.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowText }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file through Quick Open and waits for its tab to become active. */
export async function openFile(page, name) {
  await openQuickInput(page, 'Control+P', 'Quick Open');
  await quickInput(page, name, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/** Shows the Problems panel; Control+Shift+M toggles, so only press it when the panel is hidden. */
export async function openProblems(page) {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible' });
}

/** Texts of the visible Problems rows (file rows and marker rows: message, source(code), position). */
export async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Waits until some Problems row matches `pattern` (string or RegExp) and returns all rows. */
export async function waitForProblemRow(page, pattern, { timeoutMs = 30_000 } = {}) {
  const re = typeof pattern === 'string' ? new RegExp(escapeRe(pattern)) : pattern;
  let rows = [];
  try {
    await waitFor(async () => (rows = await problemRows(page)).some((r) => re.test(r)), {
      timeoutMs,
      what: `a Problems row matching ${re}`,
    });
  } catch (err) {
    err.message += `\nRows seen: ${JSON.stringify(rows)}`;
    throw err;
  }
  return rows;
}

/**
 * Presses `key` until the quick input shows, and returns its input. The key is pressed with the focus in the
 * workbench, never inside a webview (a key pressed there reaches the workbench only through the webview's forwarding,
 * which a busy machine can drop), and retried: CI once failed on a single dropped F1.
 */
async function openQuickInput(page, key, what) {
  const input = page.locator('.quick-input-widget input');
  await waitFor(
    async () => {
      if (await input.isVisible()) return true;
      // The status bar is workbench chrome on every layout; clicking its empty middle focuses nothing in a webview.
      const editorText = page.locator('.editor-instance .monaco-editor .view-lines').first();
      if (await editorText.isVisible()) await editorText.click();
      else await page.locator('.part.statusbar').click({ position: { x: 400, y: 5 } }).catch(() => {});
      await page.keyboard.press(key);
      return input.waitFor({ state: 'visible', timeout: 3000 }).then(
        () => true,
        () => false,
      );
    },
    { what: `${what} to open`, timeoutMs: 30_000 },
  );
  return input;
}

/** Opens the command palette and returns its input. */
export const openPalette = (page) => openQuickInput(page, 'F1', 'the command palette');

/** Runs a command by its palette title (e.g. "Container Coach: Restart Server"). */
export async function runCommand(page, title) {
  await openPalette(page);
  await quickInput(page, `>${title}`, title);
}

/**
 * Hovers the first editor token whose text is exactly `tokenText` and returns the hover text.
 * Retries (move away, Escape, hover again): a hover shown before the extension's provider
 * registered is never re-requested, so only a fresh hover can see it.
 */
export async function hoverText(page, tokenText, { attempts = 5, until = (t) => t.trim().length > 0 } = {}) {
  const token = page
    .locator('.editor-instance .view-line span span', { hasText: new RegExp(`^${escapeRe(tokenText)}$`) })
    .first();
  const contents = page.locator('.monaco-hover .hover-contents');
  let text = '';
  for (let i = 1; i <= attempts; i++) {
    await token.hover();
    try {
      await contents.first().waitFor({ state: 'visible', timeout: 4000 });
      // Give the other providers' parts a chance to render: wait for the predicate, briefly.
      await waitFor(async () => until((text = (await contents.allInnerTexts()).join('\n'))), {
        timeoutMs: 1500,
        intervalMs: 100,
      });
      return text;
    } catch {
      // fall through to retry
    }
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  }
  return text;
}

export async function screenshot(page, file) {
  await mkdir(path.dirname(file), { recursive: true });
  // Fast-forward CSS transitions (the hover fades in) so the picture is not half-transparent.
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
