#!/usr/bin/env bash
# Every test of the repository, on a machine with only the .NET SDK: README's "run every test" command, and what CI
# (.ci/run) runs. The browser test of the web sample drives Debian's Chromium through chromedriver (with DejaVu Sans,
# a font with Arabic and Persian letters); they are installed first where missing, with apt-get (as root, else through
# sudo). Then `dotnet test LocalizedContent.sln`, with any arguments given here (e.g. --filter, --logger).
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "== installing chromium, chromium-driver and fonts-dejavu-core (the browser test needs them)"
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null; then sudo="sudo"; fi
  if ! { $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver fonts-dejavu-core; }; then
    echo "could not install chromium + chromium-driver (needs apt-get as root or through sudo): the browser test will fail and say so;"
    echo "every other test needs only the .NET SDK (dotnet test LocalizedContent.sln --filter \"FullyQualifiedName!~Browser\")"
  fi
fi

exec dotnet test LocalizedContent.sln "$@"
