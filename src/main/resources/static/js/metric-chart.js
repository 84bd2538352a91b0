// Draws a metric's results with its target and warning lines (Chart.js, served from /vendor). The data comes from
// the table on the page, which stays the accessible source of the same figures.
(function () {
  const canvas = document.getElementById('metric-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const rows = Array.from(document.querySelectorAll('#metric-results tbody tr')).reverse();
  const labels = rows.map(row => row.dataset.period);
  const values = rows.map(row => Number(row.dataset.value));
  const line = (value, label, color) => ({
    label, data: labels.map(() => value), borderColor: color, borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5
  });
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: canvas.dataset.name, data: values, borderColor: '#1c3d6e', backgroundColor: '#1c3d6e', tension: 0.2 },
        line(Number(canvas.dataset.target), 'Target', '#2b8a3e'),
        line(Number(canvas.dataset.warning), 'Warning', '#e67700')
      ]
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, title: { display: true, text: canvas.dataset.unit } } } }
  });
})();
