// PACT West Memphis: small progressive enhancements. No inline script anywhere (the CSP forbids it).
(function () {
    "use strict";

    // Move focus to the error summary when a form comes back with errors, so it is read out first.
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }

    // Staff sessions end after a period without activity (WCAG 2.2.1): warn before, and let the person stay.
    var warning = document.getElementById("session-warning");
    if (warning && window.fetch) {
        var timeout = parseInt(warning.getAttribute("data-timeout-seconds"), 10) * 1000;
        var before = parseInt(warning.getAttribute("data-warning-seconds"), 10) * 1000;
        var form = document.getElementById("keep-alive-form");
        var warnTimer, endTimer;
        var schedule = function () {
            clearTimeout(warnTimer);
            clearTimeout(endTimer);
            warnTimer = setTimeout(function () {
                warning.hidden = false;
                var button = warning.querySelector("button");
                if (button) { button.focus(); }
            }, Math.max(0, timeout - before));
            endTimer = setTimeout(function () {
                window.location.href = "/Account/Login?returnUrl=" + encodeURIComponent(window.location.pathname);
            }, timeout);
        };
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" })
                .then(function (response) {
                    if (response.ok) {
                        warning.hidden = true;
                        schedule();
                    } else {
                        window.location.reload();
                    }
                });
        });
        schedule();
    }

    // "Print" buttons (the letter of hours served): shown only with script, since the browser's own print works anyway.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });

    // "Copy link" buttons: shown only where the browser can copy; the link stays selectable by hand everywhere.
    if (navigator.clipboard && window.isSecureContext) {
        document.querySelectorAll("[data-copy-target]").forEach(function (button) {
            var input = document.getElementById(button.getAttribute("data-copy-target"));
            button.hidden = false;
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(input.value).then(function () {
                    // The focused button's new name is what a screen reader announces; the page keeps one status region.
                    button.textContent = "Link copied";
                });
            });
        });
    }
})();
