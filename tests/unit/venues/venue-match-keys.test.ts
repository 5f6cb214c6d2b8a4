import { isPreprintServer } from '../../../src/graph/venues/is-preprint-server';
import { KNOWN_VENUES } from '../../../src/graph/venues/known-venues';
import { venueMatchKeys } from '../../../src/graph/venues/venue-match-keys';

const shared = (a: string, b: string): string[] => {
  const left = new Set(venueMatchKeys(a).keys);
  return venueMatchKeys(b).keys.filter((key) => left.has(key));
};

/** Two forms of one series: they must share a key. Sources: the bio, Google Scholar BibTeX, DBLP, OpenAlex, ACM and Springer exports. */
const SAME: Array<[string, string]> = [
  ['ICLR', 'ICLR 2024'],
  ['ICLR', 'International Conference on Learning Representations'],
  ['ICLR 2024', 'The Twelfth International Conference on Learning Representations'],
  ['ICLR', "Proc. of the 12th Int. Conf. on Learning Representations (ICLR '24)"],
  ['International Conference on Learning Representations (ICLR)', 'The Twelfth International Conference on Learning Representations'],
  ['ICLR 2024', 'The Twelfth International Conference on Learning Representations, ICLR 2024, Vienna, Austria, May 7-11, 2024'],
  ['IEEE Transactions on Visualization and Computer Graphics', 'IEEE Trans. Vis. Comput. Graph.'],
  ['TVCG', 'IEEE Trans. Vis. Comput. Graph.'],
  ['TVCG', 'IEEE Transactions on Visualization and Computer Graphics'],
  ['NeurIPS', 'Advances in Neural Information Processing Systems'],
  ['NIPS', 'NeurIPS 2022'],
  ['NeurIPS 2022', 'Advances in Neural Information Processing Systems 35'],
  [
    'Advances in Neural Information Processing Systems',
    'Advances in Neural Information Processing Systems 36: Annual Conference on Neural Information Processing Systems 2023, NeurIPS 2023, New Orleans, LA, USA, December 10 - 16, 2023',
  ],
  ['Adv. Neural Inf. Process. Syst.', 'NeurIPS'],
  ['CVPR', 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition'],
  ['CVPR', 'IEEE Conference on Computer Vision and Pattern Recognition'],
  [
    'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    'IEEE/CVF Conference on Computer Vision and Pattern Recognition, CVPR 2023, Vancouver, BC, Canada, June 17-24, 2023',
  ],
  ['arXiv preprint arXiv:2309.17400', 'CoRR'],
  ['arXiv', 'CoRR abs/2309.17400'],
  ['ICML 2023', 'Proceedings of the 40th International Conference on Machine Learning'],
  ['ICML', 'International Conference on Machine Learning, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA'],
  ['Computer Graphics Forum', 'Comput. Graph. Forum'],
  ['CGF', 'Computer Graphics Forum'],
  ['J. Mach. Learn. Res.', 'Journal of Machine Learning Research'],
  ['JMLR', 'J. Mach. Learn. Res.'],
  ['Mach. Learn.', 'Machine Learning'],
  ['IEEE VIS', 'VIS 2023'],
  ['IEEE VAST', 'IEEE Visualization and Visual Analytics (VIS)'],
  ['InfoVis', 'VIS'],
  ['2019 IEEE Conference on Visual Analytics Science and Technology (VAST)', 'IEEE VIS'],
  ['SciVis', 'IEEE Visualization Conference'],
  ["CHI '19: Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems", 'CHI 2019'],
  ['Proceedings of the 2023 CHI Conference on Human Factors in Computing Systems', 'ACM CHI'],
  ['ACM SIGGRAPH 2023 Conference Proceedings', 'SIGGRAPH'],
  ['Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining', 'KDD'],
  ['KDD 2023', 'SIGKDD'],
  ['Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)', 'ACL 2023'],
  ['Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing', 'EMNLP'],
  ['EuroVis 2023', 'Eurographics Conference on Visualization'],
  ['PacificVis', '2024 IEEE 17th Pacific Visualization Conference (PacificVis)'],
  ['Computer Vision - ECCV 2020 - 16th European Conference, Glasgow, UK, August 23-28, 2020, Proceedings, Part I', 'ECCV'],
  ['European Conference on Computer Vision', 'ECCV 2022'],
  ['Proceedings of the Thirty-Seventh AAAI Conference on Artificial Intelligence', 'AAAI 2023'],
  ['Proceedings of The 26th International Conference on Artificial Intelligence and Statistics', 'AISTATS'],
  ['Transactions on Machine Learning Research', 'TMLR'],
  ['Trans. Mach. Learn. Res.', 'Transactions on Machine Learning Research'],
  ['IEEE Trans. Pattern Anal. Mach. Intell.', 'IEEE Transactions on Pattern Analysis and Machine Intelligence'],
  ['ACM Trans. Graph.', 'ACM Transactions on Graphics (TOG)'],
  // Not in the table: the same rules relate a venue nobody listed.
  ['International Conference on Computer Vision Theory and Applications', 'ICCVTA 2021'],
  ['Proceedings of the 15th International Conference on Intelligent User Interfaces', 'International Conference on Intelligent User Interfaces (IUI)'],
  ['International Conference on Intelligent User Interfaces', 'Int. Conf. Intell. User Interfaces'],
  ['Graph Drawing and Network Visualization: 31st International Symposium, GD 2023, Isola delle Femmine, Palermo, Italy', 'Graph Drawing and Network Visualization'],
  ['Journal of Visualization', 'J. Vis.'],
  ['Information Visualization', 'Inf. Vis.'],
  ['{IEEE} Transactions on Visualization and Computer Graphics', 'IEEE Transactions on Visualization and Computer Graphics.'],
];

/** Different venues: they must share no key. */
const DIFFERENT: Array<[string, string]> = [
  ['ICLR', 'ICML'],
  ['International Conference on Learning Representations', 'International Conference on Machine Learning'],
  ['ICLR 2024', 'International Conference on Machine Learning'],
  ['Computer Graphics Forum', 'IEEE Trans. Vis. Comput. Graph.'],
  ['CGF', 'TVCG'],
  ['VIS', 'VISAPP'],
  ['IEEE VIS', 'VISAPP 2021'],
  ['Journal of Machine Learning Research', 'Machine Learning'],
  ['J. Mach. Learn. Res.', 'Mach. Learn.'],
  ['IEEE Transactions on Visualization and Computer Graphics', 'IEEE Visualization Conference'],
  ['TVCG', 'VIS'],
  ['CVPR', 'ICCV'],
  ['IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'IEEE/CVF International Conference on Computer Vision'],
  ['Computer Vision - ECCV 2020', 'Computer Vision - ACCV 2020'],
  ['NeurIPS', 'ICML'],
  ['NeurIPS', 'arXiv'],
  ['CoRR', 'Computer Graphics Forum'],
  ['Machine Learning', 'Machine Learning: Science and Technology'],
  ['ACL', 'EMNLP'],
  ['Annual Meeting of the Association for Computational Linguistics', 'Findings of the Association for Computational Linguistics: EMNLP 2023'],
  ['EuroVis', 'PacificVis'],
  ['SIGGRAPH', 'SIGGRAPH Asia'],
  ['ACM Transactions on Graphics', 'IEEE Transactions on Visualization and Computer Graphics'],
  ['CHI', 'UIST'],
  ['Proceedings of the IEEE', 'IEEE Transactions on Visualization and Computer Graphics'],
  ['Pattern Recognition', 'Pattern Recognition Letters'],
  ['Journal of Visualization', 'Information Visualization'],
  ['The Visual Computer', 'Computer Graphics Forum'],
  ['KDD', 'The Web Conference'],
  ['AAAI', 'IJCAI'],
  ['IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops', 'CVPR'],
];

describe('venueMatchKeys', () => {
  it.each(SAME)('%s = %s', (a, b) => {
    expect(shared(a, b)).not.toEqual([]);
  });

  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(shared(a, b)).toEqual([]);
  });

  it('gives one series, the full name and the acronym for every form of a known venue', () => {
    const forms = ['ICLR', 'ICLR 2024', 'The Twelfth International Conference on Learning Representations', "Proc. of the 12th Int. Conf. on Learning Representations (ICLR '24)"];
    for (const form of forms) {
      expect(venueMatchKeys(form)).toMatchObject({ series: 'series:iclr', abbreviation: 'ICLR', displayName: 'International Conference on Learning Representations' });
    }
    expect(venueMatchKeys('NIPS')).toMatchObject({ series: 'series:neurips', abbreviation: 'NIPS', displayName: 'Advances in Neural Information Processing Systems' });
  });

  it('names an unknown venue by its cleaned full name, abbreviations spelled out where they have one reading', () => {
    expect(venueMatchKeys('Proc. of the 3rd Int. Conf. on Intelligent User Interfaces (IUI 2021), Online, April 2021')).toEqual({
      series: 'acronym:iui',
      keys: ['acronym:iui', 'name:int conf intell user interfaces', 'acronym:iciui'],
      abbreviation: 'IUI',
      displayName: 'International Conference on Intelligent User Interfaces',
    });
    // "Comput." may be Computer, Computing or Computation: left as written.
    expect(venueMatchKeys('Int. J. Comput. Vis.').displayName).toBe('International Journal Comput. Vis.');
    expect(venueMatchKeys('VISAPP 2021')).toEqual({ series: 'acronym:visapp', keys: ['acronym:visapp'], abbreviation: 'VISAPP', displayName: 'VISAPP' });
  });

  it('keeps a journal whose whole name is "Proceedings of ..." and diacritics in the display name', () => {
    expect(venueMatchKeys('Proceedings of the IEEE').keys).toEqual(['name:proc ieee']);
    expect(venueMatchKeys('Revue d’Intelligence Artificielle').displayName).toBe('Revue d’Intelligence Artificielle');
  });

  it('takes a separately stated abbreviation, acronym or ISO 4 form', () => {
    expect(venueMatchKeys('Conference on Robot Learning', 'CoRL')).toMatchObject({ series: 'series:corl', abbreviation: 'CoRL' });
    expect(venueMatchKeys('Some Journal of Visualization', 'J. Vis.').keys).toContain('name:j vis');
  });

  it('treats preprint servers as one venue each, apart from every real venue', () => {
    expect(venueMatchKeys('arXiv preprint arXiv:2309.17400')).toEqual({ series: 'series:arxiv', keys: ['series:arxiv'], abbreviation: 'arXiv', displayName: 'arXiv' });
    expect(venueMatchKeys('bioRxiv').series).toBe('series:biorxiv');
  });

  it('gives no keys for a name with nothing identifying left', () => {
    expect(venueMatchKeys('Proceedings 2023')).toMatchObject({ series: '', keys: [] });
    expect(venueMatchKeys('')).toMatchObject({ series: '', keys: [] });
  });

  it('has a table whose venues do not claim one another’s names', () => {
    for (const venue of KNOWN_VENUES) {
      expect(venueMatchKeys(venue.name).series).toBe(`series:${venue.id}`);
      for (const alias of venue.aliases) expect([alias, venueMatchKeys(alias).series]).toEqual([alias, `series:${venue.id}`]);
    }
  });
});

describe('isPreprintServer', () => {
  it.each(['arXiv', 'arXiv preprint arXiv:2309.17400', 'ArXiv e-prints', 'CoRR', 'CoRR abs/2309.17400', 'bioRxiv', 'medRxiv', 'SSRN Electronic Journal'])(
    '%s is a preprint server',
    (name) => {
      expect(isPreprintServer(name)).toBe(true);
    },
  );

  it.each(['ICLR', 'Computer Graphics Forum', 'Correspondence Analysis Letters', 'Journal of Print Studies', 'NeurIPS'])('%s is not', (name) => {
    expect(isPreprintServer(name)).toBe(false);
  });
});
