// The quiz page alone in headless chromium: the built dist/quiz.js and the media/quiz*.css styles with a fake VS Code webview API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = readFileSync(path.join(root, 'dist/quiz.js'), 'utf8');
const css = ['quiz.css', 'quiz-question.css'].map((file) => readFileSync(path.join(root, 'media', file), 'utf8')).join('\n');
const bank = JSON.parse(readFileSync(path.join(root, 'server/src/content/quiz/questions.json'), 'utf8'));
const byId = (id) => bank.questions.find((q) => q.id === id);

// A single choice, a multiple choice and a true/false question, so each kind of choosing is exercised.
const QUESTIONS = [byId('containers-three-kernel-features'), byId('containers-default-namespaces'), byId('containers-userns-default')];
const quiz = (quizId = 'q-test') => ({
  quizId,
  title: 'Test quiz',
  sections: bank.sections,
  questions: QUESTIONS.map((q) => ({ ...q, topicTitle: 'Namespaces', topicSummary: 'What a process can see.', hasReference: true })),
  session: { mode: 'quiz', questionIds: QUESTIONS.map((q) => q.id), index: 0, answers: {} },
  due: 2,
});

// The fake acquireVsCodeApi records what the page posts and keeps its state where the test can read it.
const html = (initialState) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<main id="app" aria-busy="true"><p>Loading the quiz…</p></main>
<div id="live" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<script>
  window.__posted = [];
  window.__state = ${JSON.stringify(initialState ?? null)};
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => window.__state,
    setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); },
  });
</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CONTAINER_COACH_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(() => browser?.close());

async function openPage({ state, show = true } = {}) {
  const page = await browser.newPage();
  await page.setContent(html(state));
  if (show) await page.evaluate((q) => window.postMessage({ type: 'show', quiz: q }, '*'), quiz());
  return page;
}

const posted = (page) => page.evaluate(() => window.__posted);
const choice = (page, text) => page.locator('.choice', { hasText: text });

test('answering right shows Correct with an icon, the explanation and the score', async () => {
  const page = await openPage();
  await page.locator('#prompt').waitFor();
  assert.equal(await page.locator('#score').innerText(), 'Score: 0 / 0');
  await choice(page, 'Namespaces, cgroups and a layered').click();
  await page.locator('#submit').click();
  const verdict = page.locator('.verdict');
  assert.match(await verdict.innerText(), /^✓\s*Correct$/);
  assert.equal(await page.locator('#score').innerText(), 'Score: 1 / 1');
  assert.match(await page.locator('.explanation').innerText(), /Namespaces give a process private views/);
  assert.equal(await page.locator('.whys li').count(), 3, 'each wrong option explains itself');
  assert.equal(await page.locator('.choice.is-correct .mark').innerText(), '✓');
  const answered = (await posted(page)).find((m) => m.type === 'answered');
  assert.deepEqual(answered, { type: 'answered', quizId: 'q-test', questionId: 'containers-three-kernel-features', selected: ['b'] });
  await page.close();
});

test('answering wrong shows Incorrect, the right answer and why the pick was wrong', async () => {
  const page = await openPage();
  await choice(page, 'Hypervisor').click();
  await page.locator('#submit').click();
  assert.match(await page.locator('.verdict').innerText(), /✗\s*Incorrect/);
  assert.match(await page.locator('.answer').innerText(), /The right answer: Namespaces, cgroups/);
  assert.match(await page.locator('.whys li', { hasText: 'Your pick' }).innerText(), /That describes a virtual machine/);
  assert.equal(await page.locator('#score').innerText(), 'Score: 0 / 1');
  assert.match(await page.locator('#live').innerText(), /^Incorrect\. Score: 0 \/ 1\./);
  await page.close();
});

test('a keyboard-only run: letters, arrows, Space, Enter, then the summary and the mistakes round', async () => {
  const page = await openPage();
  await page.locator('#prompt').waitFor();
  // Question 1 (single): arrows select within the radio group; Down from a to b picks the right answer.
  await page.keyboard.press('a');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.choice[aria-checked="true"]').getAttribute('data-choice'), 'b');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-choice')), 'b', 'focus follows the arrow');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.verdict').innerText(), /Correct/);
  await page.keyboard.press('Enter');
  // Question 2 (multiple): PID, Network, then arrow to Mount and Space; UTS is missing, so it is wrong.
  await page.locator('[role="group"]').waitFor();
  await page.keyboard.press('a');
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.choice[aria-checked="true"]').count(), 2, 'arrows only move focus among checkboxes');
  await page.keyboard.press(' ');
  assert.equal(await page.locator('.choice[aria-checked="true"]').count(), 3);
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.verdict').innerText(), /Incorrect/);
  await page.keyboard.press('Enter');
  // Question 3 (true/false): "f" picks False, which is right.
  await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.verdict').innerText(), /Correct/);
  assert.equal(await page.locator('#score').innerText(), 'Score: 2 / 3');
  await page.keyboard.press('Enter');
  await page.locator('#summary').waitFor();
  assert.match(await page.locator('.final-score').innerText(), /Score: 2 \/ 3\. 1 to revisit/);
  assert.match(await page.locator('.missed').innerText(), /Which namespaces does the container get/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'summary-title');
  // Tab to "Review my mistakes" and press Enter on it.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'review');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.mode').innerText(), /Reviewing your mistakes/);
  assert.match(await page.locator('.counter').innerText(), /Question 1 of 1/);
  const syncs = (await posted(page)).filter((m) => m.type === 'sync');
  assert.equal(syncs.at(-1).session.mode, 'review');
  await page.close();
});

test('a reloaded page restores its question, answer and score from getState before the extension answers', async () => {
  const first = await openPage();
  // The show message arrives asynchronously: keys pressed before the question renders would be lost.
  await first.locator('#prompt').waitFor();
  await first.keyboard.press('b');
  await first.keyboard.press('Enter');
  await first.locator('.verdict').waitFor();
  const saved = await first.evaluate(() => window.__state);
  await first.close();

  const page = await openPage({ state: saved, show: false });
  assert.equal(await page.locator('#score').innerText(), 'Score: 1 / 1');
  assert.match(await page.locator('.verdict').innerText(), /Correct/);
  assert.deepEqual((await posted(page))[0], { type: 'ready', quizId: 'q-test' });
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.counter').innerText(), /Question 2 of 3/);
  await page.close();
});

test('malformed messages and states are ignored', async () => {
  const page = await openPage({ state: { quiz: { quizId: 'x', questions: 'nope' } }, show: false });
  assert.deepEqual(await posted(page), [{ type: 'ready' }], 'a bad saved state counts as none');
  const bad = { ...quiz(), session: { mode: 'quiz', questionIds: ['not-in-quiz'], index: 0, answers: {} } };
  await page.evaluate((q) => window.postMessage({ type: 'show', quiz: q }, '*'), bad);
  await page.evaluate(() => window.postMessage({ type: 'unknown' }, '*'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  assert.match(await page.locator('#app').innerText(), /Loading the quiz/);
  await page.close();
});

test('the due count updates from the extension and clicking the topic link asks the extension to open it', async () => {
  const page = await openPage();
  assert.equal(await page.locator('#due').innerText(), '2 questions due for review');
  await page.evaluate(() => window.postMessage({ type: 'due', count: 1 }, '*'));
  await page.locator('#due', { hasText: '1 question due for review' }).waitFor();
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.locator('#topic-link').click();
  assert.deepEqual((await posted(page)).at(-1), { type: 'openTopic', topic: 'concept:namespaces' });
  await page.close();
});
