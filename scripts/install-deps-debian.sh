#!/usr/bin/env bash
# Installs everything Casewright needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  clang libclang-rt-14-dev           # libFuzzer and the sanitizer runtimes for the fuzz build
  qt6-base-dev qt6-base-dev-tools libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  nlohmann-json3-dev
  nodejs npm                         # the official AWS SDK for JavaScript, used by conformance tests
  xvfb xauth imagemagick             # headless screenshots
  librsvg2-bin desktop-file-utils appstream file  # packaging: icon renders, validators, .deb Depends
  help2man man-db gzip               # packaging: manual pages generated from each program's --help
  lintian zsh fish                   # packaging test: Debian's package checker; the completions load
  libxml2-utils                      # xmllint: test --junit's XML validated against the JUnit schema
)
# Wanted where the distribution has it (Debian 12, Ubuntu 23.04+): casewright-cli's allocator
# (app/cli/process_allocator.h). Without it the CLI builds and runs on the system allocator.
optional=(libmimalloc-dev)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node may come from elsewhere (nodesource, nvm); only ask apt for it when there is no node at all.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]}")
fi
optional_missing=()
for package in "${optional[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    optional_missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && [ ${#optional_missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
# Only after the update does apt know what a fresh machine's distribution has.
for package in "${optional_missing[@]}"; do
  if apt-cache show "$package" >/dev/null 2>&1; then
    missing+=("$package")
  else
    echo "Not available here (optional): $package"
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
