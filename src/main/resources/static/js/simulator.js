// The WhatsApp simulator: talk to the bot as any phone number, through the sandbox inbound endpoint and outbox.

import { $, element } from './dom.js';
import { api, post, upload } from './api.js';
import { time } from './i18n.js';

const state = { timer: null, lastRendered: '' };

function digits(value) {
  return (value || '').replace(/[^0-9]/g, '');
}

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
    const entries = inbound.map((m) => ({ direction: 'inbound', text: m.text || '[' + m.type + ']', at: m.at,
      image: m.type === 'image' && m.media ? m.media.url : null }))
      .concat(outbox.map((m) => ({ direction: 'outbound', text: m.text, at: m.at, buttons: m.buttons, rows: m.rows, awaitingField: m.awaitingField })));
    entries.sort((a, b) => new Date(a.at) - new Date(b.at));
    renderChat(entries);
    $('sim-status').textContent = candidate ? candidate.status + (candidate.name ? ' · ' + candidate.name : '') : 'no conversation yet';
    $('sim-error').textContent = '';
  } catch (error) {
    $('sim-error').textContent = error.status === 401 || error.status === 403 ? 'Enter the admin token (ADMIN_API_TOKEN) at the top.' : error.message;
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
    if (entry.image) {
      const picture = element('img');
      picture.src = entry.image;
      picture.alt = entry.text;
      bubble.appendChild(picture);
    }
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
    const quick = element('button', null, label);
    quick.type = 'button';
    quick.addEventListener('click', () => send(label));
    replies.appendChild(quick);
  }
}

async function send(message) {
  const phone = digits($('sim-phone').value);
  if (!phone || !message.trim()) return;
  try {
    await post('/api/sandbox/inbound', { from: phone, profileName: $('sim-name').value.trim() || null, text: message });
    $('message').value = '';
    setTimeout(loadConversation, 300);
  } catch (error) {
    $('sim-error').textContent = error.message;
  }
}

/** A file "sent from WhatsApp": kept by the sandbox under a media id, then sent with the typed text as its caption. */
async function sendFile(file) {
  const phone = digits($('sim-phone').value);
  if (!phone || !file) return;
  try {
    const sent = await upload('/api/sandbox/media?fileName=' + encodeURIComponent(file.name), file);
    const caption = $('message').value.trim();
    await post('/api/sandbox/inbound', { from: phone, profileName: $('sim-name').value.trim() || null,
      text: caption || null, mediaId: sent.id });
    $('message').value = '';
    setTimeout(loadConversation, 300);
  } catch (error) {
    $('sim-error').textContent = error.message;
  } finally {
    $('sim-file').value = '';
  }
}

export function setUpSimulator() {
  $('sim-file').addEventListener('change', (event) => sendFile(event.target.files[0]));
  $('composer').addEventListener('submit', (event) => { event.preventDefault(); send($('message').value); });
  $('sim-phone').addEventListener('change', () => { state.lastRendered = ''; loadConversation(); });
}

export function enterSimulator() {
  clearInterval(state.timer);
  loadConversation();
  state.timer = setInterval(loadConversation, 1000);
}

export function leaveSimulator() {
  clearInterval(state.timer);
}
