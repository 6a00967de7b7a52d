#!/bin/sh
# Install, for the current user, the desktop integration of the ClauseDiff bundle this script
# sits in: menu entry, icons, AppStream metainfo and the .clausediff MIME type (so
# double-clicking a session opens the app). `--uninstall` removes them again.
# Writes only under ${XDG_DATA_HOME:-~/.local/share}; never needs root.
set -eu

APP_ID=io.github.clausediff.ClauseDiff
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

installed_files() {
    echo "$DATA/applications/$APP_ID.desktop"
    echo "$DATA/metainfo/$APP_ID.metainfo.xml"
    echo "$DATA/mime/packages/$APP_ID.xml"
    (cd "$HERE/share" && find icons -type f) | sed "s|^|$DATA/|"
}

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    installed_files | while read -r file; do rm -f "$file"; done
    refresh
    echo "ClauseDiff desktop integration removed from $DATA"
    exit 0
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
# The menu entry runs this bundle's executable (quoted: the path may hold spaces; & | and \
# escaped for sed).
here_for_sed=$(printf '%s' "$HERE" | sed 's/[\\&|]/\\&/g')
sed "s|^Exec=clausediff |Exec=\"$here_for_sed/clausediff\" |" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/"
cp -R "$HERE/share/icons" "$DATA/"
refresh
echo "ClauseDiff desktop integration installed in $DATA (menu entry runs $HERE/clausediff)"
