#!/usr/bin/env bash
# Make the desktop know Reportage: the menu entry, our icon, the deck file type
# (deck.toml opens in Reportage) and the AppStream metainfo. For this user by
# default; DATA_DIR=/usr/local/share as root for everyone.
# The menu entry runs the `reportage` on PATH, else this checkout's .venv.
set -euo pipefail
packaging="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$packaging")"
data="${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}}"

command="$(command -v reportage || true)"
[ -n "$command" ] || command="$repo/.venv/bin/reportage"
[ -x "$command" ] || echo "note: no reportage found; run ./run.sh or pip install . first" >&2

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
sed "s|^Exec=reportage |Exec=\"$command\" |" "$packaging/reportage.desktop" \
  > "$data/applications/reportage.desktop"
cp "$packaging/reportage-deck.xml" "$data/mime/packages/reportage-deck.xml"
cp "$packaging/org.reportage.Reportage.metainfo.xml" "$data/metainfo/"
for png in "$repo"/resources/icons/reportage-*.png; do
  size="${png##*-}"; size="${size%.png}"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/reportage.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$repo/resources/icons/reportage.svg" "$data/icons/hicolor/scalable/apps/reportage.svg"

# Refresh the caches when the tools are there (a desktop session has them).
if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$data/applications"
fi
echo "Installed the Reportage menu entry, icon and deck type into $data"
