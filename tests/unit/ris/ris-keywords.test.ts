import { parseRis } from '../../../src/importers/ris/parse-ris';

describe('RIS keywords become clean topics', () => {
  it('one topic per case-folded keyword; classification codes and boilerplate are cleaned or dropped', () => {
    const text = [
      'TY  - JOUR',
      'TI  - Visual Analytics of Movement',
      'AU  - Keim, Daniel A.',
      'PY  - 2012',
      'KW  - Index Terms—Visual Analytics',
      'KW  - visual analytics',
      'KW  - H.5.2',
      'KW  - I.3.7 [Computer Graphics]: Three-Dimensional Graphics and Realism',
      'ER  - ',
      '',
    ].join('\n');
    const { document, rejects } = parseRis(text, 'ris:test.ris');
    expect(rejects).toEqual([]);
    expect(document.topics.map((topic) => topic.id).sort()).toEqual(['topic:three-dimensional-graphics-and-realism', 'topic:visual-analytics']);
    expect(document.papers[0].topics?.map((link) => link.topic).sort()).toEqual(['topic:three-dimensional-graphics-and-realism', 'topic:visual-analytics']);
  });
});
