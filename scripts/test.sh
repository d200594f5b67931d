#!/usr/bin/env bash
# Set up and run every check: lint, the test suite, the dev evaluation and the Dockerfile's steps.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHAINLP_OFFLINE=1 PYTHAINLP_READ_ONLY=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
bash scripts/setup.sh --test
.venv/bin/ruff check bot tests scripts
.venv/bin/ruff format --check bot tests scripts
# pytest exits 5 when it collects nothing: set -e makes that a failure too.
.venv/bin/python -m pytest -q -p no:cacheprovider
.venv/bin/gcio-bot index build --no-progress
EVAL=../shared/eval/dev_questions.jsonl
if [[ -f "$EVAL" ]]; then
    .venv/bin/gcio-bot eval "$EVAL" --min 0.95
fi
# Every question set against the resolutions it needs, each with its floor (tests/data/eval_sets.yaml).
.venv/bin/python scripts/eval_sets.py
bash scripts/docker_steps.sh
