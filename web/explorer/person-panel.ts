/** The side panel of a person: who they are, where they worked, whom they wrote with. */
import { formatRange, h } from '../shared/dom';
import type { PaperSummary, PersonDetails, Ref } from './api';
import { linkButton, muted, paperList, PanelActions, peopleList, section } from './panel-parts';

export interface SharedWithCentre {
  centre: Ref;
  papers: PaperSummary[];
}

export function renderPersonPanel(person: PersonDetails, shared: SharedWithCentre | null, isCentre: boolean, actions: PanelActions): HTMLElement {
  const header = h(
    'header',
    { class: 'panel-header' },
    h('p', { class: 'kind', text: 'Person' }),
    h('h2', { text: person.name, attrs: { id: 'panel-title' } }),
    person.aliases.length ? h('p', { class: 'muted', text: `Also: ${person.aliases.join(', ')}` }) : null,
    person.orcid ? h('p', { class: 'muted', text: `ORCID ${person.orcid}` }) : null,
    isCentre
      ? h('p', { class: 'badge', text: 'Centre of the network' })
      : h('button', { text: 'Show their network', attrs: { type: 'button', class: 'primary' }, on: { click: () => actions.person(person.id) } }),
  );

  const sharedSection = shared
    ? section(
        `Shared papers with ${shared.centre.name} (${shared.papers.length})`,
        paperList(shared.papers, actions, 'No shared papers: linked through hosting or through others.'),
      )
    : null;

  const positions = section(
    'Positions',
    person.positions.length
      ? h(
          'ol',
          { class: 'timeline' },
          ...person.positions.map((position) =>
            h(
              'li',
              {},
              h('span', { class: 'when', text: formatRange(position.start, position.end) || 'dates unknown' }),
              h('span', { text: ` ${position.role ?? 'Position'}, ${position.institution.name}` }),
            ),
          ),
        )
      : muted('No positions recorded.'),
  );

  const hostingLine = (other: Ref, role: string, institution: Ref | null, start: string | null, end: string | null, verb: string) =>
    h(
      'li',
      { attrs: { 'data-person-id': other.id } },
      linkButton(other.name, () => actions.person(other.id), `Re-centre on ${other.name}`),
      h('span', {
        class: 'meta',
        text: ` ${verb}${role && role !== 'host' ? ` (${role})` : ''}${institution ? `, ${institution.name}` : ''}${formatRange(start, end) ? `, ${formatRange(start, end)}` : ''}`,
      }),
    );
  const hosts = section(
    'Hosted by',
    person.hosts.length
      ? h('ul', { class: 'people' }, ...person.hosts.map((hosting) => hostingLine(hosting.host, hosting.role, hosting.institution, hosting.start, hosting.end, 'host')))
      : muted('Nobody recorded.'),
  );
  const hosted = person.hosted.length
    ? section(
        'Hosted',
        h('ul', { class: 'people' }, ...person.hosted.map((hosting) => hostingLine(hosting.intern, hosting.role, hosting.institution, hosting.start, hosting.end, 'intern'))),
      )
    : null;
  const colleagues = person.alsoWorkedWith.length
    ? section(
        'Also worked with',
        h(
          'ul',
          { class: 'people' },
          ...person.alsoWorkedWith.map((colleague) => hostingLine(colleague.person, '', colleague.institution, colleague.start, colleague.end, 'colleague')),
        ),
      )
    : null;

  const papers = section(
    `Papers (${person.papers.totalCount})`,
    paperList(
      person.papers.edges.map((edge) => edge.node),
      actions,
    ),
    person.papers.totalCount > person.papers.edges.length ? muted(`Showing the ${person.papers.edges.length} newest.`) : null,
  );

  const topics = section(
    'Topics',
    person.topics.length
      ? h(
          'ul',
          { class: 'chips' },
          ...person.topics.map(({ topic, weight }) =>
            h(
              'li',
              {},
              linkButton(topic.name, () => actions.topic(topic.id), `Topic ${topic.name} (weight ${weight.toFixed(1)})`),
            ),
          ),
        )
      : muted('No topics.'),
  );

  const sharedCount = new Map(person.coauthors.edges.map((edge) => [edge.node.id, edge.sharedPaperCount]));
  const coauthors = section(
    `Top co-authors (${person.coauthors.totalCount})`,
    peopleList(
      person.coauthors.edges.map((edge) => edge.node),
      actions,
      (other) => ` ${sharedCount.get(other.id)} shared`,
    ),
  );

  return h(
    'article',
    { class: 'person-panel', attrs: { 'aria-labelledby': 'panel-title', 'data-person-id': person.id } },
    header,
    sharedSection,
    positions,
    hosts,
    hosted,
    colleagues,
    papers,
    topics,
    coauthors,
  );
}
