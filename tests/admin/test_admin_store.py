"""IndexStore: staged builds publish atomically, failures leave CURRENT alone, rollback, prune, lock."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from pathlib import Path

import pytest

from bot.core.errors import IndexNotFoundError
from bot.index.store import VERSION_RE, IndexLockedError, IndexStore, new_version_name


def build(store: IndexStore, content: str) -> str:
    with store.stage() as st:
        (st / "manifest.json").write_text(content, encoding="utf-8")
    assert st.published
    return st.version


def test_empty_store_names_the_build_command(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    assert store.current_version() is None
    assert store.versions() == []
    assert store.previous_version() is None
    with pytest.raises(IndexNotFoundError, match="gcio-bot index build"):
        store.current_dir()
    with pytest.raises(IndexNotFoundError):
        store.rollback()


def test_stage_publishes_and_switches(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    with store.stage() as st:
        assert st.path.name.startswith(".staging-") and st.path.parent == tmp_path
        assert store.current_version() is None  # not visible while building
        (st / "manifest.json").write_text("v1")
        version = st.version
    assert VERSION_RE.match(version)
    assert store.current_version() == version == store.last_published
    assert (tmp_path / "CURRENT").read_text().strip() == version
    assert store.current_dir() == tmp_path / "versions" / version
    assert (store.current_dir() / "manifest.json").read_text() == "v1"
    assert st.path == store.current_dir()
    assert not list(tmp_path.glob(".staging-*"))


def test_exception_deletes_staging_and_keeps_current(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    v1 = build(store, "v1")
    with pytest.raises(RuntimeError, match="boom"):
        with store.stage() as st:
            (st / "manifest.json").write_text("half")
            raise RuntimeError("boom")
    assert not st.published
    assert not st.path.exists()
    assert store.current_version() == v1
    assert store.versions() == [v1]
    assert (store.current_dir() / "manifest.json").read_text() == "v1"


def test_versions_sort_by_build_time_and_rollback(tmp_path: Path) -> None:
    store = IndexStore(tmp_path, keep=5)
    v1, v2, v3 = (build(store, f"v{i}") for i in (1, 2, 3))
    assert store.versions() == [v1, v2, v3] == sorted([v3, v1, v2])
    assert store.previous_version() == v2
    assert store.rollback() == v2
    assert store.current_version() == v2
    assert store.rollback() == v1
    with pytest.raises(IndexNotFoundError, match="no earlier"):
        store.rollback()
    assert store.current_version() == v1
    assert store.rollback(to=v3) == v3  # roll forward by name
    with pytest.raises(IndexNotFoundError, match="available"):
        store.rollback(to="20200101T000000000000-deadbeef")
    with pytest.raises(IndexNotFoundError):
        store.rollback(to="../../etc")
    assert store.current_version() == v3


def test_prune_keeps_newest_and_never_the_current(tmp_path: Path) -> None:
    store = IndexStore(tmp_path, keep=2)
    v1 = build(store, "v1")
    v2 = build(store, "v2")
    v3 = build(store, "v3")
    assert store.versions() == [v2, v3]
    assert not (tmp_path / "versions" / v1).exists()
    store.rollback(to=v2)
    v4 = build(store, "v4")
    assert store.versions() == [v3, v4]
    # Current is an old version: pruning keeps it in addition to the newest `keep`.
    store.rollback(to=v3)
    store.keep = 1
    assert store.prune() == []
    assert store.versions() == [v3, v4]
    store.rollback(to=v4)
    assert store.prune() == [v3]
    assert store.versions() == [v4]


def test_version_names_are_monotonic_even_if_the_clock_goes_back() -> None:
    future = "29991231T235959999999-00000000"
    assert new_version_name(after=future) > future
    a = new_version_name()
    assert VERSION_RE.match(a)


def test_corrupt_or_dangling_pointer(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    v1 = build(store, "v1")
    (tmp_path / "CURRENT").write_text("../../etc/passwd")
    assert store.current_version() is None
    with pytest.raises(IndexNotFoundError, match="gcio-bot index build"):
        store.current_dir()
    (tmp_path / "CURRENT").write_text("20990101T000000000000-abcdef01\n")
    with pytest.raises(IndexNotFoundError, match="missing"):
        store.current_dir()
    assert store.versions() == [v1]


def test_leftover_staging_from_a_crash_is_cleaned(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    leftover = tmp_path / ".staging-19990101T000000000000-00000000"
    leftover.mkdir(parents=True)
    (leftover / "junk").write_text("x")
    build(store, "v1")
    assert not leftover.exists()


def test_cache_dir_is_outside_versions(tmp_path: Path) -> None:
    store = IndexStore(tmp_path, keep=1)
    assert store.cache_dir == tmp_path / "cache"
    store.cache_dir.mkdir()
    (store.cache_dir / "x").write_text("kept")
    for i in range(3):
        build(store, str(i))
    assert (store.cache_dir / "x").read_text() == "kept"


def _hold_lock(root: str, ready: mp.synchronize.Event, release: mp.synchronize.Event) -> None:
    store = IndexStore(Path(root))
    with store.stage() as st:
        (st / "f").write_text("other process")
        ready.set()
        release.wait(10)


def test_lock_stops_a_concurrent_build(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    proc.start()
    try:
        assert ready.wait(10)
        store = IndexStore(tmp_path)
        with pytest.raises(IndexLockedError, match=f"pid {proc.pid}"):
            with store.stage():
                pytest.fail("must not get the lock")
        with pytest.raises(IndexLockedError):
            store.rollback()
        t0 = time.monotonic()
        with pytest.raises(IndexLockedError):
            with store.stage(lock_timeout=0.3):
                pass
        assert time.monotonic() - t0 >= 0.25
    finally:
        release.set()
        proc.join(10)
    assert proc.exitcode == 0
    store = IndexStore(tmp_path)
    first = store.current_version()
    assert first is not None and (store.current_dir() / "f").read_text() == "other process"
    second = build(store, "after")  # the lock is free again
    assert second > first
    assert os.listdir(tmp_path / "versions") and store.versions() == [first, second]


def test_readers_always_see_a_complete_version(tmp_path: Path) -> None:
    """While builds publish and prune, a reader following CURRENT never sees a partial version."""
    import threading

    store = IndexStore(tmp_path, keep=2)
    build(store, "0")
    stop = threading.Event()
    seen: list[str] = []
    bad: list[str] = []

    def reader() -> None:
        reader_store = IndexStore(tmp_path)
        while not stop.is_set():
            try:
                d = reader_store.current_dir()
                seen.append((d / "manifest.json").read_text())
            except FileNotFoundError as e:  # pruned between reading CURRENT and the file: allowed
                if reader_store.current_dir() == d:
                    bad.append(str(e))

    t = threading.Thread(target=reader)
    t.start()
    try:
        for i in range(1, 30):
            with store.stage() as st:
                (st / "big").write_bytes(os.urandom(10_000))
                (st / "manifest.json").write_text(str(i))
    finally:
        stop.set()
        t.join(10)
    assert not bad
    assert seen and all(s.isdigit() for s in seen)
    assert (store.current_dir() / "manifest.json").read_text() == "29"


def test_lock_is_reentrant_for_one_store_object(tmp_path: Path) -> None:
    """A build can hold the lock around embedding and still stage; others are kept out meanwhile."""
    store = IndexStore(tmp_path)
    with store.lock():
        with store.stage() as st:
            (st / "manifest.json").write_text("v1")
        with pytest.raises(IndexLockedError):
            with IndexStore(tmp_path).stage():
                pass
        assert store.rollback(to=st.version) == st.version
    with IndexStore(tmp_path).stage() as st2:  # released afterwards
        (st2 / "manifest.json").write_text("v2")
    assert store.current_version() == st2.version


def test_rollback_pins_the_version_and_a_new_build_unpins_it(tmp_path: Path) -> None:
    store = IndexStore(tmp_path, keep=5)
    v1, v2 = build(store, "v1"), build(store, "v2")
    assert store.pinned_version() is None and not store.pin_file.exists()
    assert store.rollback() == v1
    assert store.pinned_version() == v1 and store.pin_file.read_text().strip() == v1
    # CURRENT moved by other means: the pin no longer applies.
    (tmp_path / "CURRENT").write_text(v2 + "\n")
    assert store.pinned_version() is None
    assert store.rollback(to=v1) == v1 and store.pinned_version() == v1
    v3 = build(store, "v3")
    assert store.current_version() == v3 and store.pinned_version() is None and not store.pin_file.exists()


@pytest.mark.parametrize(
    "content, needle",
    [(b"garbage\n", "not a version name"), (b"  \n", "is empty"), (b"\xff\xfe\x00", "is not text")],
)
def test_a_broken_pointer_names_the_versions_to_roll_back_to(
    tmp_path: Path, content: bytes, needle: str
) -> None:
    store = IndexStore(tmp_path, keep=5)
    v1, v2 = build(store, "v1"), build(store, "v2")
    (tmp_path / "CURRENT").write_bytes(content)
    assert store.current_version() is None and needle in (store.pointer_problem() or "")
    with pytest.raises(IndexNotFoundError) as exc:
        store.current_dir()
    msg = str(exc.value)
    assert (
        needle in msg
        and f"gcio-bot index rollback {v2}" in msg
        and v1 in msg
        and "gcio-bot index build" in msg
    )
    assert "\n" not in msg
    assert store.rollback(to=v2) == v2 and store.current_dir().name == v2
