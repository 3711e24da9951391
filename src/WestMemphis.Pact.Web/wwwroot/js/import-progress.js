// Crime import progress: polls the batch's JSON every two seconds and updates the bar and figures (no inline script, CSP-safe).
(function () {
    "use strict";
    var root = document.getElementById("import-progress");
    if (!root) { return; }
    var bar = document.getElementById("progress-bar");
    function setBar(percent) {
        bar.style.width = percent + "%";
        bar.setAttribute("aria-valuenow", String(percent));
        bar.textContent = percent + "%";
    }
    setBar(Number(bar.getAttribute("data-percent")) || 0);
    if (root.getAttribute("data-finished") === "true") { return; }
    var url = root.getAttribute("data-url");
    var number = new Intl.NumberFormat("en-US");
    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (f) {
                if (!f) { setTimeout(poll, 5000); return; }
                setBar(f.percent);
                root.querySelectorAll("[data-field]").forEach(function (el) {
                    var key = el.getAttribute("data-field");
                    var name = key.charAt(0).toLowerCase() + key.slice(1);
                    var value = f[name];
                    el.textContent = typeof value === "number" ? number.format(value) : value;
                });
                if (f.finished) { window.location.reload(); } else { setTimeout(poll, 2000); }
            })
            .catch(function () { setTimeout(poll, 5000); });
    }
    setTimeout(poll, 2000);
})();
