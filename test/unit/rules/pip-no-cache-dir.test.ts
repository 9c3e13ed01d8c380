// pip-no-cache-dir: fires on pip install without --no-cache-dir in shipped stages; silent with the flag, PIP_NO_CACHE_DIR, a cache mount, nothing to install, or in builder stages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on pip, pip3 and python -m pip install', () => {
  expectRule('pip-no-cache-dir', `FROM python:3.12-slim
RUN pip install flask
    ^^^^^^^^^^^ pip-no-cache-dir
RUN pip3 install -r requirements.txt && python3 -m pip install -e .
    ^^^^^^^^^^^^ pip-no-cache-dir
                                        ^^^^^^^^^^^^^^^^^^^^^^ pip-no-cache-dir
ENV PIP_NO_CACHE_DIR=0
RUN pip install gunicorn
    ^^^^^^^^^^^ pip-no-cache-dir`);
});

test('the fix adds --no-cache-dir after install', () => {
  const text = 'FROM python:3.12-slim\nRUN pip install flask\n';
  const finding = lint(text).find((f) => f.ruleId === 'pip-no-cache-dir')!;
  const fix = finding.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n');
  assert.equal(fix.safe, true);
});

test('stays silent with --no-cache-dir, PIP_NO_CACHE_DIR, a cache mount, nothing to install, or in a builder stage', () => {
  expectRule('pip-no-cache-dir', `FROM python:3.12 AS build
RUN pip wheel -r requirements.txt -w /wheels && pip install build
FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1
FROM base
RUN pip install flask
RUN pip install --no-cache-dir -r requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn
RUN --mount=type=cache,target=/home/app/.cache,uid=1000 pip install --user uvicorn
RUN PIP_NO_CACHE_DIR=1 pip install requests
RUN export PIP_NO_CACHE_DIR=true && pip install httpx
RUN pip install --help && pip list && pip uninstall -y six
RUN pipx install poetry
COPY --from=build /wheels /wheels`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pip-no-cache-dir', `FROM python:3.12
RUN pip3 install --no-cache-dir MySQL_python
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask
FROM python:3.12
RUN --mount=type=cache,target=/root/.cache/pip pip install flask
RUN pipx install poetry
RUN uv pip install flask`);
});

test('stays silent on --no-cache, which pip reads as --no-cache-dir (it takes unambiguous prefixes of long options)', () => {
  expectRule('pip-no-cache-dir', `FROM alpine:3.20
RUN apk add --no-cache python3 py3-pip && pip3 install --no-cache --upgrade setuptools
RUN python3 -m pip install --no-cache-d wheel`);
});
