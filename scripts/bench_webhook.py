#!/usr/bin/env python
"""Benchmark the Telegram webhook path on loopback (a benchmark, not a test).

Starts a fake Telegram Bot API server and the real `gcio-bot serve` (a subprocess with the
real model and index, Telegram pointed at the fake), then posts signed-with-secret updates
from 1 and 20 concurrent clients. The webhook answers only after the reply has reached the
fake API, so each request's latency is the full "question in -> answer sent" time; answered
counts come from the fake API's own count of sendMessage calls.

    .venv/bin/python scripts/bench_webhook.py                   # default index (GCIO_INDEX_DIR)
    .venv/bin/python scripts/bench_webhook.py --requests 400 --no-cache
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

TOKEN = "1000:bench-token"
SECRET = "bench-secret"
QUESTIONS = [
    "ใครเป็นประธานคณะกรรมการ GCIO",
    "ใครเป็นประธานคณะกรรมการ PCIO",
    "ใครเป็นเลขานุการคณะกรรมการ GCIO",
    "ใครเป็นผู้ช่วยเลขานุการคณะกรรมการ GCIO",
    "ใครเป็นเลขานุการคณะกรรมการ PCIO",
    "หน่วยงานใดรับผิดชอบเรื่อง e-Saraban",
    "มาตรการ Work from Home มีอะไรบ้าง",
    "BYOD คืออะไร",
    "ใครรับผิดชอบเรื่อง e-Office",
    "มติคณะรัฐมนตรีวันที่ 29 กันยายน 2563 เรื่องอะไร",
    "เดิมใครเป็นประธานคณะกรรมการ GCIO",
    "บทบาทของ GCIO ระดับกระทรวงเพิ่มอะไร",
    "สพร. รับผิดชอบประเด็นใด",
    "ใครเป็นประธาน PCIO ระดับจังหวัด",
    "Digital Transformation ของหน่วยงานมีใครเป็นผู้นำ",
    "ก.พ.ร. รับผิดชอบเรื่องอะไร",
    "ใครเป็นกรรมการใน PCIO",
    "สำนักงาน ก.พ. ทำหน้าที่อะไรในคณะกรรมการ GCIO",
    "ปี 2562 ใครเป็นประธาน",
    "วันนี้อากาศเป็นอย่างไร",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_fake_telegram(port: int) -> None:
    """Minimal Bot API: getMe, sendMessage (counted), anything else ok."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    me = {"id": 1000, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
    state = {"sent": 0, "chars": 0, "mid": 1}

    async def method(request: Request):
        name = request.path_params["method"]
        if name == "getMe":
            return JSONResponse({"ok": True, "result": me})
        if name == "sendMessage":
            await request.body()
            state["sent"] += 1
            state["mid"] += 1
            return JSONResponse(
                {
                    "ok": True,
                    "result": {"message_id": state["mid"], "date": 0, "chat": {"id": 1, "type": "private"}},
                }
            )
        return JSONResponse({"ok": True, "result": True})

    async def count(request: Request):
        return JSONResponse(state)

    app = Starlette(routes=[Route("/bot{token}/{method}", method, methods=["POST"]), Route("/count", count)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def update(i: int) -> bytes:
    user = 100_000 + i  # one user per request: the per-user rate limit is not what is measured
    return json.dumps(
        {
            "update_id": 5_000_000 + i,
            "message": {
                "message_id": i,
                "date": int(time.time()),
                "chat": {"id": user, "type": "private"},
                "from": {"id": user, "is_bot": False, "first_name": "B"},
                "text": QUESTIONS[i % len(QUESTIONS)],
            },
        },
        ensure_ascii=False,
    ).encode()


async def run_load(
    url: str, start: int, n: int, concurrency: int, rate: float = 0.0
) -> tuple[list[float], int, float]:
    """Closed loop (rate=0: each client sends as soon as its last answer came) or paced.

    Paced: request k is due at t0 + k/rate whichever client sends it, and its latency counts
    from that due time (so a slow server cannot hide its queue: no coordinated omission).
    """
    import httpx

    latencies: list[float] = []
    errors = 0
    next_i = start
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def worker() -> None:
            nonlocal next_i, errors
            while next_i < start + n:
                i = next_i
                next_i += 1
                t_send = time.perf_counter()
                if rate:
                    t_send = t_start + (i - start) / rate
                    await asyncio.sleep(max(0.0, t_send - time.perf_counter()))
                r = await client.post(f"{url}/telegram/webhook", content=update(i), headers=headers)
                latencies.append(time.perf_counter() - t_send)
                if r.status_code != 200:
                    errors += 1

        t_start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t_start
    return latencies, errors, wall


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=300, help="requests per concurrency level")
    ap.add_argument("--concurrency", default="1,20", help="comma-separated client counts")
    ap.add_argument(
        "--no-cache", action="store_true", help="turn off the answer cache (every request runs ask)"
    )
    ap.add_argument(
        "--rate", type=float, default=0.0, help="paced: offered req/s over all clients (0: closed loop)"
    )
    ap.add_argument("--index-dir", help="GCIO_INDEX_DIR for the server")
    args = ap.parse_args()

    import httpx

    fake_port, port = free_port(), free_port()
    fake = mp.get_context("spawn").Process(target=run_fake_telegram, args=(fake_port,), daemon=True)
    fake.start()
    env = dict(
        os.environ,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{fake_port}",
        GCIO_RATE_LIMIT_PER_MINUTE="100000",
        GCIO_ANSWER_CACHE="0" if args.no_cache else "512",
    )
    for k in ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN"):
        env.pop(k, None)
    if args.index_dir:
        env["GCIO_INDEX_DIR"] = str(Path(args.index_dir).resolve())
    cmd = [
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        "serve",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(cmd, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                health = httpx.get(f"{url}/healthz", timeout=2).json()
                httpx.get(f"http://127.0.0.1:{fake_port}/count", timeout=2)
                break
            except httpx.HTTPError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        print(
            f"index {health['index_version']} ({health['document_count']} documents), "
            f"answer cache {'off' if args.no_cache else 'on'}, {os.cpu_count()} CPUs, "
            f"{len(QUESTIONS)} distinct questions, "
            + (f"paced at {args.rate:g} req/s offered" if args.rate else "closed loop")
        )
        asyncio.run(run_load(url, 0, 2 * len(QUESTIONS), 4))  # warm-up
        start = 10_000
        print(
            f"{'clients':>7} {'requests':>8} {'answered':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}"
        )
        for c in (int(x) for x in args.concurrency.split(",")):
            before = httpx.get(f"http://127.0.0.1:{fake_port}/count").json()["sent"]
            lat, errors, wall = asyncio.run(run_load(url, start, args.requests, c, args.rate))
            start += args.requests
            answered = httpx.get(f"http://127.0.0.1:{fake_port}/count").json()["sent"] - before
            print(
                f"{c:>7} {len(lat):>8} {answered:>8} {answered / wall:>7.1f} "
                f"{1000 * statistics.median(lat):>7.1f} {1000 * pct(lat, 95):>7.1f} {1000 * max(lat):>7.1f}"
                + (f"  ({errors} non-200)" if errors else "")
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
        fake.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
