import { readFileSync } from 'fs';
import { join } from 'path';
import type { GraphDocument, PaperRecord } from '../../../src/graph/graph-document';
import { parseBio } from '../../../src/importers/bio/parse-bio';

/** The real bio the project imports by default (see /work/shared/datasets/README.md). */
const text = readFileSync(join(__dirname, '../../../seed/bio.txt'), 'utf8');

const SUBJECT = 'person:paul-vicol';

/** [rawName, position, equalContribution] for each author, in order. */
type Author = [string, number, boolean];

// Every title, in source order, with its author list exactly as the bio writes it.
const EXPECTED_PAPERS: [string, Author[]][] = [
  [
    'Directly Fine-Tuning Diffusion Models on Differentiable Rewards',
    [
      ['Kevin Clark', 1, true],
      ['Paul Vicol', 2, true],
      ['Kevin Swersky', 3, false],
      ['David J. Fleet', 4, false],
    ],
  ],
  [
    'Low-Variance Gradient Estimation in Unrolled Computation Graphs with ES-Single',
    [
      ['Paul Vicol', 1, false],
      ['Zico Kolter', 2, false],
      ['Kevin Swersky', 3, false],
    ],
  ],
  [
    'On Implicit Bias in Overparameterized Bilevel Optimization',
    [
      ['Paul Vicol', 1, false],
      ['Jonathan Lorraine', 2, false],
      ['Fabian Pedregosa', 3, false],
      ['David Duvenaud', 4, false],
      ['Roger Grosse', 5, false],
    ],
  ],
  [
    'Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies',
    [
      ['Paul Vicol', 1, false],
      ['Luke Metz', 2, false],
      ['Jascha Sohl-Dickstein', 3, false],
    ],
  ],
  [
    'Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models',
    [
      ['Aarohi Srivastava', 1, false],
      ['Paul Vicol', 3, false],
    ],
  ],
  [
    'Amortized Proximal Optimization',
    [
      ['Juhan Bae', 1, true],
      ['Paul Vicol', 2, true],
      ['Jeff Z. HaoChen', 3, false],
      ['Roger Grosse', 4, false],
    ],
  ],
  [
    'Lyapunov Exponents for Diversity in Differentiable Games',
    [
      ['Jonathan Lorraine', 1, false],
      ['Paul Vicol', 2, false],
      ['Jack Parker-Holder', 3, false],
      ['Tal Kachman', 4, false],
      ['Luke Metz', 5, false],
      ['Jakob Foerster', 6, false],
    ],
  ],
  [
    'Disentanglement and Generalization Under Correlation Shifts',
    [
      ['Christina Funke', 1, true],
      ['Paul Vicol', 2, true],
      ['Kuan-Chieh Wang', 3, false],
      ['Matthias Kümmerer', 4, false],
      ['Richard Zemel', 5, false],
      ['Matthias Bethge', 6, false],
    ],
  ],
  [
    'Complex Momentum for Learning in Games',
    [
      ['Jonathan Lorraine', 1, false],
      ['David Acuna', 2, false],
      ['Paul Vicol', 3, false],
      ['David Duvenaud', 4, false],
    ],
  ],
  [
    'Understanding and Mitigating Exploding Inverses in Invertible Neural Networks',
    [
      ['Jens Behrmann', 1, true],
      ['Paul Vicol', 2, true],
      ['Kuan-Chieh Wang', 3, true],
      ['Roger Grosse', 4, false],
      ['Jörn-Henrik Jacobsen', 5, false],
    ],
  ],
  [
    'Optimizing Millions of Hyperparameters by Implicit Differentiation',
    [
      ['Jonathan Lorraine', 1, false],
      ['Paul Vicol', 2, false],
      ['David Duvenaud', 3, false],
    ],
  ],
  [
    'Self-Tuning Networks: Bilevel Optimization of Hyperparameters using Structured Best-Response Functions',
    [
      ['Matthew MacKay', 1, true],
      ['Paul Vicol', 2, true],
      ['Jonathan Lorraine', 3, false],
      ['David Duvenaud', 4, false],
      ['Roger Grosse', 5, false],
    ],
  ],
  [
    'Reversible Recurrent Neural Networks',
    [
      ['Matthew MacKay', 1, false],
      ['Paul Vicol', 2, false],
      ['Jimmy Ba', 3, false],
      ['Roger Grosse', 4, false],
    ],
  ],
  [
    'Adversarial Distillation of Bayesian Neural Network Posteriors',
    [
      ['Kuan-Chieh Wang', 1, false],
      ['Paul Vicol', 2, false],
      ['James Lucas', 3, false],
      ['Li Gu', 4, false],
      ['Roger Grosse', 5, false],
      ['Richard Zemel', 6, false],
    ],
  ],
  [
    'Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches',
    [
      ['Yeming Wen', 1, false],
      ['Paul Vicol', 2, false],
      ['Jimmy Ba', 3, false],
      ['Dustin Tran', 4, false],
      ['Roger Grosse', 5, false],
    ],
  ],
  [
    'MovieGraphs: Towards Understanding Human-Centric Situations from Videos',
    [
      ['Paul Vicol', 1, false],
      ['Makarand Tapaswi', 2, false],
      ['Lluis Castrejon', 3, false],
      ['Sanja Fidler', 4, false],
    ],
  ],
  [
    'A Minimization-Based Approach to Iterated Multi-Agent Belief Change',
    [
      ['Paul Vicol', 1, false],
      ['James Delgrande', 2, false],
      ['Torsten Schaub', 3, false],
    ],
  ],
  [
    'An Implementation of Consistency-Based Multi-Agent Belief Change using ASP',
    [
      ['Paul Vicol', 1, false],
      ['James Delgrande', 2, false],
      ['Torsten Schaub', 3, false],
    ],
  ],
];

