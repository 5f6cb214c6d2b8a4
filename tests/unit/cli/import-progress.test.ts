/**
 * Import progress in logs (stderr not a terminal): a line per tenth of the rows, and per tenth of
 * the projections' refresh that follows the last write (at a million papers it is a third of the
 * import, and its rows counter stands still at the total).
 */
import { createProgress } from '../../../src/cli/cli-support';

describe('createProgress without a terminal', () => {
  const isTTY = process.stderr.isTTY;
  beforeAll(() => {
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
  });
  afterAll(() => {
    Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true });
  });

  it('logs each tenth of the rows, then each tenth of the refresh', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      const progress = createProgress('import');
      for (let done = 1_000; done <= 10_000; done += 1_000) progress.update({ step: 'Paper', done, total: 10_000 });
      for (let people = 50; people <= 1_000; people += 50) {
        progress.update({ step: `projections (${people}/1000 people)`, done: 10_000, total: 10_000, stepProgress: { done: people, total: 1_000 } });
      }
      progress.stop();
    } finally {
      spy.mockRestore();
    }
    expect(lines.filter((line) => line.includes('(Paper)'))).toHaveLength(10);
    expect(lines.filter((line) => line.includes('projections')).map((line) => line.replace(/.*\((\d+)\/1000 people\).*/, '$1'))).toEqual([
      '50',
      '100',
      '200',
      '300',
      '400',
      '500',
      '600',
      '700',
      '800',
      '900',
      '1000',
    ]);
  });
});
