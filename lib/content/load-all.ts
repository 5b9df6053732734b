import { loadFaq } from '@/lib/faq/load';
import { loadAllDone } from '@/lib/guides/done';
import { loadAllFlows } from '@/lib/guides/load';
import { loadLearnPages } from '@/lib/learn/load';
import { loadAllPageCopy } from '@/lib/pages/load';
import { loadTroubleshooter, loadTroubleshooterPage } from '@/lib/troubleshooter/load';

/**
 * Loads and checks every piece of content, through the same loaders the pages use (so the
 * same content-rules pass). `npm run content:check` calls this so bad content fails fast;
 * the build fails on it too, since every page loads what it shows.
 * Each content type adds its loader here.
 */
export function loadAllContent() {
  return {
    flows: loadAllFlows(),
    'done panels': loadAllDone(),
    'FAQ items': loadFaq(),
    'learn pages': loadLearnPages(),
    'page copy': loadAllPageCopy(),
    'troubleshooter nodes': [...loadTroubleshooter().nodes.values()],
    'troubleshooter pages': [loadTroubleshooterPage('checklist')],
  };
}
