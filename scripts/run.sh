#!/usr/bin/env bash
# Set up, build the index if needed and start the bot: web chat on http://127.0.0.1:8000 with no tokens
# set; Telegram and LINE webhooks too when their secrets are in the environment (see .env.example).
#
# The index is rebuilt only when knowledge/ changed since the current one, and never over an index an
# admin chose with `gcio-bot index rollback` (it stays pinned until the next plain `gcio-bot index build`).
# If the build fails (invalid knowledge, full disk), the bot still starts on the last good index.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHAINLP_OFFLINE=1 PYTHAINLP_READ_ONLY=1 HF_HUB_OFFLINE=1
bash scripts/setup.sh
if ! .venv/bin/gcio-bot index build --if-needed --no-progress; then
    echo "warning: the index was not rebuilt (see above); starting on the last good index, if there is one" >&2
fi
exec .venv/bin/gcio-bot serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
