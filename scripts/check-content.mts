// `npm run content:check`: every piece of content through its loader and schema; the first
// ContentError names the file and the field. Hand-written: ten lines around our own loaders.
import { loadAllContent } from '../lib/content/load-all';

try {
  const content = loadAllContent();
  const counts = Object.entries(content).map(([kind, items]) => `${items.length} ${kind}`);
  console.log(`Content OK: ${counts.join(', ')}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
