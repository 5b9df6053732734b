import { attributeOf, childrenOf, isJsx, parseMdx, type MdxNode } from '@/lib/content/mdx';
import { markFirstLabels } from './first-labels';

/** Each <UI> of a body in order: its id, and whether the pass marked it first. */
function marks(body: string): [string, boolean][] {
  const { ast } = parseMdx('content/x.mdx', body);
  markFirstLabels(ast);
  const found: [string, boolean][] = [];
  const visit = (node: MdxNode) => {
    if (isJsx(node) && node.name === 'UI')
      found.push([
        attributeOf(node, 'id')!,
        node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'first'),
      ]);
    childrenOf(node).forEach(visit);
  };
  visit(ast);
  return found;
}

describe('the first <UI> of each label', () => {
  it('is marked once per body outside steps', () => {
    expect(
      marks('Choose <UI id="pending" />.\n\nThen <UI id="withdraw" />, then <UI id="pending" />.'),
    ).toEqual([
      ['pending', true],
      ['withdraw', true],
      ['pending', false],
    ]);
  });

  it('is marked once per <Step>, each step afresh', () => {
    const body = [
      '<Step id="one" title="One">',
      'Click <UI id="pending" /> (<UI id="pending" />).',
      '</Step>',
      '',
      '<Step id="two" title="Two">',
      'Click <UI id="pending" />.',
      '</Step>',
    ].join('\n');
    expect(marks(body)).toEqual([
      ['pending', true],
      ['pending', false],
      ['pending', true],
    ]);
  });

  it('counts labels inside lists, callouts and platform passages', () => {
    const body =
      '- <UI id="more" />\n- <UI id="more" />\n\n<Callout kind="note">\n<UI id="more" />\n</Callout>';
    expect(marks(body).map(([, first]) => first)).toEqual([true, false, false]);
  });
});
