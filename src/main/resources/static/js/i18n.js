// The page's language: texts from i18n/<language>.json, chosen by the switch or the browser, with dates, numbers and
// durations formatted for that language.

const LANGUAGES = ['en', 'nl'];
const KEY = 'recruitbot.language';
let texts = {};
let fallback = {};
let current = 'en';

export function language() {
  return current;
}

export function languages() {
  return LANGUAGES;
}

function preferred() {
  const chosen = localStorage.getItem(KEY);
  if (LANGUAGES.includes(chosen)) return chosen;
  const browser = (navigator.languages || [navigator.language]).map((tag) => (tag || '').slice(0, 2).toLowerCase());
  return browser.find((tag) => LANGUAGES.includes(tag)) || 'en';
}

async function load(lang) {
  const response = await fetch('i18n/' + lang + '.json');
  return response.ok ? response.json() : {};
}

export async function useLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : preferred();
  if (lang) localStorage.setItem(KEY, current);
  if (!Object.keys(fallback).length) fallback = await load('en');
  texts = current === 'en' ? fallback : await load(current);
  document.documentElement.lang = current;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}

/** The text for a key such as "status.QUALIFIED", with {name} placeholders filled; the key itself when unknown. */
export function t(key, values = {}) {
  const text = texts[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (values[name] ?? whole));
}

/** The text for a key when there is one, else null: for labels of values the server may add later. */
export function maybe(key) {
  return texts[key] ?? fallback[key] ?? null;
}

export function dateTime(at) {
  if (!at) return '—';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export function date(at) {
  return at ? new Intl.DateTimeFormat(current, { dateStyle: 'medium' }).format(new Date(at)) : '—';
}

export function time(at) {
  return at ? new Intl.DateTimeFormat(current, { hour: '2-digit', minute: '2-digit' }).format(new Date(at)) : '';
}

/** "5 min", "3 h", "2 days": how long ago, in the page's language. */
export function waited(since, now = Date.now()) {
  if (!since) return '—';
  const minutes = Math.max(0, Math.round((now - new Date(since).getTime()) / 60000));
  if (minutes < 60) return t('duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('duration.hours', { n: hours });
  return t('duration.days', { n: Math.round(hours / 24) });
}

export function yesNo(value) {
  return value == null ? '—' : t(value ? 'value.yes' : 'value.no');
}
