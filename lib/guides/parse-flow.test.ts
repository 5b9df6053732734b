import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { parseFlow } from './parse-flow';
import { stepScreens } from './schema';

const file = 'content/guides/withdraw/fixture.mdx';

// Ten lines, so the first body line is line 11 of the file.
const frontmatter = `---
flow: withdraw
platform: ios
title: Withdraw an invitation in the app
description: Tap through to a withdrawn invitation.
sources:
  - a568295
  - a551012
  - maverrik-how-to
---
`;

const steps = `
<Step id="open-my-network" title="Tap {my-network}">
<Screen view="home" highlight="my-network" />

Tap <UI id="my-network" /> in the bottom bar.
</Step>

<Step id="confirm" title="Tap {withdraw} to confirm">
<Screen view="withdraw-dialog" highlight="confirm-withdraw" />

Tap <UI id="withdraw" />.

<Callout kind="note">
You can't invite them again for up to three weeks.
</Callout>
</Step>
`;

const valid = frontmatter + steps;

/** The valid fixture with one piece replaced; throws if the piece isn't there, so no case tests the valid file by accident. */
function edit(from: string, to: string): string {
  if (!valid.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return valid.replace(from, to);
}

const firstBody = 'Tap <UI id="my-network" /> in the bottom bar.';
const firstScreen = '<Screen view="home" highlight="my-network" />';

describe('parseFlow: a valid flow', () => {
  const flow = parseFlow(file, valid);

  it('keeps the frontmatter and the file', () => {
    expect(flow).toMatchObject({
      file,
      flow: 'withdraw',
      platform: 'ios',
      title: 'Withdraw an invitation in the app',
      description: 'Tap through to a withdrawn invitation.',
    });
    expect(flow.sources.map((source) => source.id)).toEqual([
      'a568295',
      'a551012',
      'maverrik-how-to',
    ]);
    expect(flow.sources[0]).toMatchObject({
      kind: 'linkedin-help',
      url: 'https://www.linkedin.com/help/linkedin/answer/a568295',
    });
  });

  it('lifts each step out in order: id, title and screen as data', () => {
    expect(
      flow.steps.map((step) => ({ id: step.id, title: step.title, screen: stepScreens(step)[0] })),
    ).toEqual([
      {
        id: 'open-my-network',
        title: 'Tap My Network',
        screen: { view: 'home', highlight: 'my-network' },
      },
      {
        id: 'confirm',
        title: 'Tap Withdraw to confirm',
        screen: { view: 'withdraw-dialog', highlight: 'confirm-withdraw' },
      },
    ]);
  });

  it('keeps each body as MDX without its <Screen>', () => {
    expect(flow.steps.map((step) => step.body)).toEqual([
      firstBody,
      'Tap <UI id="withdraw" />.\n\n<Callout kind="note">\nYou can\'t invite them again for up to three weeks.\n</Callout>',
    ]);
  });

  it('names the step the Sent-list shortcut leads to, when the flow gives one', () => {
    expect(flow.sentListStep).toBeUndefined();
    const named = parseFlow(file, edit('sources:', 'sentListStep: confirm\nsources:'));
    expect(named.sentListStep).toBe('confirm');
  });
});

// The first step offered in two forms: the shared words come first, then each variant.
const variantStep = `<Step id="open-my-network" title="Tap {my-network}">
Find <UI id="my-network" />.

<Variant id="tab" label="A tab" seen="The freshest evidence">
<Screen view="home" highlight="my-network" />

Tap <UI id="my-network" /> in the bottom bar.
</Variant>

<Variant id="photo" label="Your photo" seen="An older layout">
<Screen view="home" highlight="me" />

Tap your photo, then <UI id="my-network" />.
</Variant>
</Step>`;
const withVariants = edit(
  `<Step id="open-my-network" title="Tap {my-network}">\n${firstScreen}\n\n${firstBody}\n</Step>`,
  variantStep,
);
const editVariants = (from: string, to: string) => {
  if (!withVariants.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return withVariants.replace(from, to);
};

describe('parseFlow: a step with variants', () => {
  const [step] = parseFlow(file, withVariants).steps;

  it('keeps the shared words as the step body, and each variant with its picture and words, in order', () => {
    expect(step).toEqual({
      id: 'open-my-network',
      title: 'Tap My Network',
      body: 'Find <UI id="my-network" />.',
      variants: [
        {
          id: 'tab',
          label: 'A tab',
          seen: 'The freshest evidence',
          screen: { view: 'home', highlight: 'my-network' },
          body: 'Tap <UI id="my-network" /> in the bottom bar.',
        },
        {
          id: 'photo',
          label: 'Your photo',
          seen: 'An older layout',
          screen: { view: 'home', highlight: 'me' },
          body: 'Tap your photo, then <UI id="my-network" />.',
        },
      ],
    });
    expect(stepScreens(step!)).toEqual([
      { view: 'home', highlight: 'my-network' },
      { view: 'home', highlight: 'me' },
    ]);
  });

  it('runs the facts rules over each variant’s words, naming the variant', () => {
    expect(() => parseFlow(file, editVariants('Tap your photo', 'Click your photo'))).toThrow(
      /steps\[1\]\.variants\[2\]\.body: .*apps-say-tap/,
    );
    expect(() => parseFlow(file, editVariants('label="A tab"', 'label="Click the tab"'))).toThrow(
      /steps\[1\]\.variants\[1\]\.label: .*apps-say-tap/,
    );
  });
});

const variantsBroken: { name: string; source: string; field: string; problem: RegExp }[] = [
  {
    name: 'only one variant',
    source: editVariants(
      variantStep.slice(variantStep.indexOf('\n\n<Variant id="photo"'), -'\n</Step>'.length),
      '',
    ),
    field: 'steps[1].variants',
    problem: /only one <Variant>/,
  },
  {
    name: 'a <Screen> beside the variants',
    source: editVariants(
      'Find <UI id="my-network" />.',
      `${firstScreen}\n\nFind <UI id="my-network" />.`,
    ),
    field: 'steps[1].screen',
    problem: /stands beside <Variant> blocks/,
  },
  {
    name: 'a variant without <Screen>',
    source: editVariants('<Screen view="home" highlight="me" />\n', ''),
    field: 'steps[1].variants[2].screen',
    problem: /is required: every <Variant> holds exactly one <Screen/,
  },
  {
    name: 'a variant with two <Screen>s',
    source: editVariants(
      '<Screen view="home" highlight="me" />',
      '<Screen view="home" highlight="me" />\n<Screen view="home" highlight="me" />',
    ),
    field: 'steps[1].variants[2].screen',
    problem: /more than one <Screen>/,
  },
  {
    name: 'a variant whose highlight is not in its view',
    source: editVariants('highlight="me"', 'highlight="withdraw"'),
    field: 'steps[1].variants[2].screen.highlight',
    problem: /"withdraw" is not an element of the "home" view/,
  },
  {
    name: 'two variants with one id',
    source: editVariants('id="photo"', 'id="tab"'),
    field: 'steps[1].variants[2].id',
    problem: /"tab" is used by another variant of this step/,
  },
  {
    name: 'a variant without label',
    source: editVariants(' label="Your photo"', ''),
    field: 'steps[1].variants[2].label',
    problem: /is required/,
  },
  {
    name: 'a variant that doesn’t say how fresh its evidence is',
    source: editVariants(' seen="An older layout"', ''),
    field: 'steps[1].variants[2].seen',
    problem: /is required/,
  },
  {
    name: 'a variant that types a date instead of letting the page derive it',
    source: editVariants('seen="An older layout"', 'seen="An older layout (2020)"'),
    field: 'steps[1].variants[2].seen',
    problem: /types a date: the page shows when the screen was last seen/,
  },
  {
    name: 'a variant with a misspelt attribute',
    source: editVariants('seen="An older layout"', 'seen="An older layout" lable="x"'),
    field: 'steps[1].variants[2].lable',
    problem: /not a field/,
  },
  {
    name: 'a variant with nothing to say',
    source: editVariants('\nTap your photo, then <UI id="my-network" />.\n', ''),
    field: 'steps[1].variants[2].body',
    problem: /is empty: say what to do when the screen shows Your photo/,
  },
  {
    name: 'a variant step with no shared words',
    source: editVariants('Find <UI id="my-network" />.\n\n', ''),
    field: 'steps[1].body',
    problem: /is empty/,
  },
  {
    name: 'a <Variant> inside a variant',
    source: editVariants(
      'Tap your photo, then <UI id="my-network" />.',
      'Tap your photo.\n\n<Variant id="inner" label="Inner" seen="x">\n<Screen view="home" highlight="me" />\n\nInner.\n</Variant>',
    ),
    field: 'steps[1].variants[2].variant',
    problem: /<Variant> must stand on its own line directly inside <Step>/,
  },
  {
    name: 'a <Variant> at the top level',
    source: withVariants + '\n<Variant id="stray" label="Stray" seen="x">\nStray.\n</Variant>\n',
    field: 'body',
    problem: /only <Step> blocks may stand at the top level/,
  },
  {
    name: 'a <Variant> inside a <Callout>',
    source: edit(
      "You can't invite them again for up to three weeks.",
      '<Variant id="x" label="X" seen="x">\n<Screen view="home" highlight="me" />\n\nX.\n</Variant>',
    ),
    field: 'steps[2].variant',
    problem: /<Variant> must stand on its own line directly inside <Step>/,
  },
];

describe('parseFlow: broken variants throw, naming the file and the field', () => {
  it.each(variantsBroken)('$name', ({ source, field, problem }) => {
    expect(() => parseFlow(file, source)).toThrow(ContentError);
    expect(() => parseFlow(file, source)).toThrow(`${file}: ${field}: `);
    expect(() => parseFlow(file, source)).toThrow(problem);
  });
});

const broken: { name: string; source: string; field: string; problem: RegExp }[] = [
  // Frontmatter
  {
    name: 'invalid YAML',
    source: edit('platform: ios', 'platform: [ios'),
    field: 'frontmatter',
    problem: /not valid YAML/,
  },
  {
    name: 'missing flow',
    source: edit('flow: withdraw\n', ''),
    field: 'flow',
    problem: /expected one of/,
  },
  {
    name: 'missing title',
    source: edit('title: Withdraw an invitation in the app\n', ''),
    field: 'title',
    problem: /is required/,
  },
  {
    name: 'empty title',
    source: edit('title: Withdraw an invitation in the app', "title: ''"),
    field: 'title',
    problem: /is required/,
  },
  {
    name: 'missing description',
    source: edit('description: Tap through to a withdrawn invitation.\n', ''),
    field: 'description',
    problem: /is required/,
  },
  {
    name: 'missing sources',
    source: edit('sources:\n  - a568295\n  - a551012\n  - maverrik-how-to\n', ''),
    field: 'sources',
    problem: /is required/,
  },
  {
    name: 'no sources',
    source: edit('sources:\n  - a568295\n  - a551012\n  - maverrik-how-to\n', 'sources: []\n'),
    field: 'sources',
    problem: /at least one source/,
  },
  {
    name: 'an unknown source id',
    source: edit('  - a551012\n', '  - a551012-typo\n'),
    field: 'sources.1',
    problem: /"a551012-typo" is not a source in content\/sources.ts/,
  },
  {
    name: 'a source written out, not cited by id',
    source: edit('  - a551012\n', '  - title: Help\n    url: https://example.com\n'),
    field: 'sources.1',
    problem: /must be a source id/,
  },
  {
    name: 'a hand-typed lastChecked',
    source: edit('---\n\n', 'lastChecked: "2026-11-27"\n---\n\n'),
    field: 'lastChecked',
    problem: /is derived from the read dates/,
  },
  {
    name: 'platform not one of the three',
    source: edit('platform: ios', 'platform: iphone'),
    field: 'platform',
    problem: /expected one of/,
  },
  {
    name: 'a sentListStep that is not a step',
    source: edit('sources:', 'sentListStep: withdraw\nsources:'),
    field: 'sentListStep',
    problem: /"withdraw" is not a step of this flow \(open-my-network, confirm\)/,
  },
  // Steps
  {
    name: 'a step without title',
    source: edit(' title="Tap {my-network}"', ''),
    field: 'steps[1].title',
    problem: /is required/,
  },
  {
    name: 'a step without id',
    source: edit(' id="open-my-network"', ''),
    field: 'steps[1].id',
    problem: /is required/,
  },
  {
    name: 'a non-kebab-case id',
    source: edit('id="open-my-network"', 'id="Open_My_Network"'),
    field: 'steps[1].id',
    problem: /kebab-case/,
  },
  {
    name: 'a duplicate id',
    source: edit('id="confirm"', 'id="open-my-network"'),
    field: 'steps[2].id',
    problem: /"open-my-network" is used by another step/,
  },
  {
    name: 'the reserved id "done"',
    source: edit('id="confirm"', 'id="done"'),
    field: 'steps[2].id',
    problem: /reserved/,
  },
  {
    name: 'a step without <Screen>',
    source: edit(`${firstScreen}\n`, ''),
    field: 'steps[1].screen',
    problem: /every step needs a <Screen/,
  },
  {
    name: 'a step with two <Screen>s',
    source: edit(firstScreen, `${firstScreen}\n${firstScreen}`),
    field: 'steps[1].screen',
    problem: /more than one <Screen>/,
  },
  {
    name: 'a <Screen> inside another component',
    source: edit("You can't invite", `${firstScreen}\nYou can't invite`),
    field: 'steps[2].screen',
    problem: /must stand on its own line directly inside <Step>.*line 24/,
  },
  {
    name: 'a <Screen> without highlight',
    source: edit(' highlight="my-network"', ''),
    field: 'steps[1].screen.highlight',
    problem: /is required/,
  },
  {
    name: 'an unknown view',
    source: edit('view="home"', 'view="feed"'),
    field: 'steps[1].screen.view',
    problem: /must be one of .*withdraw-dialog/,
  },
  {
    name: 'a highlight that is not in that view',
    source: edit('highlight="my-network"', 'highlight="withdraw"'),
    field: 'steps[1].screen.highlight',
    problem: /"withdraw" is not an element of the "home" view/,
  },
  {
    name: 'a step with nothing to say',
    source: edit(`\n${firstBody}\n`, ''),
    field: 'steps[1].body',
    problem: /is empty/,
  },
  {
    name: 'a <Step> inside a step',
    source: edit(
      firstBody,
      `${firstBody}\n\n<Step id="inner" title="Inner">\n${firstScreen}\n\nInner.\n</Step>`,
    ),
    field: 'steps[1].body',
    problem: /cannot be nested/,
  },
  // What may stand in a body
  {
    name: 'an unknown component',
    source: edit(firstBody, '<Iframe src="https://www.linkedin.com/" />'),
    field: 'body',
    problem: /unknown component <Iframe> \(line 15\)/,
  },
  {
    name: 'a lowercase HTML tag',
    source: edit('<UI id="my-network" />', '<b>My Network</b>'),
    field: 'body',
    problem: /unknown component <b>/,
  },
  {
    name: 'an import statement',
    source: frontmatter + "import Picture from './picture';\n" + steps,
    field: 'body',
    problem: /imports and exports are not allowed \(line 11\)/,
  },
  {
    name: 'an {expression}',
    source: edit(firstBody, 'Tap {label} in the bottom bar.'),
    field: 'body',
    problem: /\{expressions\} are not allowed \(line 15\)/,
  },
  {
    name: 'text outside a <Step>',
    source: frontmatter + 'Before you start, sign in.\n' + steps,
    field: 'body',
    problem: /only <Step> blocks may stand at the top level \(line 11\)/,
  },
  {
    name: 'a <Step> left open',
    source: edit(
      'Tap <UI id="withdraw" />.',
      'Tap <UI id="withdraw" />.\n\n<Step id="open" title="Open">',
    ),
    field: 'body',
    problem: /not valid MDX/,
  },
  {
    name: 'no steps at all',
    source: frontmatter,
    field: 'body',
    problem: /has no <Step> blocks/,
  },
];

describe('parseFlow: broken flows throw, naming the file and the field', () => {
  it.each(broken)('$name', ({ source, field, problem }) => {
    let thrown: unknown;
    try {
      parseFlow(file, source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const { message } = thrown as ContentError;
    expect(message).toContain(`${file}: ${field}: `);
    expect(message).toMatch(problem);
  });
});
