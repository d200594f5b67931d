"""Fixtures for channel tests: our server and fake Telegram / LINE API servers, all on loopback.

Every server is a real uvicorn server in a thread, bound to 127.0.0.1 on a free port, so the
tests go over real HTTP (pytest-socket still blocks anything that is not loopback).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .helpers import Recorder, ServerThread, _fake_line_app, _fake_telegram_app, make_settings, running_app


@pytest.fixture(scope="session")
def fake_telegram() -> Iterator[tuple[ServerThread, Recorder]]:
    rec = Recorder()
    with ServerThread(_fake_telegram_app(rec)) as srv:
        yield srv, rec


@pytest.fixture(scope="session")
def fake_line() -> Iterator[tuple[ServerThread, Recorder]]:
    rec = Recorder()
    with ServerThread(_fake_line_app(rec)) as srv:
        yield srv, rec


@pytest.fixture()
def tg(fake_telegram) -> Recorder:
    _, rec = fake_telegram
    rec.clear()
    rec.fail_next = 0
    return rec


@pytest.fixture()
def line(fake_line) -> Recorder:
    _, rec = fake_line
    rec.clear()
    rec.fail_next = 0
    return rec


@pytest.fixture(scope="module")
def server(chan_engine, fake_telegram, fake_line) -> Iterator[ServerThread]:
    """Our server with both channels enabled, pointed at the fakes; generous rate limit."""
    with running_app(make_settings(fake_telegram, fake_line), chan_engine) as srv:
        yield srv


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


# TEMPORARY stand-in until the core's Engine lands; replaced by the real `engine` fixture.
class _FakeEngine:
    version = "fake-1"
    document_count = 2

    def ask(self, question, *, id=None):
        from bot.models import Answer, Citation

        if "ประธาน" in question and "GCIO" in question:
            c = Citation(
                doc_id="cabinet-2020-09-29-gcio",
                title="การดำเนินงานตามมติคณะรัฐมนตรี <GCIO> & guideline",
                date="2020-09-29",
                section="2.1 › 1)",
                text="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานกรรมการ",
                status="current",
            )
            return Answer(
                id=id,
                question=question,
                answer="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะกรรมการ GCIO",
                abstained=False,
                confidence=0.9,
                kind="chair",
                citations=[c],
                previously="เดิม: รองนายกรัฐมนตรี (มติ 26 พฤศจิกายน 2562)",
            )
        return Answer(
            id=id,
            question=question,
            answer="ไม่พบคำตอบในมติ",
            abstained=True,
            confidence=0.1,
            kind="offtopic",
            suggestions=["ใครเป็นประธานคณะกรรมการ GCIO"],
        )


@pytest.fixture(scope="session")
def chan_engine():
    return _FakeEngine()
