#!/usr/bin/env bash
# Builds Casewright's .deb and .tar.gz from a build tree with CPack and checks them the way a user
# and the distribution would see them:
#   - control fields: name, version, section, and Depends computed by dpkg-shlibdeps naming the
#     distribution's Qt 6 packages;
#   - contents: the programs (and no test tool), desktop entry, metainfo, every icon size;
#   - the extracted programs run and print the version (no root install: dpkg-deb -x);
#   - desktop-file-validate and appstreamcli validate accept the desktop entry and the metainfo;
#   - lintian (Debian's package checker) finds no error and no warning;
#   - the manual pages render without warnings, the shell completions load (bash, zsh, fish) and
#     complete commands and options;
#   - the practice service (casewright-emulator) serves its bundled sample domain;
#   - the .tar.gz holds the same files.
#   test_deb_package.sh BUILD_DIR WORK_DIR VERSION HAS_GUI(0|1) [CPACK]
# A missing tool fails the test: a packaging check that silently skips proves nothing.
set -euo pipefail
build=${1:?usage: test_deb_package.sh BUILD_DIR WORK_DIR VERSION HAS_GUI [CPACK]}
work=${2:?WORK_DIR}
version=${3:?VERSION}
has_gui=${4:?HAS_GUI}
cpack=${5:-cpack}
app_id=io.github.casewright.Casewright

