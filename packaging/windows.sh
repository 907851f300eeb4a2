#!/bin/sh
# Builds Haven for 64-bit Windows on a Debian machine, with no rustup target: Debian's own
# Rust (rustc-web and cargo-web, 1.96) rebuilds the standard library for
# x86_64-pc-windows-gnu from its source (rust-web-src, `-Zbuild-std`), and MinGW-w64 links.
# Makes, in target/windows-artifacts/:
#   haven-<version>-windows-x86_64-setup.exe  a per-user installer (NSIS, no administrator)
#   haven-<version>-windows-x86_64-portable.zip  Haven/haven.exe with `portable` beside it
# Needs: apt-get install rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 nsis zip
# Prints the two paths on its last two lines.
set -eu
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
# Debian's tools by their full path: ~/.cargo/bin (rustup's) may come first on PATH.
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
# -Zbuild-std is an unstable flag; Debian's stable compiler accepts it with this.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export WINDRES=x86_64-w64-mingw32-windres
/usr/bin/cargo build --locked --profile dist --target "$target" -Zbuild-std \
    --target-dir target/windows >&2
exe=target/windows/$target/dist/haven.exe
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
out=target/windows-artifacts
rm -rf "$out"
mkdir -p "$out"
setup=$out/haven-$version-windows-x86_64-setup.exe
makensis -V2 -DVERSION="$version" -DEXE="$(pwd)/$exe" -DOUT="$(pwd)/$setup" \
    packaging/windows/haven.nsi >&2
stage=$(mktemp -d)
mkdir "$stage/Haven"
cp "$exe" "$stage/Haven/haven.exe"
# The file that makes the copy portable: everything is kept in Haven\data beside it.
: > "$stage/Haven/portable"
zip=$(pwd)/$out/haven-$version-windows-x86_64-portable.zip
(cd "$stage" && zip -q -9 -r "$zip" Haven)
rm -rf "$stage"
echo "$setup"
echo "$out/haven-$version-windows-x86_64-portable.zip"
