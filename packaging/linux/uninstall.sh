#!/bin/sh
# Removes what install.sh put under ~/.local, and only that. The directory, the office's
# notes and records and the settings are kept: they are the office's (`haven db path` shows
# where); delete that folder too to remove them.
set -eu
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
record=$prefix/haven-install/files
[ -f "$record" ] || { echo "Haven is not installed for this user (no $record)." >&2; exit 1; }
while read -r f; do
    rm -f "$f"
    # Folders the install made and left empty go too.
    d=$(dirname "$f")
    while [ "$d" != "$prefix" ] && [ "$d" != "$HOME/.local" ] && rmdir "$d" 2>/dev/null; do
        d=$(dirname "$d")
    done
done < "$record"
rm -rf "$prefix/haven-install"
# Caches the install found already there: refreshed without Haven.
if [ -d "$prefix/applications" ] && command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$prefix/applications" || true
fi
if [ -f "$prefix/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
fi
echo "Haven was removed. Its directory and the office's notes are kept where they were."
