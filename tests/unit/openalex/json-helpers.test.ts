import { markupToText } from '../../../src/importers/json/markup-to-text';
import { readArxivLink } from '../../../src/importers/read-arxiv-id';
import { scanJson } from '../../../src/importers/json/scan-json';

describe('scanJson', () => {
  it('accepts what JSON.parse accepts and finds where each record of shallow arrays starts', () => {
    const text = '{\n  "results": [\n    {"a": [1, 2.5e3, -0, "x\\u00e9"]},\n    null\n  ]\n}';
    const scan = scanJson(text);
    expect(scan.problem).toBeUndefined();
    expect(scan.elementOffsets.get('results[0]')).toBe(text.indexOf('{"a"'));
    expect(scan.elementOffsets.get('results[1]')).toBe(text.indexOf('null'));
  });

  it('finds the first offending character the way a parser would, or the end for truncated input', () => {
    for (const [text, offset, truncated] of [
      ['{"a": 01}', 7, false],
      ['[1, 2', 5, true],
      ['{"a": "b', 8, true],
      ['[tru]', 1 + 3, false],
      ['{"a": 1} x', 9, false],
      ['["a\tb"]', 3, false],
      ['', 0, true],
    ] as const) {
      expect([text, scanJson(text).problem?.offset, scanJson(text).problem?.truncated]).toEqual([text, offset, truncated]);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('survives deep nesting without recursion', () => {
    expect(scanJson('['.repeat(100_000)).problem).toMatchObject({ offset: 100_000, truncated: true });
  });
});

describe('markupToText and readArxivLink', () => {
  it('drops HTML and JATS markup, decodes references, keeps a lone "<"', () => {
    expect(markupToText('Deep <i>in vivo</i> H<sub>2</sub>O &amp; x &lt; y, x < y &#8212; ok')).toBe('Deep in vivo H2O & x < y, x < y — ok');
    expect(markupToText('<jats:title>Abstract</jats:title><jats:p>One.</jats:p>\n<jats:p>Two.</jats:p>', { paragraphs: true })).toBe('One.\n\nTwo.');
  });

  it('reads arXiv ids from URLs and DOIs, bare ids only when asked', () => {
    expect(readArxivLink('https://arxiv.org/abs/2309.17400v2')).toBe('2309.17400');
    expect(readArxivLink('http://arxiv.org/pdf/2105.05233.pdf')).toBe('2105.05233');
    expect(readArxivLink('10.48550/arXiv.2309.17400')).toBe('2309.17400');
    expect(readArxivLink('https://arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
    expect(readArxivLink('arXiv:2309.17400')).toBeUndefined();
    expect(readArxivLink('arXiv:2309.17400', { bare: true })).toBe('2309.17400');
    expect(readArxivLink('https://openreview.net/forum?id=1vmSEVL19f')).toBeUndefined();
  });
});
