#!/bin/sh
# Installs Haven for this user only, into ~/.local: no administrator rights needed.
# Haven then appears in the applications menu; `haven` runs it from a terminal when
# ~/.local/bin is on the PATH. uninstall.sh takes it out again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
record=$prefix/haven-install/files
mkdir -p "$bin" "$(dirname "$record")"
: > "$record"
put() { # source destination
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    echo "$2" >> "$record"
}
put "$here/bin/haven" "$bin/haven"
chmod 755 "$bin/haven"
(cd "$here/share" && find . -type f) | while read -r f; do
    put "$here/share/$f" "$prefix/$f"
done
# The menu starts the program by its full path: ~/.local/bin is not always on the PATH.
entry=$prefix/applications/io.github.havendirectory.Haven.desktop
sed -i "s|^Exec=haven|Exec=$bin/haven|" "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "Haven is installed for $(id -un): $bin/haven, and in the applications menu."
echo "To remove it: sh $prefix/haven-install/uninstall.sh"
cp "$here/uninstall.sh" "$prefix/haven-install/uninstall.sh"
