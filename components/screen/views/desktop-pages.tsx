import { BrowserWindow, desktop } from '../browser-window';
import { Button } from '../button';
import { fit, fitRow } from '../geometry';
import { Avatar, Bar, Card, Label, Rule, Shape } from '../shapes';

const F = desktop.font;

export function Feed() {
  return (
    <>
      <Card box={{ x: 24, y: 102, w: 512, h: 64 }} />
      <Avatar cx={56} cy={134} r={18} />
      <rect
        x={86}
        y={118}
        width={430}
        height={32}
        rx={16}
        className="fill-bg stroke-border"
        strokeWidth={1.5}
      />
      <Card box={{ x: 24, y: 180, w: 512, h: 170 }} />
      <Avatar cx={58} cy={214} r={20} />
      <Bar x={90} y={202} w={140} h={11} strong />
      <Bar x={90} y={220} w={200} h={9} />
      <Bar x={44} y={248} w={460} h={9} />
      <Bar x={44} y={264} w={380} h={9} />
      <rect x={44} y={284} width={472} height={50} rx={6} className="fill-accent-soft" />
    </>
  );
}

/** A person's row: photo, name and headline placeholders, and whatever buttons sit at its end. */
export function PersonRow({ y }: { y: number }) {
  return (
    <>
      <Avatar cx={66} cy={y + 30} r={22} />
      <Bar x={102} y={y + 18} w={130} h={11} strong />
      <Bar x={102} y={y + 37} w={150} h={9} />
    </>
  );
}

const accept = fit('Accept', F, { right: 516, y: 0, h: 38 });
const ignore = fit('Ignore', F, { right: accept.x - 4, y: 0, h: 38 });
export function Answer({ y }: { y: number }) {
  return (
    <>
      <Button box={{ ...ignore, y }} label="Ignore" size={F} kind="quiet" />
      <Button box={{ ...accept, y }} label="Accept" size={F} kind="accent" />
    </>
  );
}

export const tabs = fitRow(['Received', 'Sent'], F, { x: 36, y: 102, h: 42, gap: 4 });
export const chips = fitRow(['People', 'Pages'], F, { x: 44, y: 158, h: 38, gap: 10 });
export const withdraw = fit('Withdraw', F, { right: 516, y: 218, h: 38 });

/** Manage invitations: Received/Sent tabs, filters, then received or sent invitations. */
export function Invitations({ sent }: { sent: boolean }) {
  return (
    <BrowserWindow active="my-network">
      <Card box={{ x: 24, y: 100, w: 512, h: 250 }} />
      {['Received', 'Sent'].map((label, i) => (
        <Label
          key={label}
          x={tabs[i]!.x + tabs[i]!.w / 2}
          y={123}
          size={F}
          text={label}
          tone={sent === (i === 1) ? 'fg' : 'muted'}
          bold
          anchor="middle"
        />
      ))}
      <rect
        x={tabs[sent ? 1 : 0]!.x + 4}
        y={142}
        width={tabs[sent ? 1 : 0]!.w - 8}
        height={3}
        className="fill-accent"
      />
      <Rule x1={24} x2={536} y={146} />
      <Button box={chips[0]!} label="People" size={F} kind={sent ? 'selected' : 'outline'} />
      <Button box={chips[1]!} label="Pages" size={F} />
      <PersonRow y={206} />
      <Rule x1={44} x2={516} y={274} />
      <PersonRow y={278} />
      {sent ? (
        <>
          <Button box={withdraw} label="Withdraw" size={F} />
          <Button box={{ ...withdraw, y: 290 }} label="Withdraw" size={F} />
        </>
      ) : (
        <>
          <Answer y={218} />
          <Answer y={290} />
        </>
      )}
    </BrowserWindow>
  );
}

export const message = fit('Message', F, { x: 44, y: 184, h: 38 });
export const more = fit('More', F, { x: message.x + message.w + 10, y: 184, h: 38 });

/** A profile: cover, photo, name and headline placeholders, Message and More. */
export function Profile() {
  return (
    <BrowserWindow>
      <Card box={{ x: 24, y: 100, w: 512, h: 250 }} />
      <Shape
        box={{ x: 24, y: 100, w: 512, h: 40 }}
        corners={[10, 10, 0, 0]}
        className="fill-accent-soft"
      />
      <Avatar cx={80} cy={140} r={30} ring={4} />
      <Bar x={124} y={146} w={170} h={13} strong />
      <Bar x={124} y={166} w={240} h={10} />
      <Button box={message} label="Message" size={F} kind="primary" />
      <Button box={more} label="More" size={F} />
      <Rule x1={44} x2={516} y={240} />
      <Bar x={44} y={258} w={90} h={11} strong />
      {[282, 300, 318].map((y, i) => (
        <Bar key={y} x={44} y={y} w={440 - 60 * i} h={9} />
      ))}
    </BrowserWindow>
  );
}
