#!/bin/sh
# Installs the per-user tarball into a fresh HOME and checks it as a worker without
# administrator rights would meet it: the program runs from ~/.local/bin, the menu entry is
# valid and points at it, the manual page is in place; uninstall.sh then removes every file
# install.sh put there, and keeps the office's data. Usage: packaging/check-tarball.sh TARBALL
set -eu
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fail() { echo "FAILED: $*" >&2; exit 1; }
home=$(mktemp -d)
export HOME=$home XDG_DATA_HOME= XDG_CONFIG_HOME=
unset XDG_DATA_HOME XDG_CONFIG_HOME
cd "$home"
tar -xzf "$tarball"
sh ./haven-*/install.sh
rm -rf ./haven-*
"$home/.local/bin/haven" --version || fail "haven --version"
"$home/.local/bin/haven" --lang ru search "Семей" | grep -q "Семей" || fail "search"
entry=$home/.local/share/applications/io.github.havendirectory.Haven.desktop
desktop-file-validate "$entry" || fail "the menu entry"
grep -q "^Exec=$home/.local/bin/haven" "$entry" || fail "the menu entry's Exec"
[ -f "$home/.local/share/man/man1/haven.1.gz" ] || fail "the manual page"
[ -f "$home/.local/share/icons/hicolor/256x256/apps/io.github.havendirectory.Haven.png" ] || fail "icons"
# Installed again over itself (an update), then removed: still nothing left behind.
tar -xzf "$tarball"
sh ./haven-*/install.sh >/dev/null
rm -rf ./haven-*
data=$("$home/.local/bin/haven" db path)
sh "$home/.local/share/haven-install/uninstall.sh"
left=$(find "$home" -type f ! -path "$(dirname "$data")/*" ! -path "$home/.config/haven/*")
[ -z "$left" ] || fail "left behind: $left"
[ -f "$data" ] || fail "the office's directory was removed"
echo "the tarball installs for one user, works, and uninstalls cleanly (data kept in $(dirname "$data"))"
