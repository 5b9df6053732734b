// Runs in the page (Playwright's evaluate): plain DOM code, nothing imported.

/** What is wrong with one drawing as the browser lays it out, measured with its real fonts. */
export function problemsOf(figure: Element): string[] {
  const problems: string[] = [];
  const svg = figure.querySelector('svg')!;
  const view = svg.viewBox.baseVal;
  const width = svg.getBoundingClientRect().width;
  // Without the site's styles a picture keeps its own size, and every size check would pass.
  if (width > 288) problems.push(`drawn ${width} px wide, wider than a 320 px screen leaves`);
  const scale = width / view.width;
  const callout = svg.querySelector('[data-highlight]')!;
  const [, ring, , , pill] = Array.from(callout.children) as SVGGraphicsElement[];
  const boxOf = (element: SVGGraphicsElement) => {
    const { x, y, width, height } = element.getBBox();
    return { x, y, r: x + width, b: y + height };
  };
  type Edges = ReturnType<typeof boxOf>;
  const inside = (inner: Edges, outer: Edges, slack = 0) =>
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.r <= outer.r + slack &&
    inner.b <= outer.b + slack;
  const meets = (a: Edges, b: Edges) => a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b;
  const picture = { x: 0, y: 0, r: view.width, b: view.height };
  const pillBox = boxOf(pill!);
  // Words dimmed behind a dialog or a sheet may go under the callout; nothing in front of it may.
  const scrim = Array.from(svg.querySelectorAll('path[fill-opacity]')).at(-1);
  const behindScrim = (text: Element) =>
    !!scrim && !!(scrim.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING);

  for (const text of Array.from(svg.querySelectorAll('text'))) {
    if (getComputedStyle(text).display === 'none') continue;
    const words = text.textContent;
    const px = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (px < 12) problems.push(`“${words}” is ${px.toFixed(1)} px`);
    const box = boxOf(text);
    if (!inside(box, picture)) problems.push(`“${words}” leaves the picture`);
    if (!callout.contains(text) && !behindScrim(text) && meets(box, pillBox)) {
      problems.push(`the callout hides “${words}”`);
    }
  }
  const target = boxOf(svg.querySelector<SVGGraphicsElement>('[data-target]')!);
  if (!inside(target, boxOf(ring!), 1)) problems.push('the ring does not enclose what it marks');
  if (!inside(boxOf(callout.querySelector('text')!), pillBox)) {
    problems.push('the callout’s words overflow it');
  }
  // Each button's words fit the pill drawn for them.
  for (const group of Array.from(svg.querySelectorAll('g'))) {
    const [shape, label] = Array.from(group.children);
    if (group === callout || shape?.tagName !== 'rect' || label?.tagName !== 'text') continue;
    const words = boxOf(label as SVGGraphicsElement);
    const edges = boxOf(shape as SVGGraphicsElement);
    if (words.x < edges.x || words.r > edges.r)
      problems.push(`“${label.textContent}” overflows its button`);
  }
  return problems;
}
