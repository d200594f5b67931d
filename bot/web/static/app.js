// Web chat: every piece of text from the server is inserted with textContent (never innerHTML).
(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask-form");
  var input = document.getElementById("question");
  var send = document.getElementById("send");
  var examples = document.getElementById("examples");

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

  function addUser(text) { log.appendChild(el("div", "msg user", text)); scrollDown(); }

  function addError(text) { log.appendChild(el("div", "msg bot error", text)); scrollDown(); }

  function addAnswer(a) {
    var box = el("div", "msg bot" + (a.abstained ? " abstained" : ""));
    box.setAttribute("data-kind", a.kind || "");
    box.appendChild(el("div", "answer", a.answer));
    var c = (a.citations || [])[0];
    if (c && !a.abstained) {
      var cit = el("div", "citation");
      cit.appendChild(el("span", "label", "ที่มา: "));
      cit.appendChild(el("span", "title", c.title));
      cit.appendChild(el("span", "date", " · ลงวันที่ " + thaiDate(c.date)));
      if (c.section) cit.appendChild(el("span", "section", " · ข้อ " + c.section));
      box.appendChild(cit);
      var det = el("details", "clause");
      det.appendChild(el("summary", null, "ดูข้อความเต็มของข้อนี้"));
      det.appendChild(el("pre", null, c.text));
      box.appendChild(det);
    }
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
    log.appendChild(box);
    scrollDown();
  }

  function exampleButton(q) {
    var b = el("button", null, q);
    b.type = "button";
    b.addEventListener("click", function () { ask(q); });
    return b;
  }

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

  function ask(question) {
    question = (question || "").trim();
    if (!question) return;
    addUser(question);
    input.value = "";
    send.disabled = true;
    fetch("/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, conversation: conversationId() })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (res.ok) addAnswer(res.body);
      else addError(res.body && res.body.message ? res.body.message : "ขออภัย ระบบขัดข้อง");
    }).catch(function () {
      addError("ขออภัย เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองใหม่");
    }).then(function () { send.disabled = false; input.focus(); });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); ask(input.value); });

  fetch("/api/examples").then(function (r) { return r.json(); }).then(function (d) {
    (d.examples || []).forEach(function (q) { examples.appendChild(exampleButton(q)); });
  }).catch(function () {});
  fetch("/healthz").then(function (r) { return r.json(); }).then(function (d) {
    document.getElementById("version").textContent = "(ดัชนี " + d.index_version + ", " + d.document_count + " มติ)";
  }).catch(function () {});
})();
