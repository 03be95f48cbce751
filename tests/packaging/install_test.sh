#!/bin/sh
# Builds the Linux packages of an already built tree with cpack (into a scratch folder, not the
# build tree, and without rebuilding anything), checks the .deb's control fields and contents, unpacks it with dpkg -x into a
# scratch root and runs the installed lectern there: --version, and extract on a fixture, whose
# output must equal the build tree's. Also checks that the .tar.gz holds the same files.
# Exits 77 (skipped) when dpkg-deb or dpkg-shlibdeps (package dpkg-dev) is missing.
# Usage: install_test.sh BUILD_DIR BUILT_LECTERN FIXTURE VERSION
set -u
build=$1
built=$2
fixture=$3
version=$4

for tool in cmake cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (dpkg-dev provides dpkg-shlibdeps)"
        exit 77
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/lectern-install-test.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
ok() {
    echo "ok: $*"
}

# 1. The packages. The build's install rules stage the tree (stripped, as cpack does) and the build's
#    own CPack configuration packs it; cpack is not asked to install the project itself, since that
#    would first rebuild the whole tree ("preinstall") from inside a test.
stage="$work/stage"
if ! DESTDIR="$stage" cmake --install "$build" --prefix /usr --strip >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    echo "FAIL: cmake --install did not stage the tree"
    exit 1
fi
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" -D CPACK_INSTALL_CMAKE_PROJECTS= \
        -D "CPACK_INSTALLED_DIRECTORIES=$stage;/" >"$work/cpack.log" 2>&1 \
    || ! cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$work/out" -D CPACK_INSTALL_CMAKE_PROJECTS= \
        -D "CPACK_INSTALLED_DIRECTORIES=$stage/usr;/" >>"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack did not produce the packages"
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$work/out/lectern_${version}_${arch}.deb"
tgz=
for candidate in "$work/out/lectern-$version"-*.tar.gz; do
    [ -f "$candidate" ] && tgz=$candidate
done
[ -f "$deb" ] || { ls "$work/out"; echo "FAIL: no $(basename "$deb")"; exit 1; }
[ -n "$tgz" ] || { ls "$work/out"; echo "FAIL: no lectern-$version-*.tar.gz"; exit 1; }
ok "cpack made $(basename "$deb") and $(basename "$tgz")"

# 2. Control fields. Depends: the hand-written runtime plugins and what shlibdeps found.
[ "$(dpkg-deb -f "$deb" Package)" = lectern ] || fail "Package is not lectern"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture is not $arch"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 \
               libqt6widgets6 libqt6sql6 libqt6printsupport6 libxml2 libqrcodegencpp1 libc6; do
    case ", $depends," in
        *", $package,"* | *", $package "* | *"| $package,"* | *"| $package "*) ok "Depends has $package" ;;
        *) fail "Depends lacks $package" ;;
    esac
done

# 3. Contents, unpacked into a scratch root.
root="$work/root"
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x"; exit 1; }
for file in usr/bin/lectern \
            usr/share/doc/lectern/fonts-OFL.txt \
            usr/share/applications/org.lectern.Lectern.desktop \
            usr/share/metainfo/org.lectern.Lectern.metainfo.xml \
            usr/share/mime/packages/org.lectern.Lectern.xml \
            usr/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg \
            usr/share/icons/hicolor/16x16/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/32x32/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/48x48/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/64x64/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/128x128/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/256x256/apps/org.lectern.Lectern.png; do
    if [ -f "$root/$file" ]; then ok "/$file"; else fail "the .deb lacks /$file"; fi
done
[ -x "$root/usr/bin/lectern" ] || fail "/usr/bin/lectern is not executable"

# The tarball holds the same tree under one top folder (bin/, share/).
tar -tzf "$tgz" >"$work/tgz.list" || fail "cannot list $(basename "$tgz")"
for file in bin/lectern share/applications/org.lectern.Lectern.desktop \
            share/mime/packages/org.lectern.Lectern.xml; do
    if grep -q "^lectern-$version-[^/]*/$file\$" "$work/tgz.list"; then
        ok "tarball has $file"
    else
        fail "the tarball lacks $file"
    fi
done

# 4. The MIME package is usable: shared-mime-info maps *.lectern-review to the review type.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || fail "update-mime-database rejected the MIME XML"
    if grep -q "application/x-lectern-review:\*\.lectern-review" "$root/usr/share/mime/globs2"; then
        ok "*.lectern-review maps to application/x-lectern-review"
    else
        fail "globs2 has no *.lectern-review entry"
    fi
else
    echo "note: update-mime-database not installed, MIME database check not run"
fi

# 5. The installed binary runs: --version and extract, same output as the build tree's binary.
installed="$root/usr/bin/lectern"
out=$("$installed" --version 2>&1)
case "$out" in
    "Lectern $version"*) ok "lectern --version: $out" ;;
    *) fail "lectern --version printed '$out'" ;;
esac
if "$installed" extract "$fixture" >"$work/installed.json" 2>"$work/installed.err"; then
    "$built" extract "$fixture" >"$work/built.json" 2>/dev/null
    if [ "$(wc -l <"$work/installed.json")" -ne 1 ] || ! grep -q '^{.*"text":' "$work/installed.json"; then
        fail "lectern extract did not print one JSON line with \"text\""
        head -c 400 "$work/installed.json"
    elif ! cmp -s "$work/installed.json" "$work/built.json"; then
        fail "the installed lectern extract differs from the build tree's"
    else
        ok "installed lectern extract prints the same JSON line as the build ($(wc -c <"$work/installed.json") bytes)"
    fi
else
    fail "installed lectern extract exited non-zero: $(cat "$work/installed.err")"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
