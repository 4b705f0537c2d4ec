#!/usr/bin/env bash
# Sign Reflect.app (hardened runtime), or the .dmg, and have Apple notarise it.
# Run by .github/workflows/release.yml only when these secrets are set:
#   MACOS_SIGNING_IDENTITY  "Developer ID Application: Name (TEAMID)", its
#                           certificate imported into the runner's keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (an app-specific password)
# Without them the app is unsigned and Gatekeeper warns (README: Troubleshooting).
#   packaging/macos/sign_and_notarise.sh app build/pyinstaller/dist/Reflect.app
#   packaging/macos/sign_and_notarise.sh dmg build/installer/Reflect-0.1.0-macos-arm64.dmg
set -euo pipefail
kind="$1"
target="$2"
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$kind" = app ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" \
    --sign "$MACOS_SIGNING_IDENTITY" "$target"
  codesign --verify --deep --strict --verbose=2 "$target"
else
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
  xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$target"
  spctl --assess --type open --context context:primary-signature --verbose "$target"
fi
