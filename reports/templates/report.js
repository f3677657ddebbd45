(function () {
  "use strict";
  /* brandsweep report: filter, sort and page the findings table. No dependencies, no data
     embedded here: everything is read from the DOM (data-* attributes), so no scraped value
     ever sits inside this script (its hash is pinned by the Content-Security-Policy).
     Filters can be preset by the URL: report.html#class=impostor&severity=high&q=text
     (and the order: &sort=score&dir=desc; columns are named by their data-col). */
  var doc = document;
  var table = doc.getElementById("findings");
  if (!table) { return; }
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
  var fmt = function (n) { return n.toLocaleString("en-US"); };

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
    var msg = shown.length === total ? fmt(total) + " findings" : fmt(shown.length) + " of " + fmt(total) + " findings match";
    if (pages > 1) { msg += "; showing " + fmt(shown.length ? lo + 1 : 0) + "\u2013" + fmt(hi); }
    count.textContent = msg + ".";
    pager.hidden = pages <= 1;
    info.textContent = "Page " + (page + 1) + " of " + pages;
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
  filter();
  readHash();
  doc.documentElement.setAttribute("data-js", "ready");
})();
