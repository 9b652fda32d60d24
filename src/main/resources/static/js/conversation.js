// One conversation: the transcript with dates, delivery ticks and media, the reply box (free text inside WhatsApp's
// 24-hour window, a template outside it) and the recruiter's actions; the profile beside it (profile.js).

import { $, element, show } from './dom.js';
import { api, post } from './api.js';
import { t, dateTime, date } from './i18n.js';
import { renderProfile, renderNotes, loadTechnicalDetails } from './profile.js';

const WINDOW_MS = 24 * 60 * 60 * 1000;
const TICKS = { queued: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠', unknown: '?' };
const state = { id: null, candidate: null, loading: null };

export function selectedCandidate() {
  return state.id;
}

export function openConversation(id) {
  if (state.id !== id) {
    state.id = id;
    state.candidate = null;
    $('reply-text').value = '';
    $('action-error').textContent = '';
    show($('reject-form'), false);
    $('technical').open = false;
  }
  show($('detail-empty'), false);
  show($('detail-body'), true);
  return refreshConversation();
}

export function closeConversation() {
  state.id = null;
  show($('detail-empty'), true);
  show($('detail-body'), false);
}

/** Reads the candidate, transcript and notes again (a live update, an action). */
export async function refreshConversation() {
  const id = state.id;
  if (!id) return;
  try {
    const [candidate, messages] = await Promise.all([
      api('/api/candidates/' + id),
      api('/api/candidates/' + id + '/messages')
    ]);
    if (id !== state.id) return; // another conversation was opened meanwhile
    state.candidate = candidate;
    renderHeader(candidate);
    renderTranscript(messages);
    renderReplyBox(candidate, messages);
    await renderProfile(candidate);
    renderNotes(id);
  } catch (error) {
    if (id !== state.id) return;
    show($('detail-body'), false);
    show($('detail-empty'), true);
    $('detail-empty').textContent = error.status === 404 ? t('conversation.gone') : t('error.load', { message: error.message });
  }
}

function renderHeader(candidate) {
  $('c-name').textContent = candidate.name || candidate.profileName || candidate.phone;
  const badge = $('c-status');
  badge.className = 'badge ' + candidate.status;
  badge.textContent = t('status.' + candidate.status);
  $('c-phone').textContent = '+' + candidate.phone;
  const status = candidate.status;
  const open = status !== 'OPTED_OUT';
  show($('action-takeover'), open && status !== 'HANDED_OFF');
  show($('action-handback'), status === 'HANDED_OFF');
  show($('action-shortlist'), open && status !== 'SHORTLISTED');
  show($('action-reject'), open && status !== 'REJECTED');
  $('c-handler').textContent = status === 'HANDED_OFF' ? t('conversation.withRecruiter') : t('conversation.withBot');
}

function renderTranscript(messages) {
  const list = $('transcript');
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
  list.replaceChildren();
  let day = null;
  for (const message of messages) {
    const messageDay = date(message.at);
    if (messageDay !== day) {
      day = messageDay;
      list.appendChild(element('li', 'day', day));
    }
    list.appendChild(messageLine(message));
  }
  if (!messages.length) list.appendChild(element('li', 'muted', t('conversation.noMessages')));
  if (atBottom || list.dataset.candidate !== state.id) list.scrollTop = list.scrollHeight;
  list.dataset.candidate = state.id;
}

function messageLine(message) {
  const line = element('li', 'message ' + message.direction);
  const author = message.direction === 'inbound' ? t('author.candidate') : (message.author || t('author.bot'));
  line.appendChild(element('span', 'author', author));
  line.appendChild(media(message));
  if (message.text) line.appendChild(element('span', 'text', message.text));
  const meta = element('span', 'meta');
  const when = element('time', null, dateTime(message.at));
  when.dateTime = message.at;
  meta.appendChild(when);
  if (message.direction === 'outbound' && message.status) {
    const tick = element('span', 'tick ' + message.status, TICKS[message.status] || message.status);
    tick.title = t('delivery.' + message.status);
    tick.setAttribute('aria-label', t('delivery.' + message.status));
    tick.setAttribute('role', 'img');
    meta.appendChild(tick);
  }
  line.appendChild(meta);
  return line;
}

/**
 * Images are shown (bounded, opening full size), voice messages playable, documents and other files linked with their
 * name; without a link only what it was is said. A file WhatsApp no longer keeps says so instead of a broken image.
 */
function media(message) {
  const info = message.media || {};
  const url = info.url || message.mediaUrl;
  const kind = t('media.' + message.type);
  const name = info.fileName || kind;
  if (!['document', 'audio', 'video', 'image'].includes(message.type)) return document.createDocumentFragment();
  if (!url) return element('span', 'media muted', '[' + kind + (info.fileName ? ': ' + info.fileName : '') + ']');
  if (message.type === 'image') {
    const link = element('a', 'media-frame');
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.title = t('media.open');
    const image = element('img', 'media-image');
    image.src = url;
    image.alt = info.caption || message.text || kind;
    image.loading = 'lazy';
    image.addEventListener('error', () => link.replaceWith(gone(kind)), { once: true });
    link.appendChild(image);
    return link;
  }
  const link = element('a', 'media', name);
  const clip = element('span', 'icon-attach');
  clip.setAttribute('aria-hidden', 'true');
  link.prepend(clip);
  link.href = url;
  link.title = t('media.download');
  if (message.type !== 'audio') return link;
  const voice = element('span', 'media-audio');
  const player = element('audio');
  player.controls = true;
  player.preload = 'none';
  player.src = url;
  player.setAttribute('aria-label', kind);
  voice.append(player, link);
  return voice;
}

function gone(kind) {
  return element('span', 'media muted', '[' + kind + ': ' + t('media.gone') + ']');
}

function renderReplyBox(candidate, messages) {
  const lastInbound = [...messages].reverse().find((m) => m.direction === 'inbound');
  const windowOpen = Boolean(lastInbound) && Date.now() - new Date(lastInbound.at).getTime() < WINDOW_MS;
  show($('reply-form'), candidate.status !== 'OPTED_OUT');
  show($('reply-free'), windowOpen);
  show($('reply-template'), !windowOpen);
  $('reply-form').dataset.mode = windowOpen ? 'text' : 'template';
  $('reply-hint').textContent = windowOpen
    ? t('reply.windowOpen', { until: dateTime(new Date(new Date(lastInbound.at).getTime() + WINDOW_MS)) })
    : t('reply.windowClosed');
  if (!windowOpen && !$('reply-parameters').value) {
    $('reply-parameters').value = candidate.name || candidate.profileName || '';
  }
}

async function act(path, body) {
  $('action-error').textContent = '';
  try {
    await post('/api/candidates/' + state.id + path, body);
    await refreshConversation();
    return true;
  } catch (error) {
    $('action-error').textContent = error.status === 409 ? t('error.conflict', { message: error.message }) : error.message;
    return false;
  }
}

async function sendReply(event) {
  event.preventDefault();
  const body = $('reply-form').dataset.mode === 'template'
    ? { template: $('reply-template-name').value.trim(), parameters: $('reply-parameters').value.split(',').map((p) => p.trim()).filter(Boolean) }
    : { text: $('reply-text').value.trim() };
  if (body.text === '' || body.template === '') return;
  if (await act('/reply', body)) $('reply-text').value = '';
}

export function setUpConversation() {
  $('action-takeover').addEventListener('click', () => act('/takeover'));
  $('action-handback').addEventListener('click', () => act('/handback'));
  $('action-shortlist').addEventListener('click', () => act('/shortlist'));
  $('action-reject').addEventListener('click', () => { show($('reject-form'), true); $('reject-message').focus(); });
  $('reject-cancel').addEventListener('click', () => { show($('reject-form'), false); $('action-reject').focus(); });
  $('reject-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/reject', { message: $('reject-message').checked })) show($('reject-form'), false);
  });
  $('reply-form').addEventListener('submit', sendReply);
  $('reply-text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) sendReply(event);
  });
  $('assign-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/assign', { recruiter: $('assign-email').value.trim() })) $('assign-email').value = '';
  });
  $('note-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('note-text').value.trim();
    if (text && await act('/notes', { text })) $('note-text').value = '';
  });
  $('technical').addEventListener('toggle', () => {
    if ($('technical').open && state.candidate) loadTechnicalDetails(state.candidate);
  });
}
