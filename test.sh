#!/usr/bin/env bash
# Install everything (first run only), lint, and run the whole test suite:
# offscreen unit tests plus end-to-end tests on a virtual two-screen X server.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh test,dev
.venv/bin/ruff check .
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
