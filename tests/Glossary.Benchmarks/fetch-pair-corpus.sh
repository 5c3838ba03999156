#!/usr/bin/env bash
# Fetches the clean Chinese text the spin model's word pairs are counted from (docs/spin.md, "The model"): the
# Simplified Chinese user-interface translations and help of Debian bookworm packages (GNOME, KDE, Xfce and
# LibreOffice applications, the GNU tools, VLC, Audacity, Firefox and Thunderbird, GNOME's, GIMP's and Debian Edu's
# manuals). About 1.9 million Han characters of technical Chinese written by translators, none of it in the benchmark corpus of fetch-corpus.sh,
# which stays the check that clean text stays clean.
#
#   bash tests/Glossary.Benchmarks/fetch-pair-corpus.sh [TARGET]   # default ~/.cache/glossary-benchmarks/pair-corpus
#
# Packages are downloaded with `apt-get download` (never installed) and only their zh_CN files unpacked: gettext
# catalogues (.mo: every translated string), Mallard and HTML help (tags removed), Firefox/Thunderbird language packs
# (.ftl, .properties, .dtd). Each source file with at least 50 Han characters becomes TARGET/NNNNN-<package>.txt.
# The versions taken are printed, with the corpus hash (as in fetch-corpus.sh); bookworm's current versions are
# taken, so a point release may change the corpus a little, and the counts regenerated from it with them.
# Needs: apt-get, dpkg-deb, tar, python3 (stdlib only); run as root.
set -euo pipefail

die() { echo "fetch-pair-corpus: error: $*" >&2; exit 1; }

TARGET=${1:-"$HOME/.cache/glossary-benchmarks/pair-corpus"}
TARGET=${TARGET%/}
PACKAGES="akregator apt aptitude-common ark audacity-data baobab binutils-common cheese-common coreutils cups-common darktable
debian-edu-doc-legacy-zh-cn debian-edu-doc-zh-cn diffutils digikam-data dolphin dpkg e2fsprogs-l10n eog evince-common
evolution-common evolution-data-server-common file-roller filezilla-common findutils firefox-esr-l10n-zh-cn gawk
gcc-12-locales gcompris-qt gedit-common gettext gimp-data gimp-help-zh-cn git gnome-boxes gnome-builder gnome-calendar
gnome-contacts gnome-control-center-data gnome-disk-utility gnome-maps gnome-shell-common gnome-software-common
gnome-system-monitor gnome-terminal-data gnome-tweaks gnome-user-docs gnucash-common gnupg-l10n gparted grep gwenview
hexchat-common inkscape k3b kalzium kate kcalc kdeconnect kdenlive-data kdevelop kgeography kile kmail konsole kontact
konversation korganizer kstars kturtle kwin-common libglib2.0-data libgtk-3-common libgtk-4-common
libreoffice-l10n-zh-cn locales make marble-data meld mousepad mutter-common nano nautilus-data network-manager okular
parley pidgin-data plasma-desktop-data plasma-workspace-data remmina-common rhythmbox-data scribus-data seahorse sed
shotwell-common simple-scan synaptic system-config-printer-common systemsettings tar thunar-data
thunderbird-l10n-zh-cn totem-common totem-plugins transmission-common util-linux-locales vim-runtime vlc-l10n wget
xfce4-session"

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null && command -v python3 >/dev/null \
  || die "apt-get, dpkg-deb and python3 are needed (Debian)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deb" "$work/x"
echo "fetch-pair-corpus: downloading $(echo $PACKAGES | wc -w) packages"
(cd "$work/deb" && apt-get download $PACKAGES >/dev/null 2>&1) || {
  apt-get update -qq >/dev/null 2>&1 || true
  (cd "$work/deb" && apt-get download $PACKAGES >/dev/null) || die "apt-get download failed"
}
for deb in "$work"/deb/*.deb; do
  name=$(dpkg-deb -f "$deb" Package)
  echo "$name=$(dpkg-deb -f "$deb" Version)"
  mkdir -p "$work/x/$name"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/x/$name" --wildcards '*zh_CN*' '*zh-CN*' '*zh-cn*' 2>/dev/null || true
done

rm -rf "$TARGET.tmp" && mkdir -p "$TARGET.tmp"
python3 - "$work/x" "$TARGET.tmp" <<'EOF'
import gettext, html, os, re, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
han = re.compile(r'[\u4e00-\u9fff]')
count = 0
for package in sorted(os.listdir(source)):
    for folder, _, files in sorted(os.walk(os.path.join(source, package))):
        for name in sorted(files):
            path, ext = os.path.join(folder, name), name.rsplit('.', 1)[-1]
            text = None
            if ext == 'mo':
                with open(path, 'rb') as f:
                    catalog = gettext.GNUTranslations(f)._catalog
                text = '\n'.join(v for k, v in catalog.items() if k and isinstance(v, str))
            elif ext in ('page', 'html', 'xml'):
                markup = open(path, encoding='utf-8', errors='replace').read()
                markup = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', markup)
                text = html.unescape(re.sub(r'<[^>]+>', '\n', markup))
            elif ext == 'xpi':
                with zipfile.ZipFile(path) as z:
                    text = '\n'.join(z.read(n).decode('utf-8', 'replace') for n in sorted(z.namelist()) if n.endswith(('.ftl', '.properties', '.dtd')))
            if text and len(han.findall(text)) >= 50:
                count += 1
                with open(os.path.join(target, f'{count:05d}-{package}.txt'), 'w', encoding='utf-8', newline='\n') as f:
                    f.write(text)
print(f'fetch-pair-corpus: {count} files')
EOF
rm -rf "$TARGET" && mv "$TARGET.tmp" "$TARGET"
echo "fetch-pair-corpus: $TARGET, $(cat "$TARGET"/*.txt | wc -c) bytes; corpus hash $(cd "$TARGET" && export LC_ALL=C && sha256sum -- *.txt | sha256sum | cut -d' ' -f1)"
