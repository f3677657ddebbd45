(function () {
  "use strict";
  /* brandsweep report: filter, sort and page the findings table. No dependencies, no data
     embedded here: everything is read from the DOM (data-* attributes), so no scraped value
     ever sits inside this script (its hash is pinned by the Content-Security-Policy).
     Filters can be preset by the URL: report.html#class=impostor&severity=high&q=text
     (and the order: &sort=score&dir=desc; columns are named by their data-col). */
  var doc = document;
  var root = doc.documentElement;
  var msgs = doc.getElementById("i18n");
  function msg(name, values) {
    var t = (msgs && msgs.getAttribute("data-" + name)) || "";
    Object.keys(values || {}).forEach(function (k) { t = t.split("{" + k + "}").join(String(values[k])); });
    return t;
  }
  var lang = (msgs && msgs.getAttribute("data-locale")) || "en";
  decisions();
  var table = doc.getElementById("findings");
  if (!table) { root.setAttribute("data-js", "ready"); return; }
  var tbody = table.tBodies[0];
  var all = Array.prototype.slice.call(tbody.rows);
  var text = new Map();
  all.forEach(function (r) { text.set(r, r.textContent.toLowerCase()); });
  var order = all.slice();
  var selects = Array.prototype.slice.call(doc.querySelectorAll("#filters select[data-key]"));
  var q = doc.getElementById("f-q");
  var size = doc.getElementById("f-size");
  var count = doc.getElementById("f-count");
  var pager = doc.getElementById("pager");
  var info = doc.getElementById("pg-info");
  var prev = doc.getElementById("pg-prev");
  var next = doc.getElementById("pg-next");
  var page = 0;
  var shown = [];
  var fmt = function (n) { return n.toLocaleString(lang === "tr" ? "tr-TR" : "en-US"); };

  function state() {
    var s = {};
    selects.forEach(function (el) { if (el.value) { s[el.getAttribute("data-key")] = el.value; } });
    if (q.value.trim()) { s.q = q.value.trim(); }
    return s;
  }

  function writeHash() {
    var s = state();
    var p = new URLSearchParams();
    Object.keys(s).forEach(function (k) { p.set(k, s[k]); });
    var h = p.toString();
    try { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); } catch (e) { /* file: URLs may refuse */ }
  }

  function filter() {
    var s = state();
    var needle = (s.q || "").toLowerCase();
    shown = [];
    order.forEach(function (r) {
      var ok = true;
      selects.forEach(function (el) {
        if (ok && el.value && r.getAttribute("data-" + el.getAttribute("data-key")) !== el.value) { ok = false; }
      });
      if (ok && needle && text.get(r).indexOf(needle) < 0) { ok = false; }
      r.classList.toggle("f-out", !ok);
      if (ok) { shown.push(r); }
    });
    paginate();
  }

  function paginate() {
    var per = parseInt(size.value, 10) || 0;
    var pages = per ? Math.max(1, Math.ceil(shown.length / per)) : 1;
    if (page >= pages) { page = pages - 1; }
    if (page < 0) { page = 0; }
    var lo = per ? page * per : 0;
    var hi = per ? Math.min(shown.length, lo + per) : shown.length;
    shown.forEach(function (r, i) { r.classList.toggle("p-out", i < lo || i >= hi); });
    var total = all.length;
    var text = shown.length === total ? msg("findings", { n: fmt(total) }) : msg("match", { shown: fmt(shown.length), total: fmt(total) });
    if (pages > 1) { text += msg("showing", { lo: fmt(shown.length ? lo + 1 : 0), hi: fmt(hi) }); }
    count.textContent = text + ".";
    pager.hidden = pages <= 1;
    info.textContent = msg("page", { page: page + 1, pages: pages });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    doc.documentElement.setAttribute("data-shown", String(shown.length));
  }

  function sortBy(th, wanted) {
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var kind = th.getAttribute("data-sort");
    var ranks = { high: 3, medium: 2, low: 1, none: 0 };
    var dir = wanted || (th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending");
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var sign = dir === "ascending" ? 1 : -1;
    var key = function (r) {
      if (kind === "severity") { return ranks[r.getAttribute("data-severity")] || 0; }
      if (th.getAttribute("data-col") === "reach") { return parseInt(r.getAttribute("data-reach"), 10) || 0; }
      if (th.getAttribute("data-col") === "score") { return parseFloat(r.getAttribute("data-score")) || 0; }
      var s = r.cells[idx].textContent.trim();
      return kind === "num" ? parseFloat(s) || 0 : s.toLowerCase();
    };
    var keyed = all.map(function (r, i) { return [key(r), i, r]; });
    keyed.sort(function (a, b) {
      if (a[0] < b[0]) { return -sign; }
      if (a[0] > b[0]) { return sign; }
      return a[1] - b[1];
    });
    order = keyed.map(function (k) { return k[2]; });
    var frag = doc.createDocumentFragment();
    order.forEach(function (r) { frag.appendChild(r); });
    tbody.appendChild(frag);
    page = 0;
    filter();
  }

  function readHash() {
    var h = location.hash.replace(/^#/, "");
    if (/^f\d+$/.test(h)) { reveal(h); return; }
    if (h.indexOf("=") < 0) { return; }
    var p = new URLSearchParams(h);
    selects.forEach(function (el) {
      var v = p.get(el.getAttribute("data-key"));
      if (v !== null && Array.prototype.some.call(el.options, function (o) { return o.value === v; })) { el.value = v; }
    });
    if (p.get("q") !== null) { q.value = p.get("q"); }
    var col = p.get("sort") && table.tHead.querySelector("th[data-col=\"" + p.get("sort").replace(/[^a-z]/g, "") + "\"]");
    page = 0;
    if (col) { sortBy(col, p.get("dir") === "desc" ? "descending" : "ascending"); } else { filter(); }
  }

  function reveal(id) {
    var row = doc.getElementById(id);
    if (!row || row.parentNode !== tbody) { return; }
    if (row.classList.contains("f-out")) {
      selects.forEach(function (el) { el.value = ""; });
      q.value = "";
      filter();
    }
    var per = parseInt(size.value, 10) || 0;
    if (per) { page = Math.floor(shown.indexOf(row) / per); paginate(); }
    row.scrollIntoView({ block: "center" });
    var d = row.querySelector("details");
    if (d) { d.open = true; }
  }

  selects.forEach(function (el) { el.addEventListener("change", function () { page = 0; filter(); writeHash(); }); });
  q.addEventListener("input", function () { page = 0; filter(); writeHash(); });
  size.addEventListener("change", function () { page = 0; paginate(); });
  doc.getElementById("filters").addEventListener("reset", function () {
    setTimeout(function () { page = 0; filter(); writeHash(); }, 0);
  });
  doc.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  prev.addEventListener("click", function () { page -= 1; paginate(); table.scrollIntoView(); });
  next.addEventListener("click", function () { page += 1; paginate(); table.scrollIntoView(); });
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-sort] button"), function (b) {
    b.addEventListener("click", function () { sortBy(b.parentNode); });
  });
  window.addEventListener("hashchange", readHash);
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(doc.querySelectorAll("details"), function (d) { d.open = true; });
  });
  /* the decision filter counts what each row holds now: a decision made in the page moves
     a row out of "undecided" (the counts were the database's when the page was written) */
  var decisionFilter = doc.getElementById("f-decision");
  function recount() {
    if (!decisionFilter) { return; }
    var n = {};
    all.forEach(function (r) { var d = r.getAttribute("data-decision"); n[d] = (n[d] || 0) + 1; });
    Array.prototype.forEach.call(decisionFilter.options, function (o) {
      if (!o.value) { return; }
      if (!o.hasAttribute("data-label")) { o.setAttribute("data-label", o.textContent.replace(/ \([^()]*\)$/, "")); }
      o.textContent = o.getAttribute("data-label") + " (" + fmt(n[o.value] || 0) + ")";
    });
  }
  doc.addEventListener("decision", function () { recount(); filter(); });
  recount();
  filter();
  readHash();
  root.setAttribute("data-js", "ready");

  /* Decisions made in the page: kept while it is open and in localStorage under this audit's
     key (data-audit on <html>), counted, and exported as a JSON file (a Blob download: no
     server) that `brandsweep triage --db FILE --import FILE` applies; each decision may
     carry the reviewer's reason ("note"). */
  function decisions() {
    var bar = doc.getElementById("decisions");
    var sels = Array.prototype.slice.call(doc.querySelectorAll("select.decide-sel"));
    if (!bar || !sels.length) { return; }
    var choices = doc.getElementById("decide-options");
    sels.forEach(function (s) { s.appendChild(choices.content.cloneNode(true)); });
    var key = "brandsweep-decisions:" + root.getAttribute("data-audit");
    var counter = doc.getElementById("d-count");
    var reviewer = doc.getElementById("d-reviewer");
    var exportBtn = doc.getElementById("d-export");
    var clearBtn = doc.getElementById("d-clear");
    var chip = doc.getElementById("d-chip");
    var data = { reviewer: "", decisions: {} };
    try {
      var saved = JSON.parse(window.localStorage.getItem(key) || "null");
      if (saved && typeof saved === "object" && saved.decisions && typeof saved.decisions === "object") {
        data.reviewer = typeof saved.reviewer === "string" ? saved.reviewer : "";
        Object.keys(saved.decisions).forEach(function (k) {
          var d = saved.decisions[k];
          if (d && typeof d.decision === "string") { data.decisions[k] = { decision: d.decision, decided_at: String(d.decided_at || ""), note: typeof d.note === "string" ? d.note : "" }; }
        });
      }
    } catch (e) { /* storage refused or corrupt: start empty */ }
    function save() {
      try { window.localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* kept in memory only */ }
    }
    /* a choice kept in the browser that the database already holds (the same decision) or
       that the recorded decision has overtaken (imported since, or another decided later) is
       set aside: times compared as instants (the page stamps "Z", the database "+00:00"; an
       import keeps whole seconds) */
    var overtaken = 0;
    Array.prototype.forEach.call(doc.querySelectorAll("#findings tr[data-key][data-decided]"), function (row) {
      var k = row.getAttribute("data-key");
      var d = data.decisions[k];
      var recordedAt = Date.parse(row.getAttribute("data-decided"));
      var madeAt = d ? Date.parse(d.decided_at) : NaN;
      if (d && (d.decision === row.getAttribute("data-decision") ||
                (!isNaN(recordedAt) && !isNaN(madeAt) && Math.floor(madeAt / 1000) * 1000 <= recordedAt))) {
        delete data.decisions[k];
        overtaken += 1;
      }
    });
    if (overtaken) { save(); }
    function recorded(row) { return row.getAttribute("data-recorded"); }
    /* the reason of a decision: one text field beside its list, made when first needed (a
       report of 10,000 findings carries none until a reviewer decides) */
    function reasonOf(s) {
      var box = s.parentNode.querySelector("input.decide-note");
      if (box) { return box; }
      box = doc.createElement("input");
      box.type = "text";
      box.className = "decide-note";
      box.maxLength = 500;
      box.placeholder = msg("reason");
      box.setAttribute("aria-label", msg("reason"));
      box.addEventListener("input", function () {
        var d = data.decisions[s.getAttribute("data-key")];
        if (!d) { return; }
        d.note = box.value;
        save();
        sels.forEach(function (o) {
          if (o !== s && o.getAttribute("data-key") === s.getAttribute("data-key")) { reasonOf(o).value = box.value; }
        });
      });
      s.parentNode.appendChild(box);
      return box;
    }
    function paint() {
      var keys = Object.keys(data.decisions);
      var n = keys.length;
      sels.forEach(function (s) {
        var d = data.decisions[s.getAttribute("data-key")];
        s.value = d ? d.decision : "";
        var host = s.closest("li, tr");
        if (host) { host.classList.toggle("decided", !!d); }
        var box = d ? reasonOf(s) : s.parentNode.querySelector("input.decide-note");
        if (box) {
          box.hidden = !d;
          if (d && box.value !== (d.note || "")) { box.value = d.note || ""; }
        }
      });
      Array.prototype.forEach.call(doc.querySelectorAll("#findings tr[data-key]"), function (row) {
        if (recorded(row) === null) { row.setAttribute("data-recorded", row.getAttribute("data-decision") || "undecided"); }
        var d = data.decisions[row.getAttribute("data-key")];
        row.setAttribute("data-decision", d ? d.decision : recorded(row));
      });
      counter.textContent = n === 0 ? msg("none") : n === 1 ? msg("one") : msg("many", { n: fmtN(n) });
      exportBtn.disabled = n === 0;
      clearBtn.disabled = n === 0;
      chip.hidden = n === 0;
      chip.textContent = counter.textContent;
      root.setAttribute("data-decisions", String(n));
    }
    function fmtN(n) { return n.toLocaleString(lang === "tr" ? "tr-TR" : "en-US"); }
    sels.forEach(function (s) {
      s.addEventListener("change", function () {
        var k = s.getAttribute("data-key");
        var was = data.decisions[k];
        if (s.value) { data.decisions[k] = { decision: s.value, decided_at: new Date().toISOString(), note: was ? was.note || "" : "" }; } else { delete data.decisions[k]; }
        save();
        paint();
        doc.dispatchEvent(new Event("decision"));
      });
    });
    reviewer.value = data.reviewer;
    reviewer.addEventListener("input", function () { data.reviewer = reviewer.value; save(); });
    exportBtn.addEventListener("click", function () {
      var list = Object.keys(data.decisions).sort().map(function (k) {
        var d = data.decisions[k];
        var one = { profile: k, decision: d.decision, decided_at: d.decided_at };
        if (d.note && d.note.trim()) { one.note = d.note.trim(); }
        return one;
      });
      var doc1 = {
        format: "brandsweep-decisions",
        version: 1,
        audit: { id: root.getAttribute("data-audit-id"), started_at: root.getAttribute("data-started"), organization: root.getAttribute("data-org") },
        reviewer: data.reviewer.trim(),
        exported_at: new Date().toISOString(),
        decisions: list
      };
      var name = "decisions-audit-" + (root.getAttribute("data-audit-id") || "").replace(/[^A-Za-z0-9_-]/g, "") + ".json";
      var blob = new Blob([JSON.stringify(doc1, null, 2) + "\n"], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = doc.createElement("a");
      a.href = url;
      a.download = name;
      a.hidden = true;
      doc.body.appendChild(a);
      a.click();
      doc.body.removeChild(a);
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      counter.textContent = msg("exported", { n: fmtN(list.length), file: name });
    });
    clearBtn.addEventListener("click", function () {
      if (!window.confirm(msg("confirm"))) { return; }
      data.decisions = {};
      save();
      paint();
      doc.dispatchEvent(new Event("decision"));
    });
    bar.hidden = false;
    paint();
    if (overtaken) {
      counter.textContent = msg(overtaken === 1 ? "overtaken-one" : "overtaken-many", { n: fmtN(overtaken) }) + " " + counter.textContent;
    }
  }
})();
