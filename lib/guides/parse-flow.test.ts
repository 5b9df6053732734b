import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { parseFlow } from './parse-flow';

const file = 'content/guides/withdraw/fixture.mdx';

// Ten lines, so the first body line is line 11 of the file.
const frontmatter = `---
flow: withdraw
platform: ios
title: Withdraw an invitation in the app
description: Tap through to a withdrawn invitation.
sources:
  - title: 'LinkedIn Help: Withdraw an invitation'
    url: https://www.linkedin.com/help/linkedin/answer/a568295
lastChecked: "2026-11-27"
---
`;

const steps = `
<Step id="open-my-network" title="Tap My Network">
<Screen view="home" highlight="my-network" />

Tap **My Network** in the bottom bar.
</Step>

<Step id="confirm" title="Tap Withdraw to confirm">
<Screen view="withdraw-dialog" highlight="confirm-withdraw" />

Tap **Withdraw**.

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

const firstBody = 'Tap **My Network** in the bottom bar.';
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
      sources: [
        {
          title: 'LinkedIn Help: Withdraw an invitation',
          url: 'https://www.linkedin.com/help/linkedin/answer/a568295',
        },
      ],
      lastChecked: '2026-11-27',
    });
  });

  it('lifts each step out in order: id, title and screen as data', () => {
    expect(flow.steps.map(({ id, title, screen }) => ({ id, title, screen }))).toEqual([
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
      'Tap **Withdraw**.\n\n<Callout kind="note">\nYou can\'t invite them again for up to three weeks.\n</Callout>',
    ]);
  });

  it('names the step the Sent-list shortcut leads to, when the flow gives one', () => {
    expect(flow.sentListStep).toBeUndefined();
    const named = parseFlow(file, edit('lastChecked:', 'sentListStep: confirm\nlastChecked:'));
    expect(named.sentListStep).toBe('confirm');
  });

  it('reads an unquoted YAML date as the same day', () => {
    const unquoted = parseFlow(file, edit('lastChecked: "2026-11-27"', 'lastChecked: 2026-11-27'));
    expect(unquoted.lastChecked).toBe('2026-11-27');
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
    source: edit(
      "sources:\n  - title: 'LinkedIn Help: Withdraw an invitation'\n    url: https://www.linkedin.com/help/linkedin/answer/a568295\n",
      '',
    ),
    field: 'sources',
    problem: /is required/,
  },
  {
    name: 'no sources',
    source: edit(
      "sources:\n  - title: 'LinkedIn Help: Withdraw an invitation'\n    url: https://www.linkedin.com/help/linkedin/answer/a568295\n",
      'sources: []\n',
    ),
    field: 'sources',
    problem: /at least one source/,
  },
  {
    name: 'a source without url',
    source: edit('    url: https://www.linkedin.com/help/linkedin/answer/a568295\n', ''),
    field: 'sources.0.url',
    problem: /absolute URL/,
  },
  {
    name: 'a source with a relative url',
    source: edit(
      'url: https://www.linkedin.com/help/linkedin/answer/a568295',
      'url: /help/answer/a568295',
    ),
    field: 'sources.0.url',
    problem: /absolute URL/,
  },
  {
    name: 'missing lastChecked',
    source: edit('lastChecked: "2026-11-27"\n', ''),
    field: 'lastChecked',
    problem: /YYYY-MM-DD/,
  },
  {
    name: 'bad lastChecked',
    source: edit('lastChecked: "2026-11-27"', 'lastChecked: "27/11/2026"'),
    field: 'lastChecked',
    problem: /YYYY-MM-DD/,
  },
  {
    name: 'platform not one of the three',
    source: edit('platform: ios', 'platform: iphone'),
    field: 'platform',
    problem: /expected one of/,
  },
  {
    name: 'a sentListStep that is not a step',
    source: edit('lastChecked: "2026-11-27"', 'sentListStep: withdraw\nlastChecked: "2026-11-27"'),
    field: 'sentListStep',
    problem: /"withdraw" is not a step of this flow \(open-my-network, confirm\)/,
  },
  // Steps
  {
    name: 'a step without title',
    source: edit(' title="Tap My Network"', ''),
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
    source: edit('**My Network**', '<b>My Network</b>'),
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
    source: edit('Tap **Withdraw**.', 'Tap **Withdraw**.\n\n<Step id="open" title="Open">'),
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
