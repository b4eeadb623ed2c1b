/* maliclock HTML timeline: draws the time axis from the event cards, filter box, zoom and pan.
   No network access: everything the page needs is in the page. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LANE = 16, TOP = 30, PAD = 14, MAX_LANES = 14;
  var chart = document.getElementById("chart");
  var filter = document.getElementById("filter");
  var count = document.getElementById("count");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.period"));

  function toDay(iso) {
    var d = new Date(0);
    d.setUTCFullYear(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
    return Math.round(d.getTime() / DAY_MS);
  }
  function fromDay(n) { return new Date(n * DAY_MS); }
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  var items = cards.map(function (c) {
    return { card: c, id: c.id, s: toDay(c.dataset.start), e: toDay(c.dataset.end) + 1, kind: c.dataset.kind,
             conflict: c.classList.contains("conflict"),
             title: c.querySelector("time").textContent + " \u2014 " + c.querySelector(".summary").textContent };
  });
  var view = { a: 0, b: 1 };

  function shown() { return items.filter(function (it) { return !it.card.hidden; }); }

  function fit(list) {
    if (!list.length) { list = items; }
    if (!list.length) { view = { a: 0, b: 1 }; return; }
    var a = Math.min.apply(null, list.map(function (it) { return it.s; }));
    var b = Math.max.apply(null, list.map(function (it) { return it.e; }));
    var pad = Math.max(2, (b - a) * 0.03);
    view = { a: a - pad, b: b + pad };
  }

  var STEPS = [[1, "d"], [2, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"],
               [20, "y"], [50, "y"], [100, "y"], [250, "y"], [500, "y"], [1000, "y"]];
  var UNIT_DAYS = { d: 1, m: 30.44, y: 365.25 };

  function ticks(width) {
    var span = view.b - view.a, room = Math.max(2, Math.floor(width / 90)), step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (span / (STEPS[i][0] * UNIT_DAYS[STEPS[i][1]]) <= room) { step = STEPS[i]; break; }
    }
    var n = step[0], unit = step[1], out = [], d0 = fromDay(Math.floor(view.a)), guard = 0;
    if (unit === "d") {
      var first = Math.ceil(view.a);
      if (n === 7) { while (((first % 7) + 7 + 3) % 7 !== 0) { first++; } }  // Mondays (day 0 was a Thursday)
      for (var k = first; k <= view.b && guard++ < 500; k += n) {
        var dd = fromDay(k);
        out.push({ day: k, label: dd.getUTCDate() + " " + MONTHS[dd.getUTCMonth()] +
                   (out.length === 0 || (dd.getUTCMonth() === 0 && dd.getUTCDate() <= n) ? " " + dd.getUTCFullYear() : "") });
      }
    } else if (unit === "m") {
      var y = d0.getUTCFullYear(), m = d0.getUTCMonth();
      while (m % n !== 0) { m++; if (m > 11) { m = 0; y++; } }
      for (;;) {
        var t = toDay(String(y).padStart(4, "0") + "-" + String(m + 1).padStart(2, "0") + "-01");
        if (t > view.b || guard++ > 500) { break; }
        if (t >= view.a) { out.push({ day: t, label: MONTHS[m] + " " + y }); }
        m += n; while (m > 11) { m -= 12; y++; }
      }
    } else {
      var yr = Math.ceil(d0.getUTCFullYear() / n) * n;
      for (;; yr += n) {
        var ty = toDay(String(yr).padStart(4, "0") + "-01-01");
        if (ty > view.b || guard++ > 500) { break; }
        if (ty >= view.a) { out.push({ day: ty, label: String(yr) }); }
      }
    }
    return out;
  }

  function render() {
    var width = chart.clientWidth || chart.parentNode.clientWidth || 800;
    var scale = (width - 2 * PAD) / (view.b - view.a);
    function x(d) { return PAD + (d - view.a) * scale; }
    while (chart.firstChild) { chart.removeChild(chart.firstChild); }
    var defs = el("defs", {}, chart);
    var pat = el("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse",
                              patternTransform: "rotate(45)" }, defs);
    el("rect", { width: 6, height: 6, fill: "#f3e2c3" }, pat);
    el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#b7791f", "stroke-width": 2 }, pat);
    var clip = el("clipPath", { id: "plot" }, defs);
    el("rect", { x: 0, y: 0, width: width, height: 10000 }, clip);

    var placed = [], lanes = [];
    shown().forEach(function (it) {
      var x0, x1;
      if (it.kind === "point") { var cx = x((it.s + it.e) / 2); x0 = cx - 6; x1 = cx + 6; }
      else { x0 = x(it.s); x1 = Math.max(x(it.e), x0 + 5); }
      placed.push({ it: it, x0: x0, x1: x1 });
    });
    placed.sort(function (p, q) { return p.x0 - q.x0 || q.x1 - p.x1; });
    placed.forEach(function (p) {
      if (p.x1 < 0 || p.x0 > width) { p.lane = 0; return; }  // outside the view: drawn but clipped
      var lane = 0;
      while (lane < lanes.length && lanes[lane] + 3 > p.x0) { lane++; }
      if (lane >= MAX_LANES) {  // crowded: overlap in the lane that frees up first rather than grow without end
        lane = 0;
        for (var i = 1; i < lanes.length; i++) { if (lanes[i] < lanes[lane]) { lane = i; } }
      }
      lanes[lane] = Math.max(lanes[lane] || 0, p.x1);
      p.lane = lane;
    });
    var height = TOP + Math.max(1, lanes.length) * LANE + 10;
    chart.setAttribute("height", height);
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);

    var grid = el("g", {}, chart);
    ticks(width).forEach(function (t) {
      var g = el("g", { "class": "tick" }, grid), tx = x(t.day);
      el("line", { x1: tx, x2: tx, y1: TOP - 8, y2: height }, g);
      var label = el("text", { x: tx + 3, y: TOP - 12 }, g);
      label.textContent = t.label;
    });
    el("line", { "class": "baseline", x1: 0, x2: width, y1: TOP - 4, y2: TOP - 4 }, chart);

    var layer = el("g", { "clip-path": "url(#plot)" }, chart);
    placed.forEach(function (p) {
      var it = p.it, cy = TOP + p.lane * LANE + LANE / 2;
      var g = el("g", { "class": "mark " + it.kind + (it.conflict ? " conflict" : "") +
                        (it.id === selected ? " selected" : ""),
                        "data-id": it.id, tabindex: 0, role: "button", "aria-label": it.title }, layer);
      if (it.kind === "point") { el("circle", { cx: (p.x0 + p.x1) / 2, cy: cy, r: 5 }, g); }
      else { el("rect", { x: p.x0, y: cy - 5, width: p.x1 - p.x0, height: 10, rx: 3 }, g); }
      el("title", {}, g).textContent = it.title;
    });
    if (!placed.length) {
      el("text", { "class": "note", x: PAD, y: TOP + 12 }, chart).textContent = "No event matches the filter.";
    }
  }

  var selected = null;
  function select(id, scroll) {
    selected = id;
    cards.forEach(function (c) { c.classList.toggle("selected", c.id === id); });
    var card = document.getElementById(id);
    if (card) {
      var det = card.querySelector("details");
      if (det) { det.open = true; }
      if (scroll) { card.scrollIntoView({ block: "center" }); }
    }
    render();
  }

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean), n = 0;
    cards.forEach(function (c) {
      var text = c.textContent.toLowerCase();
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      c.hidden = !ok;
      if (ok) { n++; }
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector("article.event:not([hidden])"); });
    count.textContent = n + " of " + cards.length + " events";
    render();
  }

  function zoom(factor, at) {
    var span = view.b - view.a, nspan = Math.min(Math.max(span * factor, 3), 3660000);
    var frac = (at - view.a) / span;
    view = { a: at - frac * nspan, b: at - frac * nspan + nspan };
    render();
  }
  function dayAt(clientX) {
    var r = chart.getBoundingClientRect();
    return view.a + (clientX - r.left - PAD) / ((r.width - 2 * PAD) / (view.b - view.a));
  }

  chart.addEventListener("click", function (ev) {
    var g = ev.target.closest ? ev.target.closest(".mark") : null;
    if (g && !moved) { select(g.getAttribute("data-id"), true); }
  });
  chart.addEventListener("keydown", function (ev) {
    var g = ev.target.closest ? ev.target.closest(".mark") : null;
    if (g && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(g.getAttribute("data-id"), true); }
  });
  chart.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoom(Math.exp(ev.deltaY * 0.0015), dayAt(ev.clientX));
  }, { passive: false });
  var drag = null, moved = false;
  chart.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, a: view.a, b: view.b }; moved = false;
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x;
    if (Math.abs(dx) > 3) { moved = true; chart.classList.add("dragging"); }
    if (!moved) { return; }
    var per = (drag.b - drag.a) / ((chart.clientWidth || 800) - 2 * PAD);
    view = { a: drag.a - dx * per, b: drag.b - dx * per };
    render();
  });
  window.addEventListener("pointerup", function () {
    drag = null; chart.classList.remove("dragging");
    setTimeout(function () { moved = false; }, 0);
  });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.5, (view.a + view.b) / 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(2, (view.a + view.b) / 2); });
  document.getElementById("zoom-fit").addEventListener("click", function () { fit(shown()); render(); });
  Array.prototype.forEach.call(document.querySelectorAll(".period h2 button"), function (b) {
    b.addEventListener("click", function () {
      var list = Array.prototype.slice.call(b.closest("section").querySelectorAll("article.event"));
      fit(items.filter(function (it) { return list.indexOf(it.card) >= 0; }));
      render();
    });
  });
  cards.forEach(function (c) {
    c.querySelector("header").addEventListener("click", function () { select(c.id, false); });
  });
  filter.addEventListener("input", applyFilter);
  window.addEventListener("resize", render);

  fit(items);
  applyFilter();
})();
