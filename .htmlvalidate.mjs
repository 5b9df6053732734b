// html-validate for the static export (`npm run validate:html`). The recommended and document
// presets, with only the rules that contradict markup React or Next must emit changed.
import { PAGE_TITLE_MAX } from './lib/page-title.mjs';

const config = {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // React serialises void elements as <meta/>, <link/>, <br/>: require that one style.
    'void-style': ['error', { style: 'selfclose' }],
    // React writes boolean and empty attributes as async="", hidden="": require that one style.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],
    // React keeps the DOM property's camelCase in markup (charSet, noModule, fetchPriority,
    // dateTime); HTML attribute names are case-insensitive.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // Next's bootstrap script has id="_R_"; HTML allows any id without whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Next emits its same-origin chunks without integrity (SRI is for other origins, which the
    // CSP forbids anyway).
    'require-sri': 'off',
    // framer-motion renders an animation's first frame as a style attribute; the CSP allows
    // each one by hash.
    'no-inline-style': 'off',
    // The same limit the content rules hold every title to (lib/page-title.mjs).
    'long-title': ['error', { maxlength: PAGE_TITLE_MAX }],
  },
};

export default config;
