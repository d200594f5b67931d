"""The web chat in a real headless browser (Debian's chromium driven by Playwright).

CI needs: `apt-get install -y chromium` and `pip install playwright` (no `playwright install`:
the system chromium is used). Skipped only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import json
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
PHONE = {"width": 390, "height": 844}
FONT_FILES = [
    "sarabun-thai-400-normal.woff2",
    "sarabun-latin-400-normal.woff2",
    "sarabun-thai-700-normal.woff2",
    "sarabun-latin-700-normal.woff2",
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


@pytest.fixture()
def page(browser):
    """A fresh page that collects uncaught script errors; the test must leave `page.errors` empty."""
    pg = browser.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    pg.close()


def ask(page, question: str) -> dict:
    """Type a question, press Enter, and return the JSON /api/ask answered with."""
    with page.expect_response("**/api/ask") as resp:
        page.fill("#question", question)
        page.press("#question", "Enter")
    page.locator(".msg.bot:not(.typing)").last.wait_for(timeout=15_000)
    return resp.value.json()


def test_type_a_question_and_see_answer_with_citation(page, page_url):
    page.goto(page_url + "/")
    data = ask(page, CHAIR_Q)
    bot = page.locator(".msg.bot").first
    assert CHAIR_A in bot.locator(".answer").inner_text()
    cited = data["citations"][0]
    assert cited["label"], "the server gives a short label for chat bubbles"
    # The visible source line is the citation's short label, not the long title.
    citation = bot.locator(".citation")
    assert citation.locator(".source").inner_text().strip() == cited["label"]
    assert cited["title"] not in citation.inner_text()
    # What the rule was before the 2020 amendment is shown apart from the answer.
    prev = bot.locator(".previously").inner_text()
    assert "เดิม" in prev and "2562" in prev
    # The full reference (title, date, section) and the clause text are one click away.
    details = bot.locator("details.clause")
    assert not details.locator(".title").is_visible()
    details.locator("summary").click()
    assert details.locator(".title").inner_text().strip() == cited["title"]
    assert "ลงวันที่" in details.locator(".date").inner_text()
    assert details.locator(".section").inner_text().strip()
    assert details.locator("pre").inner_text().strip()
    # The input is cleared after a successful answer.
    assert page.input_value("#question") == ""
    assert page.errors == []


def test_example_button_and_html_in_questions_is_shown_as_text(page, page_url):
    page.goto(page_url + "/")
    page.locator("#examples button").first.wait_for(timeout=10_000)
    assert page.locator("#examples button").count() >= 3
    # A question with markup is displayed literally, never interpreted.
    hostile = '<img src=x onerror="window.pwned=1">ใครเป็นประธาน'
    page.fill("#question", hostile)
    page.click("#send")
    page.locator(".msg.bot:not(.typing)").first.wait_for(timeout=15_000)
    assert page.locator(".msg.user").first.inner_text() == hostile
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    assert page.errors == []


def test_header_shows_document_count_not_index_id(page, page_url):
    health = page.request.get(page_url + "/healthz").json()
    page.goto(page_url + "/")
    page.wait_for_function("document.getElementById('version').textContent.length > 0")
    version = page.locator("#version").inner_text()
    assert f"อ้างอิงมติ ครม. {health['document_count']} ฉบับ" in version
    header = page.locator("header").inner_text()
    assert health["index_version"] not in header
    assert "ดัชนี" not in header
    assert page.errors == []


def test_thumbs_post_feedback_with_answer_id(page, page_url):
    sent: list = []

    def on_feedback(route):
        sent.append(route.request)
        route.fulfill(status=200, content_type="application/json", body='{"ok": true}')

    page.route("**/api/feedback", on_feedback)
    page.goto(page_url + "/")
    first = ask(page, CHAIR_Q)
    assert first["answer_id"]
    bot = page.locator(".msg.bot").last
    up = bot.get_by_role("button", name="คำตอบนี้มีประโยชน์", exact=True)
    down = bot.get_by_role("button", name="คำตอบนี้ไม่มีประโยชน์", exact=True)
    assert up.inner_text() == "👍" and down.inner_text() == "👎"
    assert up.is_enabled() and down.is_enabled()
    with page.expect_request("**/api/feedback") as req:
        up.click()
    r = req.value
    assert r.method == "POST"
    assert "application/json" in r.headers["content-type"]
    assert json.loads(r.post_data) == {"answer_id": first["answer_id"], "useful": True}
    bot.locator(".feedback-status", has_text="ขอบคุณ").wait_for(timeout=5_000)
    assert up.is_disabled() and down.is_disabled()
    assert up.get_attribute("aria-pressed") == "true"

    # A second answer has its own pair; 👎 sends useful: false with that answer's id.
    second = ask(page, "ใครเป็นเลขานุการคณะกรรมการ GCIO")
    assert second["answer_id"] and second["answer_id"] != first["answer_id"]
    bot2 = page.locator(".msg.bot").last
    with page.expect_request("**/api/feedback") as req2:
        bot2.get_by_role("button", name="คำตอบนี้ไม่มีประโยชน์", exact=True).click()
    assert json.loads(req2.value.post_data) == {"answer_id": second["answer_id"], "useful": False}
    bot2.locator(".feedback-status", has_text="ขอบคุณ").wait_for(timeout=5_000)
    assert len(sent) == 2  # exactly one request per vote
    # The first pair stayed voted.
    assert up.is_disabled()
    assert page.errors == []


def test_feedback_failure_lets_the_user_vote_again(page, page_url):
    page.route("**/api/feedback", lambda route: route.fulfill(status=503, body="down"))
    page.goto(page_url + "/")
    ask(page, CHAIR_Q)
    bot = page.locator(".msg.bot").last
    up = bot.get_by_role("button", name="คำตอบนี้มีประโยชน์", exact=True)
    up.click()
    bot.locator(".feedback-status", has_text="ไม่สำเร็จ").wait_for(timeout=5_000)
    assert up.is_enabled() and up.get_attribute("aria-pressed") == "false"
    assert "ขอบคุณ" not in bot.locator(".feedback").inner_text()
    assert page.errors == []


def test_small_talk_has_no_thumbs(page, page_url):
    page.goto(page_url + "/")
    data = ask(page, "สวัสดีครับ")
    assert data["kind"] == "small_talk" and "answer_id" not in data
    assert page.locator(".msg.bot").last.locator(".feedback").count() == 0
    assert page.errors == []


def test_typing_bubble_shows_while_pending_and_goes(page, page_url):
    held: list = []
    page.route("**/api/ask", lambda route: held.append(route))  # hold the request until we let it go
    page.goto(page_url + "/")
    page.fill("#question", CHAIR_Q)
    page.press("#question", "Enter")
    typing = page.locator(".msg.typing")
    typing.wait_for(timeout=5_000)
    assert "กำลังค้นหาคำตอบ" in typing.inner_text()
    assert typing.locator(".dot").count() == 3
    # The dots are animated (and hidden from screen readers, which read the text).
    assert page.eval_on_selector(".msg.typing .dot", "d => getComputedStyle(d).animationName") == "blink"
    assert typing.locator(".dots").get_attribute("aria-hidden") == "true"
    assert page.locator("#send").is_disabled()
    for _ in range(100):  # let Playwright deliver the intercepted request to our handler
        if held:
            break
        page.wait_for_timeout(50)
    assert len(held) == 1
    page.wait_for_timeout(300)
    assert typing.is_visible()  # still there while the request is held
    held[0].continue_()  # now the real server answers
    page.locator(".msg.bot:not(.typing)").first.wait_for(timeout=15_000)
    assert typing.count() == 0
    assert CHAIR_A in page.locator(".msg.bot .answer").first.inner_text()
    assert page.locator("#send").is_enabled()
    # The bubble also goes when the answer is an error.
    page.unroute("**/api/ask")
    page.route("**/api/ask", lambda route: route.fulfill(status=500, body="{}"))
    page.fill("#question", "คำถามที่สอง")
    page.press("#question", "Enter")
    page.locator(".msg.error").wait_for(timeout=5_000)
    assert typing.count() == 0
    assert page.errors == []


def test_examples_collapse_after_first_question_on_a_phone(browser, page_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(page_url + "/")
    page.locator("#examples button").first.wait_for(timeout=10_000)
    area = page.locator("#examples-area")
    before = area.bounding_box()["height"]
    assert before > 60, f"the chips should start open ({before}px)"
    toggle = page.locator("#examples-toggle")
    assert not toggle.is_visible()
    ask(page, CHAIR_Q)
    after = area.bounding_box()["height"]
    assert after < 60, f"examples area still {after}px high at 390x844"
    assert toggle.is_visible() and toggle.inner_text().strip().startswith("ตัวอย่างคำถาม")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#examples button").first.is_visible()
    # One tap opens them again; asking one folds them back.
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    chip = page.locator("#examples button").nth(1)
    assert chip.is_visible()
    question = chip.inner_text()
    chip.click()
    page.locator(".msg.user", has_text=question).wait_for(timeout=5_000)
    page.locator(".msg.bot:not(.typing)").nth(1).wait_for(timeout=15_000)
    assert toggle.get_attribute("aria-expanded") == "false"
    assert area.bounding_box()["height"] < 60
    # Nothing is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()


def test_typed_text_stays_after_errors(page, page_url):
    replies = [
        {
            "status": 500,
            "content_type": "application/json",
            "body": '{"error": "error", "message": "ระบบขัดข้อง"}',
        },
        {"status": 502, "content_type": "text/html", "body": "<html>Bad gateway</html>"},
        {
            "status": 429,
            "content_type": "application/json",
            "headers": {"Retry-After": "30"},
            "body": json.dumps({"error": "rate_limited", "message": "ขออภัย ท่านส่งคำถามถี่เกินไป"}),
        },
        "abort",
    ]

    def on_ask(route):
        reply = replies.pop(0)
        if reply == "abort":
            route.abort("connectionrefused")
        else:
            route.fulfill(**reply)

    page.route("**/api/ask", on_ask)
    page.goto(page_url + "/")
    question = "ใครเป็นเลขานุการคณะกรรมการ PCIO"
    page.fill("#question", question)
    expected = ["ระบบขัดข้อง", "ระบบขัดข้อง", "ถามใหม่ได้ในอีก 30 วินาที", "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้"]
    for i, text in enumerate(expected, start=1):
        page.press("#question", "Enter")
        page.locator(".msg.error").nth(i - 1).wait_for(timeout=5_000)
        assert text in page.locator(".msg.error").nth(i - 1).inner_text()
        assert page.input_value("#question") == question  # never cleared on failure
        assert page.locator(".msg.typing").count() == 0
        page.wait_for_function("!document.getElementById('send').disabled")
    assert "ถี่เกินไป" in page.locator(".msg.error").nth(2).inner_text()
    assert replies == []
    # Back to the real server: success clears the box.
    page.unroute("**/api/ask")
    page.press("#question", "Enter")
    page.locator(".msg.bot:not(.typing):not(.error)").first.wait_for(timeout=15_000)
    assert page.input_value("#question") == ""
    assert page.errors == []


def test_retry_after_as_http_date(page, page_url):
    page.route(
        "**/api/ask",
        lambda route: route.fulfill(
            status=429,
            content_type="application/json",
            headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"},
            body='{"error": "rate_limited", "message": "ขออภัย ท่านส่งคำถามถี่เกินไป"}',
        ),
    )
    page.goto(page_url + "/")
    page.fill("#question", CHAIR_Q)
    page.press("#question", "Enter")
    page.locator(".msg.error").wait_for(timeout=5_000)
    assert "ถามใหม่ได้ในอีก" in page.locator(".msg.error").inner_text()
    assert "นาที" in page.locator(".msg.error").inner_text()
    assert page.input_value("#question") == CHAIR_Q


def test_counter_warns_and_blocks_over_limit_without_cutting(page, page_url):
    page.goto(page_url + "/")
    q = page.locator("#question")
    counter = page.locator("#counter")
    assert q.get_attribute("maxlength") is None  # nothing is silently cut
    assert q.get_attribute("data-max") == "500"
    assert counter.inner_text() == "0/500"
    q.press_sequentially("ใคร")
    assert counter.inner_text() == "3/500"
    assert "near" not in counter.get_attribute("class")
    q.fill("ก" * 460)
    assert counter.inner_text() == "460/500"
    assert "near" in counter.get_attribute("class")
    assert page.locator("#input-hint").inner_text() == ""

    asked: list = []
    page.on("request", lambda r: asked.append(r.url) if "/api/ask" in r.url else None)
    q.fill("ก" * 501)
    assert page.input_value("#question") == "ก" * 501  # kept whole
    assert counter.inner_text() == "501/500"
    assert "over" in counter.get_attribute("class")
    assert q.get_attribute("aria-invalid") == "true"
    hint = page.locator("#input-hint")
    assert "500" in hint.inner_text() and "ยาวเกิน" in hint.inner_text()
    page.press("#question", "Enter")
    page.click("#send")
    page.wait_for_timeout(300)
    assert asked == []  # blocked in the page, not sent
    assert page.locator(".msg.user").count() == 0
    assert page.input_value("#question") == "ก" * 501
    assert "ยาวเกิน" in hint.inner_text()
    # One character fewer is allowed, and the server (limit 500 by default) agrees.
    page.press("#question", "Backspace")
    assert counter.inner_text() == "500/500"
    assert "over" not in counter.get_attribute("class")
    assert hint.inner_text() == ""
    with page.expect_response("**/api/ask") as resp:
        page.press("#question", "Enter")
    assert resp.value.status == 200
    assert page.errors == []


def test_thai_font_is_bundled_and_loaded(page, page_url):
    for name in FONT_FILES:
        r = page.request.get(f"{page_url}/static/fonts/{name}")
        assert r.status == 200, name
        assert r.headers["content-type"].startswith("font/woff2"), r.headers["content-type"]
        assert r.body()[:4] == b"wOF2"
    lic = page.request.get(f"{page_url}/static/fonts/OFL.txt")
    assert lic.status == 200 and "SIL Open Font License" in lic.text()
    total = sum(
        os.path.getsize(os.path.join(os.path.dirname(__file__), "../../bot/web/static/fonts", n))
        for n in FONT_FILES
    )
    assert total < 200_000

    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(page_url + "/")
    loaded = page.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts]
                .filter(f => f.family.replace(/["']/g, '') === 'Sarabun' && f.status === 'loaded')
                .map(f => f.weight + ' ' + f.unicodeRange);
        }"""
    )
    weights = {x.split()[0] for x in loaded}
    assert {"400", "700"} <= weights, loaded  # body text and the bold heading
    assert any("E01" in x.upper() for x in loaded), "the Thai subset is loaded"
    assert page.evaluate("document.fonts.check('16px Sarabun', 'ใครเป็นประธาน')")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Sarabun"') or family.startswith("Sarabun")
    # No CDN: every request stays on our origin.
    assert urls and all(u.startswith(page_url) for u in urls), urls
    assert page.errors == []
