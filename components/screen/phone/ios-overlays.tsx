import { element } from '../elements';
import { textWidth, wrap } from '../geometry';
import type { ConfirmSpec, MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, Label, Rule } from '../shapes';
import { PhoneScrim } from './phone';

const lineGap = 16;

/** An iOS alert: centred title and message, Cancel and the confirm side by side under a hairline. */
export function iosAlert({ title, message, confirm, name }: ConfirmSpec): Layer {
  const lines = message ? wrap(message, 12, 196) : null;
  const bodyH = lines ? lines.length * lineGap : 26;
  const height = 88 + bodyH;
  const top = Math.round(197 - height / 2);
  const ruleY = top + 48 + bodyH;
  const ok = { x: 128, y: ruleY + 4, w: 84, h: 32 };
  return {
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={20}
          y={top}
          width={200}
          height={height}
          rx={14}
          className="fill-surface stroke-border"
        />
        <Label x={120} y={top + 26} size={14} text={title} bold anchor="middle" />
        {lines ? (
          lines.map((line, i) => (
            <Label
              key={i}
              x={120}
              y={top + 48 + lineGap * i}
              size={12}
              text={line}
              anchor="middle"
            />
          ))
        ) : (
          <>
            <Bar x={55} y={top + 42} w={130} h={7} />
            <Bar x={70} y={top + 55} w={100} h={7} />
          </>
        )}
        <Rule x1={20} x2={220} y={ruleY} />
        <path d={`M120 ${ruleY}v40`} className="stroke-border" strokeWidth={1.5} />
        <Label x={70} y={ruleY + 20} size={14} text="Cancel" tone="accent" anchor="middle" />
      </>
    ),
    elements: [
      element(
        ok,
        <Label
          x={ok.x + ok.w / 2}
          y={ok.y + ok.h / 2}
          size={14}
          text={confirm}
          tone="accent"
          bold
          anchor="middle"
        />,
        { name, side: 'below' },
      ),
    ],
  };
}

const rowHeight = 42;

/**
 * An iOS action sheet: centred entries in one rounded group, Cancel in its own below, far
 * enough down that a callout under the last entry leaves its word clear.
 */
export function iosActionSheet(entries: readonly MenuEntry[]): Layer {
  const top = 348 - rowHeight * entries.length;
  const rowY = (i: number) => top + rowHeight * i;
  return {
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={16}
          y={top}
          width={208}
          height={rowHeight * entries.length}
          rx={13}
          className="fill-surface stroke-border"
        />
        {entries.map((entry, i) => (
          <g key={i}>
            {i > 0 && <Rule x1={16} x2={224} y={rowY(i)} />}
            {!entry && <Bar x={70} y={rowY(i) + 17} w={100} h={8} />}
          </g>
        ))}
        <rect x={16} y={362} width={208} height={42} rx={13} className="fill-bg stroke-border" />
        <Label x={120} y={383} size={15} text="Cancel" tone="accent" bold anchor="middle" />
      </>
    ),
    elements: entries.flatMap((entry, i) => {
      if (!entry) return [];
      const { label, name, side } = entry;
      const w = textWidth(label, 15) + 20;
      const node = (
        <Label x={120} y={rowY(i) + 21} size={15} text={label} tone="accent" anchor="middle" />
      );
      return [element({ x: 120 - w / 2, y: rowY(i) + 6, w, h: 30 }, node, { name, side })];
    }),
  };
}
