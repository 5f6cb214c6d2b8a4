/** A collaboration path, step by step, with the papers (or hosting) that link each pair. */
import { formatRange, h } from '../shared/dom';
import type { CollaborationPath } from './api';
import { linkButton, muted, paperList, PanelActions } from './panel-parts';

export function renderPathPanel(path: CollaborationPath, actions: PanelActions): HTMLElement {
  const steps = path.steps.map((step, index) =>
    h(
      'li',
      { class: 'step', attrs: { 'data-step': index } },
      h(
        'p',
        { class: 'step-title' },
        linkButton(step.from.name, () => actions.person(step.from.id), `Re-centre on ${step.from.name}`),
        step.relation === 'HOSTED' ? ' — hosting — ' : ' — co-authors — ',
        linkButton(step.to.name, () => actions.person(step.to.id), `Re-centre on ${step.to.name}`),
      ),
      step.relation === 'HOSTED' && step.hosting
        ? muted(
            `${step.hosting.role === 'collaborator' ? 'Worked with' : 'Hosted'}${step.hosting.institution ? ` at ${step.hosting.institution.name}` : ''} ${formatRange(step.hosting.start, step.hosting.end)}`.trim(),
          )
        : paperList(step.papers, actions),
    ),
  );
  return h(
    'article',
    { class: 'path-panel', attrs: { 'aria-labelledby': 'panel-title' } },
    h(
      'header',
      { class: 'panel-header' },
      h('p', { class: 'kind', text: 'Collaboration path' }),
      h('h2', { text: `${path.people[0]?.name ?? ''} → ${path.people[path.people.length - 1]?.name ?? ''}`, attrs: { id: 'panel-title' } }),
      h('p', { class: 'muted', text: `${path.length} step${path.length === 1 ? '' : 's'}: ${path.people.map((person) => person.name).join(' → ')}` }),
    ),
    h('ol', { class: 'steps' }, ...steps),
  );
}
