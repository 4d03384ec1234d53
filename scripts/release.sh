#!/usr/bin/env bash
# Makes a release archive of cyberassess for this machine, and checks it as a council's IT
# team would use it.
#
#   scripts/release.sh
#
# Writes dist/cyberassess-VERSION-linux-ARCH/ (the binary, its manual page, completion scripts
# for bash, zsh and fish, INSTALL and SHA256SUMS), the .tar.gz of that folder and the archive's
# .sha256. Before writing any of them it checks that the binary needs no shared library beyond
# the C library family, libyaml and SQLite, and runs the commands a user runs first with the
# binary copied alone to an empty folder, from another working directory, with no
# questionnaire library reachable.
#
# Environment:
#   CYBERASSESS_RELEASE_MIMALLOC=1       build with the Mimalloc trait (needs libmimalloc-dev;
#                                        the binary then also needs libmimalloc at run time)
#   CYBERASSESS_RELEASE_SIGNING_KEY=KEY  sign SHA256SUMS with this Ed25519 private key, a file
#                                        written by `cyberassess keygen` (needs openssl 3)
#   CYBERASSESS_RELEASE_DATE=YYYY-MM-DD  the date printed on the manual page (default: today)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH=/opt/swift/usr/bin:$PATH
fi

say() { printf '%s\n' "$*" >&2; }
fail() { say "release: $*"; exit 1; }

build_flags=(-c release --static-swift-stdlib --product cyberassess)
allowed_libraries='libc|libm|libpthread|libdl|librt|libutil|libgcc_s|libstdc\+\+|ld-linux[-a-z0-9_]*|libyaml-0|libsqlite3'
if [ "${CYBERASSESS_RELEASE_MIMALLOC:-}" = 1 ]; then
  build_flags+=(--traits Mimalloc)
  allowed_libraries+='|libmimalloc'
fi
signing_key=${CYBERASSESS_RELEASE_SIGNING_KEY:-}
if [ -n "$signing_key" ]; then
  [ -f "$signing_key" ] || fail "$signing_key: no such key file (CYBERASSESS_RELEASE_SIGNING_KEY)"
  command -v openssl >/dev/null 2>&1 || fail "signing needs openssl"
fi
manual_date=${CYBERASSESS_RELEASE_DATE:-$(date -u +%F)}

# 1. The binary, with the Swift runtime linked in.
say "building: swift build ${build_flags[*]}"
swift build "${build_flags[@]}"
binary="$(swift build "${build_flags[@]}" --show-bin-path)/cyberassess"
[ -x "$binary" ] || fail "$binary: not built"

version=$("$binary" --version)
arch=$(uname -m)
name="cyberassess-$version-linux-$arch"
folder="dist/$name"

# 2. Its dynamic dependencies: the C library family, libyaml and SQLite, nothing else.
say "checking the shared libraries $binary needs"
needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf found no NEEDED entries in $binary"
printf '  %s\n' $needed >&2
offending=$(printf '%s\n' $needed | grep -Ev "^($allowed_libraries)\.so(\.[0-9]+)*$" || true)
[ -z "$offending" ] || fail "$binary needs libraries a release must not: $(echo $offending)"
missing=$(ldd "$binary" | grep 'not found' || true)
[ -z "$missing" ] || fail "$binary needs libraries this machine lacks: $missing"

# 3. The binary alone: copied to an empty folder and run from another one, with no library
# folder reachable, so every command must use what is compiled in.
say "running the binary alone"
trial=$(mktemp -d)
trap 'rm -rf "$trial"' EXIT
mkdir "$trial/bin" "$trial/work"
cp "$binary" "$trial/bin/cyberassess"
for start in "$trial/bin" "$trial/work"; do
  dir=$start
  while :; do
    for candidate in questionnaires share/cyberassess/questionnaires; do
      [ ! -d "$dir/$candidate/frameworks" ] || fail "$dir/$candidate is a library folder the trial would find; run it elsewhere"
    done
    [ "$dir" != / ] || break
    dir=$(dirname "$dir")
  done
done

