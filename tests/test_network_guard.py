"""The suite cannot reach the network, and the core imports no channel or web library.

pyproject's `[tool.pytest.ini_options] addopts` loads pytest-socket with
`--disable-socket --allow-unix-socket --allow-hosts=127.0.0.1,localhost,::1`: with an allow-list,
pytest-socket guards `socket.connect()` (a blocked connect raises before any packet is sent),
so loopback servers (fake Telegram/LINE APIs, the web app) work and everything else fails.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_socket

BLOCKED = (pytest_socket.SocketBlockedError, pytest_socket.SocketConnectBlockedError)
# pytest-socket warns with the same text it raises; the raise is what is tested here.
pytestmark = pytest.mark.filterwarnings("ignore:A test tried to use socket")

REPO = Path(__file__).resolve().parents[1]


def test_guard_is_configured(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.getoption("--disable-socket")
    assert not pytestconfig.getoption("--force-enable-socket")
    assert pytestconfig.getoption("--allow-unix-socket")
    allowed = set(pytestconfig.getoption("--allow-hosts").split(","))
    assert allowed == {"127.0.0.1", "localhost", "::1"}


def test_non_loopback_connect_is_blocked() -> None:
    # 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never routed. The guard raises before connecting.
    with pytest.raises(BLOCKED):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_non_loopback_connect_on_raw_socket_is_blocked() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        with pytest.raises(BLOCKED):
            s.connect(("192.0.2.1", 443))


def test_other_loopback_addresses_are_not_on_the_allow_list() -> None:
    # Only the exact hosts listed are allowed, not the whole 127.0.0.0/8 range.
    with pytest.raises(BLOCKED):
        socket.create_connection(("127.0.0.2", 9), timeout=1)


def _echo_once(server: socket.socket, host: str) -> None:
    port = server.getsockname()[1]
    with socket.create_connection((host, port), timeout=5) as client:
        conn, _ = server.accept()
        with conn:
            client.sendall(b"ping")
            assert conn.recv(4) == b"ping"


def test_loopback_ipv4_is_allowed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        _echo_once(server, "127.0.0.1")


def test_localhost_name_is_allowed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(("localhost", port))
            conn, _ = server.accept()
            conn.close()


def test_loopback_ipv6_is_allowed() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 support")
    try:
        server = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError as e:
        pytest.skip(f"cannot bind ::1: {e}")
    with server:
        _echo_once(server, "::1")


def test_unix_sockets_are_allowed() -> None:
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"x")
        assert b.recv(1) == b"x"


def test_core_imports_no_channel_or_web_library() -> None:
    """Core/adapter separation: the core modules load without any channel or web library."""
    core = ["bot.engine", "bot.core.models", "bot.embed.base", "bot.embed.st", "bot.core.errors"]
    forbidden = ["telegram", "linebot", "starlette", "uvicorn", "fastapi", "httpx", "aiohttp"]
    # The optional ST backend imports sentence-transformers (and torch) lazily, never at import.
    heavy = ["sentence_transformers", "torch", "transformers"]
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden + heavy!r})\n"
        "print('\\n'.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout.split()}"
