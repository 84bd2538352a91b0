// Draws each review input's figures as bars, now beside the previous review (Chart.js, served from /vendor). The data
// comes from the input's table on the page, which stays the accessible source of the same figures. Figures of different
// units (the metrics of d2) and inputs with nothing but zeros are left to their table.
(function () {
  if (!window.Chart) {
    return;
  }
  document.querySelectorAll('canvas.input-chart').forEach(canvas => {
    const rows = Array.from(document.querySelectorAll('#' + canvas.dataset.table + ' tbody tr'))
      .filter(row => row.dataset.value !== undefined && !isNaN(Number(row.dataset.value)));
    const units = new Set(rows.map(row => row.dataset.unit || ''));
    const nothing = rows.every(row => Number(row.dataset.value) === 0 && !Number(row.dataset.previous));
    if (rows.length === 0 || units.size > 1 || nothing) {
      canvas.parentElement.remove();
      return;
    }
    const datasets = [{ label: 'Now', data: rows.map(row => Number(row.dataset.value)), backgroundColor: '#1c3d6e' }];
    if (rows.some(row => row.dataset.previous)) {
      datasets.push({ label: 'Previous review', data: rows.map(row => row.dataset.previous ? Number(row.dataset.previous) : null),
        backgroundColor: '#adb5bd' });
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: rows.map(row => row.dataset.label), datasets },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } }, scales: { x: { beginAtZero: true } } }
    });
  });
})();
