#!/bin/sh
# Renders the committed icons from resources/icons/lectern.svg. Run it after changing the SVG and
# commit the results; the build itself needs none of these tools.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
# On macOS, iconutil can make the .icns instead: see packaging/README.md.
set -eu
cd "$(dirname "$0")/.."
svg=resources/icons/lectern.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256; do
    mkdir -p "packaging/linux/icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "packaging/linux/icons/${size}x${size}/org.lectern.Lectern.png"
done
rsvg-convert -w 512 -h 512 "$svg" -o "$tmp/512.png"

icons=packaging/linux/icons
convert "$icons/16x16/org.lectern.Lectern.png" "$icons/32x32/org.lectern.Lectern.png" \
        "$icons/48x48/org.lectern.Lectern.png" "$icons/64x64/org.lectern.Lectern.png" \
        "$icons/128x128/org.lectern.Lectern.png" "$icons/256x256/org.lectern.Lectern.png" \
        packaging/windows/lectern.ico
png2icns packaging/macos/lectern.icns \
        "$icons/16x16/org.lectern.Lectern.png" "$icons/32x32/org.lectern.Lectern.png" \
        "$icons/48x48/org.lectern.Lectern.png" "$icons/128x128/org.lectern.Lectern.png" \
        "$icons/256x256/org.lectern.Lectern.png" "$tmp/512.png"
echo "icons rendered from $svg"
