/**
 * The collaboration explorer at GET /: wires the search, the controls, the drawing and the
 * side panel. All data comes from POST /graphql (the public API); see docs/explorer.md.
 */
import './explorer.css';
import { exportBaseName, type NetworkData, type NetworkExportMeta } from '../../src/web/export/network-data';
import { h, replaceChildren } from '../shared/dom';
import { isAbort, type GraphQLRequestError } from '../shared/graphql-client';
import * as api from './api';
import { saveBlob, saveGraphml, saveJson } from './downloads';
import { GraphView } from './graph-view';
import { filterNetwork, isFilterActive, PaperFilter } from './network-filter';
import { renderPaperPanel, renderPlacePanel } from './misc-panels';
import type { PanelActions } from './panel-parts';
import { renderPathPanel } from './path-panel';
import { renderPersonPanel } from './person-panel';
import { renderTopicPanel } from './topic-panel';
import { createSearchBox, nodeTitle } from './search-box';
import { SidePanel } from './side-panel';
import { readControls, writeControls, type Controls } from './controls';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const status = byId<HTMLDivElement>('status');
const graphContainer = byId<HTMLDivElement>('graph');
const peopleItems = byId<HTMLUListElement>('people-items');

/** Shows a message in the status line; `state` drives its style (and tests wait on it). */
function setStatus(text: string, state: 'idle' | 'loading' | 'ready' | 'empty' | 'error'): void {
  status.textContent = text;
  status.dataset.state = state;
}

/** What the drawing is about: a person (their network, `depth` hops) or a topic (its most prolific people). */
interface Subject {
  kind: 'person' | 'topic';
  id: string;
}

interface Current {
  subject: Subject;
  name: string;
  controls: Controls;
  network: NetworkData;
}
let current: Current | null = null;
let networkController: AbortController | undefined;

const panel = new SidePanel(byId('panel'), byId('panel-body'), byId('panel-close'), () => view.select(null));

const actions: PanelActions = {
  person: (id) => void loadNetwork({ kind: 'person', id }),
  showPerson: (id) => void openPerson(id),
  topic: (id) => void openTopic(id),
  topicNetwork: (id) => void loadNetwork({ kind: 'topic', id }),
  paper: (id) => void openPaper(id),
};

const view = new GraphView(graphContainer, {
  onNodeClick: (id) => void openPerson(id),
  onStageClick: () => undefined,
});

/** Draws the network of `subject` (a person's or a topic's) with the current controls. */
async function loadNetwork(subject: Subject): Promise<void> {
  networkController?.abort();
  const controller = (networkController = new AbortController());
  const controls = readControls();
  setStatus(subject.kind === 'person' ? 'Loading the collaboration network…' : 'Loading the network of the topic’s people…', 'loading');
  graphContainer.setAttribute('aria-busy', 'true');
  try {
    const answer =
      subject.kind === 'person'
        ? await api
            .network({ personId: subject.id, depth: controls.depth, minSharedPapers: controls.minSharedPapers, limit: controls.limit }, controller.signal)
            .then((found) => ({ name: found.nodes[0]?.label ?? subject.id, network: found }))
        : await api.topicNetwork({ topicId: subject.id, minSharedPapers: controls.minSharedPapers, limit: controls.limit }, controller.signal);
    const name = answer.name;
    let network = answer.network;
    const chosenTopic = controls.topicId ? await api.topicWithDescendants(controls.topicId, controller.signal) : null;
    // A topic's network counts papers on that topic only, so its filter keeps to them as well.
    const ownTopic =
      subject.kind === 'topic' && (controls.fromYear !== null || controls.toYear !== null || chosenTopic) ? await api.topicWithDescendants(subject.id, controller.signal) : null;
    const filter: PaperFilter = { fromYear: controls.fromYear, toYear: controls.toYear, topicIds: intersect(chosenTopic, ownTopic) };
    if (isFilterActive(filter)) {
      const ids = network.nodes.map((node) => node.id);
      setStatus(`Filtering: reading the papers of ${ids.length} people…`, 'loading');
      const papers = await api.papersOfPeople(ids, {
        signal: controller.signal,
        onProgress: (done) => setStatus(`Filtering: read the papers of ${done} of ${ids.length} people…`, 'loading'),
      });
      network = filterNetwork(network, papers, filter, controls.minSharedPapers, subject.kind === 'person' ? 'connected' : 'publishing');
    }
    current = { subject, name, controls, network };
    const link: Record<string, string> = subject.kind === 'person' ? { person: subject.id, depth: String(controls.depth) } : { topic: subject.id };
    location.hash = new URLSearchParams({ ...link, min: String(controls.minSharedPapers), limit: String(controls.limit) }).toString();
    if (subject.kind === 'person') byId<HTMLInputElement>('path-from').dataset.default = subject.id;
    // Depth means hops from a person: a topic's network has none.
    byId<HTMLSelectElement>('depth').disabled = subject.kind === 'topic';
    const done = view.setNetwork(network, network.nodes[0]?.id ?? subject.id, { byHop: subject.kind === 'person' });
    describeNetwork(current);
    renderPeopleList(network);
    void done;
  } catch (error) {
    if (isAbort(error)) return;
    const message = (error as Error).message;
    const hint = (error as GraphQLRequestError).code === 'QUERY_TOO_COMPLEX' ? ' Choose fewer people (Max. people), or raise GRAPHQL_MAX_COST on the server.' : '';
    setStatus(`Could not load the network: ${message}.${hint}`, 'error');
  } finally {
    if (networkController === controller) graphContainer.removeAttribute('aria-busy');
  }
}

