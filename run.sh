#!/usr/bin/env bash
# Install everything Reportage needs (first run only) and open the shipped deck.
# Arguments go to main.py: ./run.sh present, ./run.sh check, ./run.sh --help …
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
exec .venv/bin/python main.py "$@"
