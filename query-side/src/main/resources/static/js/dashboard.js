// Dashboard chart: the category subtotals (and the bonus) of each unit as stacked bars, drawn by the
// local ECharts webjar from the page's own JSON endpoint. The ranking table beside it holds the same
// figures as text for readers who cannot see the chart.
(function () {
    'use strict';

    function draw(element, data) {
        var chart = window.echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { type: 'scroll', top: 0 },
            grid: { left: 8, right: 16, bottom: 8, top: 48, containLabel: true },
            xAxis: { type: 'category', data: data.units },
            yAxis: { type: 'value' },
            series: data.series.map(function (s) {
                return { name: s.name, type: 'bar', stack: 'total', data: s.data.map(Number) };
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
        element.setAttribute('data-drawn', 'true');
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('category-chart');
        if (!element || !window.echarts) {
            return;
        }
        fetch(element.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.json(); })
            .then(function (data) { draw(element, data); });
    });
}());
