// Lint: typescript-eslint's recommended rules, no import cycles, no source
// file over 300 lines, and the layering of the source tree as import rules:
//   shared/   pure TypeScript: imports only shared/ and the schema library (valibot)
//   renderer/ React and Slate UI: imports renderer/, shared/ and the UI packages only
//   electron/ main process: imports electron/ and shared/, never renderer/
//   electron/preload.ts imports only electron and shared/.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** An import that leaves the file's layer for one of these top-level folders. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const restrict = (patterns) => ['error', { patterns }];
/** import() is not an import declaration: refused in a layer, or where it names a folder. */
const noDynamicImport = (message, folder) => ['error', { selector: folder ? `ImportExpression[source.value=/(^|\\/)${folder}(\\/|$)/]` : 'ImportExpression', message }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test/fixtures/**', 'test/package/fixtures/**'] },
  ...tseslint.configs.recommended,
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or a cycle through them goes unseen.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      // Files small and named for what they hold.
      'max-lines': ['error', { max: 300 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: into('electron', 'renderer', 'resources', 'test', 'scripts', 'bench'), message: 'shared/ imports only from shared/.' },
        { regex: '^(?!\\.|valibot$)', message: 'shared/ uses no package but valibot (pure TypeScript): no Node, Electron, SQLite or DOM.' },
      ]),
      'no-restricted-syntax': noDynamicImport('shared/ imports statically, and only from shared/.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname', 'electron'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: into('electron', 'resources', 'test', 'scripts', 'bench'), message: 'renderer/ reaches the main process only through the preload bridge (renderer/api.ts).' },
        { regex: '^(?!\\.|(react|react-dom|slate|slate-react|slate-history)(/|$))', message: 'renderer/ uses only React and Slate packages.' },
      ]),
      'no-restricted-syntax': noDynamicImport('renderer/ imports statically (one bundle for app://).'),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ regex: into('renderer', 'test', 'scripts', 'bench'), message: 'electron/ imports nothing from renderer/.' }]),
      'no-restricted-syntax': noDynamicImport('electron/ imports nothing from renderer/.', 'renderer'),
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': restrict([{ regex: '^(?!electron$|\\.\\./shared/)', message: 'The preload script imports only electron and shared/.' }]),
    },
  },
);
