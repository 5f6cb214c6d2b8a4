/**
 * `npm run seed [-- FILE] [--dry-run]`: imports a researcher's bio (default: SEED_BIO_FILE,
 * seed/bio.txt). --dry-run prints the parsed structure as JSON and writes nothing.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { runCli } from './cli-support';
import { importMain } from './import';

if (require.main === module) {
  runCli(() => importMain(process.argv.slice(2), { files: [loadConfig().seed.bioFile], format: 'bio' }));
}
