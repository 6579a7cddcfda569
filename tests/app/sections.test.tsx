/**
 * The page's sections: one list (`PAGE_SECTIONS`) in the order of the public ids, a table of
 * contents that links to each by its id, each titled by its own heading's words, and a share link
 * that can open the page at one of them.
 */
import { act, screen, within } from '@testing-library/react';
import { PAGE_SECTIONS } from '../../src/app/page-sections';
import { useStore } from '../../src/store/store';
import { SECTION_IDS, sectionOfHash } from '../../src/url/sections';
import { renderApp } from './render-app';

describe('the sections of the page', () => {
  it('are listed once, in the order of their public ids', () => {
    expect(PAGE_SECTIONS.map((section) => section.id)).toEqual([...SECTION_IDS]);
  });

  it.each([
    ['#sources', 'sources'],
    ['solve', 'solve'],
    ['#results', 'results'],
    ['#nowhere', null],
    ['', null],
    ['#', null],
  ])('a hash %j names the section %j', (hash, id) => {
    expect(sectionOfHash(hash)).toBe(id);
  });

  it('are each linked from the table of contents by id, under the title of their own heading', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      SECTION_IDS.map((id) => `#${id}`),
    );
    for (const id of SECTION_IDS) expect(document.getElementById(id), id).not.toBeNull();
    // Each fold's line reads as its part's own heading (hidden on screen, kept for screen readers).
    expect(within(nav).getByRole('link', { name: 'What matters most' })).toBeInTheDocument();
    const fold = document.getElementById('matters');
    if (fold === null) throw new Error('no #matters');
    expect(fold.querySelector('summary')).toHaveTextContent('What matters most');
    expect(within(fold).getByRole('heading', { name: 'What matters most' })).toBeInTheDocument();
  });

  it('are in the share link once the reader picks one, and out of it again', async () => {
    const { user } = await renderApp();
    const link = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue('http://localhost:3000/');
    const at = screen.getByRole('combobox', { name: 'The link opens' });
    await user.selectOptions(at, 'at “Sources and method”');
    expect(link).toHaveValue('http://localhost:3000/#sources');
    act(() => {
      useStore.getState().actions.setInput('daily', 20_000);
    });
    expect(await screen.findByDisplayValue('http://localhost:3000/?v=3&daily=20000#sources')).toBe(
      link,
    );
    await user.selectOptions(at, 'at the top of the page');
    expect(link).toHaveValue('http://localhost:3000/?v=3&daily=20000');
  });
});
