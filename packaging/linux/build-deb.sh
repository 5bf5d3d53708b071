#!/usr/bin/env bash
# Build teller-app_<version>_<arch>.deb from the PyInstaller folder (packaging/teller.spec) with dpkg-deb.
#   packaging/linux/build-deb.sh [BUNDLE=dist/teller] [OUT_DIR=dist]
# Installs the folder to /opt/teller-app, `teller` and `teller-admin` links in /usr/bin, the menu entry
# and the icon. Environment: TELLER_DEB_VERSION (default: pyproject.toml's version), TELLER_DEB_MAINTAINER.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="${1:-$root/dist/teller}"
out="${2:-$root/dist}"

for program in teller teller-admin; do
    [ -x "$bundle/$program" ] || { echo "build-deb: $bundle/$program is missing: build with packaging/teller.spec first" >&2; exit 1; }
done
version="${TELLER_DEB_VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -n 1)}"
[ -n "$version" ] || { echo "build-deb: no version in $root/pyproject.toml" >&2; exit 1; }
maintainer="${TELLER_DEB_MAINTAINER:-Teller App packaging <teller-app@localhost>}"
arch="$(dpkg --print-architecture)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
install -d "$stage/opt/teller-app" "$stage/usr/bin" "$stage/DEBIAN"
cp -a "$bundle/." "$stage/opt/teller-app/"
chmod -R u+rwX,go+rX,go-w "$stage/opt/teller-app"
ln -s /opt/teller-app/teller "$stage/usr/bin/teller"
ln -s /opt/teller-app/teller-admin "$stage/usr/bin/teller-admin"
install -Dm644 "$here/teller.desktop" "$stage/usr/share/applications/teller.desktop"
install -Dm644 "$here/teller.svg" "$stage/usr/share/icons/hicolor/scalable/apps/teller.svg"
install -m755 "$here/postinst" "$here/postrm" "$stage/DEBIAN/"

# The system libraries PyInstaller leaves out of the folder (C library, OpenGL/EGL, the X and Wayland
# client libraries that Qt's platform plugins load).
cat >"$stage/DEBIAN/control" <<EOF
Package: teller-app
Version: $version
Architecture: $arch
Maintainer: $maintainer
Section: misc
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: libc6 (>= 2.31), libgl1, libegl1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1
Description: Teller App: guided, audited account opening at the branch counter
 The desktop app (teller, 柜面开户) takes a teller through opening a corporate or personal account
 step by step, with supervisor approval by dual sign-in; teller-admin is the command line for IT staff
 (init, doctor, backup, restore, sync). User data is kept in each user's TELLER_HOME and is never
 removed by this package.
EOF

mkdir -p "$out"
package="$out/teller-app_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$package" >/dev/null
echo "$package"
