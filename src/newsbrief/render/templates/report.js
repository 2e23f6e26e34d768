(function () {
  "use strict";
  var root = document.documentElement;
  var reader = document.getElementById("reader");
  var wide = window.matchMedia ? window.matchMedia("(min-width: 900px)") : { matches: false };
  var current = null;
  var preview = document.getElementById("preview");
  root.classList.remove("no-js");
  root.classList.add("js");
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function passage(ref) { return all('.art [data-refs~="' + ref + '"]'); }
  function clear(cls) { all("." + cls).forEach(function (el) { el.classList.remove(cls); }); }
  function showDoc(d) {
    current = String(d);
    all(".art").forEach(function (a) { a.hidden = a.getAttribute("data-doc") !== current; });
    all(".tab").forEach(function (t) {
      t.setAttribute("aria-selected", t.getAttribute("data-doc") === current ? "true" : "false");
    });
  }
  function scrollReader(el) {
    // Scroll only the reader panel (wide layout), so hovering never moves the page itself.
    var top = el.getBoundingClientRect().top - reader.getBoundingClientRect().top;
    reader.scrollTop += top - reader.clientHeight / 3;
  }
  function activate(marker) {
    clear("hl");
    clear("active");
    clear("peek");
    showDoc(marker.getAttribute("data-doc"));
    var els = passage(marker.getAttribute("data-ref"));
    els.forEach(function (el) { el.classList.add("hl"); });
    marker.classList.add("active");
    if (els.length) {
      if (wide.matches) { scrollReader(els[0]); } else { els[0].scrollIntoView({ block: "center" }); }
    }
  }
  function peek(ev, on) {
    // Hover or focus: preview the passage beside the marker and tint it in its article;
    // never switch articles or scroll (the mouse may pass over markers while the page scrolls).
    var marker = ev.target.closest && ev.target.closest("a.cite");
    if (!marker) { return; }
    var els = passage(marker.getAttribute("data-ref"));
    els.forEach(function (el) { el.classList.toggle("peek", on); });
    if (!preview) { return; }
    if (!on || !els.length) { preview.hidden = true; return; }
    var text = els.map(function (el) { return el.textContent; }).join("");
    var tab = document.getElementById("tab-" + marker.getAttribute("data-doc"));
    preview.textContent = "";
    var head = document.createElement("strong");
    head.textContent = tab ? tab.textContent : "";
    preview.appendChild(head);
    preview.appendChild(document.createTextNode(text.length > 400 ? text.slice(0, 400) + "…" : text));
    var r = marker.getBoundingClientRect();
    preview.hidden = false;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - preview.offsetWidth - 8));
    preview.style.left = left + "px";
    preview.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!t.closest) { return; }
    var marker = t.closest("a.cite");
    if (marker) { ev.preventDefault(); activate(marker); return; }
    var tab = t.closest(".tab, a.doclink");
    if (tab) {
      ev.preventDefault();
      showDoc(tab.getAttribute("data-doc"));
      if (!wide.matches || tab.classList.contains("doclink")) { reader.scrollIntoView({ block: "start" }); }
      return;
    }
    var seg = t.closest(".seg.sum");
    var m = seg && /(?:^| )s(\d+)-/.exec(seg.getAttribute("data-refs"));
    var li = m && document.getElementById("sum-" + m[1]);
    if (li) {
      clear("flash");
      li.classList.add("flash");
      li.scrollIntoView({ block: "center" });
    }
  });
  document.addEventListener("mouseover", function (ev) { peek(ev, true); });
  document.addEventListener("mouseout", function (ev) { peek(ev, false); });
  document.addEventListener("focusin", function (ev) { peek(ev, true); });
  document.addEventListener("focusout", function (ev) { peek(ev, false); });
  window.addEventListener("beforeprint", function () { all(".art").forEach(function (a) { a.hidden = false; }); });
  window.addEventListener("afterprint", function () { showDoc(current); });
  var first = document.querySelector(".art");
  if (first) { showDoc(first.getAttribute("data-doc")); }
})();
