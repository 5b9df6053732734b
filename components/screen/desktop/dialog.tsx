import { Button } from '../button';
import { button } from '../elements';
import { desktopSize } from '../frames';
import { Icon } from '../icons';
import { bottomOf, lineHeight, pill, setWords, type Fitted } from '../layout';
import type { ConfirmSpec } from '../specs';
import type { Layer } from '../scene';
import { Bar, TextBlock } from '../shapes';
import { pageScrim } from './window';

const { font: F, w: windowW, page } = desktopSize;
const pad = 24;
const gap = 12;

/**
 * The dialog's parts laid out at width `w`, from its top: title (beside the close button),
 * message, then Cancel and the confirm at the end, Cancel under the confirm when the two can't
 * share a line.
 */
function arrange({ title, message, cancel, confirm }: ConfirmSpec, w: number) {
  const x = (windowW - w) / 2;
  const inner = w - 2 * pad;
  const heading = title ? setWords(title, F, inner - 40, true) : null;
  const body = message ? setWords(message, F, inner) : null;
  const bodyY = 24 + (heading?.h ?? 20) + gap;
  const buttonsY = bodyY + (body?.h ?? 28) + 20;
  const right = x + w - pad;
  const ok = pill(confirm, F, { right, y: buttonsY, h: 42, maxW: inner });
  const beside = pill(cancel, F, { right: ok.box.x - gap, y: buttonsY, h: 42, maxW: inner });
  const no =
    beside.box.x >= x + pad
      ? beside
      : pill(cancel, F, { right, y: bottomOf(ok.box) + 10, h: 42, maxW: inner });
  const height = Math.max(bottomOf(ok.box), bottomOf(no.box)) + 18;
  return { x, w, heading, body, bodyY, ok, no, height };
}

/**
 * A centred web dialog over the dimmed page: title and close, its message, Cancel and confirm.
 * It is 440 wide, or as wide as the page when its words would make it taller than the page.
 */
export function dialog(spec: ConfirmSpec): Layer {
  const narrow = arrange(spec, 440);
  const { x, w, heading, body, bodyY, ok, no, height } =
    narrow.height <= page.h - 16 ? narrow : arrange(spec, page.w);
  // Centred on the page, a little high, never over the site's top bar.
  const top = Math.max(page.y + 8, Math.round(page.y + (page.h - height) / 2) - 20);
  const at = (p: Fitted): Fitted => ({ ...p, box: { ...p.box, y: p.box.y + top } });
  return {
    overlay: 'dims',
    shapes: (
      <>
        {pageScrim()}
        <rect
          x={x}
          y={top}
          width={w}
          height={height}
          rx={12}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {heading ? (
          <TextBlock box={{ x, y: top + 24, w, h: heading.h }} words={heading} pad={pad} />
        ) : (
          <Bar x={x + pad} y={top + 30} w={200} h={12} strong />
        )}
        <Icon name="close" x={x + w - 38} y={top + 24 + lineHeight(F) / 2 - 11} size={22} />
        {body ? (
          <TextBlock box={{ x, y: top + bodyY, w, h: body.h }} words={body} pad={pad} />
        ) : (
          <>
            <Bar x={x + pad} y={top + bodyY} w={330} h={10} />
            <Bar x={x + pad} y={top + bodyY + 18} w={250} h={10} />
          </>
        )}
        <Button fitted={at(no)} />
      </>
    ),
    elements: [button(at(ok), { kind: 'primary', name: spec.name, side: 'below' })],
  };
}
