#!/bin/sh
# Builds every release artifact this machine can build, into target/release-artifacts/,
# with a SHA256SUMS file: the Debian/Ubuntu package, the per-user Linux tarball and, where
# Debian's Rust and MinGW are installed (see packaging/windows.sh), the Windows installer
# and portable zip. No Mac build is made here (packaging/macos/README.md).
set -eu
cd "$(dirname "$0")/.."
deb=$(packaging/deb.sh | tail -n 1)
tarball=$(packaging/tarball.sh | tail -n 1)
windows=
if [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ] \
    && command -v x86_64-w64-mingw32-gcc >/dev/null && command -v makensis >/dev/null; then
    windows=$(packaging/windows.sh | tail -n 2)
else
    echo "Windows: not built (needs rustc-web, cargo-web, rust-web-src, gcc-mingw-w64-x86-64, nsis)" >&2
fi
out=target/release-artifacts
rm -rf "$out"
mkdir -p "$out"
# shellcheck disable=SC2086 # the Windows paths have no spaces
cp "$deb" "$tarball" $windows "$out/"
(cd "$out" && sha256sum -- * > SHA256SUMS && cat SHA256SUMS)
