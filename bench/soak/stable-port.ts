import net from 'node:net';

/**
 * A free TCP port on 127.0.0.1 *below* the ephemeral range (32768+ on Linux). A server that
 * is killed and restarted on an ephemeral port can find it taken: a client reconnecting to
 * it in a loop may be handed that very port as its source port and connect to itself
 * (TCP self-connect), so the restart sees "port taken". Ports below the range never are.
 */
export async function findStablePort(from = 20_000, to = 32_000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = from + Math.floor(Math.random() * (to - from));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
