/**
 * The assumptions panel as the page lays it out, written out by hand (not derived from
 * `src/model/inputs.ts`, so that a change to the descriptor that moves the page fails here): its
 * groups in order with their titles, which are folded, each group's fields with their sliders and
 * the choices they offer; the mix's fields printed only when some containers held rockets; and in
 * the embedded view every group folded to its line.
 */
import { render } from '@testing-library/react';
import {
  AssumptionsPanel,
  CompactAssumptionsPanel,
} from '../../src/features/assumptions/assumptions-panel';
import { resetStore, useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';

beforeEach(() => {
  resetStore();
  showOnScreen('en');
});

interface ExpectedField {
  key: string;
  /** The slider's min, max and step, or null for none. */
  slider: [number, number, number] | null;
  /** The labels of the groups of one-click choices under the field. */
  choices: string[];
}

const PUBLISHED = 'Published values';

/** The page's groups in order: title, folded on the full page, and fields. */
const EXPECTED: { title: string; folded: boolean; fields: ExpectedField[] }[] = [
  {
    title: 'What was shipped',
    folded: false,
    fields: [
      { key: 'containers', slider: [0, 30_000, 100], choices: [PUBLISHED] },
      { key: 'perContainer', slider: [0, 1_000, 1], choices: [PUBLISHED] },
      { key: 'share', slider: [0, 100, 1], choices: [] },
      { key: 'usable', slider: [0, 100, 1], choices: [PUBLISHED] },
    ],
  },
  {
    title: '152 mm shells or 122 mm rockets',
    folded: true,
    fields: [
      { key: 'rocketShare', slider: [0, 100, 5], choices: ['Fillings of the containers'] },
      { key: 'perContainerRockets', slider: null, choices: [PUBLISHED] },
    ],
  },
  {
    title: 'How fast Russia fires',
    folded: false,
    fields: [{ key: 'daily', slider: [1_000, 50_000, 500], choices: ['Published rates of fire'] }],
  },
  {
    title: 'When',
    folded: true,
    fields: [
      { key: 'start', slider: null, choices: [] },
      { key: 'end', slider: null, choices: [] },
    ],
  },
  {
    title: 'Would it fit? (weight check)',
    folded: true,
    fields: [
      { key: 'shellKg', slider: null, choices: ['Kinds of round'] },
      { key: 'payloadKg', slider: null, choices: ['Container ratings'] },
      { key: 'packaging', slider: [0, 100, 1], choices: [] },
    ],
  },
];

function groups(): HTMLFieldSetElement[] {
  return [...document.querySelectorAll<HTMLFieldSetElement>('fieldset.group')];
}

/** What a field shows, in the shape of `ExpectedField`. */
function fieldShape(frame: Element): ExpectedField {
  const slider = frame.querySelector('input.field-slider');
  return {
    key: frame.querySelector('input[type="text"]')?.getAttribute('name') ?? '',
    slider: slider
      ? [
          Number(slider.getAttribute('min')),
          Number(slider.getAttribute('max')),
          Number(slider.getAttribute('step')),
        ]
      : null,
    choices: [...frame.querySelectorAll('[role="group"]')].map(
      (group) => group.getAttribute('aria-label') ?? '',
    ),
  };
}

describe('the assumptions panel', () => {
  it('shows the groups in order, folds the mix, the dates and the weight check, and lays out each field', () => {
    render(<AssumptionsPanel />);
    expect(
      groups().map((group) => ({
        title: group.querySelector('legend')?.textContent,
        folded: group.parentElement?.matches('details.group-fold') ?? false,
        fields: [...group.querySelectorAll('.field')].map(fieldShape),
      })),
    ).toEqual(EXPECTED);
  });

  it('gives the rate of fire Syrskyi’s series and the caveat on published rates', () => {
    render(<AssumptionsPanel />);
    const daily = document.querySelector('input[name="daily"]')?.closest('.field');
    expect(daily?.querySelector('.series-share')).not.toBeNull();
    expect([...(daily?.querySelectorAll('.field-caveat') ?? [])]).toHaveLength(2);
    expect(document.querySelectorAll('.field-caveat')).toHaveLength(2);
  });

  it.each([
    { rocketShare: 0, printed: false },
    { rocketShare: 50, printed: true },
  ])('prints the mix’s fields at $rocketShare% rockets: $printed', ({ rocketShare, printed }) => {
    useStore.getState().actions.setInput('rocketShare', rocketShare);
    render(<AssumptionsPanel />);
    expect(groups().map((group) => group.classList.contains('not-printed'))).toEqual([
      false,
      !printed,
      false,
      false,
      false,
    ]);
  });

  it('folds every group to its line in the embedded view', () => {
    render(<CompactAssumptionsPanel />);
    expect(groups()).toHaveLength(EXPECTED.length);
    for (const group of groups()) {
      expect(group.parentElement).toHaveClass('group-fold');
      expect(group.querySelector('legend')).toHaveClass('visually-hidden');
    }
    expect(
      [...document.querySelectorAll('details.group-fold > summary .group-title')].map(
        (title) => title.textContent,
      ),
    ).toEqual(EXPECTED.map((group) => group.title));
  });
});
