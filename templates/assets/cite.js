// The copy buttons of a page's citation block. Without scripts they stay hidden and the
// citation is plain text to select; with them, a click copies the text or the BibTeX entry.
(function () {
  "use strict";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Pages opened from disk or over plain http have no clipboard API: a selected text area.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      document.body.removeChild(area);
      if (copied) resolve(); else reject(new Error("copy refused"));
    });
  }
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  var status = document.querySelector(".cite .copy-status");
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(target.textContent).then(function () {
        button.textContent = button.getAttribute("data-copied");
        if (status) status.textContent = button.getAttribute("data-copied");
        setTimeout(function () { button.textContent = label; if (status) status.textContent = ""; }, 2000);
      }, function () {
        // The browser refused: the text is selected, for the reader's own copy.
        select(target);
      });
    });
  });
})();
