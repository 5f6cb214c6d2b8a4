import { emptyGraphDocument, type GraphDocument } from '../../../src/graph/graph-document';
import { parseBibtex } from '../../../src/importers/bibtex/parse-bibtex';
import { cleanKeyword } from '../../../src/importers/topics/clean-keyword';
import { keywordTopics } from '../../../src/importers/topics/keyword-topics';
import { repairMojibake } from '../../../src/importers/topics/repair-mojibake';
import { splitKeywords } from '../../../src/importers/topics/split-keywords';
import { tagTopics } from '../../../src/importers/topics/tag-topics';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';

describe('cleanKeyword', () => {
  it.each([
    ['Visual Analytics', 'visual analytics', 'Visual Analytics'],
    ['visual analytics', 'visual analytics', 'Visual analytics'],
    ['VISUAL ANALYTICS', 'visual analytics', 'Visual analytics'],
    ['GPU', 'gpu', 'GPU'],
    ['CUDA', 'cuda', 'CUDA'],
    ['gpu computing', 'gpu computing', 'GPU computing'],
    ['llms', 'llms', 'LLMs'],
    ['LLMs', 'llms', 'LLMs'],
    ['t-SNE', 't-sne', 't-SNE'],
    ['Large Language Models.', 'large language models', 'Large Language Models'],
    ['"eye tracking"', 'eye tracking', 'Eye tracking'],
    ['[Graph drawing];', 'graph drawing', 'Graph drawing'],
    ['Index Terms—Visualization', 'visualization', 'Visualization'],
    ['Keywords: uncertainty visualization', 'uncertainty visualization', 'Uncertainty visualization'],
    ['CCS Concepts: •Human-centered computing → Visualization', 'visualization', 'Visualization'],
    ['Human-centered computing → Visualization → Visualization techniques', 'visualization techniques', 'Visualization techniques'],
    ['I.3.7 [Computer Graphics]: Three-Dimensional Graphics and Realism', 'three-dimensional graphics and realism', 'Three-Dimensional Graphics and Realism'],
    ['H.5.2 [Information Interfaces and Presentation]: User Interfaces—Graphical user interfaces (GUI)', 'graphical user interfaces (gui)', 'Graphical user interfaces (GUI)'],
    ['visualizaciÃ³n', 'visualización', 'Visualización'],
    ['Human–computer interaction', 'human–computer interaction', 'Human–computer interaction'],
    ['Mensch-Computer-Interaktion â€“ Ãœberblick', 'mensch-computer-interaktion – überblick', 'Mensch-Computer-Interaktion – Überblick'],
    ['  Schrödinger   equation ', 'schrödinger equation', 'Schrödinger equation'],
  ])('%s → key %s, display %s', (raw, key, display) => {
    expect(cleanKeyword(raw)).toEqual({ key, display });
  });

  it.each([
    ['D.2.8', /ACM classification code/],
    ['H.5.2 [Information Interfaces and Presentation]', /ACM classification code/],
    ['Author Keywords', /empty/],
    ['Index Terms—', /empty/],
    ['  ;  ', /empty/],
    ['2019', /no letters/],
    ['1.2.3', /no letters/],
    ['a'.repeat(81), /longer than 80/],
    ['caf\u00c3\u00a9\u00c3', /mis-encoded/],
    ['na\u00c3\u00afve \u2603', /mis-encoded/],
  ])('rejects %s', (raw, reason) => {
    const result = cleanKeyword(raw);
    expect('rejected' in result && result.rejected).toMatch(reason);
  });

  it('keeps a keyword of exactly 80 characters', () => {
    expect(cleanKeyword('b'.repeat(80))).toEqual({ key: 'b'.repeat(80), display: 'B'.concat('b'.repeat(79)) });
  });
});

describe('repairMojibake', () => {
  it('leaves clean text alone and repairs Windows-1252 and Latin-1 readings', () => {
    expect(repairMojibake('São Paulo, Ångström')).toBe('São Paulo, Ångström');
    expect(repairMojibake('donâ€™t')).toBe('don’t');
    expect(repairMojibake('KÃ¼mmerer')).toBe('Kümmerer');
  });
});

describe('splitKeywords', () => {
  it('splits at commas, semicolons, IEEE middle dots and bullets', () => {
    expect(splitKeywords('Visualization · Graph drawing;eye tracking, GPU•CCS Concepts:  • Human-centered computing')).toEqual([
      'Visualization',
      'Graph drawing',
      'eye tracking',
      'GPU',
      'CCS Concepts:',
      'Human-centered computing',
    ]);
    expect(splitKeywords('naïve·bayes')).toEqual(['naïve·bayes']);
  });
});

