// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  inlineScriptTexts,
  scriptSources,
  startTags,
  styleAttributeValues,
  stylesheetHrefs,
} from './html.mjs';

const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/a.css" data-precedence="next"/><link rel="preload" as="script" href="/x.js"/>
<script src="/x.js" async=""></script><script src="/y.js" async=""></script>
<script>(function(){document.documentElement.setAttribute('data-js','')})()</script>
<script src="/polyfills.js" noModule=""></script></head>
<body><!-- <a href="/commented-out"> --><a href="/faq" class="x">FAQ</a>
<div style="opacity:0;font-family:&quot;Inter&quot;"></div>
<script>self.__next_f.push([1,"<a href=\\"/not-markup\\">"])</script><script src="/x.js" async=""></script></body></html>`;

describe('scriptSources', () => {
  it('lists each script a modern browser loads once, leaving out noModule ones', () => {
    expect(scriptSources(page)).toEqual(['/x.js', '/y.js']);
  });
});

describe('inlineScriptTexts', () => {
  it('returns the text of every script without src, as the browser hashes it', () => {
    expect(inlineScriptTexts(page)).toHaveLength(2);
    expect(inlineScriptTexts(page)[1]).toBe('self.__next_f.push([1,"<a href=\\"/not-markup\\">"])');
    expect(inlineScriptTexts('<script>a\r\nb\rc</script>')).toEqual(['a\nb\nc']);
  });
});

describe('startTags', () => {
  it('sees markup only: not tags inside scripts or comments', () => {
    const hrefs = startTags(page)
      .filter(({ name }) => name === 'a')
      .map(({ attributes }) => attributes.get('href'));
    expect(hrefs).toEqual(['/faq']);
  });
});

describe('stylesheetHrefs', () => {
  it('lists linked stylesheets, not preloads', () => {
    expect(stylesheetHrefs(page)).toEqual(['/a.css']);
  });
});

describe('styleAttributeValues', () => {
  it('decodes the value the way the HTML parser does', () => {
    expect(styleAttributeValues(page)).toEqual(['opacity:0;font-family:"Inter"']);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#x27;&#39;', `&<>"''`],
    ['&#x1F600;', '😀'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s → %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
