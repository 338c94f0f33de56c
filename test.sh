#!/usr/bin/env bash
# Runs every MedSec test. Installs what the tests need first (Debian's chromium for the browser tests).
# Extra arguments go to `dotnet test` (e.g. --filter, --logger trx).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian chromium for the browser tests" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >&2
fi

# LightGBM/OpenMP threads fight .NET threads on 2 cores (STACK.md gotcha 4).
export OMP_WAIT_POLICY=PASSIVE
dotnet test MedSec.sln "$@"
