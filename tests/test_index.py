"""The index refuses what it cannot trust, naming the command that fixes it."""

import json
import shutil
from types import SimpleNamespace

import pytest

from bot.core.errors import IndexMismatchError, IndexNotFoundError
from bot.index.build import build_index, char_grams
from bot.index.load import LoadedIndex


@pytest.fixture(scope="module")
def base(tmp_path_factory, knowledge_dir, embedder):
    """One real build; each test gets its own copy to damage."""
    top = tmp_path_factory.mktemp("base")
    shutil.copytree(knowledge_dir, top / "kb")
    result = build_index(top / "kb", top / "index", embedder)
    return top, result


@pytest.fixture()
def built(tmp_path, base):
    top, result = base
    shutil.copytree(top, tmp_path, dirs_exist_ok=True)
    kb, root = tmp_path / "kb", tmp_path / "index"
    result = SimpleNamespace(
        manifest=result.manifest, path=root / "versions" / result.version, version=result.version
    )
    return kb, root, result


def test_manifest_records_what_the_index_was_built_from(built, embedder):
    kb, root, result = built
    m = json.loads((result.path / "manifest.json").read_text(encoding="utf-8"))
    assert m["model_id"] == embedder.model_id and m["dim"] == 384
    assert m["clause_count"] > 40 and len(m["knowledge_hash"]) == 64
    assert {"faiss-cpu", "pythainlp", "numpy"} <= m["versions"].keys()
    assert {d["id"] for d in m["documents"]} == {"cabinet-2019-11-26-gcio", "cabinet-2020-09-29-gcio"}
    index = LoadedIndex.load(root, embedder, knowledge_dir=kb)
    assert index.faiss.ntotal == len(index.clauses) == m["clause_count"]


def test_missing_index_names_the_build_command(tmp_path, embedder):
    with pytest.raises(IndexNotFoundError, match="gcio-bot index build"):
        LoadedIndex.load(tmp_path / "none", embedder)


def test_an_index_from_another_model_is_refused(built, embedder):
    kb, root, result = built

    class Other:
        model_id, dim = "another-model", 384

    with pytest.raises(IndexMismatchError, match="another-model.*gcio-bot index build"):
        LoadedIndex.load(root, Other(), knowledge_dir=kb)


def test_a_stale_index_is_served_with_a_warning(built, embedder):
    """After a knowledge change (or a rollback) the last good index keeps serving, and says so."""
    kb, root, _ = built
    doc = kb / "2020-09-29-gcio-review.md"
    original = doc.read_text(encoding="utf-8")
    doc.write_text(original + "\nหมายเหตุ: เพิ่มเติม\n", encoding="utf-8")
    try:
        index = LoadedIndex.load(root, embedder, knowledge_dir=kb)
        assert index.clauses and "older than" in index.warnings[0]
        assert "gcio-bot index build" in index.warnings[0]
    finally:
        doc.write_text(original, encoding="utf-8")
    assert LoadedIndex.load(root, embedder, knowledge_dir=kb).warnings == []


@pytest.mark.parametrize("victim", ["vectors.faiss", "clauses.jsonl", "manifest.json"])
def test_a_corrupt_index_is_refused(built, embedder, victim):
    kb, root, result = built
    (result.path / victim).write_bytes(b"\x00garbage{")
    with pytest.raises(IndexMismatchError, match="gcio-bot index build"):
        LoadedIndex.load(root, embedder, knowledge_dir=kb)


def test_a_rebuild_reuses_cached_vectors(built, embedder):
    kb, root, first = built
    second = build_index(kb, root, embedder)
    assert first.manifest.embedded > 0 and second.manifest.embedded == 0
    assert second.version > first.version


def test_character_trigrams_ignore_spaces_punctuation_and_latin():
    assert char_grams("ก.พ. abc ขค") == ["กพข", "พขค"]
    assert char_grams("ab") == []


def test_a_second_build_fails_at_once_while_one_holds_the_lock(built, embedder):
    from bot.index.store import IndexLockedError, IndexStore

    kb, root, _ = built
    with IndexStore(root).lock():
        with pytest.raises(IndexLockedError, match="another index build"):
            build_index(kb, root, embedder)
