#!/usr/bin/env bash
# Fetches a real, varied Simplified Chinese corpus for the benchmarks from Debian's package archive only: the Simplified
# Chinese documentation packages of bookworm (manual pages, LibreOffice help, the Debian Reference, the Debian
# Administrator's Handbook, the installation guide, the FAQ, the New Maintainers' Guide, the LilyPond learning manual,
# the KiCad manuals). About 2,160 documents of 200 to 140,000 characters, 4.0 million characters of which 1.66 million
# are CJK ideographs; about 90 MB downloaded, 13 MB kept; about a minute.
#
#   bash tests/Glossary.Benchmarks/fetch-corpus.sh [TARGET]     # TARGET: default ~/.cache/glossary-benchmarks/corpus
#
# Each source document (a man page, a help page, a book chapter) becomes one UTF-8, LF file TARGET/NNNN-<source>.txt.
# The text is extracted as written: HTML tags, troff requests and escapes are removed, nothing else is changed
# (no Traditional/Simplified conversion, no punctuation or width folding). A document is kept only when it has at least
# 200 characters and at least 30% of its letters are CJK ideographs (U+4E00–U+9FFF).
# Packages are downloaded with `apt-get download` (never installed) and unpacked with `dpkg-deb -x` in a temporary
# folder. Versions are pinned; when Debian has replaced a pinned version (a point release or security update), the
# current one is taken instead, with a warning, and the corpus hash printed at the end then says whether it changed.
# Idempotent: a complete corpus leaves a marker TARGET/.fetch-corpus.done holding the recipe's hash and the corpus
# hash; a later run whose recipe is the same and whose files still hash the same does nothing but print the totals.
# The corpus hash is `sha256sum` of the sorted file list with each file's sha256, i.e. reproducible with:
#   (cd TARGET && export LC_ALL=C && sha256sum -- *.txt | sha256sum)
# Needs: bash, coreutils, findutils, python3 (stdlib only; installed with apt-get when missing), apt-get, dpkg-deb;
# run as root (apt-get update is run when the package lists lack the packages).
set -euo pipefail

die() { echo "fetch-corpus: error: $*" >&2; exit 1; }
warn() { echo "fetch-corpus: warning: $*" >&2; }

TARGET=${1:-"$HOME/.cache/glossary-benchmarks/corpus"}
TARGET=${TARGET%/}
[ -n "$TARGET" ] || die "empty target folder"

# The corpus hash obtained from the pinned versions below (Debian bookworm, checked 2025-11).
EXPECTED_SHA256=42b129e2bdbd1cf4a018eab9df33158a439e52f90053131ccc1715659af6c3a3

# package=version  subfolder-in-package  file-regex (on the path below the subfolder)  kind  [options]
# kind: man (troff manual pages, gzipped) | html; options: root=ID (keep only that element), skip=NAME,NAME (drop the
# elements with those ids or classes, besides the navigation blocks of DocBook and Publican).
SOURCES=$(cat <<'EOF'
manpages-zh=1.6.4.0-1	usr/share/man/zh_CN	^man[1-9]/.*\.gz$	man
libreoffice-help-zh-cn=4:7.4.7-1+deb12u14	usr/share/libreoffice/help/zh-CN	^text/.*\.html$	html	root=DisplayArea
debian-reference-zh-cn=2.100	usr/share/debian-reference	^(ch|ap|pr)[^/]*\.zh-cn\.html$	html
debian-handbook=11.20220922	usr/share/doc/debian-handbook/html/zh-CN	^[^/]*\.html$	html
installation-guide-amd64=20230508+deb12u1	usr/share/doc/installation-guide-amd64/zh_CN	^[^/]*\.html$	html
debian-faq-zh-cn=11.1	usr/share/doc/debian/FAQ/zh-cn	^[^/]*\.zh-cn\.html$	html
maint-guide-zh-cn=1.2.53	usr/share/doc/maint-guide-zh-cn/html	^[^/]*\.zh-cn\.html$	html
lilypond-doc-html-zh=2.24.1-2	usr/share/doc/lilypond/html/Documentation	\.zh\.html$	html	skip=tocframe,footer,highlighting-settings,nav_table,languages
kicad-doc-zh=6.0.11+dfsg-1	usr/share/doc/kicad/help/zh	^[^/]*\.html$	html
EOF
)

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || die "apt-get and dpkg-deb are needed (Debian)"
if ! command -v python3 >/dev/null; then
  [ "$(id -u)" = 0 ] || die "python3 is needed (apt-get install python3)"
  echo "fetch-corpus: installing python3"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3; } >/dev/null 2>&1 \
    || die "python3 is needed and could not be installed with apt-get"
