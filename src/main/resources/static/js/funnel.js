// The funnel dashboard: candidates per status per vacancy, where unfinished conversations stopped, and the median
// times to qualify and to a recruiter's first reply, over the last 7 or 30 days; as charts (ECharts, from the WebJar)
// with the figures in tables beside them, and as a CSV download.

import { $, element } from './dom.js';
import { api } from './api.js';
import { t } from './i18n.js';

// dist/echarts.min.js of the ECharts WebJar (org.webjars.npm:echarts), copied there by the build (pom.xml)
const ECHARTS = '/vendor/echarts/echarts.min.js';
const COLORS = { NEW: '#9aa5ad', SCREENING: '#5b9bd5', QUALIFIED: '#3aa76d', NOT_QUALIFIED: '#d9534f', SHORTLISTED: '#1b7a4a',
  REJECTED: '#8a2a2a', HANDED_OFF: '#e0a526', OPTED_OUT: '#5a5a5a' };
const state = { days: 7, charts: [], library: null };

function loadLibrary() {
  if (!state.library) {
    state.library = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => reject(new Error('charts could not be loaded'));
      document.head.appendChild(script);
    });
  }
  return state.library;
}

function minutes(value) {
  if (value == null) return t('funnel.notMeasured');
  if (value < 60) return t('duration.minutes', { n: Math.round(value) });
  if (value < 48 * 60) return t('duration.hours', { n: Math.round(value / 60 * 10) / 10 });
  return t('duration.days', { n: Math.round(value / 1440 * 10) / 10 });
}

async function load() {
  for (const choice of document.querySelectorAll('#funnel-days button')) {
    choice.setAttribute('aria-pressed', String(Number(choice.dataset.days) === state.days));
  }
  $('funnel-csv').href = '/api/funnel.csv?days=' + state.days;
  try {
    const report = await api('/api/funnel?days=' + state.days);
    renderFigures(report);
    renderTables(report);
    $('funnel-error').textContent = '';
    await renderCharts(report).catch((error) => { $('funnel-error').textContent = error.message; });
  } catch (error) {
    $('funnel-error').textContent = t('error.load', { message: error.message });
  }
}

function renderFigures(report) {
  $('figure-candidates').textContent = String(report.candidates);
  $('figure-qualify').textContent = minutes(report.medianMinutesToQualify);
  $('figure-qualify-n').textContent = t('funnel.measured', { n: report.qualifiedMeasured });
  $('figure-reply').textContent = minutes(report.medianMinutesToFirstReply);
  $('figure-reply-n').textContent = t('funnel.measured', { n: report.repliesMeasured });
}

function vacancyName(row) {
  return row.vacancyId ? (row.title || row.vacancyId) : t('funnel.noVacancy');
}

function usedStatuses(report) {
  const statuses = report.vacancies.length ? Object.keys(report.vacancies[0].statuses) : [];
  return statuses.filter((status) => report.vacancies.some((row) => row.statuses[status] > 0));
}

function renderTables(report) {
  const statuses = usedStatuses(report);
  const head = element('tr');
  head.appendChild(element('th', null, t('funnel.vacancy')));
  for (const status of statuses) head.appendChild(element('th', null, t('status.' + status)));
  const body = report.vacancies.map((row) => {
    const line = element('tr');
    line.dataset.vacancy = row.vacancyId || '';
    line.appendChild(element('th', null, vacancyName(row)));
    for (const status of statuses) line.appendChild(element('td', null, String(row.statuses[status])));
    return line;
  });
  $('status-table').replaceChildren(element('thead'), element('tbody'));
  $('status-table').tHead.appendChild(head);
  $('status-table').tBodies[0].append(...body);
  const drops = Object.entries(report.dropOff);
  $('dropoff-rows').replaceChildren(...drops.map(([field, count]) => {
    const line = element('tr');
    line.dataset.field = field;
    line.appendChild(element('th', null, t('field.' + field)));
    line.appendChild(element('td', null, String(count)));
    return line;
  }));
  if (!drops.length) $('dropoff-rows').appendChild(element('tr')).appendChild(element('td', 'muted', t('funnel.noDropOff')));
}

async function renderCharts(report) {
  const echarts = await loadLibrary();
  for (const chart of state.charts) chart.dispose();
  const statuses = usedStatuses(report);
  const perVacancy = echarts.init($('chart-status'));
  perVacancy.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: report.vacancies.map(vacancyName) },
    series: statuses.map((status) => ({ name: t('status.' + status), type: 'bar', stack: 'all', color: COLORS[status],
      data: report.vacancies.map((row) => row.statuses[status]) }))
  });
  const drops = Object.entries(report.dropOff);
  const dropOff = echarts.init($('chart-dropoff'));
  dropOff.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: drops.map(([field]) => t('field.' + field)) },
    series: [{ type: 'bar', color: '#d9534f', data: drops.map(([, count]) => count) }]
  });
  state.charts = [perVacancy, dropOff];
}

export function setUpFunnel() {
  for (const choice of document.querySelectorAll('#funnel-days button')) {
    choice.addEventListener('click', () => { state.days = Number(choice.dataset.days); load(); });
  }
  window.addEventListener('resize', () => state.charts.forEach((chart) => chart.resize()));
}

export function enterFunnel() {
  load();
}
