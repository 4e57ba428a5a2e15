#!/bin/sh
# Checks the installed desktop integration with the freedesktop.org validators.
#   check_desktop_integration.sh install BUILD_DIR TREE      install the build into TREE/usr
#   check_desktop_integration.sh CHECK TREE APP_ID VERSION   run one check on TREE
# A check whose tool is missing exits 77 (skipped).
set -eu

need() {
    command -v "$1" >/dev/null 2>&1 || {
        echo "$1 is not installed: skipped"
        exit 77
    }
}

check=$1
if [ "$check" = install ]; then
    rm -rf "$3"
    cmake --install "$2" --prefix "$3/usr"
    exit 0
fi
tree=$2
app_id=$3
version=$4
share=$tree/usr/share

case "$check" in
files)
    for file in "$tree/usr/bin/factbench" "$tree/usr/bin/factbench-cli" \
        "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg" "$share/mime/packages/$app_id.xml"; do
        [ -f "$file" ] || {
            echo "not installed: $file"
            exit 1
        }
    done
    ;;
desktop)
    need desktop-file-validate
    desktop-file-validate "$share/applications/$app_id.desktop"
    ;;
metainfo)
    need appstreamcli
    appstreamcli validate --no-net --explain "$share/metainfo/$app_id.metainfo.xml"
    # validate-tree also checks that the launchable, the desktop file and the icon agree.
    appstreamcli validate-tree --no-net "$tree"
    ;;
release)
    # The newest release in the metainfo is the version of CMake's project().
    newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$app_id.metainfo.xml" | head -n 1)
    [ "$newest" = "$version" ] || {
        echo "the newest <release> in the metainfo is '$newest', the project version is '$version':"
        echo "add a <release version=\"$version\"> to resources/desktop/$app_id.metainfo.xml.in"
        exit 1
    }
    ;;
mime)
    need update-mime-database
    mime=$share/mime/packages/$app_id.xml
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$mime"
    fi
    # Build a MIME database from our package alone and look the glob up in it.
    data=$(mktemp -d)
    trap 'rm -rf "$data"' EXIT
    database=$data/mime
    mkdir -p "$database/packages"
    cp "$mime" "$database/packages/"
    XDG_DATA_DIRS=$data update-mime-database "$database" 2>"$data/errors"
    if [ -s "$data/errors" ]; then
        cat "$data/errors"
        exit 1
    fi
    grep -q '^50:application/x-factbench-project:\*\.factbench$' "$database/globs2" || {
        echo "*.factbench is not mapped to application/x-factbench-project:"
        cat "$database/globs2"
        exit 1
    }
    ;;
*)
    echo "unknown check $check"
    exit 2
    ;;
esac
echo "$check: ok"