describe('keywordTopics', () => {
  const variants = ['Visual Analytics', 'visual analytics', 'Visual analytics', 'VISUAL ANALYTICS'];

  it('gives one topic for case variants, named the same whatever the input order', () => {
    const names = new Set<string>();
    for (let shift = 0; shift < variants.length; shift += 1) {
      const rotated = [...variants.slice(shift), ...variants.slice(0, shift)];
      const { topics } = keywordTopics(rotated);
      expect(topics.map((topic) => topic.id)).toEqual(['topic:visual-analytics']);
      names.add(topics[0].name);
      const { topics: reversed } = keywordTopics([...rotated].reverse());
      names.add(reversed[0].name);
    }
    // "Visual analytics" is written so once and derived from two more: the most frequent form.
    expect([...names]).toEqual(['Visual analytics']);
  });

  it('prefers the more frequent source casing, and a source casing over a derived one', () => {
    expect(keywordTopics(['Visual analytics', 'Visual Analytics', 'Visual analytics']).topics[0].name).toBe('Visual analytics');
    expect(keywordTopics(['visual analytics', 'visual analytics', 'Visual Analytics']).topics[0].name).toBe('Visual Analytics');
  });

  it('lists rejected keywords with their reasons', () => {
    expect(keywordTopics(['D.2.8', 'Graph drawing', '42'])).toEqual({
      topics: [{ id: 'topic:graph-drawing', name: 'Graph drawing' }],
      rejected: [
        { keyword: 'D.2.8', reason: 'an ACM classification code without a term' },
        { keyword: '42', reason: 'no letters' },
      ],
    });
  });
});

describe('keyword topics in parseBibtex', () => {
  const bibtex = `
@article{a,
  title = {First},
  keywords = {Visual analytics · Large Language Models. • D.2.8; I.3.7 [Computer Graphics]: Three-Dimensional Graphics and Realism},
}
@article{b,
  title = {Second},
  keywords = {visual analytics, Index Terms—diffusion models, 2019, visualizaciÃ³n},
}`;
  const { document, rejects } = parseBibtex(bibtex);

  it('links cleaned keywords, one topic per keyword across entries, and drops codes and numbers', () => {
    expect(rejects).toEqual([]);
    expect(document.papers.map((paper) => paper.topics?.map((link) => link.topic))).toEqual([
      ['topic:visual-analytics', 'topic:large-language-models', 'topic:three-dimensional-graphics-and-realism'],
      ['topic:visual-analytics', 'topic:diffusion-models', 'topic:visualizacion'],
    ]);
    expect(document.topics.map((topic) => topic.name)).toEqual([
      'Visual analytics',
      'Large Language Models',
      'Three-Dimensional Graphics and Realism',
      'Diffusion models',
      'Visualización',
    ]);
  });

  it('names a topic the same whichever entry comes first', () => {
    const [, first, second] = bibtex.split(/(?=@article)/);
    const swapped = parseBibtex(`${second}\n${first}`).document.topics;
    const byId = (topics: GraphDocument['topics']) => Object.fromEntries(topics.map((topic) => [topic.id, topic.name]));
    expect(byId(swapped)).toEqual(byId(document.topics));
  });

  it('joins the vocabulary topic a cleaned keyword names (tagTopics)', () => {
    const vocabulary = loadTopicVocabulary();
    const { topics } = keywordTopics(['Large Language Models.', 'diffusion models', 'LLMs', 'Sheep herding']);
    const draft: GraphDocument = {
      ...emptyGraphDocument('test'),
      topics,
      papers: [{ id: 'paper:x', title: 'Untitled', authors: [], topics: topics.map((topic) => ({ topic: topic.id, score: 1, source: 'keyword' })) }],
    };
    const tagged = tagTopics(draft, vocabulary);
    const llm = vocabulary.topics.find((topic) => topic.name === 'Large language models')!.id;
    const diffusion = vocabulary.topics.find((topic) => topic.name === 'Diffusion models')!.id;
    expect(tagged.papers[0].topics!.map((link) => link.topic)).toEqual([llm, diffusion, llm, 'topic:sheep-herding'].filter((id, index, all) => all.indexOf(id) === index));
    expect(tagged.topics.find((topic) => topic.id === llm)!.name).toBe('Large language models');
    expect(tagged.topics.some((topic) => topic.id === 'topic:sheep-herding')).toBe(true);
  });
});
