// Draws each figures chart from the table under it: the table stays the source (for screen readers and for pages
// without JavaScript). Columns whose header carries data-series are drawn; a click on a bar or point follows the
// link in that row's first cell, the list behind the figure.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;
  const lang = document.documentElement.lang || 'vi';
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const COLOURS = ['#0b5cab', '#b3261e', '#1b7a3d', '#8a5a00'];
  const TOP = 15;

  function draw(section) {
    const box = section.querySelector('[data-chart-box]');
    const table = section.querySelector('table');
    if (!box || !table) return;
    const heads = Array.from(table.querySelectorAll('thead th'));
    const columns = heads.map((th, i) => (th.hasAttribute('data-series') ? i : -1)).filter((i) => i >= 0);
    let rows = Array.from(table.querySelectorAll('tbody tr'));
    if (rows.length === 0 || columns.length === 0) return;
    const line = section.dataset.chart === 'line';
    if (!line) rows = rows.slice(0, TOP).reverse();
    const labels = rows.map((r) => r.cells[0].textContent.trim());
    const links = rows.map((r) => { const a = r.cells[0].querySelector('a'); return a ? a.href : null; });
    const series = columns.map((c, k) => ({
      name: heads[c].textContent.trim(),
      type: line ? 'line' : 'bar',
      itemStyle: { color: COLOURS[k % COLOURS.length] },
      data: rows.map((r) => {
        const v = r.cells[c].dataset.value;
        return v === undefined || v === '' ? null : Number(v);
      })
    }));
    box.style.height = line ? '18rem' : Math.max(12, rows.length * 1.6 + 4) + 'rem';
    const chart = echarts.init(box, null, { renderer: 'svg' });
    const categoryAxis = { type: 'category', data: labels, axisLabel: { width: 160, overflow: 'truncate' } };
    const valueAxis = { type: 'value', axisLabel: { formatter: (v) => count.format(v) } };
    chart.setOption({
      animationDuration: 300,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: line ? categoryAxis : valueAxis,
      yAxis: line ? valueAxis : categoryAxis,
      series: series
    });
    chart.on('click', (p) => { if (links[p.dataIndex]) window.location.href = links[p.dataIndex]; });
    window.addEventListener('resize', () => chart.resize());
  }

  document.querySelectorAll('section[data-chart]').forEach(draw);
})();
