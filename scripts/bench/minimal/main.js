// @ts-check
/* global document */
/**
 * The benchmark's baseline: the least a React 19 page can be that does what the app's first
 * screen does, one labelled input and one number computed from it. `npm run budgets` and
 * `npm run bench` build it with the app's build target and compare the app against it.
 */
import { createElement as h, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const SHELLS_PER_CONTAINER = 448;

function Minimal() {
  const [containers, setContainers] = useState('6700');
  const count = Number(containers);
  const total =
    containers.trim() !== '' && Number.isFinite(count) ? count * SHELLS_PER_CONTAINER : null;
  return h(
    'main',
    null,
    h(
      'label',
      null,
      'Containers ',
      h('input', {
        name: 'containers',
        type: 'text',
        inputMode: 'decimal',
        value: containers,
        /** @param {{ target: HTMLInputElement }} event */
        onChange: (event) => {
          setContainers(event.target.value);
        },
      }),
    ),
    h(
      'p',
      null,
      'Shells: ',
      h(
        'output',
        total === null
          ? { 'data-result': 'totalShells' }
          : { 'data-result': 'totalShells', 'data-value': String(total) },
        total === null ? 'not a number' : total.toLocaleString('en'),
      ),
    ),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(StrictMode, null, h(Minimal)));
