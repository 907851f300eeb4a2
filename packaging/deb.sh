#!/bin/sh
# Builds Haven's Debian/Ubuntu package: the release binary (profile `dist`), its manual page
# and shell completions made from the command line itself, then `cargo deb`.
# Prints the path of the .deb on its last line.
set -eu
cd "$(dirname "$0")/.."
# The package's assets (Cargo.toml) and tarball.sh read ./target: build there whatever the
# caller's CARGO_TARGET_DIR.
unset CARGO_TARGET_DIR
command -v cargo-deb >/dev/null || cargo install cargo-deb --version 3.8.0 --locked
cargo build --locked --profile dist
out=target/packaging
mkdir -p "$out/completions"
target/dist/haven generate man | gzip -9n > "$out/haven.1.gz"
target/dist/haven generate completions bash > "$out/completions/haven.bash"
target/dist/haven generate completions zsh > "$out/completions/_haven"
target/dist/haven generate completions fish > "$out/completions/haven.fish"
mkdir -p target/debian
cargo deb --no-build --profile dist --output target/debian/ >&2
ls -t target/debian/haven_*.deb | head -n 1
