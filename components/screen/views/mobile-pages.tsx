import { fit, fitRow, type Box } from '../geometry';
import { Icon } from '../icons';
import { Button } from '../button';
import { Phone, phone, type Os } from '../phone';
import { PageBar } from '../phone-bars';
import { Avatar, Bar, Card, Label, Rule } from '../shapes';

const F = phone.font;

export function Feed() {
  return (
    <>
      <Avatar cx={32} cy={106} r={16} />
      <Bar x={56} y={96} w={90} h={9} strong />
      <Bar x={56} y={110} w={120} h={7} />
      <Bar x={20} y={134} w={200} h={7} />
      <Bar x={20} y={146} w={160} h={7} />
      <rect x={8} y={162} width={224} height={110} className="fill-accent-soft" />
      {[20, 74, 128, 182].map((x) => (
        <Bar key={x} x={x} y={286} w={38} h={7} />
      ))}
      <Rule x1={8} x2={232} y={306} />
      <Avatar cx={32} cy={330} r={14} />
    </>
  );
}

/** Decline (✕) and accept (✓) as round buttons at the end of a received invitation. */
export function Answer({ cy }: { cy: number }) {
  return (
    <>
      <circle cx={176} cy={cy} r={13} className="fill-bg stroke-muted" strokeWidth={1.5} />
      <Icon name="close" x={169} y={cy - 7} size={14} />
      <circle cx={208} cy={cy} r={13} className="fill-bg stroke-accent" strokeWidth={1.5} />
      <Icon name="check" x={201} y={cy - 7} size={14} tone="accent" />
    </>
  );
}

export function PersonRow({ y }: { y: number }) {
  return (
    <>
      <Avatar cx={36} cy={y + 28} r={18} />
      <Bar x={62} y={y + 18} w={64} h={8} strong />
      <Bar x={62} y={y + 32} w={78} h={6} />
    </>
  );
}

export function PeopleYouMayKnow() {
  return (
    <>
      <Bar x={20} y={190} w={120} h={9} strong />
      {[16, 124].map((x) => (
        <g key={x}>
          <Card box={{ x, y: 208, w: 100, h: 126 }} />
          <Avatar cx={x + 50} cy={242} r={20} />
          <Bar x={x + 20} y={272} w={60} h={7} strong />
          <Bar x={x + 26} y={284} w={48} h={6} />
          <Button
            box={{ x: x + 10, y: 298, w: 80, h: 26 }}
            label="Connect"
            size={12}
            kind="accent"
          />
        </g>
      ))}
    </>
  );
}

export const tabBoxes: Box[] = [
  { x: 34, y: 84, w: 60, h: 26 },
  { x: 146, y: 84, w: 60, h: 26 },
];
export const chips = fitRow(['People', 'Pages'], F, { x: 16, y: 122, h: 28, gap: 8 });
const rowTop = (i: number) => 160 + 62 * i;
export const withdrawBox = fit('Withdraw', F, { right: 224, y: rowTop(0) + 14, h: 28 });

/** Manage invitations: Received/Sent tabs, filters, then received or sent invitations. */
export function Invitations({ os, sent }: { os: Os; sent: boolean }) {
  const current = tabBoxes[sent ? 1 : 0]!;
  return (
    <Phone os={os}>
      <PageBar os={os} title="Invitations" />
      {['Received', 'Sent'].map((label, i) => (
        <Label
          key={label}
          x={tabBoxes[i]!.x + 30}
          y={97}
          size={14}
          text={label}
          tone={sent === (i === 1) ? 'fg' : 'muted'}
          bold
          anchor="middle"
        />
      ))}
      <rect x={current.x - 22} y={110} width={104} height={3} className="fill-accent" />
      <Rule x1={8} x2={232} y={113} />
      <Button box={chips[0]!} label="People" size={F} kind={sent ? 'selected' : 'outline'} />
      <Button box={chips[1]!} label="Pages" size={F} />
      {[0, 1, 2, 3].map((i) => (
        <g key={i}>
          {i > 0 && <Rule x1={20} x2={220} y={rowTop(i)} />}
          <PersonRow y={rowTop(i)} />
          {sent ? (
            <Button box={{ ...withdrawBox, y: rowTop(i) + 14 }} label="Withdraw" size={F} />
          ) : (
            <Answer cy={rowTop(i) + 28} />
          )}
        </g>
      ))}
    </Phone>
  );
}

export const message = fit('Message', F, { x: 20, y: 226, h: 30 });
export const more = fit('More', F, { x: message.x + message.w + 8, y: 226, h: 30 });

/** A profile: cover, photo, name and headline placeholders, Message and More. */
export function Profile({ os }: { os: Os }) {
  return (
    <Phone os={os}>
      <PageBar os={os} />
      <rect x={8} y={81} width={224} height={54} className="fill-accent-soft" />
      <Avatar cx={52} cy={134} r={32} ring={3} />
      <Bar x={20} y={180} w={120} h={11} strong />
      <Bar x={20} y={198} w={180} h={7} />
      <Bar x={20} y={210} w={140} h={7} />
      <Button box={message} label="Message" size={F} kind="primary" />
      <Button box={more} label="More" size={F} />
      <Rule x1={8} x2={232} y={272} />
      <Bar x={20} y={288} w={70} h={9} strong />
      {[306, 318, 330].map((y, i) => (
        <Bar key={y} x={20} y={y} w={200 - 24 * i} h={7} />
      ))}
    </Phone>
  );
}
