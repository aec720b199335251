// Saves a draft form in the background a moment after the person stops typing. Without
// JavaScript the form's own Save button does the same. Files are only sent by the buttons.
document.querySelectorAll("form[data-autosave]").forEach(function (form) {
  var status = form.querySelector("[data-autosave-status]");
  var timer = null;
  function save() {
    var data = new FormData(form);
    form.querySelectorAll("input[type=file]").forEach(function (input) { data.delete(input.name); });
    data.set("save", "1");
    fetch(form.action || window.location.href, {
      method: "POST", body: data, credentials: "same-origin", headers: { "X-Autosave": "1" }
    }).then(function (response) {
      if (status) status.textContent = response.ok ? status.dataset.saved : status.dataset.failed;
    }).catch(function () { if (status) status.textContent = status.dataset.failed; });
  }
  form.addEventListener("input", function (event) {
    if (event.target.type === "file") return;
    clearTimeout(timer);
    timer = setTimeout(save, 2000);
  });
});
