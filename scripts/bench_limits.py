#!/usr/bin/env python
"""Measure the request limits of a real `gcio-bot serve` (a measurement, not a test).

Starts `gcio-bot serve` (subprocess, real model and index, LINE enabled with a dummy secret so
/line/webhook exists), then sends hostile requests over loopback and prints, per request: the
answer, the time from the end of the request head to the first byte of the answer, how much of
the body the client got into the socket before the answer came, and the server's resident memory
(VmRSS) and its peak (VmHWM, the high-water mark: a body read into memory and freed again shows
there even when VmRSS is back down).

Requests: a 50 MB body announced with Content-Length and streamed, the same 50 MB chunked (no
length), 1 MB of headers, and a body that stops arriving. Run it twice to compare:

    .venv/bin/python scripts/bench_limits.py                         # the default 1 MiB body limit
    .venv/bin/python scripts/bench_limits.py --max-body 200000000    # effectively no limit (the old behaviour)
"""

from __future__ import annotations

import argparse
import os
import select
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

MB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or its high-water mark since start (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def exchange(port: int, head: bytes, body_iter=(), timeout: float = 60.0) -> tuple[str, float, int]:
    """(status line, seconds from end of head to first answer byte, body bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sent = 0
    try:
        sock.sendall(head)
        t0 = time.perf_counter()
        answered_at = None
        for chunk in body_iter:
            if answered_at is None and select.select([sock], [], [], 0)[0]:
                answered_at = time.perf_counter()
                break
            try:
                sock.sendall(chunk)
            except OSError:
                break
            sent += len(chunk)
        sock.settimeout(timeout)
        data = b""
        try:
            while b"\r\n" not in data:
                part = sock.recv(4096)
                if not part:
                    break
                data += part
        except OSError as e:
            data = data or f"({type(e).__name__})".encode()
        answered_at = answered_at or time.perf_counter()
        return data.split(b"\r\n", 1)[0].decode("latin1"), answered_at - t0, sent
    finally:
        sock.close()


def body(total: int, size: int = 64 * 1024, chunked: bool = False):
    block = b"x" * size
    for _ in range(total // size):
        yield (f"{size:x}\r\n".encode() + block + b"\r\n") if chunked else block
    if chunked:
        yield b"0\r\n\r\n"


def head(path: str, *, length: int | None = None, chunked: bool = False, extra: bytes = b"") -> bytes:
    h = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Line-Signature: AAAA\r\n"
    if length is not None:
        h += f"Content-Length: {length}\r\n"
    if chunked:
        h += "Transfer-Encoding: chunked\r\n"
    return h.encode() + extra + b"\r\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index-dir", help="index root (default: GCIO_INDEX_DIR or ./index)")
    ap.add_argument("--max-body", type=int, default=None, help="GCIO_MAX_BODY_BYTES for the server")
    ap.add_argument("--size-mb", type=int, default=50, help="size of the hostile bodies")
    ap.add_argument(
        "--read-timeout", type=float, default=3.0, help="GCIO_REQUEST_TIMEOUT_SECONDS for the server"
    )
    args = ap.parse_args()

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_", "GCIO_"))}
    env |= {
        "PYTHAINLP_OFFLINE": "1",
        "PYTHAINLP_READ_ONLY": "1",
        "LINE_CHANNEL_SECRET": "bench-line-secret",
        "LINE_CHANNEL_ACCESS_TOKEN": "bench-line-token",
        "LINE_API_BASE_URL": f"http://127.0.0.1:{free_port()}",  # never called: no request gets that far
        "GCIO_REQUEST_TIMEOUT_SECONDS": str(args.read_timeout),
        "GCIO_DATA_DIR": tempfile.mkdtemp(prefix="bench-limits-"),  # keep the feedback store out of data/
    }
    if args.index_dir:
        env["GCIO_INDEX_DIR"] = str(Path(args.index_dir).resolve())
    if args.max_body:
        env["GCIO_MAX_BODY_BYTES"] = str(args.max_body)
    root = Path(__file__).resolve().parent.parent
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
    server = subprocess.Popen(cmd, env=env, cwd=root)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{url}/healthz", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("serve did not start", file=sys.stderr)
                    return 1
                time.sleep(0.3)
        # Warm up: one real question, so the RSS baseline includes a normal request.
        httpx.post(f"{url}/api/ask", json={"question": "ใครเป็นประธานคณะกรรมการ GCIO"}, timeout=30)
        size = args.size_mb * MB
        limit = args.max_body or 1_048_576
        print(
            f"gcio-bot serve pid {server.pid}, body limit {limit:,} bytes, hostile bodies {args.size_mb} MB\n"
        )
        print(
            f"{'request':<44} {'answer':<40} {'reject ms':>9} {'client sent':>11} {'RSS before':>10} {'after':>7}"
        )
        cases = []
        for path in ("/line/webhook", "/api/ask"):
            cases.append((f"{path} {args.size_mb} MB, Content-Length", head(path, length=size), body(size)))
            cases.append(
                (f"{path} {args.size_mb} MB, chunked", head(path, chunked=True), body(size, chunked=True))
            )
        cases.append(
            ("/api/ask 1 MB of headers", head("/api/ask", length=2), (b"X-Pad: " + b"a" * MB + b"\r\n",))
        )
        cases.append(("/api/ask body stops arriving", head("/api/ask", length=100) + b'{"question', ()))
        for name, h, it in cases:
            before, peak_before = rss_mb(server.pid), rss_mb(server.pid, "VmHWM")
            if name.endswith("headers"):  # the headers are the payload: send them as the "body" stream
                h = h[: -len(b"\r\n")]
            status, seconds, sent = exchange(port, h, it)
            time.sleep(0.3)
            after, peak_after = rss_mb(server.pid), rss_mb(server.pid, "VmHWM")
            print(
                f"{name:<44} {status[:40]:<40} {seconds * 1000:>9.1f} {sent / MB:>9.1f}MB "
                f"{before:>8.1f}MB {after:>5.1f}MB {peak_before:>9.1f}MB {peak_after:>5.1f}MB"
            )
        health = httpx.get(f"{url}/healthz", timeout=5)
        print(f"\nafterwards: /healthz {health.status_code}; server RSS {rss_mb(server.pid):.1f} MB")
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
