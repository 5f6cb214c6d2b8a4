import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from './config';

/** The package version, read once from package.json. */
export const SERVICE_VERSION: string = (JSON.parse(fs.readFileSync(path.join(findRootDir(), 'package.json'), 'utf8')) as { version: string }).version;
