#!/bin/sh
# Builds the per-user Linux release: a tarball that installs into ~/.local with no
# administrator rights (install.sh), and takes itself out again (uninstall.sh).
# Needs the files packaging/deb.sh makes (target/dist/haven, target/packaging/).
# Prints the tarball's path on its last line.
set -eu
cd "$(dirname "$0")/.."
version=$(target/dist/haven --version | head -n 1 | awk '{print $2}')
name=haven-$version-x86_64-linux
stage=target/packaging/$name
rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/applications" "$stage/share/metainfo" \
    "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
    "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d" \
    "$stage/share/icons/hicolor/scalable/apps"
cp target/dist/haven "$stage/bin/"
cp packaging/linux/io.github.havendirectory.Haven.desktop "$stage/share/applications/"
cp packaging/linux/io.github.havendirectory.Haven.metainfo.xml "$stage/share/metainfo/"
cp assets/icon.svg "$stage/share/icons/hicolor/scalable/apps/io.github.havendirectory.Haven.svg"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/share/icons/hicolor/${s}x$s/apps"
    cp "packaging/linux/icons/haven-$s.png" \
        "$stage/share/icons/hicolor/${s}x$s/apps/io.github.havendirectory.Haven.png"
done
cp target/packaging/haven.1.gz "$stage/share/man/man1/"
cp target/packaging/completions/haven.bash "$stage/share/bash-completion/completions/haven"
cp target/packaging/completions/_haven "$stage/share/zsh/site-functions/"
cp target/packaging/completions/haven.fish "$stage/share/fish/vendor_completions.d/"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
tar -C target/packaging -czf "target/packaging/$name.tar.gz" "$name"
echo "target/packaging/$name.tar.gz"
