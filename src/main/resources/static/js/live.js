// Live updates from the server (GET /api/events, server-sent events): each page registers what to do when a
// candidate's status or messages change. The browser's EventSource reconnects by itself after a drop.

const listeners = new Set();
let source = null;

export function onCandidateChange(listener) {
  listeners.add(listener);
  connect();
  return () => listeners.delete(listener);
}

function connect() {
  if (source) return;
  source = new EventSource('/api/events');
  for (const kind of ['status', 'message']) {
    source.addEventListener(kind, (event) => {
      const update = JSON.parse(event.data);
      for (const listener of listeners) listener(update);
    });
  }
  source.addEventListener('open', () => document.body.classList.add('live'));
  source.addEventListener('error', () => document.body.classList.remove('live'));
}
