// Small DOM helpers shared by the pages: build elements with text only (never innerHTML with data).

export const $ = (id) => document.getElementById(id);

export function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content != null) node.textContent = String(content);
  return node;
}

export function button(label, onClick, className) {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

export function show(node, visible) {
  node.classList.toggle('hidden', !visible);
}
