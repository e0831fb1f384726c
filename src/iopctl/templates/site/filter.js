// iopctl site: filter the deadline table. Plain JavaScript, no library, no request.
// Without it the form stays hidden and the whole table is shown.
"use strict";
(function () {
  var form = document.getElementById("filters");
  var table = document.getElementById("deadline-table");
  if (!form || !table) { return; }
  var selects = form.querySelectorAll("select");
  var rows = table.tBodies[0].rows;
  var count = document.getElementById("filter-count");
  var template = form.getAttribute("data-count") || "{shown} / {total}";
  function keep(row) {
    for (var i = 0; i < selects.length; i++) {
      var wanted = selects[i].value;
      if (!wanted) { continue; }
      var attr = selects[i].getAttribute("data-attr");
      var value = row.getAttribute("data-" + attr) || "";
      if (attr === "people" ? value.indexOf("|" + wanted + "|") < 0 : value !== wanted) {
        return false;
      }
    }
    return true;
  }
  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = keep(rows[i]);
      rows[i].hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = template.replace("{shown}", shown).replace("{total}", rows.length);
  }
  for (var i = 0; i < selects.length; i++) {
    selects[i].addEventListener("change", apply);
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
