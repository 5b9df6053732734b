import { Button } from '../button';
import { element } from '../elements';
import { desktopSize } from '../frames';
import { fit, wrap } from '../geometry';
import { Icon } from '../icons';
import type { ConfirmSpec } from '../specs';
import type { Layer } from '../scene';
import { Bar, Label } from '../shapes';
import { pageScrim } from './window';

const F = desktopSize.font;
const x = 60;
const w = 440;
const top = 104;
const lineGap = 30;

/** A centred web dialog over the dimmed page: title and close, its message, Cancel and confirm. */
export function dialog({ title, message, confirm, name }: ConfirmSpec): Layer {
  const lines = message ? wrap(message, F, w - 48) : null;
  const buttonsY = top + 80 + (lines ? lines.length * lineGap : 40);
  const ok = fit(confirm, F, { right: x + w - 24, y: buttonsY, h: 42 });
  const cancel = fit('Cancel', F, { right: ok.x - 12, y: buttonsY, h: 42 });
  return {
    shapes: (
      <>
        {pageScrim()}
        <rect
          x={x}
          y={top}
          width={w}
          height={buttonsY + 60 - top}
          rx={12}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        <Label x={x + 24} y={top + 36} size={F} text={title} bold />
        <Icon name="close" x={x + w - 38} y={top + 25} size={22} />
        {lines ? (
          lines.map((line, i) => (
            <Label key={i} x={x + 24} y={top + 70 + lineGap * i} size={F} text={line} />
          ))
        ) : (
          <>
            <Bar x={x + 24} y={top + 64} w={330} h={10} />
            <Bar x={x + 24} y={top + 82} w={250} h={10} />
          </>
        )}
        <Button box={cancel} label="Cancel" size={F} />
      </>
    ),
    elements: [
      element(ok, <Button box={ok} label={confirm} size={F} kind="primary" />, {
        name,
        side: 'below',
      }),
    ],
  };
}
