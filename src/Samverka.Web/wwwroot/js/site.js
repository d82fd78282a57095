// Samverka: progressive enhancement only; every page works without scripts.
// Moves focus to the error summary so that screen-reader and keyboard users hear what to correct.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) summary.focus();
});
