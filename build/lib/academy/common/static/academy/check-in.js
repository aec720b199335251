// Scan badge QR codes with the phone's camera where the browser can (BarcodeDetector); typing the
// code works everywhere, with or without this script.
(function () {
  var form = document.getElementById("check-in");
  if (!form || !("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  var start = form.querySelector("[data-scan-start]");
  var video = form.querySelector("[data-scan-video]");
  form.querySelector("[data-scan]").hidden = false;
  start.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      var look = function () {
        detector.detect(video).then(function (codes) {
          if (codes.length) {
            form.elements.code.value = codes[0].rawValue;
            stream.getTracks().forEach(function (track) { track.stop(); });
            form.submit();
          } else {
            setTimeout(look, 250);
          }
        }, function () { setTimeout(look, 500); });
      };
      look();
    });
  });
})();
