/**
 * A search input with suggestions from the `search` query (debounced, stale answers dropped),
 * following the ARIA combobox pattern: arrows move, Enter picks, Escape closes.
 */
import { h, debounce, replaceChildren } from '../shared/dom';
import { isAbort } from '../shared/graphql-client';
import { search, type SearchHit, type SearchNode } from './api';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** Which kinds to suggest (all by default). */
  kinds?: Array<SearchNode['__typename']>;
  onPick(node: SearchNode): void;
  /** Shown when a search fails (the box itself shows "no match"). */
  onError?(error: Error): void;
  max?: number;
}

export interface SearchBox {
  /** Searches now and picks the first suggestion (Enter before suggestions arrived). */
  submit(): Promise<void>;
  /** The node last picked. */
  picked(): SearchNode | null;
  clear(): void;
}

const KIND_LABEL: Record<SearchNode['__typename'], string> = { Person: 'person', Paper: 'paper', Topic: 'topic', Venue: 'venue', Institution: 'institution' };

export const nodeTitle = (node: SearchNode): string => (node.__typename === 'Paper' ? node.title : node.name);

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const { input, list } = options;
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let picked: SearchNode | null = null;
  let lastQuery = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (message?: string) => {
    if (message) {
      replaceChildren(list, h('li', { class: 'empty', text: message, attrs: { role: 'option', 'aria-disabled': 'true' } }));
    } else {
      replaceChildren(
        list,
        ...hits.map((hit, index) =>
          h(
            'li',
            {
              attrs: { role: 'option', id: `${list.id}-${index}`, 'aria-selected': index === active ? 'true' : 'false', 'data-kind': hit.node.__typename, 'data-id': hit.node.id },
              on: {
                // mousedown, not click: runs before the input's blur closes the list.
                mousedown: (event) => {
                  event.preventDefault();
                  pick(index);
                },
              },
            },
            h('span', { class: 'kind', text: KIND_LABEL[hit.node.__typename] }),
            h('span', { class: 'title', text: nodeTitle(hit.node) }),
            hit.node.__typename === 'Paper' && hit.node.year ? h('span', { class: 'meta', text: String(hit.node.year) }) : null,
          ),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const run = async (query: string): Promise<void> => {
    controller?.abort();
    lastQuery = query;
    if (query.trim().length < 2) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await search(query, (options.max ?? 8) * (options.kinds ? 2 : 1), controller.signal);
      if (query !== lastQuery) return;
      hits = result.filter((hit) => !options.kinds || options.kinds.includes(hit.node.__typename)).slice(0, options.max ?? 8);
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : `No match for “${query}”`);
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      render('Search failed');
      options.onError?.(error as Error);
    } finally {
      list.removeAttribute('aria-busy');
    }
  };
  const debounced = debounce((query: string) => void run(query), 200);

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    picked = hit.node;
    input.value = nodeTitle(hit.node);
    input.dataset.id = hit.node.id;
    close();
    options.onPick(hit.node);
  };

  input.addEventListener('input', () => {
    picked = null;
    delete input.dataset.id;
    debounced(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void box.submit();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const box: SearchBox = {
    async submit() {
      debounced.cancel();
      if (!list.hidden && active >= 0 && hits[active] && lastQuery === input.value) {
        pick(active);
        return;
      }
      if (picked && input.dataset.id) {
        options.onPick(picked);
        return;
      }
      await run(input.value);
      if (hits.length) pick(0);
    },
    picked: () => picked,
    clear() {
      input.value = '';
      picked = null;
      delete input.dataset.id;
      hits = [];
      close();
    },
  };
  return box;
}
