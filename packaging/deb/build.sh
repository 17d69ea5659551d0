#!/usr/bin/env bash
# Build dist/isotretinoin-checklist_<version>_<arch>.deb from the PyInstaller bundle that .ci/bundle.sh
# puts in dist/isotretinoin-checklist/. One command for clinic IT: `sudo apt-get install ./that.deb`.
#
# What it installs (docs/kiosk.md "Quick start"):
#   /opt/isotretinoin-checklist/                      the bundle (the app and its Qt)
#   /usr/bin/isotretinoin-checklist                   -> the bundle's executable (set-pin, check-config ...)
#   /lib/systemd/system/isotretinoin-kiosk.service    cage + the app as the user kiosk on tty1 (not enabled)
#   /usr/share/isotretinoin-checklist/                clinic.example.toml, openbox-kiosk-rc.xml, cupsd-kiosk.conf
#   /usr/share/applications/isotretinoin-checklist.desktop
#   the system user and group "kiosk" (postinst: adduser --system)
# Built with dpkg-deb only (no debhelper); lintian's remaining tags are explained in docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=dist/isotretinoin-checklist
NAME=isotretinoin-checklist
if [ ! -x "$BUNDLE/$NAME" ]; then
  echo "build.sh: no bundle in $BUNDLE; run .ci/bundle.sh first" >&2
  exit 2
fi
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
ARCH=$(dpkg --print-architecture)
OUT="dist/${NAME}_${VERSION}_${ARCH}.deb"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

install -d -m 755 "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/$NAME"
find "$STAGE/opt/$NAME" -type f -name '*.so*' -exec chmod 644 {} +  # loaded, never run
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -D -m 644 resources/linux/isotretinoin-kiosk.service "$STAGE/lib/systemd/system/isotretinoin-kiosk.service"
SHARE="$STAGE/usr/share/$NAME"
install -D -m 644 resources/clinic.example.toml "$SHARE/clinic.example.toml"
install -D -m 644 resources/linux/openbox-kiosk-rc.xml "$SHARE/openbox-kiosk-rc.xml"
install -D -m 644 resources/linux/cupsd-kiosk.conf "$SHARE/cupsd-kiosk.conf"
install -D -m 644 resources/linux/isotretinoin-checklist.desktop "$STAGE/usr/share/applications/$NAME.desktop"
DOC="$STAGE/usr/share/doc/$NAME"
install -d -m 755 "$DOC"
cat > "$DOC/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $NAME
Comment: The app, its content and its bundled Qt (LGPLv3, PySide6). See README.md upstream.

Files: *
Copyright: 2026 the Isotretinoin Risk Checklist authors
License: see README.md in the source
COPYRIGHT
printf '%s (%s) unstable; urgency=medium\n\n  * Built from the PyInstaller bundle (packaging/deb/build.sh).\n\n -- Isotretinoin Risk Checklist <isotretinoin-checklist@users.noreply.github.com>  %s\n' \
  "$NAME" "$VERSION" "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$DOC/changelog.gz"
# A short manual page for the command (its --help says the rest).
install -d -m 755 "$STAGE/usr/share/man/man1"
printf '%s\n' '.TH ISOTRETINOIN-CHECKLIST 1' '.SH NAME' \
  'isotretinoin-checklist \- Isotretinoin Risk Checklist: the wizard, the clinic kiosk and its tools' \
  '.SH SYNOPSIS' '.B isotretinoin-checklist' '[\-\-kiosk] [\-\-config PATH]' '.br' \
  '.B isotretinoin-checklist' 'set-pin|check-config|export|self-test ...' '.SH DESCRIPTION' \
  'Run with \-\-help for every option. The kiosk set-up: /usr/share/isotretinoin-checklist/ and the' \
  'systemd unit isotretinoin-kiosk.service.' | gzip -9n > "$STAGE/usr/share/man/man1/$NAME.1.gz"
# Tags that come with a PyInstaller bundle in /opt (what the issue asks for), explained in docs/packaging.md.
install -d -m 755 "$STAGE/usr/share/lintian/overrides"
cat > "$STAGE/usr/share/lintian/overrides/$NAME" <<OVERRIDES
# The app is a self-contained PyInstaller bundle, installed in /opt on purpose (docs/kiosk.md).
$NAME: dir-or-file-in-opt *
# PyInstaller's bootloader and its bundled libraries (Qt, ICU, zlib, zstd, Python's extension modules):
# found through their own \$ORIGIN search path, built by their upstreams, not by Debian.
$NAME: custom-library-search-path *
$NAME: embedded-library *
$NAME: shared-library-lacks-prerequisites *
$NAME: library-not-linked-against-libc *
$NAME: hardening-no-pie *
OVERRIDES

SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Isotretinoin Risk Checklist <isotretinoin-checklist@users.noreply.github.com>
Installed-Size: $SIZE
Depends: libc6 (>= 2.36), adduser, cage, cups-client, libcups2, fonts-dejavu-core, libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libwayland-client0, libwayland-cursor0, libwayland-egl1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xinerama0, libxcb-xkb1
Recommends: cups
Suggests: openbox
Section: misc
Priority: optional
Homepage: https://github.com/cage-kiosk/cage
Description: informs people considering isotretinoin; a clinic kiosk
 A wizard that walks a person through the known risks of isotretinoin and
 prints a list of questions for their doctor. As a clinic kiosk it runs
 full screen under cage from the systemd unit isotretinoin-kiosk.service.
 The unit is not enabled on installation: write the clinic configuration
 in /etc/xdg/isotretinoin-checklist/clinic.toml, set the staff PIN with
 "isotretinoin-checklist set-pin", then enable the unit.
CONTROL

cat > "$STAGE/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  # The kiosk's own user: no password, no login shell; it reads the clinic config through its group.
  if ! getent passwd kiosk >/dev/null; then
    adduser --system --group --home /var/lib/isotretinoin-kiosk --shell /usr/sbin/nologin \
      --gecos "Isotretinoin Risk Checklist kiosk" kiosk >/dev/null
  fi
  install -d -m 755 /etc/xdg/isotretinoin-checklist
  if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null || true
  fi
fi
exit 0
POSTINST
cat > "$STAGE/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
  if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null || true
  fi
fi
exit 0
POSTRM
cat > "$STAGE/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
if [ "$1" = "remove" ] && [ -d /run/systemd/system ] && command -v deb-systemd-invoke >/dev/null; then
  deb-systemd-invoke stop isotretinoin-kiosk.service >/dev/null || true
fi
exit 0
PRERM
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm" "$STAGE/DEBIAN/prerm"

dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT" >/dev/null
echo "build.sh: $OUT ($(du -h "$OUT" | cut -f1))"
