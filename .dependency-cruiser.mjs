// The layers, as rules `npm run check` enforces (`npm run layers`): content → lib → components → app.
// A rule broken names the importing file, the imported one and the rule's comment.
import fs from 'node:fs';
import path from 'node:path';

/** The client leaves: every module that starts with the "use client" directive. */
function clientLeaves() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.tsx?$/.test(entry.name) &&
        /^\s*['"]use client['"]/.test(fs.readFileSync(full, 'utf8'))
      )
        found.push(full.split(path.sep).join('/'));
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(dir);
  return found.map((file) => `^${file.replace(/[.[\]()]/g, '\\$&')}$`).join('|') || '^$';
}

const config = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'Import cycles make load order matter: move what both sides need into a third module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-is-data',
      comment: 'content/ holds data: it may import only the troubleshooter tree’s typing helper.',
      severity: 'error',
      from: { path: '^content/' },
      to: { pathNot: ['^lib/troubleshooter/define-tree\\.ts$'] },
    },
    {
      name: 'lib-below-components',
      comment:
        'lib/ (loaders, schemas, rules) never imports components, app/ or mdx-components.tsx.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: ['^components/', '^app/', '^mdx-components\\.tsx$'] },
    },
    {
      name: 'components-below-app',
      comment: 'components/ never imports a route module from app/.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'scripts-never-tests',
      comment:
        'scripts/ never imports tests/: tests may use the scripts’ helpers, not the reverse.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'production-never-tests',
      comment: 'Shipped code never imports test code or test helpers.',
      severity: 'error',
      from: { path: '^(app|components|lib|scripts)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: ['^tests/', '\\.test\\.tsx?$', '(^|/)test-[^/]*\\.tsx?$'] },
    },
    {
      name: 'client-leaves-stay-light',
      comment:
        'A "use client" module ships to the browser: it never reaches node:* modules or content/ (directly or through what it imports).',
      severity: 'error',
      from: { path: clientLeaves() },
      to: {
        path: ['^content/', '^node:', '^(fs|path|url|zlib|crypto|child_process)$'],
        reachable: true,
      },
    },
    {
      name: 'client-leaves-skip-loaders',
      comment: 'A "use client" module never reaches a content loader or the MDX toolchain.',
      severity: 'error',
      from: { path: clientLeaves() },
      to: {
        path: ['^lib/[^/]+/load\\.ts$', '^lib/content/', 'node_modules/(@mdx-js|remark-)'],
        reachable: true,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^\\.next/', '^out/', '^\\.floor/', '^node_modules/', '^test-results/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs', '.d.ts'],
    },
    builtInModules: { add: [] },
  },
};

export default config;
