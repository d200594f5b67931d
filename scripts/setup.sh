#!/usr/bin/env bash
# Set up a fresh machine: a virtual environment in .venv with the bot and what its tests need.
#   scripts/setup.sh          the bot only (what `scripts/run.sh` needs)
#   scripts/setup.sh --test   plus test tools, the sentence-transformers backend, Chromium and redis-server
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
PYTHON="${PYTHON:-python3}"
# pip here warns about every unreachable local index; keep the real warnings only.
quiet() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }

[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
quiet .venv/bin/pip install -q --upgrade pip
if [[ "${1:-}" == "--test" ]]; then
    # torch first, pinned: it is the CPU build kept on these machines; an unpinned torch is a CUDA build of GBs.
    quiet .venv/bin/pip install -q torch==2.13.0
    quiet .venv/bin/pip install -q -e ".[test,st]"
    # System packages some tests need, from Debian: Chromium (the browser test drives it with
    # Playwright; never `playwright install`) and redis-server (the several-replicas tests start a
    # real one on a free loopback port). A missing one makes only its tests skip, with the reason.
    need=()
    [[ -x /usr/bin/chromium ]] || need+=(chromium)
    command -v redis-server >/dev/null || need+=(redis-server)
    # A Thai font, so Chromium prints Thai into the PDF-import tests instead of empty boxes.
    fc-list 2>/dev/null | grep -qi "laksaman\|garuda\|loma\|sarabun\|noto sans thai" || need+=(fonts-tlwg-laksaman-ttf)
    if (( ${#need[@]} )) && command -v apt-get >/dev/null; then
        (apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null) || echo "warning: ${need[*]} not installed"
    fi
else
    quiet .venv/bin/pip install -q -e .
fi
