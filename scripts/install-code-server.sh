#!/usr/bin/env bash
# Installs code-server 4.100.3 into a machine-level cache (outside the clone) for the e2e tests; idempotent.
#
# Why a script and not a devDependency: code-server's install needs an offline-friendly
# environment (see /work/shared/e2e-recipe.md). Why outside the clone: CI uses a fresh
# clone on the same machine, so a cache under $HOME survives between runs.
# Requires apt packages: chromium ripgrep libkrb5-dev (installed by .ci/run).
set -euo pipefail

VERSION=4.100.3
# Must match @vscode/ripgrep in code-server 4.100.3's shrinkwrap, or the seeded cache is ignored.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

CACHE_ROOT="${CONTAINER_COACH_CACHE:-$HOME/.cache/container-coach}"
DEST="$CACHE_ROOT/code-server-$VERSION"
BIN="$DEST/node_modules/.bin/code-server"

say() { printf '[install-code-server] %s\n' "$*"; }
die() { printf '[install-code-server] ERROR: %s\n' "$*" >&2; exit 1; }

# `code-server --version` writes a default config (and logs) under XDG_CONFIG_HOME and
# XDG_DATA_HOME before printing, so run it against a throwaway dir, not the home folder.
installed_version() {
  [ -x "$BIN" ] || return 0
  local x; x="$(mktemp -d "${TMPDIR:-/tmp}/cc-version-XXXXXX")"
  XDG_CONFIG_HOME="$x" XDG_DATA_HOME="$x" XDG_CACHE_HOME="$x" "$BIN" --version 2>/dev/null \
    | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true
  rm -rf "$x"
}

if [ "$(installed_version)" = "$VERSION" ]; then
  say "code-server $VERSION already installed at $DEST (skipping)"
  exit 0
fi

# Check prerequisites up front so a missing apt package fails with a clear message,
# not halfway through a native build.
command -v node >/dev/null || die "node not found"
command -v npm >/dev/null || die "npm not found"
RG="$(command -v rg || true)"
[ -n "$RG" ] || die "ripgrep (rg) not found: apt-get install -y ripgrep"
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] \
  || die "libkrb5-dev headers not found (kerberos builds from source): apt-get install -y libkrb5-dev"
command -v chromium >/dev/null || say "warning: chromium not found; the e2e tests will need it (apt-get install -y chromium)"

NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || die "code-server $VERSION needs Node 20 (found $(node --version))"

say "installing code-server $VERSION into $DEST"
rm -rf "$DEST"
mkdir -p "$DEST"

# Scratch TMPDIR holding the ripgrep download cache, seeded with Debian's rg, so
# @vscode/ripgrep's postinstall says "Using cached download" instead of calling GitHub.
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/cc-install-XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
RG_CACHE="$SCRATCH/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$RG_CACHE" "$SCRATCH/rgbin"
cp "$RG" "$SCRATCH/rgbin/rg"
tar -czf "$RG_CACHE/$RIPGREP_ASSET" -C "$SCRATCH/rgbin" rg
say "seeded ripgrep cache with $RG -> $RG_CACHE/$RIPGREP_ASSET"

# A private package.json keeps npm from walking up into some other project.
# allowScripts: npm 11.19+ warns about (and a future npm blocks) dependency install scripts
# not listed here; code-server's postinstall and argon2's native build must run.
cat > "$DEST/package.json" <<'JSON'
{
  "name": "container-coach-code-server-cache",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON

start=$(date +%s)
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty runs `npx node-gyp`, which cancels without a TTY unless told yes.
(
  cd "$DEST"
  TMPDIR="$SCRATCH" \
  npm_config_unsafe_perm=true \
  npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=warn "code-server@$VERSION"
) || die "npm install code-server@$VERSION failed (see output above)"

[ -x "$BIN" ] || die "install finished but $BIN is missing"
# The postinstall builds these; if npm skipped or half-ran it, the server starts but
# terminals, search or auth break later, so check them here and fail loudly instead.
VSC="$DEST/node_modules/code-server/lib/vscode"
for f in "$VSC/node_modules/@vscode/ripgrep/bin/rg" \
         "$VSC/node_modules/node-pty/build/Release/pty.node" \
         "$VSC/node_modules/kerberos/build/Release/kerberos.node" \
         "$VSC/node_modules.asar"; do
  [ -e "$f" ] || die "postinstall output missing: $f (code-server's postinstall did not complete)"
done
got="$(installed_version)"
[ "$got" = "$VERSION" ] || die "installed code-server reports '$got', expected $VERSION"
say "done in $(( $(date +%s) - start ))s: code-server $got"
say "binary: $BIN"
