// While certificates are being issued, the page updates its progress every five seconds, in place: the
// status line (a polite live region) takes the server's new figures, and once the run ends the page's
// content becomes the server's. Not a <meta http-equiv="refresh">: a page reloading itself on a timer
// throws the reader back to its top and cuts a screen reader short (WCAG 2.2.1, 3.2.5).
(function () {
  "use strict";
  var EVERY_MS = 5000;
  function poll() {
    var status = document.querySelector("[data-progress]");
    if (!status) return;
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var freshStatus = fresh.querySelector("[data-progress]");
        var main = document.querySelector("main");
        var freshMain = fresh.querySelector("main");
        if (freshStatus && freshStatus.dataset.progress === status.dataset.progress) {
          status.textContent = freshStatus.textContent;
        } else if (main && freshMain) {
          main.replaceChildren.apply(main, Array.prototype.map.call(freshMain.childNodes, function (node) {
            return document.importNode(node, true);
          }));
        }
        window.setTimeout(poll, EVERY_MS);
      })
      .catch(function () { window.setTimeout(poll, EVERY_MS); });
  }
  window.setTimeout(poll, EVERY_MS);
})();
