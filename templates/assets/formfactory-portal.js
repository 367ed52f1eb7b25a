/*
 * FormFactory portal search: filters the list of services as the citizen types. Without JavaScript the search box
 * stays hidden and the full list is shown.
 */
(function () {
  "use strict";
  function normalize(s) {
    return s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  }
  function start() {
    var search = document.querySelector("[data-ff-search]");
    var input = document.querySelector("[data-ff-search-input]");
    var empty = document.querySelector("[data-ff-search-empty]");
    if (!search || !input) return;
    search.hidden = false;
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-ff-service]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("[data-ff-group]"));
    input.addEventListener("input", function () {
      var words = normalize(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var haystack = normalize(item.getAttribute("data-ff-service"));
        var match = words.every(function (w) { return haystack.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-ff-service]:not([hidden])");
      });
      if (empty) empty.hidden = shown > 0;
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
