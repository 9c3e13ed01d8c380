// pin-pip-packages: fires on unpinned pip packages when turned on; silent on pins, requirement files, local paths, URLs, upgrading pip, constraints and by default.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const on = { ...defaultSettings, rules: { 'pin-pip-packages': 'info' as const } };

test('fires on every unpinned package, at the package', () => {
  expectRule('pin-pip-packages', `FROM python:3.12-slim
RUN pip install --no-cache-dir flask gunicorn==22.0.0 "uvicorn[standard]"
                               ^^^^^ pin-pip-packages
                                                      ^^^^^^^^^^^^^^^^^^^ pin-pip-packages`, 'Dockerfile', on);
});

test('fires on a VCS link without a tag or commit after the repository path', () => {
  expectRule('pin-pip-packages', `FROM python:3.12-slim
RUN pip install --no-cache-dir git+https://git.example.com/team/tool.git#egg=tool git+ssh://git@git.example.com/team/lib.git
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-pip-packages
                                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-pip-packages
RUN pip install --no-cache-dir git+ssh://git@git.example.com/team/lib.git@3f9c2e1#egg=lib`, 'Dockerfile', on);
});

test('stays silent on pins, -r files, -e ., local paths, archives, URLs, --upgrade pip and constraints', () => {
  expectRule('pin-pip-packages', `FROM python:3.12-slim
RUN pip install --no-cache-dir "flask>=3,<4" requests~=2.32 django==5.0.6 "pkg @ https://example.org/pkg.whl"
RUN pip install --no-cache-dir -r requirements.txt --requirement dev.txt
RUN pip install --no-cache-dir -e . && pip install --no-cache-dir .
RUN pip install --no-cache-dir ./libs/core /wheels/app-1.0-py3-none-any.whl dist/app.tar.gz
RUN pip install --no-cache-dir git+https://github.com/org/repo@v1.2 https://example.org/x.zip
RUN pip install --no-cache-dir --upgrade pip setuptools wheel && python -m pip install -U pip
RUN pip install --no-cache-dir -c constraints.txt flask
RUN pip install --no-cache-dir $PACKAGES -i https://pypi.example.org/simple`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-pip-packages', `FROM python:3.12-slim
RUN pip install --no-cache-dir flask`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-pip-packages', `FROM python:3.12
RUN pip install --no-cache-dir django==1.9 "requests>=2.31" -r requirements.txt`, 'Dockerfile', { enable: true, rules: { 'pin-pip-packages': 'warning' } });
});
