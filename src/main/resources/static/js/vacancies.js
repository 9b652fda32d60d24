// Vacancies: the list, and a form to create, edit, deactivate or reactivate one, with the API's validation
// messages beside the fields they are about.

import { $, element, button, show } from './dom.js';
import { api } from './api.js';
import { t } from './i18n.js';
import { forgetVacancies } from './profile.js';

const NUMBERS = ['hoursPerWeekMin', 'hoursPerWeekMax', 'salaryMin', 'salaryMax', 'minYearsExperience', 'maxTravelKm'];
const TEXTS = ['id', 'title', 'city', 'salaryCurrency', 'salaryPeriod', 'description'];
const FLAGS = ['requiresDrivingLicense', 'active'];
const state = { editing: null, list: [] };

async function loadList() {
  try {
    state.list = await api('/api/vacancies');
    $('vacancy-error').textContent = '';
  } catch (error) {
    $('vacancy-error').textContent = t('error.load', { message: error.message });
    return;
  }
  const rows = $('vacancy-rows');
  rows.replaceChildren();
  for (const vacancy of state.list) {
    const row = element('tr', vacancy.active ? null : 'inactive');
    row.dataset.id = vacancy.id;
    row.appendChild(element('td', null, vacancy.title));
    row.appendChild(element('td', null, vacancy.city));
    row.appendChild(element('td', null, range(vacancy.hoursPerWeekMin, vacancy.hoursPerWeekMax)));
    row.appendChild(element('td', null, salary(vacancy)));
    row.appendChild(element('td', null, t(vacancy.active ? 'vacancy.active' : 'vacancy.inactive')));
    const actions = element('td');
    actions.appendChild(button(t('action.edit'), () => { location.hash = '#/vacancies/' + encodeURIComponent(vacancy.id); }));
    row.appendChild(actions);
    rows.appendChild(row);
  }
}

function range(min, max) {
  if (min == null && max == null) return '—';
  return min === max || max == null ? String(min) : (min ?? '') + '–' + max;
}

function salary(vacancy) {
  if (vacancy.salaryMin == null && vacancy.salaryMax == null) return '—';
  return range(vacancy.salaryMin, vacancy.salaryMax) + ' ' + (vacancy.salaryCurrency || '') + ' / ' + t('period.' + (vacancy.salaryPeriod || 'month'));
}

function field(name) {
  return $('v-' + name);
}

function fillForm(vacancy) {
  clearErrors();
  state.editing = vacancy ? vacancy.id : null;
  $('vacancy-form-title').textContent = vacancy ? t('vacancy.edit', { title: vacancy.title }) : t('vacancy.new');
  for (const name of TEXTS.concat(NUMBERS)) field(name).value = vacancy && vacancy[name] != null ? vacancy[name] : '';
  field('salaryCurrency').value = (vacancy && vacancy.salaryCurrency) || 'EUR';
  field('salaryPeriod').value = (vacancy && vacancy.salaryPeriod) || 'month';
  field('requiresDrivingLicense').checked = Boolean(vacancy && vacancy.requiresDrivingLicense);
  field('active').checked = !vacancy || vacancy.active !== false;
  field('id').readOnly = Boolean(vacancy);
  show($('vacancy-toggle'), Boolean(vacancy));
  $('vacancy-toggle').textContent = t(vacancy && vacancy.active === false ? 'vacancy.reactivate' : 'vacancy.deactivate');
  $('vacancy-saved').textContent = '';
}

function formValue() {
  const vacancy = {};
  for (const name of TEXTS) vacancy[name] = field(name).value.trim() || null;
  for (const name of NUMBERS) {
    const input = field(name);
    // a value the browser could not read as a number goes as typed, so the API names the field
    vacancy[name] = input.validity.badInput ? 'not a number' : (input.value === '' ? null : Number(input.value));
  }
  for (const name of FLAGS) vacancy[name] = field(name).checked;
  return vacancy;
}

function clearErrors() {
  for (const node of document.querySelectorAll('#vacancy-form .field-error')) node.textContent = '';
  for (const node of document.querySelectorAll('#vacancy-form [aria-invalid]')) node.removeAttribute('aria-invalid');
  $('vacancy-form-error').textContent = '';
}

/** Puts each field's message beside it: from the error's "fields", else from "field must ..." parts of the message. */
function showErrors(error) {
  const messages = {};
  const fields = error.fields;
  if (Array.isArray(fields)) for (const f of fields) messages[f.field] = f.message;
  else Object.assign(messages, fields);
  if (!Object.keys(messages).length) {
    for (const part of (error.message || '').split(/;\s*/)) {
      // "title must not be blank", or a rule over two fields: "hoursRangeOrdered hoursPerWeekMin must not exceed ..."
      const words = part.split(' ');
      const at = words.findIndex((word) => TEXTS.concat(NUMBERS).includes(word));
      if (at >= 0 && !messages[words[at]]) messages[words[at]] = words.slice(at).join(' ');
    }
  }
  if (error.status === 409 && !messages.id) messages.id = error.message;
  for (const [name, message] of Object.entries(messages)) {
    const node = $('v-' + name + '-error');
    if (!node) continue;
    node.textContent = message;
    field(name).setAttribute('aria-invalid', 'true');
  }
  const first = document.querySelector('#vacancy-form [aria-invalid="true"]');
  if (first) first.focus();
  else $('vacancy-form-error').textContent = error.message;
}

async function save(vacancy) {
  clearErrors();
  try {
    const saved = state.editing
      ? await api('/api/vacancies/' + encodeURIComponent(state.editing), { method: 'PUT', body: vacancy })
      : await api('/api/vacancies', { method: 'POST', body: vacancy });
    forgetVacancies();
    $('vacancy-saved').textContent = t('vacancy.saved', { title: saved.title });
    await loadList();
    if (!state.editing) location.hash = '#/vacancies/' + encodeURIComponent(saved.id);
    else fillForm(saved);
    $('vacancy-saved').textContent = t('vacancy.saved', { title: saved.title });
  } catch (error) {
    showErrors(error);
  }
}

export function setUpVacancies() {
  $('vacancy-form').addEventListener('submit', (event) => { event.preventDefault(); save(formValue()); });
  $('vacancy-new').addEventListener('click', () => { location.hash = '#/vacancies/new'; });
  $('vacancy-toggle').addEventListener('click', () => {
    const vacancy = formValue();
    vacancy.active = !field('active').checked;
    field('active').checked = vacancy.active;
    save(vacancy);
  });
}

export async function enterVacancies(id) {
  await loadList();
  if (!id || id === 'new') {
    fillForm(null);
    return;
  }
  const known = state.list.find((v) => v.id === id);
  try {
    fillForm(known || await api('/api/vacancies/' + encodeURIComponent(id)));
  } catch (error) {
    fillForm(null);
    $('vacancy-form-error').textContent = t('error.load', { message: error.message });
  }
}
