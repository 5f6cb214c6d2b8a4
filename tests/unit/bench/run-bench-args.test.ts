/** The benchmark's command line: which data sets a run measures, and how. */
import { parseArgs } from '../../../bench/run-bench';

describe('npm run bench arguments', () => {
  it('--quick measures the bio, CoRA and 10k, importing each', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ datasets: ['bio', 'cora', '10k'], warmupSeconds: 1, durationSeconds: 2, measureOnly: undefined });
  });

  it('--sizes adds synthetic sizes after the bio and CoRA; --datasets names them outright', () => {
    expect(parseArgs(['--sizes', '10k,100k,1m']).datasets).toEqual(['bio', 'cora', '10k', '100k', '1m']);
    expect(parseArgs(['--datasets', 'cora,10k']).datasets).toEqual(['cora', '10k']);
  });

  it('--measure-only NAME measures one data set, the graph already there', () => {
    expect(parseArgs(['--quick', '--measure-only', '1m'])).toMatchObject({ datasets: ['1m'], measureOnly: '1m' });
  });

  it('refuses a duration that is not a positive number', () => {
    expect(() => parseArgs(['--duration', '0'])).toThrow('--duration must be a positive number');
  });
});
