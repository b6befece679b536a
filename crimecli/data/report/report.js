// crimecli report: filter the timeline (by words or by a year clicked in the chart) and light up
// a network node's links on hover. Everything else on the page works without this script.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.event"));
  var filter = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var years = Array.prototype.slice.call(document.querySelectorAll("svg.chart g.year:not(.vacant)"));
  var year = null;

  function apply() {
    var words = filter ? filter.value.trim().toLowerCase() : "";
    var count = 0;
    rows.forEach(function (row) {
      var keep = (!words || row.textContent.toLowerCase().indexOf(words) >= 0) &&
        (!year || row.getAttribute("data-year") === year);
      row.hidden = !keep;
      if (keep) { count += 1; }
    });
    if (shown) {
      shown.textContent = count === rows.length ? "" :
        count + " of " + rows.length + " events shown" + (year ? " (" + year + ")" : "");
    }
  }

  if (filter) {
    filter.hidden = false;
    filter.addEventListener("input", apply);
  }
  years.forEach(function (group) {
    function choose() {
      var value = group.getAttribute("data-year");
      year = year === value ? null : value;
      years.forEach(function (other) { other.classList.toggle("selected", other === group && year !== null); });
      apply();
    }
    group.addEventListener("click", choose);
    group.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); choose(); }
    });
  });

  var network = document.querySelector("svg.network");
  if (network) {
    var links = Array.prototype.slice.call(network.querySelectorAll("line.link"));
    var nodes = Array.prototype.slice.call(network.querySelectorAll("g.node"));
    var near = {};
    links.forEach(function (line) {
      var a = line.getAttribute("data-source"), b = line.getAttribute("data-target");
      (near[a] = near[a] || {})[b] = true;
      (near[b] = near[b] || {})[a] = true;
    });
    nodes.forEach(function (node) {
      var id = node.getAttribute("data-id");
      function light() {
        network.classList.add("focus");
        nodes.forEach(function (other) {
          var otherId = other.getAttribute("data-id");
          other.classList.toggle("lit", otherId === id || !!(near[id] && near[id][otherId]));
        });
        links.forEach(function (line) {
          line.classList.toggle("lit", line.getAttribute("data-source") === id ||
            line.getAttribute("data-target") === id);
        });
      }
      function dark() { network.classList.remove("focus"); }
      node.addEventListener("mouseenter", light);
      node.addEventListener("focus", light);
      node.addEventListener("mouseleave", dark);
      node.addEventListener("blur", dark);
    });
  }
  document.documentElement.classList.add("js");
}());
