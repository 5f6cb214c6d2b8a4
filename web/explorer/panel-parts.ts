/** Small building blocks of the side panel. All graph text goes in as text. */
import { h } from '../shared/dom';
import type { PaperSummary, Ref } from './api';

export interface PanelActions {
  /** Re-centres the network on a person. */
  person(id: string): void;
  /** Opens a person's panel without re-centring. */
  showPerson?(id: string): void;
  topic(id: string): void;
  /** Draws the co-authorship network of a topic's people. */
  topicNetwork(id: string): void;
  paper(id: string): void;
}

export const section = (title: string, ...content: Array<Node | null>) => h('section', { class: 'panel-section' }, h('h3', { text: title }), ...content);

export const muted = (text: string) => h('p', { class: 'muted', text });

/** A button that looks like a link: focusable, Enter/Space activate it. */
export const linkButton = (text: string, onClick: () => void, label?: string) =>
  h('button', { class: 'link', text, attrs: { type: 'button', 'aria-label': label }, on: { click: onClick } });

export function paperItem(paper: PaperSummary, actions: PanelActions): HTMLLIElement {
  const meta = [paper.venue?.name, paper.year ? String(paper.year) : null].filter(Boolean).join(', ');
  return h(
    'li',
    { class: 'paper', attrs: { 'data-paper-id': paper.id } },
    linkButton(paper.title, () => actions.paper(paper.id)),
    meta ? h('span', { class: 'meta', text: ` — ${meta}` }) : null,
  );
}

export function paperList(papers: PaperSummary[], actions: PanelActions, emptyText = 'No papers.'): HTMLElement {
  if (!papers.length) return muted(emptyText);
  return h('ul', { class: 'papers' }, ...papers.map((paper) => paperItem(paper, actions)));
}

export function peopleList(people: Ref[], actions: PanelActions, extra?: (person: Ref) => string): HTMLElement {
  if (!people.length) return muted('Nobody.');
  return h(
    'ul',
    { class: 'people' },
    ...people.map((person) =>
      h(
        'li',
        { attrs: { 'data-person-id': person.id } },
        linkButton(person.name, () => actions.person(person.id), `Re-centre on ${person.name}`),
        extra ? h('span', { class: 'meta', text: extra(person) }) : null,
      ),
    ),
  );
}
