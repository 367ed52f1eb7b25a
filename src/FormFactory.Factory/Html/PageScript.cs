namespace FormFactory.Factory.Html
{
    /// <summary>
    /// The page's script: makes the status table's column headers sort buttons (with aria-sort) and shows the filter
    /// controls. Without it the table is complete and the controls stay hidden. It reads the table only and
    /// writes no markup from text (textContent only).
    /// </summary>
    internal static class PageScript
    {
        public const string Js = @"
(function () {
  'use strict';
  var table = document.getElementById('status-table');
  if (!table || !table.tHead || !table.tBodies.length) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById('status-filter');
  var select = document.getElementById('status-select');
  var count = document.getElementById('status-count');
  var lang = document.documentElement.lang || 'de';
  function apply() {
    var q = filter.value.trim().toLowerCase(), s = select.value, shown = 0;
    rows.forEach(function (row) {
      var show = (!s || row.getAttribute('data-status') === s) && (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !show;
      if (show) shown++;
    });
    count.textContent = table.getAttribute('data-shown').replace('{0}', shown).replace('{1}', rows.length);
  }
  function key(row, i) {
    var cell = row.cells[i], v = cell.getAttribute('data-sort');
    return v === null ? cell.textContent.trim() : v;
  }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, i) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      var numeric = th.getAttribute('data-type') === 'number';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i), r;
        if (numeric) {
          x = x === '' ? -Infinity : parseFloat(x);
          y = y === '' ? -Infinity : parseFloat(y);
          r = x === y ? 0 : (x > y ? 1 : -1);
        } else {
          r = x.localeCompare(y, lang, { numeric: true });
        }
        return ascending ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener('input', apply);
  select.addEventListener('change', apply);
  document.getElementById('status-controls').hidden = false;
  apply();
})();
";
    }
}
