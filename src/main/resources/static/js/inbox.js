// The inbox: conversations newest activity first, the "needs a human" queue with how long each has waited, the
// "to review" list of screened-out candidates, search, filters and pages; refreshed by live updates, not polling.

import { $, element, show } from './dom.js';
import { api } from './api.js';
import { t, waited, dateTime } from './i18n.js';
import { onCandidateChange } from './live.js';
import { openConversation, closeConversation, refreshConversation, selectedCandidate } from './conversation.js';

const PAGE_SIZE = 25;
const QUEUES = {
  all: {},
  waiting: { status: 'HANDED_OFF' },
  review: { status: 'NOT_QUALIFIED' }
};
const state = { queue: 'all', page: 0, total: 0, active: false, reload: null, vacancies: [] };

function query() {
  const params = new URLSearchParams({ page: String(state.page), size: String(PAGE_SIZE) });
  const search = $('inbox-search').value.trim();
  if (search) params.set('q', search);
  const status = QUEUES[state.queue].status || $('filter-status').value;
  if (status) params.set('status', status);
  if ($('filter-vacancy').value) params.set('vacancy', $('filter-vacancy').value);
  if ($('filter-attention').checked) params.set('needsAttention', 'true');
  return params;
}

async function loadList() {
  const list = $('candidate-rows');
  try {
    const page = await api('/api/candidates?' + query());
    state.total = page.total;
    list.replaceChildren(...ordered(page.items).map(row));
    if (!page.items.length) list.appendChild(element('li', 'empty muted', t('inbox.empty')));
    $('inbox-error').textContent = '';
    renderPager();
  } catch (error) {
    $('inbox-error').textContent = t('error.load', { message: error.message });
  }
  loadQueueCounts();
}

/** The waiting queue shows the longest wait first; the others keep the server's order (newest activity first). */
function ordered(items) {
  if (state.queue !== 'waiting') return items;
  return [...items].sort((a, b) => new Date(waitingSince(a)) - new Date(waitingSince(b)));
}

function waitingSince(candidate) {
  return candidate.waitingSince || candidate.updatedAt;
}

function row(candidate) {
  const item = element('li');
  const link = element('a', 'row' + (candidate.id === selectedCandidate() ? ' selected' : ''));
  link.href = '#/inbox/' + candidate.id;
  link.dataset.id = candidate.id;
  link.dataset.phone = candidate.phone;
  if (candidate.id === selectedCandidate()) link.setAttribute('aria-current', 'true');
  link.appendChild(element('span', 'badge ' + candidate.status, t('status.' + candidate.status)));
  link.appendChild(element('span', 'who', candidate.name || candidate.profileName || candidate.phone));
  link.appendChild(element('span', 'phone muted', candidate.phone));
  link.appendChild(element('span', 'where muted', [candidate.city, candidate.desiredRole].filter(Boolean).join(' · ')));
  const when = element('span', 'when');
  if (state.queue === 'waiting' || candidate.status === 'HANDED_OFF') {
    when.textContent = t('inbox.waiting', { time: waited(waitingSince(candidate)) });
    when.classList.add('waiting');
  } else {
    when.textContent = waited(candidate.lastMessageAt || candidate.updatedAt);
  }
  when.title = dateTime(candidate.lastMessageAt || candidate.updatedAt);
  link.appendChild(when);
  if (candidate.assignedTo) link.appendChild(element('span', 'assigned muted', candidate.assignedTo));
  item.appendChild(link);
  return item;
}

function renderPager() {
  const pages = Math.max(1, Math.ceil(state.total / PAGE_SIZE));
  $('page-info').textContent = t('inbox.page', { page: state.page + 1, pages, total: state.total });
  $('page-previous').disabled = state.page === 0;
  $('page-next').disabled = state.page + 1 >= pages;
}

async function loadQueueCounts() {
  for (const queue of ['waiting', 'review']) {
    try {
      const page = await api('/api/candidates?size=1&status=' + QUEUES[queue].status);
      $('count-' + queue).textContent = String(page.total);
    } catch (error) {
      $('count-' + queue).textContent = '?';
    }
  }
}

async function loadVacancyFilter() {
  try {
    state.vacancies = await api('/api/vacancies');
  } catch (error) {
    state.vacancies = [];
  }
  const select = $('filter-vacancy');
  const chosen = select.value;
  select.replaceChildren(element('option', null, t('filter.anyVacancy')));
  select.firstChild.value = '';
  for (const vacancy of state.vacancies) {
    const option = element('option', null, vacancy.title + ' · ' + vacancy.city);
    option.value = vacancy.id;
    select.appendChild(option);
  }
  select.value = chosen;
}

function chooseQueue(queue) {
  state.queue = queue;
  state.page = 0;
  for (const tab of document.querySelectorAll('#queues button')) {
    tab.setAttribute('aria-pressed', String(tab.dataset.queue === queue));
  }
  show($('filter-status-label'), queue === 'all');
  loadList();
}

/** Many updates in a burst (a bot answering) cause one reload. */
function reloadSoon(update) {
  if (!state.active) return;
  clearTimeout(state.reload);
  state.reload = setTimeout(loadList, 250);
  if (update.candidateId === selectedCandidate()) refreshConversation();
}

export function setUpInbox() {
  for (const tab of document.querySelectorAll('#queues button')) tab.addEventListener('click', () => chooseQueue(tab.dataset.queue));
  $('inbox-filters').addEventListener('submit', (event) => { event.preventDefault(); state.page = 0; loadList(); });
  for (const id of ['filter-status', 'filter-vacancy', 'filter-attention']) {
    $(id).addEventListener('change', () => { state.page = 0; loadList(); });
  }
  $('page-previous').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadList(); });
  $('page-next').addEventListener('click', () => { state.page += 1; loadList(); });
  onCandidateChange(reloadSoon);
}

export function enterInbox(candidateId) {
  state.active = true;
  $('inbox').classList.toggle('has-selection', Boolean(candidateId));
  if (candidateId) openConversation(candidateId);
  else closeConversation();
  loadVacancyFilter();
  loadList();
}

export function leaveInbox() {
  state.active = false;
}