fi

SELF_HASH=$(sha256sum "$0" | cut -d' ' -f1)
MARKER="$TARGET/.fetch-corpus.done"

corpus_hash() { (cd "$1" && export LC_ALL=C && sha256sum -- *.txt | sha256sum | cut -d' ' -f1); }

report() { # folder, hash
  local dir=$1 hash=$2
  python3 - "$dir" <<'PY'
import os, re, sys
d = sys.argv[1]
files = sorted(f for f in os.listdir(d) if f.endswith('.txt'))
chars = cjk = 0
for f in files:
    t = open(os.path.join(d, f), encoding='utf-8').read()
    chars += len(t)
    cjk += len(re.findall('[\u4e00-\u9fff]', t))
print(f"files: {len(files)}")
print(f"characters: {chars}")
print(f"CJK characters: {cjk}")
PY
  echo "sha256: $hash"
  if [ "$hash" = "$EXPECTED_SHA256" ]; then echo "(matches the expected corpus hash)"
  else warn "the corpus hash differs from the expected $EXPECTED_SHA256 (a package version changed?)"; fi
}

# Idempotence: same recipe, same files -> nothing to do.
if [ -f "$MARKER" ] && [ "$(sed -n 1p "$MARKER")" = "recipe $SELF_HASH" ]; then
  recorded=$(sed -n 's/^corpus //p' "$MARKER")
  if [ -n "$recorded" ] && [ "$(corpus_hash "$TARGET" 2>/dev/null || true)" = "$recorded" ]; then
    echo "fetch-corpus: $TARGET is already complete; nothing to do"
    report "$TARGET" "$recorded"
    exit 0
  fi
fi

# Refuse to wipe a folder that is not ours.
if [ -d "$TARGET" ] && [ -n "$(ls -A "$TARGET")" ] && [ ! -f "$MARKER" ] \
   && [ -n "$(find "$TARGET" -mindepth 1 -maxdepth 1 ! -name '[0-9][0-9][0-9][0-9]*-*.txt' -print -quit)" ]; then
  die "$TARGET exists and holds files that are not a corpus; choose another folder"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fetch-corpus.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/debs" "$WORK/pkgs" "$WORK/out"

# Fresh package lists when they do not know our packages (a fresh machine has none).
if ! apt-cache show manpages-zh >/dev/null 2>&1; then
  echo "fetch-corpus: apt-get update"
  apt-get update -qq >/dev/null 2>&1 || die "apt-get update failed (run as root, with network access to Debian's archive)"
  apt-cache show manpages-zh >/dev/null 2>&1 || die "the package lists do not have manpages-zh (need Debian bookworm main in sources)"
fi

