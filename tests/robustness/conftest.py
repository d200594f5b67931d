"""Fixtures for the robustness tests: real servers on loopback, a real redis-server, private indexes.

Reuses the channel tests' helpers (uvicorn in a thread, fake Telegram / LINE API servers).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from channels.helpers import Recorder, ServerThread, make_settings

REDIS_SERVER = shutil.which("redis-server")


@pytest.fixture()
def tg(fake_telegram) -> Recorder:
    fake_telegram[1].clear()
    fake_telegram[1].fail_next = 0
    return fake_telegram[1]


@pytest.fixture()
def ln(fake_line) -> Recorder:
    fake_line[1].clear()
    fake_line[1].fail_next = 0
    return fake_line[1]


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


@pytest.fixture()
def own_index(knowledge_dir, index_dir, tmp_path):
    """Private copies of the session's real knowledge/ and index (vector cache included)."""
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(knowledge_dir, knowledge)
    shutil.copytree(index_dir, index)
    return make_settings(gcio_index_dir=index, gcio_knowledge_dir=knowledge)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def redis_process(port: int | None = None) -> Iterator[str]:
    """A real redis-server on 127.0.0.1 (no persistence); yields its URL."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    port = port or free_port()
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url, socket_timeout=0.5).ping()
                break
            except redis.RedisError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    with redis_process() as url:
        yield url


@pytest.fixture()
def redis_db(redis_url):
    """The session's redis-server, emptied before the test."""
    import redis

    r = redis.Redis.from_url(redis_url)
    r.flushall()
    yield r
    r.close()


class LimitedServer(ServerThread):
    """Like ServerThread, but with the uvicorn configuration `gcio-bot serve` uses (bot.web.server)."""

    def __init__(self, app, settings, **overrides):
        import uvicorn

        from bot.web.server import uvicorn_config

        super().__init__(app)
        config = uvicorn_config(
            app, settings, host="127.0.0.1", log_level="warning", lifespan="on", **overrides
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)


def raw_exchange(port: int, head: bytes, chunks=(), *, wait: float = 10.0) -> tuple[int, bytes, float]:
    """Send a request by hand (head, then body chunks, stopping early once the server answers);
    return (status, response bytes, seconds from the end of the head to the first response byte)."""
    import select

    sock = socket.create_connection(("127.0.0.1", port), timeout=wait)
    try:
        sock.sendall(head)
        t0 = time.perf_counter()
        for chunk in chunks:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            try:
                sock.sendall(chunk)
            except OSError:
                break
        data = b""
        first = None
        sock.settimeout(wait)
        while b"\r\n\r\n" not in data:
            try:
                part = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not part:
                break
            first = first or time.perf_counter()
            data += part
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
        return status, data, (first or time.perf_counter()) - t0
    finally:
        sock.close()
