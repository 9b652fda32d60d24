// The simulator and recruiter view: a thin client over the sandbox and admin APIs of the contract.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { chatTimer: null, recruiterTimer: null, selected: null, lastRendered: '' };

function headers(extra) {
  return Object.assign({ Accept: 'application/json' }, extra || {}, RecruitbotSession.csrfHeaders());
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: headers(options && options.body ? { 'Content-Type': 'application/json' } : {}) }, options));
  RecruitbotSession.signInAgainOn(response.status);
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.message ? body.message : response.status + ' ' + response.statusText;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

function digits(value) { return (value || '').replace(/[^0-9]/g, ''); }
function time(at) { return at ? new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : ''; }
function text(node, value) { node.textContent = value == null ? '' : String(value); return node; }
function element(tag, className, content) { const node = document.createElement(tag); if (className) node.className = className; if (content != null) text(node, content); return node; }

// --- simulator ---------------------------------------------------------------

async function loadConversation() {
  const phone = digits($('sim-phone').value);
  if (!phone) return;
  try {
    const [outbox, found] = await Promise.all([
      api('/api/sandbox/outbox?to=' + phone),
      api('/api/candidates?phone=' + phone + '&size=1')
    ]);
    const candidate = found.items[0];
    const inbound = candidate ? (await api('/api/candidates/' + candidate.id + '/messages')).filter((m) => m.direction === 'inbound') : [];
    const entries = inbound.map((m) => ({ direction: 'inbound', text: m.text || '[' + m.type + ']', at: m.at }))
      .concat(outbox.map((m) => ({ direction: 'outbound', text: m.text, at: m.at, buttons: m.buttons, rows: m.rows, awaitingField: m.awaitingField })));
    entries.sort((a, b) => new Date(a.at) - new Date(b.at));
    renderChat(entries);
    text($('sim-status'), candidate ? candidate.status + (candidate.name ? ' · ' + candidate.name : '') : 'no conversation yet');
    $('sim-error').textContent = '';
  } catch (error) {
    text($('sim-error'), error.message);
  }
}

function renderChat(entries) {
  const fingerprint = JSON.stringify(entries);
  if (fingerprint === state.lastRendered) return;
  state.lastRendered = fingerprint;
  const chat = $('chat');
  chat.replaceChildren();
  for (const entry of entries) {
    const bubble = element('li', 'bubble ' + entry.direction);
    bubble.dataset.direction = entry.direction;
    bubble.appendChild(element('span', 'body', entry.text));
    if (entry.awaitingField) bubble.appendChild(element('span', 'asks', ' · asks for ' + entry.awaitingField));
    bubble.appendChild(element('time', null, time(entry.at)));
    chat.appendChild(bubble);
  }
  chat.scrollTop = chat.scrollHeight;
  const last = entries[entries.length - 1];
  const replies = $('quick-replies');
  replies.replaceChildren();
  const choices = last && last.direction === 'outbound' ? (last.buttons || []).concat((last.rows || []).map((row) => row.title || row)) : [];
  for (const choice of choices) {
    const label = typeof choice === 'string' ? choice : choice.title;
    const button = element('button', null, label);
    button.type = 'button';
    button.addEventListener('click', () => send(label));
    replies.appendChild(button);
  }
}

async function send(message) {
  const phone = digits($('sim-phone').value);
  if (!phone || !message.trim()) return;
  try {
    await api('/api/sandbox/inbound', { method: 'POST', body: JSON.stringify({ from: phone, profileName: $('sim-name').value.trim() || null, text: message }) });
    $('message').value = '';
    setTimeout(loadConversation, 300);
  } catch (error) {
    text($('sim-error'), error.message);
  }
}

// --- recruiter view ----------------------------------------------------------

