import { element } from '../elements';
import { phoneSize } from '../frames';
import { setWords, stackRows } from '../layout';
import type { ConfirmSpec, MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, Rule, TextBlock } from '../shapes';
import { PhoneScrim } from './phone';

const { content, screen, bottom } = phoneSize;
const middle = screen.x + screen.w / 2;
const panel = { x: content.x, w: content.w };

/**
 * An iOS alert: centred title and message, Cancel and the confirm side by side under a hairline
 * (one above the other when either's words need more than half the width).
 */
export function iosAlert({ title, message, cancel, confirm, name }: ConfirmSpec): Layer {
  const inner = panel.w - 24;
  const heading = title ? setWords(title, 14, inner, true) : null;
  const body = message ? setWords(message, 12, inner) : null;
  const half = panel.w / 2;
  const no = setWords(cancel, 14, half - 12);
  const ok = setWords(confirm, 14, half - 12, true);
  const sideBySide = no.lines.length === 1 && ok.lines.length === 1;
  const buttonH = (words: typeof ok) => Math.max(40, words.h + 14);
  const headH = heading?.h ?? 14;
  const bodyH = body?.h ?? 26;
  const ruleAt = 18 + headH + 8 + bodyH + 12;
  const buttonsH = sideBySide ? buttonH(ok) : buttonH(no) + buttonH(ok);
  const height = ruleAt + buttonsH;
  const top = Math.round(screen.y + (screen.h - height) / 2);
  const ruleY = top + ruleAt;
  // Stacked, Cancel comes first, so the confirm's callout goes below the alert, not over Cancel.
  const okBox = sideBySide
    ? { x: middle + 8, y: ruleY + 4, w: half - 16, h: buttonH(ok) - 8 }
    : { x: panel.x + 8, y: ruleY + buttonH(no) + 4, w: panel.w - 16, h: buttonH(ok) - 8 };
  const noBox = sideBySide
    ? { x: panel.x + 8, y: ruleY + 4, w: half - 16, h: buttonH(no) - 8 }
    : { x: panel.x + 8, y: ruleY + 4, w: panel.w - 16, h: buttonH(no) - 8 };
  return {
    overlay: 'dims',
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={panel.x}
          y={top}
          width={panel.w}
          height={height}
          rx={14}
          className="fill-surface stroke-border"
        />
        {heading ? (
          <TextBlock
            box={{ ...panel, y: top + 18, h: heading.h }}
            words={heading}
            anchor="middle"
          />
        ) : (
          <Bar x={middle - 50} y={top + 20} w={100} h={9} strong />
        )}
        {body ? (
          <TextBlock
            box={{ ...panel, y: top + 26 + headH, h: body.h }}
            words={body}
            anchor="middle"
          />
        ) : (
          <>
            <Bar x={middle - 65} y={top + 30 + headH} w={130} h={7} />
            <Bar x={middle - 50} y={top + 43 + headH} w={100} h={7} />
          </>
        )}
        <Rule x1={panel.x} x2={panel.x + panel.w} y={ruleY} />
        {sideBySide ? (
          <path d={`M${middle} ${ruleY}v${buttonsH}`} className="stroke-border" strokeWidth={1.5} />
        ) : (
          <Rule x1={panel.x} x2={panel.x + panel.w} y={ruleY + buttonH(no)} />
        )}
        <TextBlock box={noBox} words={no} tone="accent" anchor="middle" />
      </>
    ),
    elements: [
      element(okBox, <TextBlock box={okBox} words={ok} tone="accent" anchor="middle" />, {
        name,
        side: 'below',
      }),
    ],
  };
}

/**
 * An iOS action sheet: centred entries in one rounded group, Cancel in its own below, at the
 * bottom of the screen; entries wrap and grow when their words are long.
 */
export function iosActionSheet(entries: readonly MenuEntry[], cancel: string): Layer {
  const cancelWords = setWords(cancel, 15, panel.w - 24, true);
  const cancelH = Math.max(42, cancelWords.h + 16);
  const cancelBox = { ...panel, y: bottom - 8 - cancelH, h: cancelH };
  const texts = entries.map((entry) => entry?.label ?? null);
  const probe = stackRows(texts, 15, { x: 0, w: panel.w }, { y: 0, rowH: 42, lead: 12, pad: 9 });
  // Cancel's group stands apart, far enough that a callout under the last entry leaves its word clear.
  const top = cancelBox.y - 18 - probe.bottom;
  const { rows } = stackRows(texts, 15, panel, { y: top, rowH: 42, lead: 12, pad: 9 });
  return {
    overlay: 'dims',
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={panel.x}
          y={top}
          width={panel.w}
          height={probe.bottom}
          rx={13}
          className="fill-surface stroke-border"
        />
        {rows.map(({ box }, i) => (
          <g key={i}>
            {i > 0 && <Rule x1={panel.x} x2={panel.x + panel.w} y={box.y} />}
            {!entries[i] && <Bar x={middle - 50} y={box.y + box.h / 2 - 4} w={100} h={8} />}
          </g>
        ))}
        <rect
          {...{ x: cancelBox.x, y: cancelBox.y, width: cancelBox.w, height: cancelBox.h }}
          rx={13}
          className="fill-bg stroke-border"
        />
        <TextBlock box={cancelBox} words={cancelWords} tone="accent" anchor="middle" />
      </>
    ),
    elements: entries.flatMap((entry, i) => {
      if (!entry) return [];
      const { box, words } = rows[i]!;
      const { name, side } = entry;
      const w = words.w + 20;
      const ring = { x: middle - w / 2, y: box.y + 5, w, h: box.h - 10 };
      const node = <TextBlock box={box} words={words} tone="accent" anchor="middle" />;
      return [element(ring, node, { name, side })];
    }),
  };
}
