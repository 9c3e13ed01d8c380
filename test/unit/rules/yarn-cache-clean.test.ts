// yarn-cache-clean: fires on a yarn 1 install without a later yarn cache clean in the same RUN of a shipped stage; silent with the clean, an rm of the cache, a cache mount, in builder stages, and for Yarn Berry.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when the RUN that installs does not clean the cache', () => {
  expectRule('yarn-cache-clean', `FROM node:22
RUN yarn install --frozen-lockfile
    ^^^^^^^^^^^^ yarn-cache-clean
RUN yarn --cwd app add lodash
    ^^^^^^^^^^^^^^^^^^ yarn-cache-clean
RUN yarn global add pm2
    ^^^^^^^^^^^^^^^ yarn-cache-clean
RUN yarn
    ^^^^ yarn-cache-clean`);
});

test('fires when the clean runs before the install, or a cache mount covers another folder', () => {
  expectRule('yarn-cache-clean', `FROM node:22
RUN yarn cache clean && yarn install
                        ^^^^^^^^^^^^ yarn-cache-clean
RUN --mount=type=cache,target=/var/lib/foo yarn install
                                           ^^^^^^^^^^^^ yarn-cache-clean`);
});

test('fires in the stage the final image is built FROM', () => {
  expectRule('yarn-cache-clean', `FROM node:22 AS deps
RUN yarn install
    ^^^^^^^^^^^^ yarn-cache-clean
FROM deps
CMD ["node", "index.js"]`);
});

test('stays silent with yarn cache clean, an rm of the cache, or a cache mount', () => {
  expectRule('yarn-cache-clean', `FROM node:22
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn install --production; yarn cache clean --force
RUN yarn add express && rm -rf /usr/local/share/.cache/yarn
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
RUN --mount=type=cache,target=/root/.cache yarn install
RUN --mount=type=cache,target=/cache yarn install --cache-folder /cache/yarn-v1
RUN YARN_CACHE_FOLDER=/tmp/yc yarn install && rm -rf /tmp/yc
RUN yarn --version && yarn run build`);
});

test('stays silent in a builder stage the final image does not build on', () => {
  expectRule('yarn-cache-clean', `FROM node:22 AS build
RUN yarn install && yarn build
FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html`);
});

test('stays silent for Yarn Berry shapes', () => {
  expectRule('yarn-cache-clean', `FROM node:22
RUN corepack enable && yarn install
RUN yarn install --immutable
RUN yarn workspaces focus --production && yarn install`);
  expectRule('yarn-cache-clean', `FROM node:22
RUN corepack enable
COPY package.json yarn.lock ./
RUN yarn install`);
  expectRule('yarn-cache-clean', `FROM node:22
COPY .yarnrc.yml package.json yarn.lock ./
RUN yarn install`);
});

test('fires in an ONBUILD RUN trigger, which every child image runs', () => {
  expectRule('yarn-cache-clean', `FROM node:22
ONBUILD RUN yarn install
            ^^^^^^^^^^^^ yarn-cache-clean`);
});
