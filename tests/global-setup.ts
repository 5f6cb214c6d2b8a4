export default async function globalSetup(): Promise<void> {
  if (process.env.COLLABGRAPH_TEST_NO_DB === '1') return;
}
