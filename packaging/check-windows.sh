#!/bin/sh
# Checks the Windows release under Wine as a worker would meet it, in a fresh Wine prefix:
# the installer runs silently with no administrator rights into
# %LOCALAPPDATA%\Programs\Haven and adds a Start menu entry; `haven.exe --version` and a
# search work; the window opens (first interactive frame, startup probe); the uninstaller
# takes the program, its entry and its registry key away. Then the portable zip: run from
# its folder, it keeps everything in Haven\data and writes nothing into the user's profile.
# Usage: packaging/check-windows.sh SETUP.exe PORTABLE.zip [SCREENSHOT.png]
# Needs: apt-get install wine wine64 xvfb imagemagick unzip gcc-mingw-w64-x86-64
set -eu
setup=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
zip=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shot=${3:-}
fail() { echo "FAILED: $*" >&2; exit 1; }
WINEPREFIX=$(mktemp -d)
stick=$(mktemp -d)
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# The throwaway prefix (700 MB) and the unpacked zip go when the check ends, however it ends.
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX" "$stick"' EXIT
wine wineboot -i >/dev/null 2>&1
wineserver -w
user=$WINEPREFIX/drive_c/users/$(id -un)
system32=$WINEPREFIX/drive_c/windows/system32
if [ ! -f "$system32/bcryptprimitives.dll" ]; then
    # Wine 8 lacks a DLL every Windows 10 and 11 has (see packaging/windows/wine/).
    echo "== this Wine has no bcryptprimitives.dll: the check's prefix gets a stand-in"
    here=$(cd "$(dirname "$0")" && pwd)/windows/wine
    x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" \
        "$here/bcryptprimitives.c" "$here/bcryptprimitives.def" -ladvapi32
fi
profile_files() { find "$user" -type f | sort; }

echo "== the installer, for this user only"
wine "$setup" /S
wineserver -w
dir=$user/AppData/Local/Programs/Haven
exe=$dir/haven.exe
[ -f "$exe" ] || fail "haven.exe is not in %LOCALAPPDATA%\\Programs\\Haven"
[ -f "$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Haven.lnk" ] \
    || fail "no Start menu entry"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\io.github.havendirectory.Haven'
wine reg query "$key" /v DisplayName | grep -q Haven || fail "not in Apps & features"

echo "== the command line"
wine "$exe" --version | tee /dev/stderr | grep -q "^haven " || fail "haven.exe --version"
wine "$exe" --lang pl search "niebieska linia" | grep -q "800 120 002" || fail "search"

echo "== the window"
# A Wine server started without a display (by the commands above) cannot open windows: the
# window starts under Xvfb once it has gone.
wineserver -w
HAVEN_STARTUP_PROBE=1 timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" wine "$exe" | grep "first interactive frame" \
    || fail "the window"
wineserver -w
if [ -n "$shot" ]; then
    # The window as a worker sees it, for a person to look at.
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c "
        wine '$exe' --lang ${HAVEN_SHOT_LANG:-en} >/dev/null 2>&1 &
        sleep ${HAVEN_SHOT_WAIT:-25}; import -window root '$shot'; wineserver -k" || true
    [ -s "$shot" ] || fail "no screenshot"
fi

echo "== the uninstaller"
wineserver -w
wine "$dir/uninstall.exe" /S
wineserver -w
sleep 2
[ ! -e "$exe" ] || fail "haven.exe is still there"
[ ! -e "$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Haven.lnk" ] \
    || fail "the Start menu entry is still there"
if wine reg query "$key" >/dev/null 2>&1; then fail "the registry key is still there"; fi

echo "== the portable copy"
before=$(mktemp)
profile_files > "$before"
(cd "$stick" && unzip -q "$zip")
[ -f "$stick/Haven/portable" ] || fail "the zip has no portable file"
wine "$stick/Haven/haven.exe" --lang ru search "Семей" | grep -q "Семей" || fail "portable search"
wineserver -w
[ -f "$stick/Haven/data/directory.sqlite3" ] || fail "the portable copy kept no data beside it"
after=$(mktemp)
profile_files > "$after"
new=$(comm -13 "$before" "$after" | grep -v -e '/Temp/' -e '\.reg$' || true)
[ -z "$new" ] || fail "the portable copy wrote into the profile: $new"
echo "the Windows installer and the portable zip work under Wine"
