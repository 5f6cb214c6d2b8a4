/**
 * `npm run neo4j -- start|stop|status|log`: the local Neo4j by hand.
 * start runs it detached (it outlives this command) with data in NEO4J_LOCAL_DATA_DIR.
 */
import { ConfigError, loadConfig } from '../config';
import { LocalNeo4jError } from './local-neo4j-error';
import { createLocalNeo4j } from './create-local-neo4j';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const local = createLocalNeo4j(config, (line) => console.log(line));
  switch (command) {
    case 'start': {
      if (config.neo4j.uri) console.log(`note: NEO4J_URI is set (${config.neo4j.uri}); the API will use it, not this local Neo4j`);
      const result = await local.start();
      console.log(
        result.alreadyRunning
          ? `Neo4j is already running (pid ${result.pid}) at ${result.uri}`
          : `Neo4j started (pid ${result.pid}) at ${result.uri} in ${(result.startMs / 1000).toFixed(1)} s; log: ${local.logFile}`,
      );
      return 0;
    }
    case 'stop': {
      const result = await local.stop();
      console.log(result.stopped ? `Neo4j (pid ${result.pid}) stopped` : 'Neo4j was not running');
      return 0;
    }
    case 'status': {
      const status = await local.status();
      if (!status.running) {
        console.log(`Neo4j is ${status.reason}`);
        return 3;
      }
      console.log(`Neo4j is running (pid ${status.state.pid}) at ${status.state.uri}, Bolt ${status.boltAnswers ? 'answering' : 'not answering yet'}; log: ${local.logFile}`);
      return status.boltAnswers ? 0 : 1;
    }
    case 'log':
      console.log(local.logFile);
      return 0;
    default:
      console.error('usage: npm run neo4j -- start|stop|status|log');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
      console.error(`collabgraph: ${error.message}`);
      process.exit(1);
    }
    throw error;
  },
);
