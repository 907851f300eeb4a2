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
# Installed again over an earlier install: the caches that install made stay the install's.
made=$(grep -e '/mimeinfo.cache$' -e '/icon-theme.cache$' "$record" 2>/dev/null || true)
: > "$record"
[ -z "$made" ] || echo "$made" >> "$record"
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
# The menu's and the icons' caches: made by this install when there were none (then they are
# the install's, and go with it), refreshed when there were.
cache() { # tool folder cache-file
    command -v "$1" >/dev/null || return 0
    [ -e "$2/$3" ] || echo "$2/$3" >> "$record"
    if [ "$1" = gtk-update-icon-cache ]; then "$1" -q -t "$2"; else "$1" -q "$2"; fi || true
}
cache update-desktop-database "$prefix/applications" mimeinfo.cache
cache gtk-update-icon-cache "$prefix/icons/hicolor" icon-theme.cache
echo "Haven is installed for $(id -un): $bin/haven, and in the applications menu."
echo "To remove it: sh $prefix/haven-install/uninstall.sh"
cp "$here/uninstall.sh" "$prefix/haven-install/uninstall.sh"
