"""Incremental embeddings: vectors cached by content hash and model id.

Adding one resolution to a knowledge base of tens of thousands of clauses must re-embed only
its clauses. Each text's key is sha256(model_id + "\\0" + text), so a changed clause, or a
different model, never reuses a stale vector.

Storage is append-only segments, one `.npz` per build that encoded something (keys as 32-byte
digests, float32 vectors, the model id). Each segment is written to a temp file, fsynced and
os.replace'd into place, so a crash leaves either a whole segment or none; an incremental
build writes only its new vectors instead of rewriting the whole cache. When segments pile up
they are merged into one. A segment that cannot be read (truncated, wrong model or dimension)
is discarded with a warning: the cache is an optimisation and must never fail a build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

EncodeFn = Callable[[list[str]], np.ndarray]
_SEGMENT_GLOB = "seg-*.npz"


def text_key(model_id: str, text: str) -> bytes:
    """Cache key of one text for one model (32-byte sha256 digest)."""
    return hashlib.sha256(f"{model_id}\0{text}".encode()).digest()


def _model_slug(model_id: str) -> str:
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", model_id)[:48]
    return f"{readable}-{hashlib.sha256(model_id.encode()).hexdigest()[:12]}"


class VectorCache:
    """On-disk cache of passage vectors for one model; not shared between threads."""

    def __init__(
        self,
        dir: Path,
        model_id: str,
        dim: int,
        max_segments: int = 8,
        checkpoint_every: int = 4096,
        checkpoint_seconds: float = 60.0,
    ) -> None:
        self.model_id = model_id
        self.dim = int(dim)
        self.dir = Path(dir) / _model_slug(model_id)
        self.max_segments = max_segments
        self.checkpoint_every = checkpoint_every
        self.checkpoint_seconds = checkpoint_seconds
        self._index: dict[bytes, int] | None = None
        self._vecs: np.ndarray = np.zeros((0, self.dim), dtype=np.float32)
        self._segments: list[Path] = []

    # -- loading -------------------------------------------------------------------------
    def _read_segment(self, path: Path) -> tuple[np.ndarray, np.ndarray] | None:
        try:
            with np.load(path, allow_pickle=False) as z:
                model_id = str(z["model_id"])
                keys = np.asarray(z["keys"])
                vecs = np.asarray(z["vecs"])
        except Exception as e:  # truncated zip, bad header, missing member, ...: all mean corrupt
            logger.warning("discarding unreadable vector cache file %s: %s", path, e)
            return None
        if model_id != self.model_id:
            logger.warning("discarding %s: built for model %r, not %r", path, model_id, self.model_id)
            return None
        if (
            keys.dtype != np.uint8
            or keys.ndim != 2
            or keys.shape[1] != 32
            or vecs.dtype != np.float32
            or vecs.shape != (keys.shape[0], self.dim)
            or not np.isfinite(vecs).all()
        ):
            logger.warning(
                "discarding %s: unexpected shapes keys=%s vecs=%s %s (dim %d)",
                path,
                keys.shape,
                vecs.shape,
                vecs.dtype,
                self.dim,
            )
            return None
        return keys, vecs

    def _load(self) -> None:
        if self._index is not None:
            return
        t0 = time.perf_counter()
        index: dict[bytes, int] = {}
        parts: list[np.ndarray] = []
        segments: list[Path] = []
        n = 0
        paths = sorted(self.dir.glob(_SEGMENT_GLOB)) if self.dir.is_dir() else []
        for path in paths:
            seg = self._read_segment(path)
            if seg is None:
                try:
                    path.unlink()
                except OSError:
                    pass
                continue
            keys, vecs = seg
            segments.append(path)
            parts.append(vecs)
            raw = keys.tobytes()
            for i in range(len(keys)):
                index.setdefault(raw[32 * i : 32 * i + 32], n + i)
            n += len(keys)
        self._vecs = np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)
        self._index = index
        self._segments = segments
        logger.debug(
            "vector cache %s: %d vectors in %d segment(s), loaded in %.3fs",
            self.dir,
            len(index),
            len(segments),
            time.perf_counter() - t0,
        )

    def __len__(self) -> int:
        self._load()
        assert self._index is not None
        return len(self._index)

    # -- writing -------------------------------------------------------------------------
    def _write_segment(self, keys: np.ndarray, vecs: np.ndarray) -> Path:
        self.dir.mkdir(parents=True, exist_ok=True)
        name = f"seg-{time.time_ns():020d}-{secrets.token_hex(4)}.npz"
        final = self.dir / name
        tmp = self.dir / f".{name}.tmp"
        try:
            with open(tmp, "wb") as f:
                np.savez(f, keys=keys, vecs=vecs, model_id=np.array(self.model_id))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return final

    def _save(self, keys: list[bytes], vecs: np.ndarray) -> None:
        """Persist new vectors as one segment. Failures only warn: the cache is an optimisation."""
        try:
            key_arr = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), 32)
            path = self._write_segment(key_arr, vecs)
            self._segments.append(path)
        except OSError as e:
            logger.warning("could not save the vector cache in %s (build continues): %s", self.dir, e)

    def compact(self) -> None:
        """Merge all segments into one (the old ones are deleted only after it is in place)."""
        self._load()
        assert self._index is not None
        if len(self._segments) <= 1:
            return
        keys = list(self._index)
        rows = np.fromiter(self._index.values(), dtype=np.int64, count=len(keys))
        key_arr = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), 32)
        vecs = np.ascontiguousarray(self._vecs[rows])
        merged = self._write_segment(key_arr, vecs)
        for old in self._segments:
            try:
                old.unlink()
            except OSError:
                pass
        self._segments = [merged]
        self._vecs = vecs
        self._index = {k: i for i, k in enumerate(keys)}
        logger.info("vector cache %s compacted to %d vectors", self.dir, len(keys))

    def _encode_missing(
        self,
        new_keys: list[bytes],
        new_texts: list[str],
        encode_fn: EncodeFn,
        batch_size: int,
        progress: bool,
    ) -> None:
        """Encode in batches, saving a checkpoint segment every so often.

        A full build of tens of thousands of clauses takes many minutes: if it is interrupted
        (Ctrl-C, a crash, a bad text), the vectors already computed are kept for the next run.
        """
        from tqdm import tqdm

        assert self._index is not None
        new_vecs = np.empty((len(new_texts), self.dim), dtype=np.float32)
        done = saved = 0
        last_save = time.monotonic()
        try:
            with tqdm(total=len(new_texts), unit="text", desc="embedding", disable=not progress) as bar:
                for start in range(0, len(new_texts), batch_size):
                    batch = new_texts[start : start + batch_size]
                    out = np.asarray(encode_fn(batch), dtype=np.float32)
                    if out.shape != (len(batch), self.dim):
                        raise ValueError(
                            f"encoder returned shape {out.shape} for {len(batch)} texts; "
                            f"expected ({len(batch)}, {self.dim}) for model {self.model_id}"
                        )
                    new_vecs[start : start + len(batch)] = out
                    done = start + len(batch)
                    bar.update(len(batch))
                    if (
                        done - saved >= self.checkpoint_every
                        or time.monotonic() - last_save >= self.checkpoint_seconds
                    ):
                        self._save(new_keys[saved:done], new_vecs[saved:done])
                        saved, last_save = done, time.monotonic()
        finally:
            if done > saved:
                self._save(new_keys[saved:done], new_vecs[saved:done])
            if done:
                base = len(self._vecs)
                self._vecs = np.concatenate([self._vecs, new_vecs[:done]]) if base else new_vecs[:done]
                for i, k in enumerate(new_keys[:done]):
                    self._index[k] = base + i

    # -- the one call a build makes --------------------------------------------------------
    def encode(
        self,
        texts: list[str],
        encode_fn: EncodeFn,
        batch_size: int = 64,
        progress: bool = False,
    ) -> tuple[np.ndarray, int]:
        """Vectors for `texts` (float32, same order) and how many distinct texts were encoded.

        Only texts not in the cache go to `encode_fn`, each distinct text once, in batches.
        """
        self._load()
        assert self._index is not None
        keys = [text_key(self.model_id, t) for t in texts]
        missing: dict[bytes, str] = {}
        for k, t in zip(keys, texts, strict=True):
            if k not in self._index and k not in missing:
                missing[k] = t

        if missing:
            self._encode_missing(list(missing), list(missing.values()), encode_fn, batch_size, progress)
            if len(self._segments) > self.max_segments:
                try:
                    self.compact()
                except OSError as e:
                    logger.warning("could not compact the vector cache in %s: %s", self.dir, e)

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), 0
        rows = np.fromiter((self._index[k] for k in keys), dtype=np.int64, count=len(keys))
        return np.ascontiguousarray(self._vecs[rows]), len(missing)
