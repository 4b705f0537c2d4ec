#!/usr/bin/env bash
# Wrap build/pyinstaller/dist/Reflect.app in a compressed disk image with an
# Applications shortcut, so that installing is one drag.
#   packaging/macos/make_dmg.sh <version> [arch]
set -euo pipefail
version="$1"
arch="${2:-$(uname -m)}"
app="build/pyinstaller/dist/Reflect.app"
stage="build/dmg"
out="build/installer/Reflect-${version}-macos-${arch}.dmg"
rm -rf "$stage" && mkdir -p "$stage" "$(dirname "$out")"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Reflect" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
echo "$out"
