// The console's entry: the pages by the address's #fragment, the language switch and who is signed in.

import { $ } from './dom.js';
import { api, signOut } from './api.js';
import { useLanguage, language } from './i18n.js';
import { setUpSimulator, enterSimulator, leaveSimulator } from './simulator.js';
import { setUpInbox, enterInbox, leaveInbox } from './inbox.js';
import { setUpConversation } from './conversation.js';
import { setUpVacancies, enterVacancies } from './vacancies.js';
import { setUpFunnel, enterFunnel } from './funnel.js';

const PAGES = {
  simulator: { enter: enterSimulator, leave: leaveSimulator },
  inbox: { enter: enterInbox, leave: leaveInbox },
  vacancies: { enter: enterVacancies },
  funnel: { enter: enterFunnel }
};
let current = null;

function route() {
  const [name, id] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const page = PAGES[name] ? name : 'simulator';
  if (current && current !== page && PAGES[current].leave) PAGES[current].leave();
  for (const view of document.querySelectorAll('.view')) view.classList.toggle('hidden', view.id !== page);
  for (const tab of document.querySelectorAll('.top nav a')) {
    if (tab.dataset.view === page) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  const changed = current !== page;
  current = page;
  PAGES[page].enter(id);
  if (changed) document.title = 'Recruitbot · ' + $('tab-' + page).textContent;
}

document.addEventListener('DOMContentLoaded', async () => {
  await useLanguage(null);
  $('language').value = language();
  $('language').addEventListener('change', async () => { await useLanguage($('language').value); route(); });
  $('sign-out').addEventListener('click', signOut);
  api('/api/me').then((me) => { $('signed-in').textContent = me.displayName || me.email; }).catch(() => {});
  setUpSimulator();
  setUpInbox();
  setUpConversation();
  setUpVacancies();
  setUpFunnel();
  window.addEventListener('hashchange', route);
  route();
});