run() {
  say "  cyberassess $*"
  (cd "$trial/work" && env -u CYBERASSESS_QUESTIONNAIRES "$trial/bin/cyberassess" "$@" > "$trial/last.out" 2> "$trial/last.err") \
    || { cat "$trial/last.err" >&2; fail "'cyberassess $*' failed with the binary alone"; }
}
run demo --out demo
[ -s "$trial/work/demo/demo-council.html" ] || fail "demo wrote no HTML report"
run init --body-id E07000999 --body-name "Demo District Council" --period 2026-27 -o council.yaml
run generate --count 20 --seed 7 --out bodies
body=$(cd "$trial/work" && ls bodies/*.yaml | head -n 1)
for format in text json html md csv plan-csv; do
  run score "$body" --format "$format" -o "report.$format"
  [ -s "$trial/work/report.$format" ] || fail "score --format $format wrote nothing"
done
run validate council.yaml bodies
run batch bodies --out out --db region.sqlite --reports json,html
run dashboard --db region.sqlite -o dashboard.html
[ -s "$trial/work/dashboard.html" ] || fail "dashboard wrote nothing"

# 4. The release folder.
if [ -e "$folder" ] || [ -e "$folder.tar.gz" ]; then
  say "replacing the earlier $folder and its archive"
  rm -rf "$folder" "$folder.tar.gz" "$folder.tar.gz.sha256"
fi
mkdir -p "$folder/completions"
cp "$binary" "$folder/cyberassess"

# The manual page, written by argument-parser's GenerateManual plugin from the command's own
# description of itself (`--experimental-dump-help`). A debug build describes the same options.
say "writing the manual page"
swift package generate-manual --configuration debug --date "$manual_date" >&2
cp .build/plugins/GenerateManual/outputs/cyberassess/cyberassess.1 "$folder/cyberassess.1"

"$folder/cyberassess" --generate-completion-script bash > "$folder/completions/cyberassess.bash"
"$folder/cyberassess" --generate-completion-script zsh > "$folder/completions/_cyberassess"
"$folder/cyberassess" --generate-completion-script fish > "$folder/completions/cyberassess.fish"

cat > "$folder/INSTALL" <<EOF
cyberassess $version for Linux ($arch)

The binary carries the questionnaire library, report templates and JSON Schemas, and the Swift
runtime. Besides the C and C++ runtime every system has, it needs only libyaml and SQLite,
from a machine of the same distribution (Debian and Ubuntu: apt-get install libyaml-0-2
libsqlite3-0).

1. Check the files (and, when SHA256SUMS.sig is here, first check its signature with the
   publisher's public key, obtained from them directly:
   openssl pkeyutl -verify -pubin -inkey cyberassess-release.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig):

     sha256sum -c SHA256SUMS

2. Copy the binary to a folder on the PATH, and the manual page beside the others:

     sudo install -m 755 cyberassess /usr/local/bin/
     sudo install -m 644 cyberassess.1 /usr/local/share/man/man1/

3. Shell completion (optional):

     bash: copy completions/cyberassess.bash into /etc/bash_completion.d/ (or source it from ~/.bashrc)
     zsh:  copy completions/_cyberassess into a folder on \$fpath
     fish: copy completions/cyberassess.fish into ~/.config/fish/completions/

4. Try it:

     cyberassess demo

A questionnaire library folder of your own is used instead of the bundled one when given with
--questionnaires DIR or CYBERASSESS_QUESTIONNAIRES; 'cyberassess library export DIR' writes the
bundled one out for editing.
EOF

(cd "$folder" && sha256sum cyberassess cyberassess.1 INSTALL completions/cyberassess.bash completions/_cyberassess completions/cyberassess.fish > SHA256SUMS)

# 5. The signature: Ed25519 over SHA256SUMS, with a key from `cyberassess keygen` (whose
# private key file holds the key's 32 raw bytes in base64), made and checked with openssl.
if [ -n "$signing_key" ]; then
  say "signing SHA256SUMS with $signing_key"
  keys=$(mktemp -d)
  trap 'rm -rf "$keys" "$trial"' EXIT
  chmod 700 "$keys"
  grep -q -- '-----BEGIN CYBERASSESS ED25519 PRIVATE KEY-----' "$signing_key" \
    || fail "$signing_key: not a private key written by 'cyberassess keygen'"
  seed=$(sed -n '2p' "$signing_key")
  # PKCS#8 for an Ed25519 key: a fixed 16-byte header, then the 32 raw bytes.
  { printf '\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20'; printf '%s' "$seed" | base64 -d; } > "$keys/key.der"
  [ "$(wc -c < "$keys/key.der")" -eq 48 ] || fail "$signing_key: the key is not 32 bytes"
  openssl pkey -inform DER -in "$keys/key.der" -out "$keys/key.pem"
  openssl pkey -in "$keys/key.pem" -pubout -out dist/cyberassess-release.pem
  openssl pkeyutl -sign -rawin -inkey "$keys/key.pem" -in "$folder/SHA256SUMS" -out "$folder/SHA256SUMS.sig"
  openssl pkeyutl -verify -pubin -inkey dist/cyberassess-release.pem -rawin \
    -in "$folder/SHA256SUMS" -sigfile "$folder/SHA256SUMS.sig" >&2
  # The fingerprint `cyberassess keygen` printed: SHA-256 of the public key's raw 32 bytes.
  fingerprint=$(openssl pkey -pubin -in dist/cyberassess-release.pem -outform DER | tail -c 32 | sha256sum | cut -d' ' -f1)
  say "public key dist/cyberassess-release.pem (sha256:$fingerprint): publish it apart from the archive"
fi

(cd "$folder" && sha256sum -c --quiet SHA256SUMS)

# 6. The archive and its checksum.
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf "$folder.tar.gz" "$name"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256" && sha256sum -c --quiet "$name.tar.gz.sha256")

size=$(du -h "$folder/cyberassess" | cut -f1)
say "done: $folder.tar.gz ($name, binary $size)"
cat "$folder.tar.gz.sha256"
