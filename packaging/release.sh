#!/bin/sh
# Builds every release artifact this machine can build, into target/release-artifacts/,
# with a SHA256SUMS file. Today: the Debian/Ubuntu package and the per-user Linux tarball
# (see packaging/README.md for what is not built yet).
set -eu
cd "$(dirname "$0")/.."
deb=$(packaging/deb.sh | tail -n 1)
tarball=$(packaging/tarball.sh | tail -n 1)
out=target/release-artifacts
rm -rf "$out"
mkdir -p "$out"
cp "$deb" "$tarball" "$out/"
(cd "$out" && sha256sum -- * > SHA256SUMS && cat SHA256SUMS)
