"""Several resolutions at once: a chain of two amendments to the same role, built and asked end to end."""

from pathlib import Path

import pytest

CHAIN = Path(__file__).parent / "data" / "kb_chain"


@pytest.fixture(scope="module")
def chain_engine(tmp_path_factory, embedder):
    from bot.core.settings import CoreSettings
    from bot.engine import Engine
    from bot.index.build import build_index

    root = tmp_path_factory.mktemp("chain-index")
    build_index(CHAIN, root, embedder)
    return Engine.load(CoreSettings(gcio_index_dir=root, gcio_knowledge_dir=CHAIN), embedder=embedder)


def test_newest_rule_first_then_each_earlier_one_with_its_source(chain_engine):
    a = chain_engine.ask("ใครเป็นประธานคณะกรรมการ GCIO")
    assert not a.abstained
    first = a.answer.split("\n")[0]
    assert "นายกรัฐมนตรี" in first and "รัฐมนตรีว่าการ" not in first and "รองนายก" not in first
    assert a.citations[0].doc_id == "chain-2022-second" and a.citations[0].date == "2022-03-15"
    assert a.previously is not None
    p = a.previously
    assert p.index("รัฐมนตรีว่าการกระทรวงดิจิทัล") < p.index("รองนายกรัฐมนตรี")  # newest history first
    assert "29 กันยายน 2563" in p and "26 พฤศจิกายน 2562" in p
    cited = [c.doc_id for c in a.citations]
    assert "chain-2019-base" in cited  # the original clause is cited, not only its quotation


def test_questions_about_the_past_get_the_rule_of_that_time(chain_engine):
    a = chain_engine.ask("ปี 2563 ใครเป็นประธานคณะกรรมการ GCIO")
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in a.answer.split("\n")[0]
    a = chain_engine.ask("ปี 2562 ใครเป็นประธานคณะกรรมการ GCIO")
    assert a.answer.split("\n")[0].count("รองนายกรัฐมนตรี") == 1
    a = chain_engine.ask("เดิมใครเป็นประธานคณะกรรมการ GCIO")  # "before": the rule right before the current one
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัล" in a.answer.split("\n")[0]


def test_unchanged_clauses_of_the_older_resolution_stay_in_force(chain_engine):
    a = chain_engine.ask("ใครเป็นเลขานุการคณะกรรมการ GCIO")
    assert not a.abstained and "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in a.answer
    assert a.citations[0].doc_id == "chain-2019-base" and a.citations[0].status == "current"
    a = chain_engine.ask("คณะกรรมการ GCIO มีหน้าที่อะไร")
    assert "กำหนดนโยบาย" in a.answer


def test_each_old_clause_links_to_its_replacement(chain_engine):
    clauses = chain_engine.index.clauses
    by_uid = chain_engine.index.by_uid
    base = next(c for c in clauses if c.doc_id == "chain-2019-base" and c.text.endswith("เป็นประธาน"))
    assert base.status == "superseded"
    mid = by_uid[base.replaced_by]
    assert mid.doc_id == "chain-2020-first" and mid.status == "superseded"
    last = by_uid[mid.replaced_by]
    assert last.doc_id == "chain-2022-second" and last.status == "current"