passes=0
failures=0
fail() { echo "PACKAGING TEST FAILED: $*" >&2; exit 1; }
check() { # check DESCRIPTION COMMAND... : records a failure and goes on, so one run shows all
  local what=$1
  shift
  if "$@"; then echo "ok - $what"; passes=$((passes + 1)); else echo "not ok - $what" >&2; failures=$((failures + 1)); fi
}
# Small predicates for check.
only_under_usr() { ! grep -v '^/usr' "$1" | grep -vx '/'; }
is_stripped() { file -L "$1" | grep -q ', stripped'; }
is_png_of_size() { file "$1" | grep -q "PNG image data, $2 x $2,"; }
has_no_warning() { ! grep -qiE 'warning|error' <<<"$1"; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (apt-get install $2; scripts/install-deps-debian.sh installs it)"; }
need "$cpack" cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need file file
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need lintian lintian
need man man-db
need zsh zsh
need fish fish
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: configure it first"

rm -rf "$work"
mkdir -p "$work"
echo "== cpack -G DEB;TGZ (the log is $work/cpack.log)"
"$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack could not make the packages"; }
shopt -s nullglob
debs=("$work"/out/casewright_*.deb)
tgzs=("$work"/out/casewright-*.tar.gz)
[ ${#debs[@]} -eq 1 ] || fail "expected one casewright_*.deb in $work/out, found: ${debs[*]:-none}"
[ ${#tgzs[@]} -eq 1 ] || fail "expected one casewright-*.tar.gz in $work/out, found: ${tgzs[*]:-none}"
deb=${debs[0]}
tgz=${tgzs[0]}
echo "deb: $deb"
echo "tgz: $tgz"

echo "== control fields"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
# Glob, not regex: package names such as libstdc++6 hold regex characters.
has_dependency() { [[ ", $depends," == *", $1 "* || ", $depends," == *", $1,"* ]]; }
check "Package is casewright" [ "$(field Package)" = casewright ]
check "Version is $version" [ "$(field Version)" = "$version" ]
check "Section is utils" [ "$(field Section)" = utils ]
check "Architecture is the machine's ($(dpkg --print-architecture))" [ "$(field Architecture)" = "$(dpkg --print-architecture)" ]
check "Maintainer is set" [ -n "$(field Maintainer)" ]
check "Homepage is set" [ -n "$(field Homepage)" ]
expected_depends=(libqt6core6 libqt6network6 libc6 libstdc++6)
[ "$has_gui" = 1 ] && expected_depends+=(libqt6widgets6 libqt6gui6)
for package in "${expected_depends[@]}"; do
  check "Depends names $package" has_dependency "$package"
done

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$work/deb-paths.txt"
# Files only (directories end in /); links count as files.
grep -v '/$' "$work/deb-paths.txt" >"$work/deb-files.txt" || true
cat "$work/deb-files.txt"
expected_files=(/usr/bin/casewright-cli /usr/bin/casewright-emulator
  /usr/share/doc/casewright/copyright /usr/share/doc/casewright/changelog.gz
  /usr/share/man/man1/casewright-cli.1.gz /usr/share/man/man1/casewright-emulator.1.gz
  /usr/share/bash-completion/completions/casewright-cli /usr/share/zsh/vendor-completions/_casewright-cli
  /usr/share/fish/vendor_completions.d/casewright-cli.fish
  /usr/share/casewright/sample/support-centre.snapshot.json)
if [ "$has_gui" = 1 ]; then
  expected_files+=(/usr/bin/casewright /usr/share/man/man1/casewright.1.gz
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
  for size in 16 24 32 48 64 128 256 512; do
    expected_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
  done
fi
for path in "${expected_files[@]}"; do
  check "the .deb has $path" grep -qxF "$path" "$work/deb-files.txt"
done
programs=$(grep '^/usr/bin/' "$work/deb-files.txt" | sort | tr '\n' ' ')
expected_programs=$(printf '%s\n' "${expected_files[@]}" | grep '^/usr/bin/' | sort | tr '\n' ' ')
check "/usr/bin holds exactly: $expected_programs" [ "$programs" = "$expected_programs" ]
check "every path is under /usr" only_under_usr "$work/deb-paths.txt"

echo "== lintian"
# As root lintian says so on stderr; the verdict is the tags it prints and its exit status.
lintian_report=$(lintian --fail-on error,warning "$deb" 2>&1) && lintian_ok=1 || lintian_ok=0
echo "${lintian_report:-(no tags)}"
check "lintian finds no error and no warning" [ "$lintian_ok" = 1 ]
check "lintian printed no E: or W: tag" bash -c '! grep -qE "^(E|W): " <<<"$1"' _ "$lintian_report"

echo "== the extracted package"
root="$work/root"
dpkg-deb -x "$deb" "$root"
cli_version=$("$root/usr/bin/casewright-cli" --version 2>&1) || true
echo "casewright-cli --version: $cli_version"
check "casewright-cli --version prints $version" grep -qF "$version" <<<"$cli_version"
check "casewright-cli is stripped" is_stripped "$root/usr/bin/casewright-cli"
if [ "$has_gui" = 1 ]; then
  gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/casewright" --version 2>&1) || true
  echo "casewright --version: $gui_version"
  check "casewright --version prints Casewright $version" grep -qF "Casewright $version" <<<"$gui_version"
  check "casewright is stripped" is_stripped "$root/usr/bin/casewright"
  for size in 16 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    check "the ${size}x${size} icon is a ${size} x ${size} PNG" is_png_of_size "$png" "$size"
  done

  desktop="$root/usr/share/applications/$app_id.desktop"
  metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
  echo "-- desktop-file-validate"
  desktop_report=$(desktop-file-validate "$desktop" 2>&1) && desktop_ok=1 || desktop_ok=0
  echo "${desktop_report:-(no findings)}"
  check "desktop-file-validate accepts the desktop entry" [ "$desktop_ok" = 1 ]
  check "desktop-file-validate has no warning" has_no_warning "$desktop_report"
  exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  check "the desktop entry runs a program the package installs ($exec_program)" [ -x "$root/usr/bin/$exec_program" ]
  check "the desktop entry's icon is the installed one" grep -qx "Icon=$app_id" "$desktop"
  echo "-- appstreamcli validate --no-net"
  appstreamcli validate --no-net --explain "$metainfo" && metainfo_ok=1 || metainfo_ok=0
  check "appstreamcli validate accepts the metainfo" [ "$metainfo_ok" = 1 ]
  check "the metainfo launches the desktop entry" grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
  check "the metainfo's release is $version" grep -qF "<release version=\"$version\"" "$metainfo"
fi

echo "-- manual pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || true
  check "$(basename "$page") renders without warnings" [ -z "$man_warnings" ]
  [ -z "$man_warnings" ] || echo "$man_warnings" >&2
  check "$(basename "$page") has a NAME and a SYNOPSIS" bash -c 'zcat "$1" | grep -q "^\.SH NAME" && zcat "$1" | grep -q "^\.SH SYNOPSIS"' _ "$page"
done
check "casewright-cli's manual page describes every command" \
  bash -c 'for c in validate evaluate pull status plan publish export; do zcat "$1" | grep -q "^\.SS \"$c\"" || exit 1; done' _ \
  "$root/usr/share/man/man1/casewright-cli.1.gz"

echo "-- shell completions"
bash_completion="$root/usr/share/bash-completion/completions/casewright-cli"
complete_words() { # complete_words WORD... : what bash offers for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _casewright_cli; echo "${COMPREPLY[*]}"' _ \
    "$bash_completion" "$@"
}
check "bash loads the completion (complete -p casewright-cli)" \
  bash -c 'source "$1" && complete -p casewright-cli | grep -q _casewright_cli' _ "$bash_completion"
check "bash completes 'casewright-cli pub' to publish" [ "$(complete_words casewright-cli pub)" = publish ]
check "bash completes 'publish --take-' to both choices" [ "$(complete_words casewright-cli publish --take-)" = "--take-mine --take-theirs" ]
check "bash offers no command for 'casewright-cli zz'" [ -z "$(complete_words casewright-cli zz)" ]
check "zsh reads _casewright-cli" zsh -n "$root/usr/share/zsh/vendor-completions/_casewright-cli"
check "fish reads casewright-cli.fish" fish --no-execute "$root/usr/share/fish/vendor_completions.d/casewright-cli.fish"
check "fish offers publish's --take-mine" \
  bash -c 'fish --no-config -c "source $1; complete -C \"casewright-cli publish --take-m\"" | grep -q -- "--take-mine"' _ \
  "$root/usr/share/fish/vendor_completions.d/casewright-cli.fish"

echo "-- the practice service"
emulator_version=$("$root/usr/bin/casewright-emulator" --version 2>&1) || true
check "casewright-emulator --version prints casewright-emulator $version" grep -qxF "casewright-emulator $version" <<<"$emulator_version"
check "casewright-emulator is stripped" is_stripped "$root/usr/bin/casewright-emulator"
# It serves the sample domain it finds in ../share/casewright/sample: pull it with the packaged CLI.
"$root/usr/bin/casewright-emulator" --seed-sample --port 0 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'listening on' "$work/emulator.out" && break; sleep 0.1; done
endpoint=$(sed -n 's/^casewright-emulator listening on \(http:[^ ]*\)$/\1/p' "$work/emulator.out")
check "casewright-emulator says it listens under its installed name" [ -n "$endpoint" ]
pulled=1
AWS_ACCESS_KEY_ID=CASEWRIGHTEMULATOR AWS_SECRET_ACCESS_KEY=casewright-emulator-secret-key AWS_REGION=us-east-1 \
  AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
  "$root/usr/bin/casewright-cli" pull --domain 09360fd9-e272-549f-9122-b5c47c94cb3b --endpoint "${endpoint:-http://127.0.0.1:9}" \
  "$work/practice-project" >"$work/pull.log" 2>&1 || pulled=0
check "the packaged CLI pulls the sample domain from the packaged emulator" [ "$pulled" = 1 ]
check "the pulled project has the sample's rules" bash -c 'ls "$1"/rules/*.json >/dev/null 2>&1' _ "$work/practice-project"
kill "$emulator_pid" 2>/dev/null || true

echo "== the .tar.gz"
# The same files under one top folder, without the /usr prefix.
tar -tzf "$tgz" | grep -v '/$' | sed 's|^[^/]*/|/usr/|' | sort >"$work/tgz-files.txt"
check "the .tar.gz holds the same files as the .deb" diff -u "$work/deb-files.txt" "$work/tgz-files.txt"

echo "packaging checks: $passes passed, $failures failed"
[ "$failures" -eq 0 ] || fail "see the 'not ok' lines above"