/** Both topic sets' common topics; either alone when the other is null (no restriction). */
function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return a ?? b;
  return new Set([...a].filter((id) => b.has(id)));
}

function describeNetwork({ name, network, subject, controls }: Current): void {
  const coauthors = new Set<string>();
  let hosting = 0;
  for (const edge of network.edges) {
    if (edge.kind === 'HOSTED') hosting += 1;
    else if (edge.source === subject.id) coauthors.add(edge.target);
    else if (edge.target === subject.id) coauthors.add(edge.source);
  }
  status.dataset.nodes = String(network.nodes.length);
  status.dataset.edges = String(network.edges.length);
  status.dataset.coauthors = String(coauthors.size);
  const withMin = controls.minSharedPapers > 1 ? ` with ${controls.minSharedPapers}+ shared papers` : '';
  if (subject.kind === 'topic') {
    if (network.nodes.length === 0) {
      setStatus(`Nobody has papers on ${name} matching these settings.`, 'empty');
      return;
    }
    const links = network.edges.length;
    setStatus(
      `${name}: the ${network.nodes.length} people with the most papers on it, and ${links} co-authorship${links === 1 ? '' : 's'} among them on its papers${withMin}.`,
      'ready',
    );
    return;
  }
  if (network.nodes.length <= 1 || network.edges.length === hosting) {
    const what = network.nodes.length <= 1 ? 'no collaborators' : 'no co-authorship (only hosting links)';
    setStatus(`${name} has ${what}${withMin} matching these settings.`, 'empty');
    return;
  }
  setStatus(
    `${name}: ${network.nodes.length} people within ${controls.depth} hop${controls.depth > 1 ? 's' : ''}, ${coauthors.size} direct co-author${coauthors.size === 1 ? '' : 's'}, ${network.edges.length - hosting} co-authorship and ${hosting} hosting links.`,
    'ready',
  );
}

/** The keyboard route into the drawing: every person as a button (canvas nodes are not focusable). */
function renderPeopleList(network: NetworkData): void {
  const sorted = [...network.nodes].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  replaceChildren(
    peopleItems,
    ...sorted.map((node) =>
      h(
        'li',
        { attrs: { 'data-person-id': node.id } },
        h('button', { class: 'link', text: node.label, attrs: { type: 'button' }, on: { click: () => void openPerson(node.id) } }),
        h('span', { class: 'meta', text: ` ${node.weight} paper${node.weight === 1 ? '' : 's'}` }),
      ),
    ),
  );
  byId('people-list').querySelector('summary')!.textContent = `People in this network (${network.nodes.length})`;
}

async function openPerson(id: string): Promise<void> {
  view.select(view.hasNode(id) ? id : null);
  await panel.load('person', async (signal) => {
    // In a person's network, the panel also shows the papers shared with that person.
    const centre = current?.subject.kind === 'person' && current.subject.id !== id ? { id: current.subject.id, name: current.name } : null;
    const [person, shared] = await Promise.all([api.person(id, signal), centre ? api.path(centre.id, id, ['COAUTHOR'], 1, signal) : Promise.resolve(null)]);
    if (!person) return h('p', { class: 'muted', text: 'This person is no longer in the graph.' });
    const sharedPapers = centre ? { centre, papers: shared?.steps[0]?.papers ?? [] } : null;
    const isCentre = current?.subject.kind === 'person' && current.subject.id === id;
    return renderPersonPanel(person, sharedPapers, isCentre, actions);
  });
}

async function openTopic(id: string): Promise<void> {
  view.select(null);
  await panel.load('topic', async (signal) => {
    const topic = await api.topic(id, signal);
    return topic ? renderTopicPanel(topic, actions) : h('p', { class: 'muted', text: 'No such topic.' });
  });
}

async function openPaper(id: string): Promise<void> {
  await panel.load('paper', async (signal) => {
    const paper = await api.paper(id, signal);
    return paper ? renderPaperPanel(paper, actions) : h('p', { class: 'muted', text: 'No such paper.' });
  });
}

async function openPlace(kind: 'Venue' | 'Institution', id: string): Promise<void> {
  await panel.load(kind.toLowerCase(), async (signal) => {
    const place = await api.place(kind, id, signal);
    return place ? renderPlacePanel(place, actions) : h('p', { class: 'muted', text: `No such ${kind.toLowerCase()}.` });
  });
}

