// Live results: draws a bar chart from each criterion's table (the table stays the source, for screen readers and
// for pages without JavaScript) and follows the results stream, updating the figures, the order and the chart.
(function () {
  'use strict';
  const main = document.querySelector('main');
  const lang = document.documentElement.lang || 'vi';
  const count = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const time = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit',
    day: '2-digit', month: '2-digit', year: 'numeric'
  });
  const charts = new Map();
  const TOP = 10;

  function rows(section) {
    return Array.from(section.querySelectorAll('tr[data-candidate]'));
  }

  function draw(section) {
    if (typeof echarts === 'undefined') return;
    const box = section.querySelector('[data-chart]');
    if (!box) return;
    const top = rows(section).slice(0, TOP).reverse();
    let chart = charts.get(section);
    if (!chart) {
      chart = echarts.init(box, null, { renderer: 'svg' });
      charts.set(section, chart);
      window.addEventListener('resize', () => chart.resize());
    }
    chart.setOption({
      animationDuration: 300,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => count.format(v) } },
      yAxis: { type: 'category', data: top.map((r) => r.querySelector('[data-field=name]').textContent) },
      series: [{
        type: 'bar', name: main.dataset.labelVotes || '', itemStyle: { color: '#0b5cab' },
        label: { show: true, position: 'right', formatter: (p) => count.format(p.value) },
        data: top.map((r) => Number(r.dataset.votes || 0))
      }]
    });
  }

  function update(results) {
    const asOf = document.querySelector('[data-field=asOf]');
    if (asOf && results.asOf) {
      asOf.dateTime = results.asOf;
      asOf.textContent = time.format(new Date(results.asOf));
    }
    results.criteria.forEach((criterion) => {
      const section = document.querySelector('section[data-criterion="' + CSS.escape(criterion.criterion) + '"]');
      if (!section) return;
      section.querySelector('[data-field=total]').textContent = count.format(criterion.votes);
      const body = section.querySelector('tbody');
      const byCode = new Map(rows(section).map((r) => [r.dataset.candidate, r]));
      criterion.candidates.forEach((candidate, index) => {
        const row = byCode.get(candidate.candidate);
        if (!row) return;
        row.dataset.votes = candidate.votes;
        row.querySelector('[data-field=rank]').textContent = index + 1;
        row.querySelector('[data-field=votes]').textContent = count.format(candidate.votes);
        row.querySelector('[data-field=share]').textContent = percent.format(candidate.share);
        body.appendChild(row);
      });
      draw(section);
    });
  }

  function start() {
    document.querySelectorAll('section[data-criterion]').forEach((section) => {
      rows(section).forEach((r) => {
        r.dataset.votes = (r.querySelector('[data-field=votes]').textContent || '0').replace(/[^0-9]/g, '') || '0';
      });
      draw(section);
    });
    const url = main.dataset.resultsStream;
    if (url && 'EventSource' in window) {
      const source = new EventSource(url);
      source.addEventListener('results', (event) => update(JSON.parse(event.data)));
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
