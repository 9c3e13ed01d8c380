// The quiz page's HTML shell: a strict Content-Security-Policy with a fresh nonce, and assets only from media/ and dist/.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')];
}

export function quizHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  // A new nonce on every render, so a nonce seen once can never authorize another script.
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'quiz.js'));
  // The page frame first, then the question styles (split by concern; see the comment atop each file).
  const styles = ['quiz.css', 'quiz-question.css'].map((file) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<title>Container Coach Quiz</title>
</head>
<body>
<main id="app" aria-busy="true"><p>Loading the quiz…</p></main>
<div id="live" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
