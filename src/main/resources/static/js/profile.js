// The candidate's profile in the recruiter's words: labels in the page's language, dates as dates, yes and no,
// vacancy titles with links and the reasons of each match, open questions, notes; the workflow state only on request.

import { $, element } from './dom.js';
import { api } from './api.js';
import { t, maybe, dateTime, yesNo, language } from './i18n.js';

const FIELDS = ['phone', 'email', 'city', 'desiredRole', 'yearsExperience', 'availability', 'hoursPerWeek',
  'drivingLicense', 'workPermit', 'languages', 'salaryExpectation', 'language', 'consentAt', 'createdAt', 'assignedTo'];

let vacancies = null;

async function vacancyTitles() {
  if (!vacancies) {
    try {
      vacancies = new Map((await api('/api/vacancies')).map((v) => [v.id, v]));
    } catch (error) {
      vacancies = new Map();
    }
  }
  return vacancies;
}

/** Forgets the vacancy titles, after a vacancy was created or changed. */
export function forgetVacancies() {
  vacancies = null;
}

function display(field, value) {
  if (value == null || (Array.isArray(value) && !value.length) || value === '') return '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (field.endsWith('At')) return dateTime(value);
  if (field === 'phone') return '+' + value;
  if (field === 'language') return languageName(value);
  if (field === 'languages') return value.map(languageName).join(', ');
  if (field === 'hoursPerWeek') return t('value.hoursPerWeek', { n: value });
  if (field === 'yearsExperience') return t('value.years', { n: value });
  return String(value);
}

function languageName(code) {
  if (!/^[a-z]{2,3}$/i.test(code)) return code;
  try {
    return new Intl.DisplayNames([language()], { type: 'language' }).of(code) || code;
  } catch (error) {
    return code;
  }
}

export async function renderProfile(candidate) {
  const profile = $('profile');
  profile.replaceChildren();
  for (const field of FIELDS) {
    profile.appendChild(element('dt', null, t('field.' + field)));
    profile.appendChild(element('dd', null, display(field, candidate[field])));
  }
  await renderMatches(candidate);
  renderOpenQuestions(candidate.openQuestions || []);
}

async function renderMatches(candidate) {
  const titles = await vacancyTitles();
  const reasons = candidate.decisionReasons || [];
  const list = $('matches');
  list.replaceChildren();
  const ids = [...new Set([...(candidate.matchedVacancyIds || []), ...reasons.map((r) => r.vacancyId).filter(Boolean)])];
  for (const id of ids) {
    const item = element('li');
    const vacancy = titles.get(id);
    const link = element('a', null, vacancy ? vacancy.title + ' · ' + vacancy.city : id);
    link.href = '#/vacancies/' + encodeURIComponent(id);
    const matched = (candidate.matchedVacancyIds || []).includes(id);
    item.appendChild(element('span', 'fit ' + (matched ? 'yes' : 'no'), matched ? t('match.fits') : t('match.doesNotFit')));
    item.appendChild(link);
    const why = reasons.filter((r) => r.vacancyId === id).map(reasonText);
    if (why.length) item.appendChild(element('span', 'muted reason', why.join('; ')));
    list.appendChild(item);
  }
  for (const reason of reasons.filter((r) => !r.vacancyId)) list.appendChild(element('li', 'muted', reasonText(reason)));
  if (!list.children.length) list.appendChild(element('li', 'muted', t('match.none')));
}

function reasonText(reason) {
  const rule = maybe('rule.' + reason.rule) || reason.rule;
  return reason.detail ? rule + ': ' + reason.detail : rule;
}

function renderOpenQuestions(questions) {
  const list = $('open-questions');
  list.replaceChildren();
  for (const question of questions) {
    const item = element('li', null, question.text);
    item.appendChild(element('span', 'muted', ' · ' + dateTime(question.at)));
    list.appendChild(item);
  }
  if (!questions.length) list.appendChild(element('li', 'muted', t('questions.none')));
}

export async function renderNotes(candidateId) {
  const list = $('notes');
  try {
    const notes = await api('/api/candidates/' + candidateId + '/notes');
    list.replaceChildren();
    for (const note of notes) {
      const item = element('li');
      item.appendChild(element('span', 'text', note.text));
      item.appendChild(element('span', 'muted', [note.author, dateTime(note.at)].filter(Boolean).join(' · ')));
      list.appendChild(item);
    }
    if (!notes.length) list.appendChild(element('li', 'muted', t('notes.none')));
  } catch (error) {
    list.replaceChildren(element('li', 'muted', t('error.load', { message: error.message })));
  }
}

export async function loadTechnicalDetails(candidate) {
  const pre = $('workflow');
  try {
    pre.textContent = JSON.stringify(await api('/api/conversations/' + candidate.phone + '/state'), null, 2);
  } catch (error) {
    pre.textContent = error.status === 404 ? t('technical.none') : error.message;
  }
}
