#!/usr/bin/env bash
# Install what Reportage needs: Debian/Ubuntu system packages (when missing) and a
# virtual environment in .venv with the app and the given extras (e.g. "test,dev").
# Idempotent and quick once done: pip runs only when pyproject.toml changed or an
# extra is new, which .venv/.installed records ("<pyproject hash> <extras>").
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

# One dpkg query for the whole list (a package counts when its status is installed).
wanted=$(sed -e '/^#/d' -e '/^$/d' packaging/debian-packages.txt)
if [ -n "$wanted" ] && command -v dpkg-query >/dev/null 2>&1; then
  installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $wanted 2>/dev/null \
              | awk 'substr($1, 2, 1) == "i" {print $2}' || true)
  missing=$(comm -23 <(sort -u <<<"$wanted") <(sort -u <<<"$installed"))
  if [ -n "$missing" ] && ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these system packages:" $missing >&2
  elif [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages:" $missing
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
  fi
fi

stamp=.venv/.installed
pyproject=$(sha256sum pyproject.toml | cut -d' ' -f1)
read -r had_hash had_extras 2>/dev/null <"$stamp" || true
[ "${had_extras:-}" = "-" ] && had_extras=""
# Every extra asked for now or before, sorted and comma-separated.
all=$(tr ',' '\n' <<<"${had_extras:-},$extras" | sed '/^$/d' | sort -u | paste -sd, -)
if [ "${had_hash:-}" = "$pyproject" ] && [ "$had_extras" = "$all" ]; then
  exit 0
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv and installing Reportage (first run only)…"
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not Debian/Ubuntu: please install your system's equivalents of:" $wanted >&2
  fi
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
else
  echo "Updating .venv (pyproject.toml or the extras asked for changed)…"
fi
spec="."
[ -n "$all" ] && spec=".[${all}]"
# pip and setuptools talk a lot even with -q; keep it for when something fails.
if ! .venv/bin/python -m pip install -q -e "$spec" >.venv/bootstrap.log 2>&1; then
  cat .venv/bootstrap.log >&2
  echo "Installing into .venv failed (the log is above and in .venv/bootstrap.log)" >&2
  exit 1
fi
# An editable install compiles nothing: write the app's bytecode now, so that no start
# (the first slide in front of the hall included) compiles the sources.
.venv/bin/python -m compileall -q app >>.venv/bootstrap.log 2>&1 || true
echo "$pyproject ${all:--}" >"$stamp"
