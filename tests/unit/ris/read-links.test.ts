import { readArxivId } from '../../../src/importers/read-arxiv-id';
import { readDoiLink } from '../../../src/importers/read-doi-link';

describe('readDoiLink', () => {
  it('reads DOIs from resolver links, lower-cased and percent-decoded', () => {
    expect(readDoiLink('https://doi.org/10.1109/TVCG.2018.2864510')).toBe('10.1109/tvcg.2018.2864510');
    expect(readDoiLink('http://dx.doi.org/10.1007/978-3-540-70956-5_7')).toBe('10.1007/978-3-540-70956-5_7');
    expect(readDoiLink('https://doi.ieeecomputersociety.org/10.1109/VIS47514.2020.00015')).toBe('10.1109/vis47514.2020.00015');
    expect(readDoiLink('https://doi.org/10.1002%2Fcpe.1234')).toBe('10.1002/cpe.1234');
    expect(readDoiLink('doi:10.1057/ivs.2008.29')).toBe('10.1057/ivs.2008.29');
  });

  it('returns undefined for other links and for resolver paths that are not DOIs', () => {
    expect(readDoiLink('https://openreview.net/forum?id=1vmSEVL19f')).toBeUndefined();
    expect(readDoiLink('https://ieeexplore.ieee.org/document/8440806')).toBeUndefined();
    expect(readDoiLink('https://doi.org/')).toBeUndefined();
    expect(readDoiLink('https://doi.org/10.12/too-short-registrant')).toBeUndefined();
  });
});

describe('readArxivId', () => {
  it('reads new- and old-style ids from abstract and PDF links, arXiv DOIs and references, without version', () => {
    expect(readArxivId('https://arxiv.org/abs/2309.17400')).toBe('2309.17400');
    expect(readArxivId('http://arxiv.org/abs/2309.17400v2')).toBe('2309.17400');
    expect(readArxivId('https://arxiv.org/pdf/1412.6980v9.pdf')).toBe('1412.6980');
    expect(readArxivId('https://arxiv.org/abs/cs/0112017')).toBe('cs/0112017');
    expect(readArxivId('https://arxiv.org/abs/math.GT/0309136v1')).toBe('math.GT/0309136');
    expect(readArxivId('10.48550/arXiv.2309.17400')).toBe('2309.17400');
    expect(readArxivId('https://doi.org/10.48550/arXiv.2309.17400')).toBe('2309.17400');
    expect(readArxivId('arXiv:2309.17400v1')).toBe('2309.17400');
  });

  it('returns undefined for other links', () => {
    expect(readArxivId('https://arxiv.org/list/cs.LG/recent')).toBeUndefined();
    expect(readArxivId('https://doi.org/10.1109/TVCG.2018.2864510')).toBeUndefined();
    expect(readArxivId('https://openreview.net/forum?id=1vmSEVL19f')).toBeUndefined();
  });
});
