#!/usr/bin/env bash
# Set up, build the index and start the bot: web chat on http://127.0.0.1:8000 with no tokens set;
# Telegram and LINE webhooks too when their secrets are in the environment (see .env.example).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHAINLP_OFFLINE=1 PYTHAINLP_READ_ONLY=1 HF_HUB_OFFLINE=1
bash scripts/setup.sh
.venv/bin/gcio-bot index build --no-progress
exec .venv/bin/gcio-bot serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
