// copy-heredoc-expansion: fires on lower-case names and shell parameters in COPY/ADD heredocs with an unquoted delimiter; silent when quoted, when the Dockerfile sets the name, and in RUN heredocs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

const NGINX = `FROM nginx:1.27
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
  location / { try_files $uri $uri/ /index.html; }
  proxy_set_header Host $host;
}
EOF
`;

test('fires once per heredoc at the first nginx variable, naming them all', () => {
  expectRule('copy-heredoc-expansion', `FROM nginx:1.27
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
  location / { try_files $uri $uri/ /index.html; }
                         ^^^^ copy-heredoc-expansion
  proxy_set_header Host $host;
}
EOF`);
  const [finding] = lint(NGINX).filter((f) => f.ruleId === 'copy-heredoc-expansion');
  assert.match(finding!.message, /\$uri and \$host/);
  assert.match(finding!.message, /<<'EOF'/);
});

test('fires on shell parameters in a script written by COPY or ADD, which always come out empty', () => {
  expectRule('copy-heredoc-expansion', `FROM alpine:3.20
COPY <<-SCRIPT /usr/local/bin/entrypoint
	#!/bin/sh
	echo "starting with $# arguments"
	                    ^^ copy-heredoc-expansion
	exec "$@"
SCRIPT
ADD <<EOF /run.sh
exec app "\${1}"
          ^^^^ copy-heredoc-expansion
EOF`);
});

test('the fix quotes the delimiter, and is left out when the body also uses a value the Dockerfile sets', () => {
  const fix = lint(NGINX).find((f) => f.ruleId === 'copy-heredoc-expansion')!.fix!()!;
  assert.equal(applyEdits(NGINX, fix.edits), NGINX.replace('COPY <<EOF', "COPY <<'EOF'"));
  const mixed = `FROM nginx:1.27\nARG PORT=8080\nCOPY <<EOF /etc/nginx/conf.d/default.conf\nlisten $PORT; root $document_root;\nEOF\n`;
  const finding = lint(mixed).find((f) => f.ruleId === 'copy-heredoc-expansion')!;
  assert.match(finding.message, /\$document_root/);
  assert.equal(finding.fix, undefined);
});

test('stays silent with a quoted delimiter, escaped dollars, names the Dockerfile sets, upper-case names and RUN heredocs', () => {
  expectRule('copy-heredoc-expansion', `FROM nginx:1.27
ARG app_port=8080
ENV greeting=hello
COPY <<'EOF' /etc/nginx/conf.d/a.conf
try_files $uri $uri/ =404;
EOF
COPY <<"EOF" /b.sh
exec "$@"
EOF
COPY <<EOF /c.conf
listen \\$port; server_name \\$host;
listen $app_port; # $greeting
home $HOME and \${missing:-default}
EOF
RUN <<EOF
for f in "$@"; do echo "$f $1"; done
EOF
COPY app.conf /etc/nginx/conf.d/`);
});
