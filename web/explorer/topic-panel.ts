/** The topic view: where it sits in the hierarchy, its people, its papers, related topics. */
import { h } from '../shared/dom';
import type { Ref, TopicDetails } from './api';
import { linkButton, muted, paperList, PanelActions, peopleList, section } from './panel-parts';

export function renderTopicPanel(topic: TopicDetails, actions: PanelActions): HTMLElement {
  const topicLink = (ref: Ref) => linkButton(ref.name, () => actions.topic(ref.id), `Topic ${ref.name}`);

  // Hierarchy: grand-parents › parents › this topic, then its children and grand-children.
  const hierarchy = h(
    'div',
    { class: 'hierarchy' },
    topic.broader.length
      ? h(
          'ul',
          { class: 'tree broader', attrs: { 'aria-label': 'Broader topics' } },
          ...topic.broader.map((parent) =>
            h('li', {}, parent.broader.length ? h('span', { class: 'muted' }, ...parent.broader.flatMap((grand) => [topicLink(grand), ' › '])) : null, topicLink(parent)),
          ),
        )
      : muted('A top-level topic.'),
    h('p', { class: 'current', text: `▸ ${topic.name}` }),
    topic.narrower.length
      ? h(
          'ul',
          { class: 'tree narrower', attrs: { 'aria-label': 'Narrower topics' } },
          ...topic.narrower.map((child) =>
            h('li', {}, topicLink(child), child.narrower.length ? h('ul', {}, ...child.narrower.map((grand) => h('li', {}, topicLink(grand)))) : null),
          ),
        )
      : muted('No narrower topics.'),
  );

  return h(
    'article',
    { class: 'topic-panel', attrs: { 'aria-labelledby': 'panel-title', 'data-topic-id': topic.id } },
    h(
      'header',
      { class: 'panel-header' },
      h('p', { class: 'kind', text: 'Topic' }),
      h('h2', { text: topic.name, attrs: { id: 'panel-title' } }),
      topic.synonyms.length ? muted(`Also: ${topic.synonyms.join(', ')}`) : null,
    ),
    section('Hierarchy', hierarchy),
    section(
      'People publishing on it',
      h('p', {}, h('button', { text: 'Draw their network', attrs: { type: 'button', id: 'draw-topic-network' }, on: { click: () => actions.topicNetwork(topic.id) } })),
      peopleList(topic.people, actions),
    ),
    section(
      `Papers (${topic.papers.totalCount})`,
      paperList(
        topic.papers.edges.map((edge) => edge.node),
        actions,
      ),
    ),
    section(
      'Related topics',
      topic.related.length
        ? h('ul', { class: 'chips' }, ...topic.related.map(({ topic: related, weight }) => h('li', {}, topicLink(related), h('span', { class: 'meta', text: ` ${weight}` }))))
        : muted('None.'),
    ),
  );
}
