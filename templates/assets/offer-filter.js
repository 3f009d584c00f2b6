// Filters the local offer by age, kind of help and area. Without this script the page shows every
// service, grouped; with it, the form appears and narrows the lists as you choose.
(function () {
  "use strict";
  var form = document.getElementById("service-filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(".service-card"));
  var count = document.getElementById("filter-count");
  form.hidden = false;

  function matches(card, age, outcome, area) {
    if (age !== null) {
      var from = parseInt(card.getAttribute("data-age-from"), 10);
      var to = parseInt(card.getAttribute("data-age-to"), 10);
      // A service open to older young people with SEND may be for this one: it stays listed, and
      // its card says "up to N with SEND".
      var sendTo = parseInt(card.getAttribute("data-age-send-to"), 10);
      if (!isNaN(sendTo)) { to = sendTo; }
      if (!isNaN(from) && !isNaN(to) && (age < from || age > to)) { return false; }
    }
    if (outcome && (" " + card.getAttribute("data-outcomes") + " ").indexOf(" " + outcome + " ") < 0) { return false; }
    if (area && ("|" + card.getAttribute("data-areas") + "|").indexOf("|" + area + "|") < 0) { return false; }
    return true;
  }

  function update() {
    var ageText = form.elements.age.value.trim();
    var age = ageText === "" ? null : parseInt(ageText, 10);
    if (age !== null && isNaN(age)) { age = null; }
    var outcome = form.elements.outcome.value;
    var area = form.elements.area.value;
    var shown = 0;
    cards.forEach(function (card) {
      var show = matches(card, age, outcome, area);
      card.hidden = !show;
      if (show) { shown += 1; }
    });
    var filtered = age !== null || outcome || area;
    count.textContent = filtered
      ? "Showing " + shown + " of " + cards.length + " services."
      : "Showing all " + cards.length + " services.";
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  update();
})();
