/** Panels for the other kinds search finds: a paper, a venue, an institution. */
import { h } from '../shared/dom';
import type { PaperDetails, PlaceDetails } from './api';
import { linkButton, muted, paperList, PanelActions, peopleList, section } from './panel-parts';

export function renderPaperPanel(paper: PaperDetails, actions: PanelActions): HTMLElement {
  const meta = [paper.venue?.name, paper.year ? String(paper.year) : null, paper.doi ? `doi:${paper.doi}` : null].filter(Boolean).join(' · ');
  const authors = h(
    'ol',
    { class: 'people' },
    ...paper.authors.map((authorship) =>
      h(
        'li',
        { attrs: { 'data-person-id': authorship.person.id } },
        linkButton(`${authorship.person.name}${authorship.equalContribution ? '*' : ''}`, () => actions.person(authorship.person.id), `Re-centre on ${authorship.person.name}`),
      ),
    ),
  );
  return h(
    'article',
    { class: 'paper-panel', attrs: { 'aria-labelledby': 'panel-title' } },
    h('header', { class: 'panel-header' }, h('p', { class: 'kind', text: 'Paper' }), h('h2', { text: paper.title, attrs: { id: 'panel-title' } }), meta ? muted(meta) : null),
    section(
      `Authors (${paper.authorCount})`,
      authors,
      paper.authorCount > paper.authors.length ? muted(`${paper.authorCount - paper.authors.length} more not listed by the source.`) : null,
    ),
    section(
      'Topics',
      paper.topics.length
        ? h(
            'ul',
            { class: 'chips' },
            ...paper.topics.map(({ topic }) =>
              h(
                'li',
                {},
                linkButton(topic.name, () => actions.topic(topic.id)),
              ),
            ),
          )
        : muted('No topics.'),
    ),
  );
}

export function renderPlacePanel(place: PlaceDetails, actions: PanelActions): HTMLElement {
  return h(
    'article',
    { class: 'place-panel', attrs: { 'aria-labelledby': 'panel-title' } },
    h('header', { class: 'panel-header' }, h('p', { class: 'kind', text: place.kind }), h('h2', { text: place.name, attrs: { id: 'panel-title' } })),
    place.papers ? section('Papers', paperList(place.papers, actions)) : null,
    place.people ? section('People', peopleList(place.people, actions)) : null,
  );
}
