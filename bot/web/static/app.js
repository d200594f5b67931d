// Web chat: every piece of text from the server is inserted with textContent (never innerHTML).
(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask-form");
  var input = document.getElementById("question");
  var send = document.getElementById("send");
  var examples = document.getElementById("examples");
  var examplesArea = document.getElementById("examples-area");
  var examplesToggle = document.getElementById("examples-toggle");
  var counter = document.getElementById("counter");
  var hint = document.getElementById("input-hint");

  // The one place the length limit lives on the client: index.html's data-max (the server's
  // GCIO_MAX_QUESTION_CHARS, 500 by default). Nothing is cut: an over-long question is refused.
  var MAX_CHARS = Number(input.getAttribute("data-max")) || 500;
  var WARN_CHARS = Math.floor(MAX_CHARS * 0.9);

  var MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

  function thaiDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    if (!m) return iso || "";
    return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + (Number(m[1]) + 543);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function scrollDown() { window.scrollTo(0, document.body.scrollHeight); }

  // ------------------------------------------------------------------ length counter
  // Count what the server counts: the trimmed question, in code points (Python's len).
  function charCount(s) { return Array.from((s || "").trim()).length; }

  var overShown = false;
  function overMessage(n) {
    return "คำถามยาวเกิน " + MAX_CHARS + " ตัวอักษร (ตอนนี้ " + n + ") กรุณาตัดให้สั้นลงหรือถามทีละประเด็นก่อนส่ง";
  }

  function setHint(text, cls) {
    hint.textContent = text || "";
    hint.className = "input-hint" + (cls ? " " + cls : "");
  }

  function updateCounter() {
    var n = charCount(input.value);
    var over = n > MAX_CHARS;
    counter.textContent = n + "/" + MAX_CHARS;
    counter.classList.toggle("near", n >= WARN_CHARS && !over);
    counter.classList.toggle("over", over);
    input.setAttribute("aria-invalid", over ? "true" : "false");
    if (over && !overShown) setHint(overMessage(n), "over");
    else if (!over && overShown) setHint("");
    overShown = over;
  }

  // ------------------------------------------------------------------ messages
  function addUser(text) { log.appendChild(el("div", "msg user", text)); scrollDown(); }

  function addError(text, kept) {
    var box = el("div", "msg bot error");
    box.appendChild(el("div", "error-text", text));
    if (kept) box.appendChild(el("div", "error-kept", "คำถามยังอยู่ในช่องพิมพ์ กด “ถาม” เพื่อส่งอีกครั้งได้"));
    log.appendChild(box);
    scrollDown();
  }

  function addTyping() {
    var box = el("div", "msg bot typing");
    var dots = el("span", "dots");
    dots.setAttribute("aria-hidden", "true");
    for (var i = 0; i < 3; i++) dots.appendChild(el("span", "dot"));
    box.appendChild(dots);
    box.appendChild(el("span", "typing-text", "กำลังค้นหาคำตอบ…"));
    log.appendChild(box);
    scrollDown();
    return box;
  }

  function citationBlock(c) {
    var frag = document.createDocumentFragment();
    var cit = el("div", "citation");
    cit.appendChild(el("span", "cite-prefix", "ที่มา: "));
    var visible = c.label || [c.title, c.section ? "ข้อ " + c.section : ""].filter(Boolean).join(" · ");
    cit.appendChild(el("span", "source", visible));
    frag.appendChild(cit);
    // The full reference (title, date, section) and the clause's text are one click away.
    var det = el("details", "clause");
    det.appendChild(el("summary", null, "ดูข้อความเต็มของข้อนี้"));
    var ref = el("div", "ref");
    ref.appendChild(el("span", "title", c.title));
    if (c.date) ref.appendChild(el("span", "date", " · ลงวันที่ " + thaiDate(c.date)));
    if (c.section) ref.appendChild(el("span", "section", " · ข้อ " + c.section));
    det.appendChild(ref);
    det.appendChild(el("pre", null, c.text));
    frag.appendChild(det);
    return frag;
  }

  function feedbackRow(answerId) {
    var row = el("div", "feedback");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", "คำตอบนี้มีประโยชน์ไหม");
    var up = el("button", "vote up", "👍");
    var down = el("button", "vote down", "👎");
    var status = el("span", "feedback-status");
    status.setAttribute("role", "status");
    up.setAttribute("aria-label", "คำตอบนี้มีประโยชน์");
    down.setAttribute("aria-label", "คำตอบนี้ไม่มีประโยชน์");
    [up, down].forEach(function (b) {
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () { vote(b === up); });
    });
    function vote(useful) {
      var chosen = useful ? up : down;
      up.disabled = down.disabled = true;
      chosen.setAttribute("aria-pressed", "true");
      status.textContent = "";
      fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answer_id: answerId, useful: useful })
      }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        row.classList.add("done");
        status.textContent = "ขอบคุณสำหรับความเห็นครับ";
      }).catch(function () {
        chosen.setAttribute("aria-pressed", "false");
        up.disabled = down.disabled = false;
        status.textContent = "ส่งความเห็นไม่สำเร็จ ลองกดใหม่ได้";
      });
    }
    row.appendChild(up);
    row.appendChild(down);
    row.appendChild(status);
    return row;
  }

  function addAnswer(a) {
    var box = el("div", "msg bot" + (a.abstained ? " abstained" : ""));
    box.setAttribute("data-kind", a.kind || "");
    box.appendChild(el("div", "answer", a.answer));
    var c = (a.citations || [])[0];
    if (c && !a.abstained) box.appendChild(citationBlock(c));
    var prev = (a.previously || "").trim();
    if (prev) {
      // The core may already fold the old rule into the answer: then show it apart, not twice.
      var ans = box.querySelector(".answer");
      var at = a.answer.indexOf(prev);
      if (at >= 0) ans.textContent = (a.answer.slice(0, at) + a.answer.slice(at + prev.length)).trim();
      box.insertBefore(el("div", "previously", prev.indexOf("เดิม") === 0 ? prev : "เดิม: " + prev), box.children[1] || null);
    }
    if (a.abstained && a.suggestions && a.suggestions.length) {
      var s = el("div", "examples");
      a.suggestions.slice(0, 5).forEach(function (q) { s.appendChild(exampleButton(q)); });
      box.appendChild(s);
    }
    if (a.answer_id) box.appendChild(feedbackRow(a.answer_id));
    log.appendChild(box);
    scrollDown();
  }

  // ------------------------------------------------------------------ examples
  function exampleButton(q) {
    var b = el("button", null, q);
    b.type = "button";
    b.addEventListener("click", function () { ask(q); });
    return b;
  }

  function setExamplesOpen(open) {
    examplesToggle.setAttribute("aria-expanded", open ? "true" : "false");
    examples.hidden = !open;
    examplesArea.classList.toggle("collapsed", !open);
  }

  // After the first question the chips fold into one toggle, so the chat keeps the screen.
  function collapseExamples() {
    if (!examples.children.length) return;
    examplesToggle.hidden = false;
    setExamplesOpen(false);
  }

  examplesToggle.addEventListener("click", function () {
    setExamplesOpen(examplesToggle.getAttribute("aria-expanded") !== "true");
  });

  // ------------------------------------------------------------------ asking
  // One conversation per tab, so a follow-up ("แล้วเลขานุการล่ะ") is read against the last answer.
  var convId = null;
  function conversationId() {
    if (convId) return convId;
    try { convId = sessionStorage.getItem("gcio-conversation"); } catch (e) { convId = null; }
    if (!convId) {
      convId = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
      try { sessionStorage.setItem("gcio-conversation", convId); } catch (e) { /* private mode: per page */ }
    }
    return convId;
  }

  // Retry-After is either seconds or an HTTP date; null when absent or unreadable.
  function retryAfterSeconds(value) {
    if (!value) return null;
    value = value.trim();
    if (/^\d+$/.test(value)) return Number(value);
    var t = Date.parse(value);
    if (isNaN(t)) return null;
    return Math.max(0, Math.ceil((t - Date.now()) / 1000));
  }

  function waitText(seconds) {
    if (seconds < 60) return Math.max(1, seconds) + " วินาที";
    return Math.ceil(seconds / 60) + " นาที";
  }

  function errorText(res) {
    var msg = res.body && typeof res.body.message === "string" && res.body.message
      ? res.body.message
      : res.status >= 500 ? "ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง" : "ขออภัย ส่งคำถามไม่สำเร็จ";
    if (res.status === 429) {
      var wait = retryAfterSeconds(res.retryAfter);
      if (wait !== null) msg += " (ถามใหม่ได้ในอีก " + waitText(wait) + ")";
    }
    return msg;
  }

  var pending = false;

  function ask(question) {
    question = (question || "").trim();
    if (!question || pending) return;
    var n = charCount(question);
    if (n > MAX_CHARS) {
      setHint(overMessage(n), "over");
      overShown = true;
      input.focus();
      return;
    }
    collapseExamples();
    addUser(question);
    setHint("");
    pending = true;
    send.disabled = true;
    var typing = addTyping();

    function finish() {
      if (typing.parentNode) typing.parentNode.removeChild(typing);
    }
    // On any failure the question stays in (or comes back to) the box, ready to send again.
    function keepQuestion() {
      if (!input.value.trim()) { input.value = question; updateCounter(); }
    }

    fetch("/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, conversation: conversationId() })
    }).then(function (r) {
      return r.text().then(function (raw) {
        var body = null;
        try { body = JSON.parse(raw); } catch (e) { body = null; }
        return { ok: r.ok, status: r.status, body: body, retryAfter: r.headers.get("Retry-After") };
      });
    }).then(function (res) {
      finish();
      if (res.ok && res.body && typeof res.body.answer === "string") {
        addAnswer(res.body);
        // Clear only on success, and only if the box still holds what was sent.
        if (input.value.trim() === question) { input.value = ""; updateCounter(); }
      } else {
        keepQuestion();
        addError(errorText(res), true);
      }
    }).catch(function () {
      finish();
      keepQuestion();
      addError("ขออภัย เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองใหม่", true);
    }).then(function () {
      pending = false;
      send.disabled = false;
      input.focus();
    });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); ask(input.value); });
  input.addEventListener("input", updateCounter);
  updateCounter();

  fetch("/api/examples").then(function (r) { return r.json(); }).then(function (d) {
    (d.examples || []).forEach(function (q) { examples.appendChild(exampleButton(q)); });
    if (log.querySelector(".msg")) collapseExamples();
  }).catch(function () {});

  // The header says what the answers rest on; the index id is only for support, in the tooltip.
  fetch("/healthz").then(function (r) { return r.json(); }).then(function (d) {
    var version = document.getElementById("version");
    if (typeof d.document_count === "number") {
      version.textContent = "· อ้างอิงมติ ครม. " + d.document_count + " ฉบับ";
    }
    if (d.index_version) version.title = "รุ่นดัชนี " + d.index_version;
  }).catch(function () {});
})();
