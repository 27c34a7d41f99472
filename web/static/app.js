// Small conveniences only: every feature works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // "/" focuses the search box, as on many search sites.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" ||
      target.tagName === "SELECT" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById("q");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
  });

  // Sort, "prefer recent" and facet checkboxes apply at once.
  document.querySelectorAll("[data-autosubmit]").forEach(function (control) {
    control.addEventListener("change", function () {
      if (control.form) { control.form.submit(); }
    });
  });

  // The filter drawer is open beside the results on wide screens.
  var drawer = document.querySelector("details.drawer");
  if (drawer && window.matchMedia("(min-width: 52.01rem)").matches) {
    drawer.open = true;
  }

  // A box that narrows a long facet's values as one types.
  document.querySelectorAll("[data-facet-filter]").forEach(function (box) {
    box.hidden = false;
    var facet = box.closest("fieldset");
    box.addEventListener("input", function () {
      var wanted = box.value.trim().toLowerCase();
      facet.querySelectorAll(".buckets > li").forEach(function (item) {
        var value = item.querySelector(".value").textContent.toLowerCase();
        item.hidden = wanted !== "" && value.indexOf(wanted) === -1;
      });
      var more = facet.querySelector("details.more-values");
      if (more && wanted !== "") { more.open = true; }
    });
    // Enter in the box must not submit the filter form.
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  });

  // Previous and next match of the search on a document page.
  var nav = document.querySelector(".match-nav");
  var marks = document.querySelectorAll(".full-text mark[id^='match-']");
  if (nav && marks.length) {
    var status = document.getElementById("match-status");
    var total = marks.length;
    var current = -1;
    var fromHash = /^#match-(\d+)$/.exec(window.location.hash);
    if (fromHash) { current = Math.min(total, parseInt(fromHash[1], 10)) - 1; }
    var show = function (index) {
      if (current >= 0) { marks[current].classList.remove("current"); }
      current = (index + total) % total;
      var mark = marks[current];
      mark.classList.add("current");
      mark.setAttribute("tabindex", "-1");
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
      history.replaceState(null, "", "#" + mark.id);
      status.textContent = "Match " + (current + 1) + " of " + total;
    };
    nav.querySelectorAll("a[data-step]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var step = parseInt(link.getAttribute("data-step"), 10);
        show(current < 0 ? (step > 0 ? 0 : total - 1) : current + step);
      });
    });
  }
})();