has_version() { apt-cache madison "$1" 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' | grep -Fxq -- "$2"; }

updated=0
MANIFEST=""
while IFS=$'\t' read -r spec _; do
  pkg=${spec%%=*} ver=${spec#*=}
  if ! has_version "$pkg" "$ver" && [ $updated = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    updated=1
  fi
  if has_version "$pkg" "$ver"; then
    want="$pkg=$ver"
  else
    cand=$(apt-cache policy "$pkg" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [ -n "$cand" ] && [ "$cand" != "(none)" ] || die "package $pkg is not available from apt (need Debian bookworm main)"
    warn "$pkg $ver is no longer in the archive; taking $cand"
    want="$pkg=$cand" ver=$cand
  fi
  echo "fetch-corpus: downloading $want"
  (cd "$WORK/debs" && apt-get download -qq -o APT::Sandbox::User=root "$want" >/dev/null 2>"$WORK/apt.err") \
    || die "download of $want failed: $(tr '\n' ' ' <"$WORK/apt.err" | cut -c1-300)"
  deb=$(ls "$WORK/debs/${pkg}_"*.deb 2>/dev/null | head -n1)
  [ -n "$deb" ] || die "download of $want produced no .deb"
  mkdir -p "$WORK/pkgs/$pkg"
  dpkg-deb -x "$deb" "$WORK/pkgs/$pkg" || die "cannot unpack $deb"
  rm -f "$deb"
  MANIFEST+="$pkg=$ver"$'\n'
done <<<"$SOURCES"

echo "fetch-corpus: extracting text"
SOURCES="$SOURCES" python3 - "$WORK/pkgs" "$WORK/out" <<'PY' || die "text extraction failed"
import gzip, html.parser, os, re, sys

PKGS, OUT = sys.argv[1], sys.argv[2]
SOURCES = os.environ['SOURCES']
CJK = re.compile('[\u4e00-\u9fff]')
CJK_OR_PUNCT = re.compile('[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]')
MIN_CHARS, MIN_CJK_SHARE = 200, 0.30

def join_break(text):
    """\x00 marks a line break inside running text (HTML source or filled troff): it disappears between two CJK
    characters or punctuation marks, as a browser or groff does, and becomes a space elsewhere."""
    def repl(m):
        s, e = m.start(), m.end()
        before = text[s - 1] if s > 0 else ''
        after = text[e] if e < len(text) else ''
        if not before or not after or before in ' \n' or after in ' \n':
            return ''
        return '' if CJK_OR_PUNCT.match(before) and CJK_OR_PUNCT.match(after) else ' '
    return re.sub('\x00+', repl, text)

def tidy(text):
    text = join_break(text)
    lines = [l.rstrip() for l in text.split('\n')]
    text = '\n'.join(lines)
    text = re.sub('\n{3,}', '\n\n', text)
    return text.strip('\n') + '\n'

# ---------- HTML ----------
BLOCK = {'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'thead', 'tbody', 'tfoot',
         'blockquote', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption',
         'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'caption', 'td', 'th', 'address', 'center', 'form', 'fieldset',
         'legend', 'details', 'summary', 'body', 'title'}
PARA = {'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'blockquote', 'ul', 'ol', 'dl', 'section'}
DROP = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'math'}
# ids or classes of navigation blocks (DocBook, Publican), never part of the document's text
NAVIGATION = {'navheader', 'navfooter', 'docnav', 'toc', 'banner'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr'}

class HtmlText(html.parser.HTMLParser):
    def __init__(self, root=None, skip=()):
        super().__init__(convert_charrefs=True)
        self.root, self.skip = root, set(skip)
        self.out = []
        self.stack = []          # open elements: (tag, kind) with kind in {'root', 'skip', None}
        self.inroot = 0 if root else 1
        self.skipping = 0
        self.drop = 0
        self.pre = 0

    def brk(self, n):
        self.out.append('\n' * n)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in ('br', 'hr') and self.inroot and not self.skipping and not self.drop:
                self.brk(1)
            return
        a = dict(attrs)
        ident, classes = a.get('id'), (a.get('class') or '').split()
        kind = None
        if self.root and ident == self.root:
            kind = 'root'; self.inroot += 1
        elif ident in self.skip or any(c in self.skip for c in classes):
            kind = 'skip'; self.skipping += 1
        self.stack.append((tag, kind))
        if tag in DROP:
            self.drop += 1
        if tag == 'pre':
            self.pre += 1
        if tag in BLOCK and self.inroot and not self.skipping and not self.drop:
            self.brk(2 if tag in PARA else 1)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, kind = self.stack.pop()
            if t in BLOCK and self.inroot and not self.skipping and not self.drop:
                self.brk(2 if t in PARA else 1)
            if t in DROP:
                self.drop -= 1
            if t == 'pre':
                self.pre -= 1
            if kind == 'root':
                self.inroot -= 1
            elif kind == 'skip':
                self.skipping -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if not self.inroot or self.skipping or self.drop:
            return
        if self.pre:
            self.out.append(data)
        else:
            data = re.sub(r'[ \t\r\f\v]*\n[\s]*', '\x00', data)
            data = re.sub(r'[ \t\r\f\v]+', ' ', data)
            self.out.append(data)

    def text(self):
        t = ''.join(self.out)
        # spaces at line starts come from source indentation (outside <pre> the parser never keeps them on purpose)
        return re.sub(r'\n[ \x00]+', '\n', t)

def html_to_text(raw, root=None, skip=()):
    p = HtmlText(root, skip)
    p.feed(raw)
    p.close()
    t = p.text()
    # collapse space runs around break marks produced by adjacent nodes
    t = re.sub(' *\x00[ \x00]*', '\x00', t)
    return tidy(t)

# ---------- troff (man pages) ----------
NAMED = {'em': '—', 'en': '–', 'hy': '-', 'mi': '-', 'pl': '+', 'aq': "'", 'dq': '"', 'lq': '“', 'rq': '”',
         'oq': '‘', 'cq': '’', 'bu': '•', 'co': '©', 'rg': '®', 'tm': '™', 'de': '°', 'mu': '×', 'di': '÷',
         'ti': '~', 'ha': '^', 'rs': '\\', 'sl': '/', 'bv': '|', 'ba': '|', 'or': '|', 'ga': '`', 'aa': '´',
         '->': '→', '<-': '←', '<=': '≤', '>=': '≥', '!=': '≠', '==': '≡', '+-': '±', 'ua': '↑', 'da': '↓',
         'lh': '☜', 'rh': '☞', 'sc': '§', 'ps': '¶', 'Fo': '«', 'Fc': '»', 'fo': '‹', 'fc': '›', 'ct': '¢',
         'Eu': '€', 'eu': '€', 'Po': '£', 'Ye': '¥', 'ss': 'ß', 'ff': 'ff', 'fi': 'fi', 'fl': 'fl', 'lB': '[',
         'rB': ']', 'lC': '{', 'rC': '}', 'la': '⟨', 'ra': '⟩', 'sq': '□', 'ci': '○', 'dg': '†', 'dd': '‡',
         'at': '@', 'sh': '#', 'Do': '$', 'ul': '_', 'ru': '_', 'es': '∅', 'if': '∞', 'no': '¬', 'tno': '¬',
         'ts': 's', 'r!': '¡', 'r?': '¿', 'bq': '„', 'Bq': '‚', 'Sd': 'ð', 'TP': 'Þ', 'Tp': 'þ', '12': '½',
         '14': '¼', '34': '¾', 'S1': '¹', 'S2': '²', 'S3': '³', 'OK': '✓'}
STRINGS = {'R': '®', 'Tm': '™', 'lq': '“', 'rq': '”', 'q': '"', 'S': ''}

def troff_escapes(s):
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c != '\\':
            out.append(c); i += 1; continue
        i += 1
        if i >= n:
            break
        c = s[i]; i += 1
        if c in 'fF':                                  # font change
            if i < n and s[i] == '(': i += 3
            elif i < n and s[i] == '[': i = s.find(']', i) + 1 or n
            else: i += 1
        elif c == '(':                                 # \(xx
            out.append(NAMED.get(s[i:i + 2], '')); i += 2
        elif c == '[':                                 # \[name]
            j = s.find(']', i); j = n if j < 0 else j
            name = s[i:j]; i = j + 1
            if name.startswith('u') and re.fullmatch('u[0-9A-Fa-f]{4,6}', name):
                out.append(chr(int(name[1:], 16)))
            else:
                out.append(NAMED.get(name, ''))
        elif c == '*':                                 # strings
            if i < n and s[i] == '(': name = s[i + 1:i + 3]; i += 3
            elif i < n and s[i] == '[': j = s.find(']', i); j = n if j < 0 else j; name = s[i + 1:j]; i = j + 1
            else: name = s[i:i + 1]; i += 1
            out.append(STRINGS.get(name, ''))
        elif c in 'nkg':                               # registers
            if i < n and s[i] in '+-': i += 1
            if i < n and s[i] == '(': i += 3
            elif i < n and s[i] == '[': i = s.find(']', i) + 1 or n
            else: i += 1
        elif c == 's':                                 # size
            if i < n and s[i] in '+-': i += 1
            if i < n and s[i] == '(': i += 3
            elif i < n and s[i] == '[': i = s.find(']', i) + 1 or n
            else:
                while i < n and s[i].isdigit() and i < n: i += 1
        elif c in "hvwlLDoXbxNRCZHmM" and i < n and s[i] in "'[":  # \h'..', \w'..', \X'..' ...
            close = "'" if s[i] == "'" else ']'
            j = s.find(close, i + 1); j = n if j < 0 else j
            if c == 'C': out.append(NAMED.get(s[i + 1:j], ''))
            elif c == 'N':
                try: out.append(chr(int(s[i + 1:j])))
                except ValueError: pass
            i = j + 1
        elif c == '"':                                 # comment
            break
        elif c == '#':
            break
        elif c in '-': out.append('-')
        elif c == 'e' or c == '\\': out.append('\\')
        elif c in ' 0~': out.append(' ')
        elif c == 't': out.append('\t')
        elif c == '.': out.append('.')
        elif c == "'": out.append('´')
        elif c == '`': out.append('`')
        elif c in '&|^/,%:)cdupraz{}!E': pass
        else: out.append(c)
    return ''.join(out)

def troff_args(s):
    args, i, n = [], 0, len(s)
    while i < n:
        while i < n and s[i] in ' \t': i += 1
        if i >= n: break
        if s[i] == '"':
            j = i + 1; buf = []
            while j < n:
                if s[j] == '"':
                    if j + 1 < n and s[j + 1] == '"': buf.append('"'); j += 2; continue
                    break
                buf.append(s[j]); j += 1
            args.append(''.join(buf)); i = j + 1
        else:
            j = i
            while j < n and s[j] not in ' \t': j += 1
            args.append(s[i:j]); i = j
    return args

FONT_ALT = {'BR', 'RB', 'BI', 'IB', 'IR', 'RI'}
FONT_ONE = {'B', 'I', 'SM', 'SB', 'CW', 'UR', 'MT', 'OP'}
PARAS = {'PP', 'LP', 'P', 'sp', 'HP', 'RS', 'RE', 'Sp', 'Vb', 'Ve', 'EX', 'EE', 'YS', 'SY', 'ne', 'in', 'ti',
         'TQ', 'UE', 'ME', 'bp', 'IX'}

def man_to_text(src):
    if re.match(r"\s*\.so\s", src):
        return ''
    lines = src.split('\n')
    out = []                       # pieces; '\x00' marks a soft break between filled lines
    fill = True
    trap = 0                       # .TP: the next text line is a tag
    skip_until = None
    def para(n=2):
        out.append('\n' * n)
    def text(t):
        nonlocal trap
        if not fill:
            out.append(t + '\n')
        elif trap:
            out.append(t + '\n'); trap = 0
        else:
            out.append(t + '\x00')
    for raw in lines:
        if skip_until is not None:
            if raw.strip().startswith(skip_until): skip_until = None
            continue
        line = raw.rstrip('\r')
        if line[:1] in ('.', "'"):
            body = line[1:].lstrip()
            if body.startswith('\\"') or body.startswith('\\#') or body == '':
                continue
            m = re.match(r'(\S+)\s*(.*)', body)
            req, rest = m.group(1), m.group(2)
            if req in ('ig',):
                skip_until = '..'; continue
            if req in ('de', 'de1', 'am', 'ds', 'nr', 'tr', 'so', 'ie', 'if', 'el', 'TH', 'Dd', 'Dt', 'Os',
                       'ft', 'ps', 'vs', 'hy', 'nh', 'ad', 'na', 'ns', 'rs', 'ss', 'cs', 'ta', 'ev', 'ec', 'eo',
                       'cc', 'c2', 'ch', 'wh', 'pl', 'ls', 'mk', 'rt', 'rm', 'rn', 'ul', 'cu', 'lf', 'pc', 'hc',
                       'hw', 'ce', 'rj', 'PD', 'DT', 'UC', 'AT', 'ne', 'ti', 'in', 'tm', 'ab', 'fp', 'nf', 'fi',
                       'br', 'ed', 'it', 'fam', 'so', 'mso', 'do', 'ec', 'TS', 'TE', 'T&', 'EQ', 'EN', 'PS', 'PE'):
                if req in ('de', 'de1', 'am'):
                    skip_until = '..'
                elif req in ('nf', 'EX', 'Vb'):
                    fill = False; para(1)
                elif req == 'fi':
                    fill = True; para(1)
                elif req == 'br':
                    para(1)
                continue
            if req in ('SH', 'SS', 'Sh', 'Ss'):
                para(2)
                if rest:
                    out.append(troff_escapes(' '.join(troff_args(rest))) + '\n')
                else:
                    trap = 1
                continue
            if req in ('TP', 'TQ'):
                para(2 if req == 'TP' else 1); trap = 1; continue
            if req in ('IP', 'Ip', 'It'):
                para(2)
                a = troff_args(rest)
                if a and a[0]:
                    out.append(troff_escapes(a[0]) + '\n')
                continue
            if req in PARAS:
                if req in ('EX', 'Vb'): fill = False
                if req in ('EE', 'Ve'): fill = True
                para(2 if req not in ('RS', 'RE', 'in', 'ti', 'ne', 'IX', 'UE', 'ME') else 1)
                continue
            if req in FONT_ALT:
                text(troff_escapes(''.join(troff_args(rest))))
                continue
            if req in FONT_ONE:
                a = troff_args(rest)
                if a:
                    text(troff_escapes(' '.join(a)))
                else:
                    continue                       # applies to the next line, which comes as text
                continue
            continue                               # any other request: dropped
        t = troff_escapes(line)
        if fill and t.strip() == '':
            para(2); continue
        text(t)
    return tidy(''.join(out))

# ---------- driver ----------
def sources():
    for line in SOURCES.strip('\n').split('\n'):
        cols = line.split('\t')
        spec, sub, rx, kind = cols[:4]
        opts = dict(o.split('=', 1) for o in cols[4:] if o)
        yield spec.split('=', 1)[0], sub, re.compile(rx), kind, opts

def slug(s):
    return re.sub(r'[^A-Za-z0-9._+-]+', '_', s).strip('_')

n = 0
stats = []
for pkg, sub, rx, kind, opts in sources():
    base = os.path.join(PKGS, pkg, sub)
    if not os.path.isdir(base):
        sys.exit(f'{pkg}: folder {sub} not found in the package')
    paths = []
    for root, dirs, files in os.walk(base):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), base).replace(os.sep, '/')
            if rx.search(rel) and not os.path.islink(os.path.join(root, f)):
                paths.append(rel)
    kept = cjk_total = 0
    for rel in sorted(paths):
        raw = open(os.path.join(base, rel), 'rb').read()
        if rel.endswith('.gz'):
            raw = gzip.decompress(raw)
        try:
            src = raw.decode('utf-8')
        except UnicodeDecodeError:
            continue
        if kind == 'man':
            text = man_to_text(src)
            name = re.sub(r'\.gz$', '', rel)
        else:
            skip = NAVIGATION | {s for s in opts.get('skip', '').split(',') if s}
            text = html_to_text(src, opts.get('root'), skip)
            name = re.sub(r'\.html?$', '', rel)
        text = text.replace('\r\n', '\n').replace('\r', '\n').replace('\x00', '')
        if len(text) < MIN_CHARS:
            continue
        cjk = len(CJK.findall(text))
        letters = sum(1 for ch in text if ch.isalpha())
        if letters == 0 or cjk / letters < MIN_CJK_SHARE:
            continue
        n += 1
        kept += 1
        cjk_total += cjk
        fname = f'{n:04d}-{pkg}--{slug(name.replace("/", "-"))}.txt'
        with open(os.path.join(OUT, fname), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
    stats.append((pkg, len(paths), kept, cjk_total))
for pkg, seen, kept, cjk in stats:
    print(f'  {pkg}: {kept} of {seen} documents kept, {cjk} CJK characters')
PY

count=$(find "$WORK/out" -name '*.txt' | wc -l)
[ "$count" -gt 0 ] || die "no document was extracted"

# Replace the target folder's corpus with the new one.
mkdir -p "$TARGET"
find "$TARGET" -mindepth 1 -maxdepth 1 \( -name '*.txt' -o -name '.fetch-corpus.done' \) -delete
find "$WORK/out" -name '*.txt' -exec mv -t "$TARGET" {} +
hash=$(corpus_hash "$TARGET")
{ echo "recipe $SELF_HASH"; echo "corpus $hash"; printf '%s' "$MANIFEST" | sed 's/^/package /'; } >"$MARKER"
report "$TARGET" "$hash"
