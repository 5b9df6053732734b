// Runs in the page (Playwright's evaluate): plain DOM code, nothing imported.

/**
 * What is wrong with one drawing's words as the browser lays them out: a text that leaves its
 * shape (the smallest shape under its middle) or the picture, two texts that overlap, or the
 * callout covering a text. A text under an overlay drawn later (a menu, a dialog, a sheet, a tab
 * bar) is hidden by it, so it is not compared with the overlay's texts.
 */
export function labelFitProblems(figure: Element): string[] {
  const problems: string[] = [];
  const svg = figure.querySelector('svg')!;
  const view = svg.viewBox.baseVal;
  type Edges = { x: number; y: number; r: number; b: number };
  const edges = (element: Element): Edges => {
    const { x, y, width, height } = (element as SVGGraphicsElement).getBBox();
    return { x, y, r: x + width, b: y + height };
  };
  const slack = 0.5;
  const inside = (inner: Edges, outer: Edges) =>
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.r <= outer.r + slack &&
    inner.b <= outer.b + slack;
  const meets = (a: Edges, b: Edges) =>
    a.x < b.r - slack && b.x < a.r - slack && a.y < b.b - slack && b.y < a.b - slack;
  const area = (e: Edges) => (e.r - e.x) * (e.b - e.y);
  const later = (a: Node, b: Node) =>
    !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

  const callout = svg.querySelector('[data-highlight]')!;
  const pill = callout.children[4]!;
  // Shapes words can sit in: filled rects and paths, not the callout's ring, not the scrims,
  // not the icons (drawn with a transform) nor the hairlines.
  const shapes = Array.from(svg.querySelectorAll('rect, path'))
    .filter(
      (shape) =>
        !callout.contains(shape) &&
        shape.getAttribute('fill') !== 'none' &&
        !shape.hasAttribute('fill-opacity') &&
        !shape.hasAttribute('transform'),
    )
    .map((shape) => ({ shape, box: edges(shape) }))
    .filter(({ box }) => box.r - box.x > 1 && box.b - box.y > 1);
  const texts = Array.from(svg.querySelectorAll('text'))
    .filter((text) => getComputedStyle(text).display !== 'none')
    .map((text) => ({ text, box: edges(text), words: `“${text.textContent}”` }));
  const overlayOf = (node: Element) => node.closest('[data-overlay]');
  const covered = (under: Element, over: Element) => {
    const overlay = overlayOf(over);
    return !!overlay && overlay !== overlayOf(under) && later(under, overlay);
  };
  const scrim = Array.from(svg.querySelectorAll('path[fill-opacity]')).at(-1);
  const behindScrim = (text: Element) => !!scrim && later(text, scrim);

  const picture = { x: 0, y: 0, r: view.width, b: view.height };
  for (const { text, box, words } of texts) {
    if (!inside(box, picture)) problems.push(`${words} leaves the picture`);
    if (callout.contains(text)) {
      if (!inside(box, edges(pill))) problems.push(`${words} overflows the callout`);
      continue;
    }
    const middle = { x: (box.x + box.r) / 2, y: (box.y + box.b) / 2 };
    // In an overlay, only the overlay's own shapes are under its words; the rest is covered.
    const overlay = overlayOf(text);
    const home = shapes
      .filter(({ shape, box: s }) => {
        const under = middle.x >= s.x && middle.x <= s.r && middle.y >= s.y && middle.y <= s.b;
        // A shape drawn after the text only counts if it is the text's own (same group).
        const before = later(shape, text) || shape.parentElement === text.parentElement;
        return under && before && (!overlay || overlay.contains(shape));
      })
      .sort((a, b) => area(a.box) - area(b.box))[0];
    if (!home) problems.push(`${words} sits on no shape`);
    else if (!inside(box, home.box)) problems.push(`${words} leaves its shape`);
    if (!behindScrim(text) && meets(box, edges(pill))) problems.push(`the callout hides ${words}`);
  }
  const own = texts.filter(({ text }) => !callout.contains(text));
  for (const [i, a] of own.entries()) {
    for (const b of own.slice(i + 1)) {
      if (!meets(a.box, b.box) || covered(a.text, b.text) || covered(b.text, a.text)) continue;
      problems.push(`${a.words} and ${b.words} overlap`);
    }
  }
  return problems;
}
