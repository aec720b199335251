// Adds the reader's own clock time next to each time shown in the edition's time zone.
// Pages read fine without it: the server already names the edition's zone, and the reader's
// own zone too when they are logged in.
document.querySelectorAll("[data-local-range]").forEach(function (el) {
  var parts = el.getAttribute("data-local-range").split("/");
  var start = new Date(parts[0]), end = new Date(parts[1]);
  var fmt = new Intl.DateTimeFormat(document.documentElement.lang, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  var time = new Intl.DateTimeFormat(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });
  el.textContent = el.getAttribute("data-label") + " " + time.format(start) + "–" + fmt.format(end);
  el.hidden = false;
});
