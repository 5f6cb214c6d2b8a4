import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { topicKey } from '../../../src/graph/keys';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-topics-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
function writeVocabulary(content: unknown): string {
  const file = path.join(tmp, `vocabulary-${++counter}.json`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadTopicVocabulary on seed/topics.json', () => {
  const vocabulary = loadTopicVocabulary();
  const byId = new Map(vocabulary.topics.map((topic) => [topic.id, topic]));
  const ancestors = (id: string): Set<string> => {
    const result = new Set<string>();
    const walk = (current: string) =>
      byId.get(current)!.broader!.forEach((parent) => {
        result.add(parent);
        walk(parent);
      });
    walk(id);
    return result;
  };

  it('reads the default file of the repository', () => {
    expect(vocabulary.source).toBe(path.resolve(__dirname, '../../../seed/topics.json'));
    expect(vocabulary.topics).toHaveLength(89);
    expect(byId.size).toBe(89);
  });

  it('covers the fields of the bio', () => {
    const names = [
      'Optimization',
      'Meta-learning',
      'Bilevel optimization',
      'Hyperparameter optimization',
      'Evolution strategies',
      'Gradient estimation',
      'Generative models',
      'Diffusion models',
      'Generative adversarial networks',
      'Differentiable games',
      'Invertible neural networks',
      'Recurrent neural networks',
      'Bayesian deep learning',
      'Large language models',
      'Multi-agent systems',
      'Belief change',
      'Knowledge representation',
      'Answer set programming',
      'Video understanding',
      'Disentanglement',
      'Representation learning',
      'Reinforcement learning',
      'Learned optimizers',
      'Implicit differentiation',
      'Deep equilibrium models',
      'Dataset distillation',
      'Fine-tuning',
      'Reward learning',
      'Machine learning',
      'Artificial intelligence',
    ];
    for (const name of names) expect(byId.get(topicKey(name))?.name).toBe(name);
  });

  it('holds abbreviations and spelling variants as synonyms', () => {
    const synonyms = (name: string) => byId.get(topicKey(name))!.synonyms;
    expect(synonyms('Large language models')).toEqual(expect.arrayContaining(['LLM', 'LLMs', 'language models']));
    expect(synonyms('Bayesian deep learning')).toEqual(expect.arrayContaining(['BNN', 'Bayesian neural networks']));
    expect(synonyms('Generative adversarial networks')).toContain('GAN');
    expect(synonyms('Recurrent neural networks')).toContain('RNN');
    expect(synonyms('Evolution strategies')).toContain('ES');
    expect(synonyms('Bilevel optimization')).toEqual(expect.arrayContaining(['BLO', 'bilevel optimisation']));
    expect(synonyms('Hyperparameter optimization')).toEqual(expect.arrayContaining(['HPO', 'hyperparameter optimisation']));
    expect(synonyms('Optimization')).toContain('optimisation');
  });

  it('is a hierarchy with two roots and broader links by id', () => {
    expect(vocabulary.topics.filter((topic) => topic.broader!.length === 0).map((topic) => topic.name)).toEqual(['Computer science', 'Mathematics']);
    expect(byId.get('topic:hyperparameter-optimization')!.broader).toEqual(['topic:bilevel-optimization', 'topic:automated-machine-learning']);
    expect(ancestors('topic:diffusion-models')).toEqual(new Set(['topic:generative-models', 'topic:machine-learning', 'topic:artificial-intelligence', 'topic:computer-science']));
    expect(ancestors('topic:belief-change')).toContain('topic:artificial-intelligence');
    for (const topic of vocabulary.topics) expect(ancestors(topic.id).has(topic.id)).toBe(false);
  });
});

describe('loadTopicVocabulary validation', () => {
  it('resolves broader names by key and de-duplicates synonyms', () => {
    const file = writeVocabulary([
      { name: 'Machine learning', synonyms: [' ML ', 'ML'] },
      { name: 'Meta-learning', broader: ['machine learning'] },
    ]);
    expect(loadTopicVocabulary(file)).toEqual({
      source: file,
      topics: [
        { id: 'topic:machine-learning', name: 'Machine learning', synonyms: ['ML'], broader: [] },
        { id: 'topic:meta-learning', name: 'Meta-learning', synonyms: [], broader: ['topic:machine-learning'] },
      ],
    });
  });

  it('throws on a cycle, naming it', () => {
    const file = writeVocabulary([
      { name: 'A', broader: ['B'] },
      { name: 'B', broader: ['C'] },
      { name: 'C', broader: ['A'] },
      { name: 'D', broader: [] },
    ]);
    expect(() => loadTopicVocabulary(file)).toThrow(`${file}: the broader topics form a cycle: A → B → C → A`);
  });

  it('throws on a topic that is its own broader topic', () => {
    const file = writeVocabulary([{ name: 'A', broader: ['A'] }]);
    expect(() => loadTopicVocabulary(file)).toThrow('cycle: A → A');
  });

  it('throws on an unknown broader name', () => {
    const file = writeVocabulary([{ name: 'Diffusion models', broader: ['Generative modelz'] }]);
    expect(() => loadTopicVocabulary(file)).toThrow(`${file}: unknown broader topic "Generative modelz" of "Diffusion models"`);
  });

  it('throws on two topics with the same key', () => {
    const file = writeVocabulary([{ name: 'Meta-learning' }, { name: 'meta learning' }]);
    expect(() => loadTopicVocabulary(file)).toThrow('topics "Meta-learning" and "meta learning" have the same key topic:meta-learning');
  });

  it('throws on a synonym shared by two topics', () => {
    const file = writeVocabulary([
      { name: 'Evolution strategies', synonyms: ['ES'] },
      { name: 'Expert systems', synonyms: ['ES'] },
    ]);
    expect(() => loadTopicVocabulary(file)).toThrow('Topic term "ES" of "Expert systems" is also a term of "Evolution strategies"');
  });

  it('throws on malformed entries and files', () => {
    expect(() => loadTopicVocabulary(writeVocabulary({ topics: [] }))).toThrow('a topic vocabulary is a JSON array of topics');
    expect(() => loadTopicVocabulary(writeVocabulary([{ synonyms: [] }]))).toThrow('topic #1 has no name');
    expect(() => loadTopicVocabulary(writeVocabulary([{ name: 'A', broder: ['B'] }]))).toThrow('topic #1 has unknown field(s): broder');
    expect(() => loadTopicVocabulary(writeVocabulary([{ name: 'A', synonyms: 'a' }]))).toThrow('synonyms of "A" must be an array');
    expect(() => loadTopicVocabulary(writeVocabulary('[{"name": "A",]'))).toThrow('Cannot read topic vocabulary');
    expect(() => loadTopicVocabulary(path.join(tmp, 'missing.json'))).toThrow('Cannot read topic vocabulary');
  });
});