async function loadCandidates() {
  const params = new URLSearchParams({ size: '100' });
  if ($('filter-status').value) params.set('status', $('filter-status').value);
  if (digits($('filter-phone').value)) params.set('phone', digits($('filter-phone').value));
  try {
    const page = await api('/api/candidates?' + params);
    text($('candidate-count'), page.total + ' candidate' + (page.total === 1 ? '' : 's'));
    const rows = $('candidate-rows');
    rows.replaceChildren();
    for (const candidate of page.items) {
      const row = element('tr', candidate.id === state.selected ? 'selected' : null);
      row.dataset.id = candidate.id;
      const status = element('td'); status.appendChild(element('span', 'badge ' + candidate.status, candidate.status));
      row.appendChild(status);
      for (const value of [candidate.name || candidate.profileName, candidate.phone, candidate.city, candidate.desiredRole, time(candidate.updatedAt)]) {
        row.appendChild(element('td', null, value || '—'));
      }
      row.addEventListener('click', () => { state.selected = candidate.id; loadDetail(); loadCandidates(); });
      rows.appendChild(row);
    }
    if (state.selected) loadDetail();
  } catch (error) {
    text($('candidate-count'), error.message);
  }
}

async function loadDetail() {
  const detail = $('detail');
  try {
    const candidate = await api('/api/candidates/' + state.selected);
    const [messages, workflow] = await Promise.all([
      api('/api/candidates/' + candidate.id + '/messages'),
      api('/api/conversations/' + candidate.phone + '/state').catch(() => null)
    ]);
    detail.replaceChildren();
    detail.appendChild(element('h2', null, candidate.name || candidate.profileName || candidate.phone));
    const profile = element('dl', 'profile');
    const fields = ['status', 'phone', 'email', 'city', 'desiredRole', 'yearsExperience', 'availability', 'hoursPerWeek',
      'drivingLicense', 'workPermit', 'languages', 'salaryExpectation', 'consentAt', 'matchedVacancyIds'];
    for (const field of fields) {
      const value = candidate[field];
      profile.appendChild(element('dt', null, field));
      profile.appendChild(element('dd', null, Array.isArray(value) ? (value.join(', ') || '—') : (value == null ? '—' : value)));
    }
    detail.appendChild(profile);
    detail.appendChild(element('h3', null, 'Transcript'));
    const transcript = element('ol', 'transcript');
    for (const message of messages) {
      const line = element('li');
      line.appendChild(element('span', 'dir', (message.direction === 'inbound' ? '← ' : '→ ') + time(message.at) + (message.status ? ' · ' + message.status : '')));
      line.appendChild(element('span', null, message.text || '[' + message.type + ']'));
      transcript.appendChild(line);
    }
    detail.appendChild(transcript);
    detail.appendChild(element('h3', null, 'Workflow state'));
    detail.appendChild(element('pre', 'workflow', workflow ? JSON.stringify(workflow, null, 2) : 'no checkpoint yet'));
  } catch (error) {
    detail.replaceChildren(element('p', 'muted', error.status === 404 ? 'This candidate no longer exists (erased).' : error.message));
    if (error.status === 404) state.selected = null;
  }
}

// --- wiring ------------------------------------------------------------------

function show(view) {
  for (const tab of document.querySelectorAll('.tab')) tab.classList.toggle('active', tab.dataset.view === view);
  $('simulator').classList.toggle('hidden', view !== 'simulator');
  $('recruiter').classList.toggle('hidden', view !== 'recruiter');
  clearInterval(state.chatTimer); clearInterval(state.recruiterTimer);
  if (view === 'simulator') { loadConversation(); state.chatTimer = setInterval(loadConversation, 1000); }
  else { loadCandidates(); state.recruiterTimer = setInterval(loadCandidates, 3000); }
}

document.addEventListener('DOMContentLoaded', () => {
  RecruitbotSession.me().then((me) => { if (me) text($('signed-in'), me.displayName); });
  $('sign-out').addEventListener('click', () => RecruitbotSession.signOut());
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => show(tab.dataset.view));
  $('composer').addEventListener('submit', (event) => { event.preventDefault(); send($('message').value); });
  $('sim-phone').addEventListener('change', () => { state.lastRendered = ''; loadConversation(); });
  $('filter-status').addEventListener('change', loadCandidates);
  $('filter-phone').addEventListener('change', loadCandidates);
  show('simulator');
});
