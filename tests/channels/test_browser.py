"""The web chat in a real headless browser (Debian's chromium driven by Playwright).

CI needs: `apt-get install -y chromium` and `pip install playwright` (no `playwright install`:
the system chromium is used). Skipped only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os

import pytest

from .helpers import CHAIR_A, CHAIR_Q, make_settings, running_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="needs Debian chromium at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def page_url(chan_engine):
    with running_app(make_settings(), chan_engine) as srv:
        yield srv.url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_type_a_question_and_see_answer_with_citation(browser, page_url):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_url + "/")
    page.fill("#question", CHAIR_Q)
    page.press("#question", "Enter")
    bot = page.locator(".msg.bot").first
    bot.wait_for(timeout=15_000)
    assert CHAIR_A in bot.locator(".answer").inner_text()
    citation = bot.locator(".citation")
    assert citation.locator(".title").inner_text().strip()
    assert "ลงวันที่" in citation.locator(".date").inner_text()
    assert citation.locator(".section").inner_text().strip()
    # What the rule was before the 2020 amendment is shown apart from the answer.
    prev = bot.locator(".previously").inner_text()
    assert "เดิม" in prev and "2562" in prev
    # The full clause is one click away.
    bot.locator("details.clause summary").click()
    assert bot.locator("details.clause pre").inner_text().strip()
    # The index version is shown in the header (loaded from /healthz).
    page.wait_for_function("document.getElementById('version').textContent.length > 0")
    assert errors == []
    page.close()


def test_example_button_and_html_in_questions_is_shown_as_text(browser, page_url):
    page = browser.new_page()
    page.goto(page_url + "/")
    page.locator("#examples button").first.wait_for(timeout=10_000)
    assert page.locator("#examples button").count() >= 3
    # A question with markup is displayed literally, never interpreted.
    hostile = '<img src=x onerror="window.pwned=1">ใครเป็นประธาน'
    page.fill("#question", hostile)
    page.click("#send")
    page.locator(".msg.bot").first.wait_for(timeout=15_000)
    assert page.locator(".msg.user").first.inner_text() == hostile
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    page.close()
