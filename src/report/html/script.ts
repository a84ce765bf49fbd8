/**
 * The report's only script, inlined and allowed by hash in the page's Content-Security-Policy (so
 * nothing else could run even if some text escaped escaping). It reads the DOM only; article text
 * never reaches it as code. Without it the page shows everything, unfiltered.
 */
export const SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.event-group'));
  var shown = document.getElementById('shown');
  var pairBox = document.getElementById('pair-filter');
  var pairLabel = document.getElementById('pair-label');
  var pair = null;
  function select(name) { return form.querySelector('[data-filter="' + name + '"]'); }
  function apply() {
    var severity = select('severity').value, rule = select('rule').value, article = select('article').value;
    var count = 0;
    findings.forEach(function (el) {
      var articles = JSON.parse(el.getAttribute('data-articles'));
      var ok = (!severity || el.getAttribute('data-severity') === severity) &&
        (!rule || el.getAttribute('data-rule') === rule) &&
        (!article || articles.indexOf(article) >= 0) &&
        (!pair || (articles.indexOf(pair[0]) >= 0 && articles.indexOf(pair[1]) >= 0));
      el.hidden = !ok;
      if (ok) count++;
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('.finding:not([hidden])'); });
    shown.textContent = count + ' of ' + findings.length + ' findings shown';
    pairBox.hidden = !pair;
    pairLabel.textContent = pair ? pair[0] + ' \\u00d7 ' + pair[1] : '';
  }
  function reset() {
    ['severity', 'rule', 'article'].forEach(function (name) { select(name).value = ''; });
    pair = null;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.getElementById('pair-clear').addEventListener('click', function () { pair = null; apply(); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-pair]'), function (cell) {
    cell.addEventListener('click', function () {
      reset();
      pair = JSON.parse(cell.getAttribute('data-pair'));
      apply();
      document.getElementById('findings').scrollIntoView();
    });
  });
  // A link to a finding the filters hide (from the article view or the timeline) clears the filters.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var finding = target && target.closest('.finding');
    if (finding && finding.hidden) { reset(); apply(); target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();`;
