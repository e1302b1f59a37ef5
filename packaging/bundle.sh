#!/usr/bin/env bash
# Build the one-folder bundle dist/reportage/: copy that folder anywhere (same OS and
# architecture) and run dist/reportage/reportage, no Python needed.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh bundle
.venv/bin/pyinstaller --noconfirm --log-level ERROR packaging/reportage.spec
echo "Built dist/reportage/ ($(du -sh dist/reportage | cut -f1)); try: dist/reportage/reportage check"
