#!/usr/bin/env bash
# Fetch the blind external datasheet test set (truth in e2e/truth/datasheets-external/)
# into .cache/external-datasheets/<name>.pdf. The PDFs are not committed; each one is taken
# from a pinned package version and checked against a pinned sha256. Idempotent: a file
# already present with the right checksum is left alone.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/.cache/external-datasheets"
mkdir -p "$OUT"

ok() { [ -f "$1" ] && echo "$2  $1" | sha256sum -c --status -; }

# name | debian package | version | path inside the .deb | sha256
# The .deb comes straight from the archive's pool (no apt lists needed); apt-get download is the fallback.
fetch_deb() {
  local name="$1" pkg="$2" ver="$3" inner="$4" sum="$5" dest="$OUT/$1.pdf"
  if ok "$dest" "$sum"; then echo "ok   $name (cached)"; return 0; fi
  local tmp; tmp="$(mktemp -d)"
  local pool="http://deb.debian.org/debian/pool/main/${pkg:0:1}/$pkg/${pkg}_${ver}_amd64.deb"
  curl -fsSL -o "$tmp/$pkg.deb" "$pool" || ( cd "$tmp" && apt-get download "$pkg=$ver" >/dev/null && mv "$pkg"_*.deb "$pkg.deb" )
  dpkg-deb -x "$tmp/$pkg.deb" "$tmp/x"
  cp "$tmp/x/$inner" "$dest"
  rm -rf "$tmp"
  if ok "$dest" "$sum"; then echo "ok   $name (from $pkg $ver)"; else echo "FAIL $name: sha256 mismatch" >&2; rm -f "$dest"; return 1; fi
}

# Agilent MSA-2643 MMIC amplifier data sheet (5980-2396E), shipped as an example by lepton-eda.
fetch_deb MSA-2643 lepton-eda 1.9.18-1 \
  usr/share/doc/lepton-eda/examples/RF_Amp/5980-2396E.pdf \
  679df4316f8beaca2e5b4b4d31d8cdab8fb832ccda873d142169a3d21bce4714

echo "done: $OUT"