// Search: a person re-centres the network; other kinds open their panel.
const searchInput = byId<HTMLInputElement>('search-input');
const searchBox = createSearchBox({
  input: searchInput,
  list: byId('search-suggestions'),
  onPick: (node) => {
    if (node.__typename === 'Person') void loadNetwork({ kind: 'person', id: node.id });
    else if (node.__typename === 'Topic') void openTopic(node.id);
    else if (node.__typename === 'Paper') void openPaper(node.id);
    else void openPlace(node.__typename, node.id);
  },
  onError: (error) => setStatus(`Search failed: ${error.message}`, 'error'),
});
byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void searchBox.submit().then(() => {
    if (!searchBox.picked() && searchInput.value.trim()) setStatus(`Nothing found for “${searchInput.value.trim()}”.`, 'empty');
  });
});

byId<HTMLFormElement>('network-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (current) void loadNetwork(current.subject);
  else setStatus('Choose a person first: search for a name above.', 'idle');
});

// Path finder.
const pathFrom = createSearchBox({ input: byId('path-from'), list: byId('path-from-list'), kinds: ['Person'], onPick: () => undefined });
const pathTo = createSearchBox({ input: byId('path-to'), list: byId('path-to-list'), kinds: ['Person'], onPick: () => undefined });
byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void findPath();
});
byId('clear-path').addEventListener('click', () => {
  view.clearPath();
  pathFrom.clear();
  pathTo.clear();
});

async function findPath(): Promise<void> {
  const fromInput = byId<HTMLInputElement>('path-from');
  const toInput = byId<HTMLInputElement>('path-to');
  if (!fromInput.dataset.id) await pathFrom.submit();
  if (!toInput.dataset.id) await pathTo.submit();
  const fromId = fromInput.dataset.id;
  const toId = toInput.dataset.id;
  if (!fromId || !toId) {
    setStatus('Path finder: choose two people from the suggestions.', 'error');
    return;
  }
  const via: Array<'COAUTHOR' | 'HOSTED'> = byId<HTMLInputElement>('path-hosting').checked ? ['COAUTHOR', 'HOSTED'] : ['COAUTHOR'];
  await panel.load('path', async (signal) => {
    const path = await api.path(fromId, toId, via, 6, signal);
    if (!path) {
      view.clearPath();
      return h('p', { class: 'muted', attrs: { 'data-empty': 'path' }, text: `No collaboration path of 6 steps or fewer between ${fromInput.value} and ${toInput.value}.` });
    }
    view.showPath(
      path.people,
      path.steps.map((step) => step.relation),
    );
    return renderPathPanel(path, actions);
  });
}

// Exports of what is on screen (after filters, with the layout's positions).
function exportMeta(): NetworkExportMeta | null {
  if (!current) {
    setStatus('Nothing to export yet: draw a network first.', 'idle');
    return null;
  }
  const { controls, subject } = current;
  return {
    ...(subject.kind === 'person' ? { personId: subject.id, depth: controls.depth } : { topicId: subject.id }),
    minSharedPapers: controls.minSharedPapers,
    limit: controls.limit,
    filters: { fromYear: controls.fromYear, toYear: controls.toYear, topicId: controls.topicId },
    exportedAt: new Date().toISOString(),
  };
}
byId('export-png').addEventListener('click', () => {
  const meta = exportMeta();
  if (meta)
    void view.toPng().then(
      (blob) => saveBlob(blob, `${exportBaseName(meta)}.png`),
      (error: Error) => setStatus(`PNG export failed: ${error.message}`, 'error'),
    );
});
byId('export-graphml').addEventListener('click', () => {
  const meta = exportMeta();
  if (meta) saveGraphml(view.toNetworkData(), meta);
});
byId('export-json').addEventListener('click', () => {
  const meta = exportMeta();
  if (meta) saveJson(view.toNetworkData(), meta);
});

// Escape closes the panel from anywhere (the search boxes close their own lists first).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && panel.isOpen()) panel.close();
});

// Topic filter choices: every topic by name. Not fatal when it fails (the filter just stays "any").
void api.allTopics().then(
  (topics) => {
    const select = byId<HTMLSelectElement>('topic-filter');
    for (const topic of topics) select.appendChild(h('option', { text: topic.name, attrs: { value: topic.id } }));
  },
  () => undefined,
);

// A link such as /#person=person:paul-vicol&depth=2 or /#topic=topic:machine-learning&limit=1000 opens that network.
function fromHash(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const person = params.get('person');
  const topic = params.get('topic');
  const subject: Subject | null = person ? { kind: 'person', id: person } : topic ? { kind: 'topic', id: topic } : null;
  if (!subject || (subject.kind === current?.subject.kind && subject.id === current.subject.id)) return;
  writeControls({ depth: params.get('depth'), minSharedPapers: params.get('min'), limit: params.get('limit') });
  void loadNetwork(subject);
}
window.addEventListener('hashchange', fromHash);
fromHash();

/** For the end-to-end tests and bench/explorer-perf.ts: read-only views of the page's state. */
(window as unknown as { __collabgraph: unknown }).__collabgraph = {
  view,
  current: () => current,
  nodeViewportPosition: (id: string) => view.nodeViewportPosition(id),
  searchTitle: nodeTitle,
};
