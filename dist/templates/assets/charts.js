// Progressive enhancement: a tooltip for chart marks (the data-tip text Vega wrote at build
// time). The charts and their data tables are complete without this script.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.setAttribute('role', 'status');
    tip.hidden = true;
    document.body.appendChild(tip);
    function show(event) {
      var target = event.target && event.target.closest ? event.target.closest('[data-tip]') : null;
      if (!target) { tip.hidden = true; return; }
      tip.textContent = target.getAttribute('data-tip').replace(/; /g, '\n');
      tip.hidden = false;
      tip.style.left = (event.pageX + 12) + 'px';
      tip.style.top = (event.pageY + 12) + 'px';
    }
    var charts = document.querySelectorAll('.chart-svg');
    for (var i = 0; i < charts.length; i++) {
      charts[i].addEventListener('pointermove', show);
      charts[i].addEventListener('pointerleave', function () { tip.hidden = true; });
    }
  });
})();
