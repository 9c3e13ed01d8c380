// pin-go-install: fires (when turned on) on go install, get or run of a remote package with no version or a moving query such as @latest; silent on versions, commits, local paths, variables, program arguments, other go commands, after a copied go.mod for bare install/run paths, and by default.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const on = { ...defaultSettings, rules: { 'pin-go-install': 'info' as const } };

test('fires on a remote package with no version, and on @latest and other moving queries', () => {
  expectRule('pin-go-install', `FROM golang:1.23
RUN go install github.com/go-delve/delve/cmd/dlv@latest
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install
RUN go install -v -ldflags "-s -w" golang.org/x/tools/gopls example.com/tool@master
                                   ^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install
                                                            ^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install
RUN CGO_ENABLED=0 go install -tags=netgo honnef.co/go/tools/cmd/staticcheck@upgrade
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('fires on @latest even after go.mod was copied (a version query ignores go.mod)', () => {
  expectRule('pin-go-install', `FROM golang:1.23
COPY go.mod go.sum ./
RUN go install github.com/air-verse/air@latest
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('fires in an ONBUILD RUN trigger', () => {
  expectRule('pin-go-install', `FROM golang:1.23
ONBUILD RUN go install github.com/a-h/templ/cmd/templ@latest
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('stays silent on versions, commits, local paths, variables and other go commands', () => {
  expectRule('pin-go-install', `FROM golang:1.23
ARG DLV_VERSION=v1.23.1
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1 golang.org/x/tools/gopls@v0.16.2-0.20240801000000-abcdef123456
RUN go install example.com/tool@3f2a9c1
RUN go install ./... && go install . && go install ./cmd/server ../shared /src/app
RUN go install github.com/go-delve/delve/cmd/dlv@$DLV_VERSION $TOOL
RUN go install std && go install cmd/vet && go install myapp/cmd/server
RUN go build -o /bin/app ./cmd/app && go vet github.com/x/y && go mod download
RUN go install tool
RUN go install -ldflags "-X main.version=1" -C cmd/app .`, 'Dockerfile', on);
});

test('fires on go get with no version or a moving query, even after go.mod was copied (bare go get means @upgrade)', () => {
  expectRule('pin-go-install', `FROM golang:1.24
COPY go.mod go.sum ./
RUN go get github.com/pkg/errors
           ^^^^^^^^^^^^^^^^^^^^^ pin-go-install
RUN go get -u -tool golang.org/x/tools/cmd/stringer golang.org/x/mod@latest
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install
                                                    ^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('fires on go run of a remote package with no version or @latest, and only on the package operand', () => {
  expectRule('pin-go-install', `FROM golang:1.24
RUN go run github.com/swaggo/swag/cmd/swag init
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install
RUN go run -mod=mod entgo.io/ent/cmd/ent@latest generate ./schema
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('stays silent on pinned go get and go run, local and file operands, @none and program arguments', () => {
  expectRule('pin-go-install', `FROM golang:1.24
RUN go get github.com/pkg/errors@v0.9.1 golang.org/x/mod@none && go get -d -v ./... && go get && go get .
RUN go get -tool myapp/cmd/gen
RUN go run example.com/pkg@v1.2.3 --foo example.com/other@latest
RUN go run main.go util.go && go run -exec wrapper ./cmd/app && go run .
RUN go run -C tools github.com/a/b@v1.0.0 $ARGS`, 'Dockerfile', on);
});

test('stays silent on a bare remote path once go.mod (or the whole context) was copied: go.mod decides its version', () => {
  expectRule('pin-go-install', `FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN go install github.com/sqlc-dev/sqlc/cmd/sqlc && go run github.com/sqlc-dev/sqlc/cmd/sqlc generate`, 'Dockerfile', on);
  expectRule('pin-go-install', `FROM golang:1.23 AS base
COPY . .
FROM base
RUN go install golang.org/x/tools/cmd/stringer`, 'Dockerfile', on);
});

test('fires in a fragment without FROM, as hadolint checks snippets', () => {
  expectRule('pin-go-install', `RUN go install example.com/pkg
               ^^^^^^^^^^^^^^^ pin-go-install`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-go-install', `FROM golang:1.23
RUN go install github.com/go-delve/delve/cmd/dlv@latest`);
});
