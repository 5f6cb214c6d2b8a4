/**
 * The collaboration explorer at GET /: wires the search, the controls, the drawing and the
 * side panel. All data comes from POST /graphql (the public API); see docs/explorer.md.
 */
import './explorer.css';
import type { NetworkData, NetworkExportMeta } from '../../src/web/export/network-data';
import { h, replaceChildren } from '../shared/dom';
import { isAbort, type GraphQLRequestError } from '../shared/graphql-client';
import * as api from './api';
import { saveBlob, saveGraphml, saveJson, exportBaseName } from './downloads';
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

interface Current {
  personId: string;
  name: string;
  controls: Controls;
  network: NetworkData;
}
let current: Current | null = null;
let networkController: AbortController | undefined;

const panel = new SidePanel(byId('panel'), byId('panel-body'), byId('panel-close'), () => view.select(null));

const actions: PanelActions = {
  person: (id) => void loadNetwork(id),
  showPerson: (id) => void openPerson(id),
  topic: (id) => void openTopic(id),
  paper: (id) => void openPaper(id),
};

const view = new GraphView(graphContainer, {
  onNodeClick: (id) => void openPerson(id),
  onStageClick: () => undefined,
});

/** Draws the network of `personId` with the current controls. */
async function loadNetwork(personId: string): Promise<void> {
  networkController?.abort();
  const controller = (networkController = new AbortController());
  const controls = readControls();
  setStatus('Loading the collaboration network…', 'loading');
  graphContainer.setAttribute('aria-busy', 'true');
  try {
    let network = await api.network({ personId, depth: controls.depth, minSharedPapers: controls.minSharedPapers, limit: controls.limit }, controller.signal);
    const filter: PaperFilter = {
      fromYear: controls.fromYear,
      toYear: controls.toYear,
      topicIds: controls.topicId ? await api.topicWithDescendants(controls.topicId, controller.signal) : null,
    };
    if (isFilterActive(filter)) {
      const ids = network.nodes.map((node) => node.id);
      setStatus(`Filtering: reading the papers of ${ids.length} people…`, 'loading');
      const papers = await api.papersOfPeople(ids, {
        signal: controller.signal,
        onProgress: (done) => setStatus(`Filtering: read the papers of ${done} of ${ids.length} people…`, 'loading'),
      });
      network = filterNetwork(network, papers, filter, controls.minSharedPapers);
    }
    const centre = network.nodes[0];
    current = { personId, name: centre?.label ?? personId, controls, network };
    location.hash = new URLSearchParams({ person: personId, depth: String(controls.depth), min: String(controls.minSharedPapers), limit: String(controls.limit) }).toString();
    byId<HTMLInputElement>('path-from').dataset.default = personId;
    const done = view.setNetwork(network, personId);
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

function describeNetwork({ name, network, personId, controls }: Current): void {
  const coauthors = new Set<string>();
  let hosting = 0;
  for (const edge of network.edges) {
    if (edge.kind === 'HOSTED') hosting += 1;
    else if (edge.source === personId) coauthors.add(edge.target);
    else if (edge.target === personId) coauthors.add(edge.source);
  }
  status.dataset.nodes = String(network.nodes.length);
  status.dataset.edges = String(network.edges.length);
  status.dataset.coauthors = String(coauthors.size);
  if (network.nodes.length <= 1 || network.edges.length === hosting) {
    const what = network.nodes.length <= 1 ? 'no collaborators' : 'no co-authorship (only hosting links)';
    setStatus(`${name} has ${what}${controls.minSharedPapers > 1 ? ` with ${controls.minSharedPapers}+ shared papers` : ''} matching these settings.`, 'empty');
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
    const centre = current && current.personId !== id ? current : null;
    const [person, shared] = await Promise.all([
      api.person(id, signal),
      centre ? api.path(centre.personId, id, ['COAUTHOR'], 1, signal) : Promise.resolve(null),
    ]);
    if (!person) return h('p', { class: 'muted', text: 'This person is no longer in the graph.' });
    const sharedPapers = centre ? { centre: { id: centre.personId, name: centre.name }, papers: shared?.steps[0]?.papers ?? [] } : null;
    return renderPersonPanel(person, sharedPapers, current?.personId === id, actions);
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
    if (node.__typename === 'Person') void loadNetwork(node.id);
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
  if (current) void loadNetwork(current.personId);
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
    view.showPath(path.people, path.steps.map((step) => step.relation));
    return renderPathPanel(path, actions);
  });
}

// Exports of what is on screen (after filters, with the layout's positions).
function exportMeta(): NetworkExportMeta | null {
  if (!current) {
    setStatus('Nothing to export yet: draw a network first.', 'idle');
    return null;
  }
  const { controls } = current;
  return {
    personId: current.personId,
    depth: controls.depth,
    minSharedPapers: controls.minSharedPapers,
    limit: controls.limit,
    filters: { fromYear: controls.fromYear, toYear: controls.toYear, topicId: controls.topicId },
    exportedAt: new Date().toISOString(),
  };
}
byId('export-png').addEventListener('click', () => {
  const meta = exportMeta();
  if (meta) void view.toPng().then((blob) => saveBlob(blob, `${exportBaseName(meta)}.png`), (error: Error) => setStatus(`PNG export failed: ${error.message}`, 'error'));
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

// A link such as /#person=person:paul-vicol&depth=2 opens that network.
function fromHash(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const person = params.get('person');
  if (!person || person === current?.personId) return;
  writeControls({ depth: params.get('depth'), minSharedPapers: params.get('min'), limit: params.get('limit') });
  void loadNetwork(person);
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
