import type { Platform } from '@/lib/platform/platforms';
import { desktop, PageScrim } from './browser-window';
import { Button } from './button';
import { fit } from './geometry';
import { Icon } from './icons';
import { phone, PhoneScrim } from './phone';
import { Bar, Label, Rule } from './shapes';
import type { Overlay } from './types';

const F = desktop.font;

/**
 * "Are you sure?" in each platform's idiom: a centred web dialog, an iOS alert with side-by-side
 * buttons, or a Material dialog with text buttons at the end.
 */
export function confirmDialog(
  platform: Platform,
  title: string,
  confirm: string,
): Overlay<'confirm'> {
  if (platform === 'desktop') {
    const ok = fit(confirm, F, { right: 456, y: 226, h: 42 });
    const cancel = fit('Cancel', F, { right: ok.x - 12, y: 226, h: 42 });
    const node = (
      <g>
        <PageScrim />
        <rect
          x={80}
          y={104}
          width={400}
          height={182}
          rx={12}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        <Label x={104} y={140} size={F} text={title} bold />
        <Icon name="close" x={446} y={129} size={22} />
        <Bar x={104} y={168} w={330} h={10} />
        <Bar x={104} y={186} w={250} h={10} />
        <Button box={cancel} label="Cancel" size={F} />
        <Button box={ok} label={confirm} size={F} kind="primary" />
      </g>
    );
    return { node, confirm: ok };
  }
  if (platform === 'ios') {
    const node = (
      <g>
        <PhoneScrim />
        <rect
          x={20}
          y={140}
          width={200}
          height={114}
          rx={14}
          className="fill-surface stroke-border"
        />
        <Label x={120} y={166} size={14} text={title} bold anchor="middle" />
        <Bar x={55} y={182} w={130} h={7} />
        <Bar x={70} y={195} w={100} h={7} />
        <Rule x1={20} x2={220} y={214} />
        <path d="M120 214v40" className="stroke-border" strokeWidth={1.5} />
        <Label x={70} y={234} size={14} text="Cancel" tone="accent" anchor="middle" />
        <Label x={170} y={234} size={14} text={confirm} tone="accent" bold anchor="middle" />
      </g>
    );
    return { node, confirm: { x: 128, y: 218, w: 84, h: 32 } };
  }
  const ok = fit(confirm, phone.font, { right: 210, y: 226, h: 32 });
  const cancel = fit('Cancel', phone.font, { right: ok.x - 2, y: 226, h: 32 });
  const node = (
    <g>
      <PhoneScrim />
      <rect
        x={20}
        y={130}
        width={200}
        height={142}
        rx={24}
        className="fill-surface stroke-border"
      />
      <Label x={40} y={160} size={15} text={title} />
      <Bar x={40} y={180} w={150} h={7} />
      <Bar x={40} y={193} w={116} h={7} />
      <Button box={cancel} label="Cancel" size={phone.font} kind="text" />
      <Button box={ok} label={confirm} size={phone.font} kind="text" />
    </g>
  );
  return { node, confirm: ok };
}