describe('parseBio on seed/bio.txt', () => {
  let doc: GraphDocument;
  beforeAll(() => {
    doc = parseBio(text, 'bio:seed/bio.txt');
  });

  const paper = (title: string): PaperRecord => {
    const found = doc.papers.find((candidate) => candidate.title === title);
    if (!found) throw new Error(`no paper titled ${title}`);
    return found;
  };

  it('stamps the format and the source', () => {
    expect(doc.format).toBe('collabgraph/v1');
    expect(doc.source).toBe('bio:seed/bio.txt');
  });

  it('finds the subject from the author lists, never from a heading', () => {
    expect(doc.subject).toBe(SUBJECT);
    expect(doc.people.find((person) => person.id === SUBJECT)).toEqual({ id: SUBJECT, name: 'Paul Vicol', line: 50 });
  });

  it('extracts exactly the 18 publications, in order, with their author lists', () => {
    expect(doc.papers.map((p) => p.title)).toEqual(EXPECTED_PAPERS.map(([title]) => title));
    for (const [title, authors] of EXPECTED_PAPERS) {
      const actual = paper(title).authors.map((a): Author => [a.rawName, a.position, a.equalContribution]);
      expect(actual).toEqual(authors);
    }
  });

  it('links authors to person ids whose keys fold diacritics while names keep them', () => {
    const disentanglement = paper('Disentanglement and Generalization Under Correlation Shifts');
    expect(disentanglement.authors[3]).toEqual({ person: 'person:matthias-kummerer', position: 4, equalContribution: false, rawName: 'Matthias Kümmerer' });
    expect(doc.people.find((p) => p.id === 'person:jorn-henrik-jacobsen')?.name).toBe('Jörn-Henrik Jacobsen');
    expect(doc.people.find((p) => p.id === 'person:jeff-z-haochen')?.name).toBe('Jeff Z. HaoChen');
    expect(paper('Amortized Proximal Optimization').authors.map((a) => a.person)).toEqual(['person:juhan-bae', SUBJECT, 'person:jeff-z-haochen', 'person:roger-grosse']);
  });

  it('gives papers paperKey ids and the title line', () => {
    const drAFT = paper('Directly Fine-Tuning Diffusion Models on Differentiable Rewards');
    expect(drAFT.id).toBe('paper:directly-fine-tuning-diffusion-models-on-differentiable-rewards');
    expect(drAFT.line).toBe(48);
    expect(paper('An Implementation of Consistency-Based Multi-Agent Belief Change using ASP').line).toBe(195);
  });

  it('keeps the truncated list: named authors only, and the stated count of 442', () => {
    const bigBench = paper('Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models');
    expect(bigBench.authorCount).toBe(442);
    expect(bigBench.authors).toEqual([
      { person: 'person:aarohi-srivastava', position: 1, equalContribution: false, rawName: 'Aarohi Srivastava' },
      // After "...", the position is a lower bound: the ellipsis counts as one author.
      { person: SUBJECT, position: 3, equalContribution: false, rawName: 'Paul Vicol' },
    ]);
    expect(doc.papers.filter((p) => p.authorCount !== undefined)).toHaveLength(1);
  });

  it('reads the abstract without its "Abstract:" prefix', () => {
    const es = paper('Low-Variance Gradient Estimation in Unrolled Computation Graphs with ES-Single');
    expect(es.abstract?.startsWith('We propose an evolution strategies-based algorithm')).toBe(true);
    expect(es.abstract?.endsWith('and training learned optimizers.')).toBe(true);
    expect(doc.papers.every((p) => p.abstract !== undefined && !p.abstract.startsWith('Abstract'))).toBe(true);
  });

  it('gives venue and year only to the papers followed by a "VENUE YEAR" line', () => {
    const withVenue = doc.papers.filter((p) => p.venue !== undefined || p.year !== undefined).map((p) => [p.title, p.venue, p.year]);
    expect(withVenue).toEqual([
      ['Directly Fine-Tuning Diffusion Models on Differentiable Rewards', 'venue:iclr', 2024],
      ['Low-Variance Gradient Estimation in Unrolled Computation Graphs with ES-Single', 'venue:icml', 2023],
      ['Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models', 'venue:arxiv', 2022],
      ['Amortized Proximal Optimization', 'venue:neurips', 2022],
    ]);
    expect(paper('On Implicit Bias in Overparameterized Bilevel Optimization')).not.toHaveProperty('venue');
    expect(paper('On Implicit Bias in Overparameterized Bilevel Optimization')).not.toHaveProperty('year');
    expect(doc.venues).toEqual([
      { id: 'venue:iclr', name: 'ICLR', line: 56 },
      { id: 'venue:icml', name: 'ICML', line: 65 },
      { id: 'venue:arxiv', name: 'arXiv', line: 90 },
      { id: 'venue:neurips', name: 'NeurIPS', line: 101 },
    ]);
  });

  it('never turns a figure caption into a paper', () => {
    const titles = doc.papers.map((p) => p.title);
    // This caption repeats its paper's title in lower case; only the title-case line is a paper.
    expect(titles).not.toContain('Understanding and mitigating exploding inverses in invertible neural networks');
    expect(titles).toContain('Understanding and Mitigating Exploding Inverses in Invertible Neural Networks');
    for (const caption of [
      'Interpolating between reward functions by taking a linear combination of LoRA parameters.',
      'Computation graph for ES-Single.',
      'Visualization of an example from the intersect task',
      'Gradient-Based Hyperparameter Optimization with the Implicit Function Theorem',
      'Equibel System Architecture',
    ]) {
      expect(titles).not.toContain(caption);
    }
  });

  it('reads the positions block: institutions, roles and date ranges', () => {
    expect(doc.positions).toEqual([
      { person: SUBJECT, institution: 'institution:google-deepmind', role: 'Research Scientist', start: '2022-10', line: 12 },
      { person: SUBJECT, institution: 'institution:google-deepmind', role: 'Research Scientist Intern', line: 17 },
      { person: SUBJECT, institution: 'institution:google-brain', role: 'Student Researcher', start: '2020', end: '2021', line: 28 },
      { person: SUBJECT, institution: 'institution:google-brain', role: 'Research Scientist Intern', line: 38 },
    ]);
  });

  it('turns "Hosts:" into host records and "Also worked with:" into collaborator records', () => {
    const hostings = doc.hostings.map((h) => [h.host, h.intern, h.institution, h.role, h.start, h.end, h.line]);
    expect(hostings).toEqual([
      ['person:jeff-donahue', SUBJECT, 'institution:google-deepmind', 'host', undefined, undefined, 19],
      ['person:karen-simonyan', SUBJECT, 'institution:google-deepmind', 'host', undefined, undefined, 19],
      ['person:evan-shelhamer', SUBJECT, 'institution:google-deepmind', 'collaborator', undefined, undefined, 21],
      ['person:sander-dieleman', SUBJECT, 'institution:google-deepmind', 'collaborator', undefined, undefined, 21],
      ['person:jascha-sohl-dickstein', SUBJECT, 'institution:google-brain', 'host', '2020', '2021', 30],
      ['person:luke-metz', SUBJECT, 'institution:google-brain', 'host', '2020', '2021', 30],
      ['person:jascha-sohl-dickstein', SUBJECT, 'institution:google-brain', 'host', undefined, undefined, 40],
      ['person:luke-metz', SUBJECT, 'institution:google-brain', 'host', undefined, undefined, 40],
    ]);
    for (const name of ['Jeff Donahue', 'Karen Simonyan', 'Evan Shelhamer', 'Sander Dieleman']) {
      expect(doc.people.filter((p) => p.name === name)).toHaveLength(1);
    }
  });

  it('reads education and research interests from the About paragraph, nothing from the hobbies', () => {
    expect(doc.education).toEqual([{ person: SUBJECT, institution: 'institution:university-of-toronto', degree: 'PhD', field: 'machine learning', line: 4 }]);
    expect(doc.topics).toEqual([
      { id: 'topic:diffusion-models', name: 'diffusion models', line: 4 },
      { id: 'topic:llms', name: 'LLMs', line: 4 },
      { id: 'topic:meta-learning', name: 'meta-learning', line: 4 },
      { id: 'topic:multi-agent-systems', name: 'multi-agent systems', line: 4 },
    ]);
    expect(doc.interests).toEqual(doc.topics.map((topic) => ({ person: SUBJECT, topic: topic.id, line: 4 })));
    const names = [...doc.institutions, ...doc.people].map((node) => node.name);
    expect(names.some((name) => /Vancouver|Orchestra|Opera|salmon/i.test(name))).toBe(false);
  });

  it('reads 17 talks and skips the 5 dates with no talk under them', () => {
    expect(doc.talks).toHaveLength(17);
    expect(doc.talks[0]).toEqual({
      id: 'talk:person-paul-vicol-2021-12-intriguing-properties-of-bilevel-optimization',
      person: SUBJECT,
      title: 'Intriguing Properties of Bilevel Optimization',
      date: '2021-12',
      institution: 'institution:university-of-toronto',
      line: 204,
    });
    const talkLines = doc.talks.map((talk) => talk.line);
    // April 2021, November 2020 (twice), July 2018 and May 2017 have no talk.
    for (const emptyDate of [216, 219, 220, 237, 242]) expect(talkLines).not.toContain(emptyDate);
    expect(doc.talks.map((talk) => talk.date)).not.toContain('2017-05');
    expect(doc.talks.map((talk) => talk.date)).not.toContain('2018-07');
    expect(doc.talks.find((talk) => talk.line === 208)?.title).toBe('Is optimization a bottleneck in modern deep learning research?');
  });

  it('splits "J.P. Morgan AI Research. Self-Tuning Networks." after the institution, not after "J.P."', () => {
    const talk = doc.talks.find((candidate) => candidate.line === 229);
    expect(talk).toMatchObject({ title: 'Self-Tuning Networks', date: '2019-11', institution: 'institution:j-p-morgan-ai-research' });
    expect(doc.institutions.find((i) => i.id === 'institution:j-p-morgan-ai-research')?.name).toBe('J.P. Morgan AI Research');
  });

  it('keeps the same talk given twice in one month as two talks with distinct ids', () => {
    const stn = doc.talks.filter((talk) => talk.date === '2019-11');
    expect(stn.map((talk) => [talk.id, talk.institution])).toEqual([
      ['talk:person-paul-vicol-2019-11-self-tuning-networks', 'institution:j-p-morgan-ai-research'],
      ['talk:person-paul-vicol-2019-11-self-tuning-networks-vector-endless-summer-school', 'institution:vector-endless-summer-school'],
    ]);
    expect(new Set(doc.talks.map((talk) => talk.id)).size).toBe(17);
  });

  it('has one institution node per distinct institution', () => {
    expect(doc.institutions.map((i) => i.name)).toEqual([
      'Google DeepMind',
      'University of Toronto',
      'Google Brain',
      'DeepMind',
      'Vector Endless Summer School',
      'Sunnybrook Research Institute',
      'Toronto Machine Learning Summit',
      'J.P. Morgan AI Research',
      'Vector Research Symposium',
      'Vector Optimization Seminar',
    ]);
  });

  it('has one person node per distinct author, host and collaborator', () => {
    expect(doc.people).toHaveLength(40);
    expect(new Set(doc.people.map((p) => p.id)).size).toBe(40);
    const referenced = new Set([...doc.papers.flatMap((p) => p.authors.map((a) => a.person)), ...doc.hostings.map((h) => h.host), SUBJECT]);
    expect(new Set(doc.people.map((p) => p.id))).toEqual(referenced);
  });

  it('produces nothing for the empty "Reviewing & Service" and "Leadership & Outreach" headings', () => {
    const names = [...doc.people, ...doc.institutions, ...doc.topics, ...doc.venues].map((node) => node.name);
    expect(names.filter((name) => /Reviewing|Service|Leadership|Outreach|About/.test(name))).toEqual([]);
    expect(doc.positions.map((p) => p.role).filter((role) => /Reviewing|Leadership/.test(role))).toEqual([]);
  });
});
