// Filters each journal table by the text typed above it (any column, case-insensitive).
document.querySelectorAll('input.journal-filter').forEach(function (input) {
  var table = input.nextElementSibling.nextElementSibling;
  var shown = input.nextElementSibling;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length + ' rows';
  }
  input.addEventListener('input', apply);
  apply();
});

// Rendering is done once the first frame after this script has been laid out and painted: mark it, so a
// benchmark can read the render time (performance mark 'report-rendered', attribute data-rendered in ms).
requestAnimationFrame(function () {
  setTimeout(function () {
    performance.mark('report-rendered');
    document.documentElement.setAttribute('data-rendered', String(Math.round(performance.now())));
  }, 0);
});
