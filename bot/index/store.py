"""Versioned index directory with an atomic switch, rollback and pruning.

Layout under the index root (GCIO_INDEX_DIR):

    versions/<version>/...   one complete build each (version names sort by build time)
    CURRENT                  text file naming the version in use
    PINNED                   written by a rollback: the version an admin chose on purpose
                             (`index build --if-needed` and scripts/run.sh do not build over it;
                             a plain `index build` publishes a new version and removes it)
    .staging-<version>/      a build in progress (never read by the bot)
    cache/                   shared vector cache (reused across builds)
    .lock                    fcntl lock: one build or rollback at a time

A running bot only ever reads a version named by CURRENT, and CURRENT is replaced with
write-temp + fsync + os.replace, so a reader sees either the old or the new version, never a
half-written one. A failed build deletes its staging folder and leaves CURRENT untouched.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.core.errors import GcioError, IndexNotFoundError

logger = logging.getLogger(__name__)

BUILD_COMMAND = "gcio-bot index build"
VERSION_RE = re.compile(r"^\d{8}T\d{12}-[0-9a-f]{8}$")
_TS_FORMAT = "%Y%m%dT%H%M%S%f"


class IndexLockedError(GcioError):
    """Another build or rollback holds the index lock."""


def new_version_name(after: str | None = None) -> str:
    """`YYYYmmddTHHMMSSffffff-<8 hex>` (UTC); strictly after `after` even if the clock went back."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if after is not None:
        prev = dt.datetime.strptime(after.split("-", 1)[0], _TS_FORMAT)
        if now <= prev:
            now = prev + dt.timedelta(microseconds=1)
    return f"{now.strftime(_TS_FORMAT)}-{secrets.token_hex(4)}"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    """Flush every file of a finished build, so the switch never points at data still in cache."""
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def atomic_write_text(path: Path, text: str) -> None:
    """Write a small file so readers see the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


class Stage:
    """A build in progress: write files into `path` (or `stage / "name"`).

    `version` is chosen up front so the build can record it in its manifest; `published`
    turns true once the version is current.
    """

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        self.published = False

    def __truediv__(self, other: str) -> Path:
        return self.path / other

    def __fspath__(self) -> str:
        return str(self.path)

    def __repr__(self) -> str:
        return f"Stage({self.path!s}, version={self.version!r}, published={self.published})"


class IndexStore:
    """Versions of the built index under one root, with an atomically switched CURRENT."""

    def __init__(self, root: Path, keep: int = 3) -> None:
        if keep < 1:
            raise ValueError("keep must be at least 1")
        self.root = Path(root)
        self.keep = keep
        self.last_published: str | None = None
        self._lock_depth = 0

    # -- paths ---------------------------------------------------------------------------
    @property
    def versions_dir(self) -> Path:
        return self.root / "versions"

    @property
    def pointer(self) -> Path:
        return self.root / "CURRENT"

    @property
    def pin_file(self) -> Path:
        return self.root / "PINNED"

    def pinned_version(self) -> str | None:
        """The version a rollback chose, while it is still the current one; else None."""
        try:
            name = self.pin_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return name if VERSION_RE.match(name) and name == self.current_version() else None

    @property
    def cache_dir(self) -> Path:
        """Shared vector cache, kept across builds and never pruned with versions."""
        return self.root / "cache"

    def version_dir(self, version: str) -> Path:
        """Folder of a version (it must exist); raises IndexNotFoundError otherwise."""
        if not VERSION_RE.match(version) or not (self.versions_dir / version).is_dir():
            known = ", ".join(self.versions()) or "none"
            raise IndexNotFoundError(f"no index version {version!r} in {self.root} (available: {known})")
        return self.versions_dir / version

    # -- reading -------------------------------------------------------------------------
    def versions(self) -> list[str]:
        """Complete versions, oldest first."""
        if not self.versions_dir.is_dir():
            return []
        return sorted(p.name for p in self.versions_dir.iterdir() if p.is_dir() and VERSION_RE.match(p.name))

    def _read_pointer(self) -> tuple[str | None, str | None]:
        """(version named by CURRENT, None) or (None, what is wrong with CURRENT); (None, None) if absent."""
        try:
            raw = self.pointer.read_bytes()
        except FileNotFoundError:
            return None, None
        except OSError as e:
            return None, f"cannot be read ({e.strerror or type(e).__name__})"
        try:
            name = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            return None, "is not text"
        if not VERSION_RE.match(name):
            shown = name[:40] + ("…" if len(name) > 40 else "")
            return None, f"holds {shown!r}, which is not a version name" if name else "is empty"
        return name, None

    def current_version(self) -> str | None:
        """The version named by CURRENT, or None when nothing was published (or it is unusable)."""
        name, problem = self._read_pointer()
        if problem:
            logger.warning("%s %s", self.pointer, problem)
        return name

    def pointer_problem(self) -> str | None:
        """What is wrong with CURRENT when it exists but names no version; None otherwise."""
        return self._read_pointer()[1]

    def current_dir(self) -> Path:
        """Folder of the version in use; IndexNotFoundError (naming the fix) when there is none."""
        name, problem = self._read_pointer()
        if problem:
            known = self.versions()
            pick = (
                f"`gcio-bot index rollback {known[-1]}` (versions: {', '.join(known)}) or " if known else ""
            )
            raise IndexNotFoundError(
                f"{self.pointer} {problem}: run {pick}`{BUILD_COMMAND}` to point it at a good index"
            )
        if name is None:
            raise IndexNotFoundError(f"no index built in {self.root}: run `{BUILD_COMMAND}` first")
        path = self.versions_dir / name
        if not path.is_dir():
            raise IndexNotFoundError(
                f"{self.pointer} names version {name}, which is missing from {self.versions_dir}: "
                f"run `{BUILD_COMMAND}` (or `gcio-bot index rollback`)"
            )
        return path

    def previous_version(self) -> str | None:
        """The newest version older than the current one (what rollback goes back to)."""
        current = self.current_version()
        if current is None:
            return None
        older = [v for v in self.versions() if v < current]
        return older[-1] if older else None

    # -- locking -------------------------------------------------------------------------
    @contextmanager
    def lock(self, timeout: float = 0.0) -> Iterator[None]:
        """Exclusive lock for builds and rollbacks; IndexLockedError if held past `timeout` s.

        Re-entrant on the same IndexStore object, so a build can hold it around its whole run
        (embedding included) and still call stage() inside.
        """
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as e:
                    if e.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
                        raise IndexLockedError(
                            f"another index build or rollback is running on {self.root} "
                            f"(pid {holder}); wait for it to finish"
                        ) from None
                    time.sleep(0.05)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0
        finally:
            os.close(fd)  # closing releases the flock

    # -- writing -------------------------------------------------------------------------
    def _switch(self, version: str) -> None:
        atomic_write_text(self.pointer, version + "\n")

    def _clean_staging(self) -> None:
        """Remove staging folders left by crashed builds (only called while holding the lock)."""
        for p in self.root.glob(".staging-*"):
            logger.warning("removing leftover staging folder %s from an interrupted build", p)
            shutil.rmtree(p, ignore_errors=True)

    @contextmanager
    def stage(self, lock_timeout: float = 0.0) -> Iterator[Stage]:
        """Build into a fresh folder; on success it becomes a version and is made current.

        On an exception the folder is deleted and CURRENT is left as it was.
        """
        with self.lock(lock_timeout):
            self._clean_staging()
            existing = self.versions()
            version = new_version_name(after=existing[-1] if existing else None)
            path = self.root / f".staging-{version}"
            path.mkdir(parents=True)
            st = Stage(path, version)
            try:
                yield st
                _fsync_tree(path)
                self.versions_dir.mkdir(exist_ok=True)
                os.rename(path, self.versions_dir / version)
                _fsync_dir(self.versions_dir)
                self._switch(version)
            except BaseException:
                shutil.rmtree(path, ignore_errors=True)
                raise
            self.pin_file.unlink(missing_ok=True)  # a new build is a deliberate choice too: unpin
            st.path = self.versions_dir / version
            st.published = True
            self.last_published = version
            logger.info("published index version %s in %s", version, self.root)
            self._prune()

    def rollback(self, to: str | None = None) -> str:
        """Make `to` (default: the version before the current one) current; returns it."""
        with self.lock():
            if to is None:
                to = self.previous_version()
                if to is None:
                    current = self.current_version()
                    raise IndexNotFoundError(
                        f"no earlier index version to roll back to in {self.root}"
                        + (f" (current: {current})" if current else f"; run `{BUILD_COMMAND}`")
                    )
            self.version_dir(to)  # raises if unknown
            self._switch(to)
            # Remember the choice: run.sh's `index build --if-needed` must not build over it.
            atomic_write_text(self.pin_file, to + "\n")
            logger.info("rolled back index in %s to version %s (pinned)", self.root, to)
            return to

    def prune(self) -> list[str]:
        """Delete all but the `keep` newest versions, never the current one; returns the removed."""
        with self.lock():
            return self._prune()

    def _prune(self) -> list[str]:
        current = self.current_version()
        versions = self.versions()
        keep = set(versions[-self.keep :])
        if current:
            keep.add(current)
        removed = [v for v in versions if v not in keep]
        for v in removed:
            shutil.rmtree(self.versions_dir / v, ignore_errors=True)
            logger.info("pruned old index version %s", v)
        return removed
