import { foldTitle } from '../../../src/graph/papers/fold-title';
import { normalizeArxivId } from '../../../src/graph/papers/normalize-arxiv-id';
import { paperMatchKeys } from '../../../src/graph/papers/paper-match-keys';
import type { PaperIdentity } from '../../../src/graph/papers/paper-identity';
import { samePaper } from '../../../src/graph/papers/same-paper';

describe('foldTitle', () => {
  it.each([
    ['Directly fine-tuning diffusion models on differentiable rewards', 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards.'],
    ['Directly fine-tuning diffusion models on differentiable rewards', '{Directly Fine-Tuning {D}iffusion Models on Differentiable Rewards}'],
    ['Learning to see by \\emph{moving}', 'Learning to See by Moving'],
    ['Reducing CO<sub>2</sub> emissions with <i>sparse</i> models', 'Reducing CO2 Emissions with Sparse Models'],
    ['Don’t Stop Pretraining: Adapt Language Models to Domains and Tasks', "Don't stop pretraining: adapt language models to domains and tasks"],
    ['Schr\\"{o}dinger bridges — “a” survey', 'Schrödinger Bridges - "A" Survey'],
    ['Gaussian   processes\nfor  machine learning', 'Gaussian Processes for Machine Learning'],
    ['Straße &amp; Stadt', 'Strasse & Stadt'],
    ['Kümmerer’s saliency benchmark', 'Kummerers Saliency Benchmark'],
  ])('%s = %s', (a, b) => {
    expect(foldTitle(a)).toBe(foldTitle(b));
  });

  it('gives lower-case words separated by single spaces', () => {
    expect(foldTitle('  {LoRA}: Low-Rank Adaptation of Large Language Models. ')).toBe('lora low rank adaptation of large language models');
    expect(foldTitle('...')).toBe('');
  });

  it('keeps different titles different', () => {
    expect(foldTitle('Denoising Diffusion Probabilistic Models')).not.toBe(foldTitle('Denoising Diffusion Implicit Models'));
    expect(foldTitle('Attention is all you need')).not.toBe(foldTitle('Attention is not all you need'));
  });
});

describe('normalizeArxivId', () => {
  it.each([
    ['arXiv:2309.17400v2', '2309.17400'],
    ['https://arxiv.org/abs/2309.17400', '2309.17400'],
    ['http://arxiv.org/pdf/2309.17400v1', '2309.17400'],
    ['10.48550/arXiv.2309.17400', '2309.17400'],
    ['https://doi.org/10.48550/ARXIV.2309.17400', '2309.17400'],
    ['arXiv preprint arXiv:2309.17400', '2309.17400'],
    ['2309.17400', '2309.17400'],
    ['0706.0001', '0706.0001'],
    ['1412.6980v9', '1412.6980'],
    ['cs/0112017', 'cs/0112017'],
    ['arXiv:math.GT/0309136v1', 'math.GT/0309136'],
    ['hep-th/9901001', 'hep-th/9901001'],
  ])('%s → %s', (text, id) => {
    expect(normalizeArxivId(text)).toBe(id);
  });

  it.each([
    ['a DOI of another publisher', '10.1109/5.771073'],
    ['a page range', 'pp. 1234.5678'],
    ['a month 13', 'arXiv:2313.17400'],
    ['five digits before 2015', 'arXiv:1412.69801'],
    ['four digits from 2015', 'arXiv:1501.0001'],
    ['before April 2007', '0703.0001'],
    ['no id at all', 'arXiv preprint'],
  ])('rejects %s: %s', (_, text) => {
    expect(normalizeArxivId(text)).toBeUndefined();
  });
});

const DRAFT: PaperIdentity = {
  title: 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards',
  year: 2024,
  authorFamilyNames: ['Clark', 'Vicol', 'Swersky', 'Fleet'],
};

describe('samePaper', () => {
  it('decides by DOI first: equal DOIs match whatever the titles, different DOIs never do', () => {
    expect(samePaper({ ...DRAFT, doi: 'https://doi.org/10.1145/3597503.3639187' }, { title: 'other', authorFamilyNames: [], doi: '10.1145/3597503.3639187' })).toMatchObject({
      same: true,
      by: 'doi',
    });
    expect(samePaper({ ...DRAFT, doi: '10.1145/1' }, { ...DRAFT, doi: '10.1145/2' })).toEqual({ same: false, by: 'doi', evidence: 'different DOIs 10.1145/1 and 10.1145/2' });
  });

  it('does not let an arXiv DOI conflict with a publisher DOI, and says so', () => {
    const preprint = { ...DRAFT, title: 'Directly fine-tuning diffusion models on differentiable rewards', year: 2023, doi: '10.48550/arXiv.2309.17400' };
    const published = { ...DRAFT, doi: '10.5555/iclr.2024.123' };
    const result = samePaper(preprint, published);
    expect(result).toMatchObject({ same: true, by: 'title' });
    expect(result.evidence).toMatch(/arXiv DOI .* does not conflict/);
    expect(samePaper(preprint, { ...published, arxiv: 'https://arxiv.org/abs/2309.17400v3' })).toMatchObject({ same: true, by: 'arxiv' });
  });

  it('decides by arXiv id next', () => {
    expect(samePaper({ ...DRAFT, arxiv: 'arXiv:2309.17400v1' }, { title: 'DRaFT', authorFamilyNames: [], arxiv: '2309.17400' })).toMatchObject({ same: true, by: 'arxiv' });
    expect(samePaper({ ...DRAFT, arxiv: '2309.17400' }, { ...DRAFT, arxiv: '2310.00001' })).toMatchObject({ same: false, by: 'arxiv' });
  });

  it('matches a Google Scholar lower-case export and a DBLP title with its period by title, year and authors', () => {
    const scholar = { title: 'Directly fine-tuning diffusion models on differentiable rewards', year: 2023, authorFamilyNames: ['clark', 'vicol', 'swersky', 'fleet'] };
    const dblp = { title: 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards.', year: 2024, authorFamilyNames: ['Clark', 'Vicol', 'Swersky', 'Fleet'] };
    expect(samePaper(scholar, dblp)).toEqual({
      same: true,
      by: 'title',
      evidence: 'same title "directly fine tuning diffusion models on differentiable rewards", years 2023/2024, shared authors clark, vicol, swersky, fleet',
    });
  });

  it('needs years within one, and authors: one shared for short lists, half of the shorter list for long ones', () => {
    expect(samePaper(DRAFT, { ...DRAFT, year: 2021 })).toMatchObject({ same: false, by: 'title' });
    expect(samePaper(DRAFT, { ...DRAFT, year: undefined })).toMatchObject({ same: true, by: 'title' });
    expect(samePaper(DRAFT, { ...DRAFT, authorFamilyNames: ['Fleet', 'Doe'] })).toMatchObject({ same: true });
    expect(samePaper(DRAFT, { ...DRAFT, authorFamilyNames: ['Fleet', 'Doe', 'Roe', 'Poe'] })).toMatchObject({ same: false });
    expect(samePaper(DRAFT, { ...DRAFT, authorFamilyNames: ['Doe', 'Roe'] })).toMatchObject({ same: false });
    expect(samePaper(DRAFT, { ...DRAFT, authorFamilyNames: [] })).toMatchObject({ same: false, evidence: expect.stringContaining('no authors') });
    expect(samePaper({ ...DRAFT, authorFamilyNames: ['van der Maaten'] }, { ...DRAFT, authorFamilyNames: ['Maaten'] })).toMatchObject({ same: true });
  });

  it('does not match different titles', () => {
    expect(samePaper(DRAFT, { ...DRAFT, title: 'Directly Fine-Tuning Diffusion Models on Non-Differentiable Rewards' })).toMatchObject({ same: false, by: null });
  });
});

describe('paperMatchKeys', () => {
  it('gives the publisher DOI, the arXiv id and the folded title', () => {
    expect(paperMatchKeys({ ...DRAFT, doi: 'https://doi.org/10.5555/ABC.1', arxiv: 'arXiv:2309.17400v2' })).toEqual([
      'doi:10.5555/abc.1',
      'arxiv:2309.17400',
      'title:directly fine tuning diffusion models on differentiable rewards',
    ]);
  });

  it('turns an arXiv DOI into the arXiv key and meets the other forms of a title', () => {
    expect(paperMatchKeys({ title: '{D}irectly fine-tuning diffusion models on differentiable rewards.', doi: '10.48550/arXiv.2309.17400', authorFamilyNames: [] })).toEqual([
      'arxiv:2309.17400',
      'title:directly fine tuning diffusion models on differentiable rewards',
    ]);
    expect(paperMatchKeys({ title: '', authorFamilyNames: [] })).toEqual([]);
  });
});
