// In-host e2e suite: runs inside the extension host (VS Code or code-server) and checks diagnostics, activation, commands.
'use strict';
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'container-coach.container-coach';
const SOURCE = 'container-coach';
const DIAG_TIMEOUT_MS = 30000; // the language server has to start on first open

// A tiny sequential runner: no mocha in the dependencies, and a handful of tests do not need one.
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

async function poll(fn, { timeoutMs, intervalMs = 100, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// Diagnostic.code may be a plain value or { value, target } when the rule links to docs.
const codeOf = (d) => (d.code !== null && typeof d.code === 'object' ? d.code.value : d.code);

function fixture(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function expectDiagnostic(file, code) {
  const uri = fixture(file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  let seen = [];
  try {
    return await poll(
      () => (seen = vscode.languages.getDiagnostics(uri)).find((d) => d.source === SOURCE && String(codeOf(d)) === code),
      { timeoutMs: DIAG_TIMEOUT_MS, what: `a ${SOURCE} diagnostic with code ${code} on ${file}` },
    );
  } catch (err) {
    const summary = seen.map((d) => `${d.source}/${JSON.stringify(codeOf(d))}: ${d.message}`);
    err.message += `; diagnostics seen: ${JSON.stringify(summary)}`;
    throw err;
  }
}

test('Dockerfile gets pin-base-image-tag', async () => {
  const d = await expectDiagnostic('Dockerfile', 'pin-base-image-tag');
  assert.strictEqual(d.range.start.line, 0, 'expected on the FROM line');
});

test('compose.yaml gets no-obsolete-version', async () => {
  await expectDiagnostic('compose.yaml', 'no-obsolete-version');
});

test(`extension ${EXTENSION_ID} is active`, async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  // Diagnostics above already prove activation in practice; poll briefly rather than assume.
  await poll(() => ext.isActive, { timeoutMs: 10000, what: `${EXTENSION_ID} to activate` });
});

test('command containerCoach.restartServer is registered', async () => {
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.includes('containerCoach.restartServer'), 'containerCoach.restartServer not registered');
});

// The quiz: its commands exist, and a topic link and "Quiz me on this file" each open the quiz panel.
const quizTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('containerCoach.quiz'));

test('a quick-fix and the documentation action are offered for a diagnostic, and the doc opens offline', async () => {
  const diagnostic = await expectDiagnostic('Dockerfile', 'no-maintainer');
  const uri = fixture('Dockerfile');
  const actions = await poll(
    async () => {
      const found = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range);
      return found && found.some((a) => a.title.startsWith('Replace MAINTAINER')) ? found : undefined;
    },
    { timeoutMs: DIAG_TIMEOUT_MS, what: 'code actions for no-maintainer' },
  );
  const docs = actions.find((a) => a.title === 'Show documentation for no-maintainer');
  assert.ok(docs && docs.command, 'the documentation action is offered');
  await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments || []));
  const doc = await poll(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'container-coach-docs'), {
    timeoutMs: 10000,
    what: 'the rule doc to be opened',
  });
  assert.match(doc.getText(), /^# no-maintainer/);
});

test('quiz commands are registered', async () => {
  const commands = await vscode.commands.getCommands(true);
  for (const id of ['containerCoach.openQuiz', 'containerCoach.quizTopic', 'containerCoach.quizThisFile', 'containerCoach.resetQuizProgress']) {
    assert.ok(commands.includes(id), `${id} not registered`);
  }
});

test('quizTopic opens one quiz panel on a topic, and quizThisFile reuses it', async () => {
  await vscode.commands.executeCommand('containerCoach.quizTopic', { topic: 'concept:namespaces' });
  await poll(() => quizTabs().length === 1, { timeoutMs: 10000, what: 'the quiz panel' });
  await expectDiagnostic('Dockerfile', 'pin-base-image-tag');
  await vscode.commands.executeCommand('containerCoach.quizThisFile');
  await poll(() => quizTabs().length === 1 && quizTabs()[0].isActive, { timeoutMs: 10000, what: 'the same quiz panel, active' });
  await vscode.window.tabGroups.close(quizTabs());
});

// Called by the workbench (test-electron protocol): resolve = pass, throw = fail.
async function run() {
  const failures = [];
  const started = Date.now();
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      console.log(`  ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (err) {
      failures.push(t.name);
      console.error(`  FAIL ${t.name} (${Date.now() - t0} ms)\n       ${(err && err.stack) || err}`);
    }
  }
  console.log(`${tests.length - failures.length}/${tests.length} passed in ${Date.now() - started} ms`);
  if (failures.length) throw new Error(`${failures.length} test(s) failed: ${failures.join(', ')}`);
}

module.exports = { run };
