import { TreeMap } from '@/components/troubleshooter/tree-map';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { loadTroubleshooter } from '@/lib/troubleshooter/load';

export const metadata = pageMetadata({
  title: 'Map of the troubleshooter',
  description: 'Every question of the troubleshooter, every answer, and where each one leads.',
  path: paths.troubleshootMap,
});

export default function TroubleshootMapPage() {
  const tree = loadTroubleshooter();
  const nodes = [...tree.nodes.values()];
  const questions = nodes.filter((node) => node.kind === 'question').length;
  const longest = Math.max(...tree.paths.map((path) => path.length - 1));
  return (
    <div className="space-y-6">
      <header className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Map of the troubleshooter</h1>
        <p className="text-lg text-muted">
          Every question, every answer, and where each one leads: {questions} questions,{' '}
          {nodes.length - questions} outcomes, {tree.paths.length} paths, at most {longest} answers
          long. Drawn from the same data as the pages, so it is always current.
        </p>
        <p>
          <a href={paths.troubleshoot}>Start troubleshooting</a>
        </p>
      </header>
      <TreeMap tree={tree} />
    </div>
  );
}
