import { Button } from '../button';
import { element } from '../elements';
import { phoneSize } from '../frames';
import { fit, textWidth, wrap } from '../geometry';
import { Icon } from '../icons';
import type { ConfirmSpec, MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, Label, Shape } from '../shapes';
import { PhoneScrim, screenCorners } from './phone';

const F = phoneSize.font;
const lineGap = 16;

/** A Material dialog: a leading title, its message, text buttons at the end. */
export function materialDialog({ title, message, confirm, name }: ConfirmSpec): Layer {
  const lines = message ? wrap(message, 12, 164) : null;
  const bodyH = lines ? lines.length * lineGap : 26;
  const height = 110 + bodyH;
  const top = Math.round(201 - height / 2);
  const buttonsY = top + 70 + bodyH;
  const ok = fit(confirm, F, { right: 210, y: buttonsY, h: 32 });
  const cancel = fit('Cancel', F, { right: ok.x - 2, y: buttonsY, h: 32 });
  return {
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={20}
          y={top}
          width={200}
          height={height}
          rx={24}
          className="fill-surface stroke-border"
        />
        <Label x={40} y={top + 30} size={15} text={title} />
        {lines ? (
          lines.map((line, i) => (
            <Label key={i} x={40} y={top + 54 + lineGap * i} size={12} text={line} tone="muted" />
          ))
        ) : (
          <>
            <Bar x={40} y={top + 50} w={150} h={7} />
            <Bar x={40} y={top + 63} w={116} h={7} />
          </>
        )}
        <Button box={cancel} label="Cancel" size={F} kind="text" />
      </>
    ),
    elements: [
      element(ok, <Button box={ok} label={confirm} size={F} kind="text" />, {
        name,
        side: 'below',
      }),
    ],
  };
}

const rowHeight = 44;

/** A Material bottom sheet: a drag handle, then an icon and words per entry. */
export function bottomSheet(entries: readonly MenuEntry[]): Layer {
  const top = 368 - rowHeight * entries.length;
  const rowY = (i: number) => top + 26 + rowHeight * i;
  return {
    shapes: (
      <>
        <PhoneScrim />
        <Shape
          box={{ x: 8, y: top, w: 224, h: 412 - top }}
          corners={screenCorners}
          className="fill-surface stroke-border"
        />
        <rect x={104} y={top + 10} width={32} height={4} rx={2} className="fill-muted" />
        {entries.map((entry, i) =>
          entry ? null : <Bar key={i} x={58} y={rowY(i) + 18} w={100} h={8} />,
        )}
      </>
    ),
    elements: entries.flatMap((entry, i) => {
      if (!entry) return [];
      const { label, icon, name, side } = entry;
      const node = (
        <g>
          <Icon name={icon} x={24} y={rowY(i) + 11} size={22} tone="fg" />
          <Label x={58} y={rowY(i) + 22} size={14} text={label} />
        </g>
      );
      const box = { x: 18, y: rowY(i) + 6, w: 48 + textWidth(label, 14), h: 32 };
      return [element(box, node, { name, side })];
    }),
  };
}
