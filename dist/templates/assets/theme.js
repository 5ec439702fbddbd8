// Sets data-theme before first paint (loaded in <head>, no inline script so a strict CSP works):
// the stored choice, else the system preference. The toggle button stores the new choice.
(function () {
  var KEY = 'flowmeter-theme';
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function preferred() {
    var s = stored();
    if (s === 'light' || s === 'dark') return s;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function apply(theme) {
    root.setAttribute('data-theme', theme);
    var button = document.getElementById('theme-toggle');
    if (button) {
      button.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
      var label = button.getAttribute(theme === 'dark' ? 'data-label-light' : 'data-label-dark');
      if (label) button.setAttribute('title', label);
    }
  }
  apply(preferred());
  document.addEventListener('DOMContentLoaded', function () {
    apply(root.getAttribute('data-theme') || preferred());
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    button.addEventListener('click', function () {
      var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: not remembered */ }
      apply(next);
    });
  });
})();
