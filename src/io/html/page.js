// The review page's script: marks rows checked or wrong, keeps the marks
// in this browser (localStorage, per page), shows only the rows to check
// or the article order, counts decisions, and exports them as the CSV that
// `kutip align --decisions FILE` reads:
//   pair,id_start,id_end,decision,note,en_start,en_end
// Without it the page still shows every row.
(function () {
  "use strict";
  var body = document.body;
  var storeKey = "kutip-review:" + (body.getAttribute("data-page-key") || "");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".row"));

  function decisionOf(row) {
    var c = row.querySelector("input[type=radio]:checked");
    return c ? c.value : "";
  }
  function noteOf(row) {
    var n = row.querySelector("input.note");
    return n ? n.value : "";
  }
  function paint(row) {
    var d = decisionOf(row);
    row.classList.toggle("d-checked", d === "checked");
    row.classList.toggle("d-wrong", d === "wrong");
  }
  function count() {
    var perPair = {};
    var total = 0;
    rows.forEach(function (row) {
      if (decisionOf(row)) {
        total += 1;
        var p = row.getAttribute("data-pair");
        perPair[p] = (perPair[p] || 0) + 1;
      }
    });
    document.querySelectorAll("table.pairs tbody tr").forEach(function (tr) {
      var cell = tr.querySelector("[data-count=decided]");
      if (cell) { cell.textContent = perPair[tr.getAttribute("data-pair")] || 0; }
    });
    document.querySelectorAll("tr.total [data-count=decided], [data-total=decided], #decided-count")
      .forEach(function (e) { e.textContent = total; });
  }
  // A row is known by its pair and offsets, as in the decisions file, so
  // that a saved mark never lands on another row of a later page.
  function keyOf(row) {
    return ["data-pair", "data-id-start", "data-id-end", "data-en-start", "data-en-end"]
      .map(function (a) { return row.getAttribute(a); }).join("|");
  }
  function state() {
    var s = {};
    rows.forEach(function (row) {
      var d = decisionOf(row), n = noteOf(row);
      if (d || n) { s[keyOf(row)] = [d, n]; }
    });
    return s;
  }
  function save() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(state())); } catch (e) { /* private mode or file:// without storage */ }
  }
  function restore() {
    var saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
    if (!saved) { return; }
    rows.forEach(function (row) {
      var v = saved[keyOf(row)];
      if (!v) { return; }
      row.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = r.value === v[0]; });
      var n = row.querySelector("input.note");
      if (n) { n.value = v[1] || ""; }
    });
  }
  // A cell as CSV writes it; a leading = + - @ gets a ' so that spreadsheet
  // programs show the note instead of running it (kutip strips it again).
  function cell(s) {
    s = String(s);
    if (/^[=+\-@]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  function decisionsCsv() {
    var lines = ["pair,id_start,id_end,decision,note,en_start,en_end"];
    rows.slice().sort(function (a, b) {
      return Number(a.id.slice(1)) - Number(b.id.slice(1));
    }).forEach(function (row) {
      var d = decisionOf(row), n = noteOf(row);
      if (!d && !n) { return; }
      lines.push([row.getAttribute("data-pair"), row.getAttribute("data-id-start"),
        row.getAttribute("data-id-end"), d, n, row.getAttribute("data-en-start"),
        row.getAttribute("data-en-end")].map(cell).join(","));
    });
    return lines.join("\n") + "\n";
  }
  function download(text) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    a.download = "kutip-decisions.csv";
    body.appendChild(a);
    a.click();
    a.remove();
  }
  function order(byArticle) {
    document.querySelectorAll(".pair .rows").forEach(function (box) {
      var items = Array.prototype.slice.call(box.children);
      items.sort(function (a, b) {
        var ka = byArticle ? 0 : Number(a.getAttribute("data-urgency"));
        var kb = byArticle ? 0 : Number(b.getAttribute("data-urgency"));
        return ka - kb || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
      });
      items.forEach(function (e) { box.appendChild(e); });
    });
  }

  restore();
  rows.forEach(function (row) {
    paint(row);
    row.addEventListener("change", function () { paint(row); count(); save(); });
    row.addEventListener("input", function () { save(); });
  });
  count();
  var only = document.getElementById("only-problems");
  if (only) { only.addEventListener("change", function () { body.classList.toggle("problems-only", only.checked); }); }
  var art = document.getElementById("article-order");
  if (art) { art.addEventListener("change", function () { order(art.checked); }); }
  var exp = document.getElementById("export");
  if (exp) { exp.addEventListener("click", function () { download(decisionsCsv()); }); }

  // `page.html#selftest`: what a reader does, done by the script so that a
  // headless browser can check it: the first row marked checked with a
  // note, the second wrong, and the exported CSV shown in the page.
  if (window.location.hash === "#selftest" && rows.length >= 2) {
    var pick = function (row, value, note) {
      row.querySelector("input[value=" + value + "]").checked = true;
      row.querySelector("input.note").value = note;
      paint(row);
    };
    pick(rows[0], "checked", "ok, \"as said\"");
    pick(rows[1], "wrong", "=wrong source");
    count();
    var pre = document.createElement("pre");
    pre.id = "selftest-export";
    pre.textContent = decisionsCsv();
    body.appendChild(pre);
  }
  body.setAttribute("data-script", "ready");
}());
