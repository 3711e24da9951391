// PACT West Memphis: small progressive enhancements. No inline script anywhere (the CSP forbids it).
(function () {
    "use strict";

    // Move focus to the error summary when a form comes back with errors, so it is read out first.
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
})();
