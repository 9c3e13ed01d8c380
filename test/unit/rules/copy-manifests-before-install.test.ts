// copy-manifests-before-install: fires on installs after COPY . . with no earlier manifest COPY; silent when the manifest came first.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on npm ci, pip install -r and go mod download after COPY . .', () => {
  expectRule('copy-manifests-before-install', `FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
    ^^^^^^^^^^^^^^^^^ copy-manifests-before-install
FROM python:3.12-slim
COPY . /src
RUN pip install --no-cache-dir -r /src/requirements.txt
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ copy-manifests-before-install
FROM golang:1.22
COPY ./ ./
RUN go mod download && go build -o /app .
    ^^^^^^^^^^^^^^^ copy-manifests-before-install`);
});

test('stays silent when the manifest was copied first, for named installs, other stages and COPY --from', () => {
  expectRule('copy-manifests-before-install', `FROM node:22-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm ci && npm run build
FROM python:3.12-slim
COPY requirements/ /src/requirements/
COPY . /src
RUN pip install -r /src/requirements/prod.txt && pip install .
FROM node:22-slim
COPY --from=deps /app /app
RUN npm ci
COPY . .
RUN npm install -g pm2 && yarn add left-pad
FROM golang:1.22
RUN go mod download
COPY . .
RUN go build ./...`);
});
