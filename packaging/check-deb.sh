#!/bin/sh
# Installs the .deb on this machine (as root) and checks it as a user would meet it: lintian
# finds no error, the desktop entry and AppStream data are valid, `haven --version` and a
# search work from /usr/bin, `man haven` renders, the window opens under Xvfb, and removing
# the package leaves nothing behind. Usage: packaging/check-deb.sh path/to/haven_*.deb
set -eu
deb=$1
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== lintian"
lintian --fail-on error "$deb" || fail "lintian reports errors"

echo "== the desktop entry and AppStream data"
dir=$(mktemp -d)
dpkg-deb -x "$deb" "$dir"
desktop-file-validate "$dir"/usr/share/applications/*.desktop || fail "desktop entry"
appstreamcli validate --no-net "$dir"/usr/share/metainfo/*.metainfo.xml || fail "metainfo"
rm -rf "$dir"

echo "== install, as a user's administrator would: apt resolves what the window needs"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null || fail "apt install"
dpkg -r haven >/dev/null
# Then once more with dpkg alone, against /usr as it is with those libraries in place, so
# that removal can be checked to leave nothing of Haven's.
before=$(mktemp)
find /usr -xdev | sort > "$before"
dpkg -i "$deb"
home=$(mktemp -d)
HOME=$home /usr/bin/haven --version || fail "haven --version"
HOME=$home /usr/bin/haven --lang pl search "niebieska linia" | grep -q "800 120 002" || fail "search"
MANPAGER=cat man haven | grep -q "EXIT STATUS" || fail "man haven"
[ -s /usr/share/bash-completion/completions/haven ] || fail "bash completions"
if command -v xvfb-run >/dev/null; then
    HOME=$home HAVEN_STARTUP_PROBE=1 timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/haven \
        | grep "first interactive frame" || fail "the window"
fi

echo "== remove"
dpkg -r haven
after=$(mktemp)
find /usr -xdev | sort > "$after"
left=$(comm -13 "$before" "$after")
[ -z "$left" ] || fail "left behind: $left"
echo "the package installs, works and leaves nothing behind"
