// `npm run content:check`: every piece of content through its loader and schema; the first
// ContentError names the file and the field. Hand-written: ten lines around our own loaders.
import { loadAllContent } from '../lib/content/load-all';

try {
  for (const [locale, collections] of loadAllContent()) {
    const counts = Object.entries(collections).map(([name, items]) => `${items.length} ${name}`);
    console.log(`Content OK (${locale}): ${counts.join(', ')}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
