import { loadAllContent } from '@/lib/content/load-all';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { textRules } from './facts';
import { sourceProblems, sourceRules } from './sources';
import { textProblems } from './pass';

/** Bad wording each rule must catch, and close wording it must let through. */
const cases: Record<string, { bad: string[]; good: string[]; platform?: Platform }> = {
  'no-clean-slate': {
    bad: ['Withdrawing gives you a clean slate.'],
    good: ['You can invite them again after a wait.'],
  },
  'up-to-three-weeks': {
    bad: ['You must wait three weeks.', 'There is a 3-week wait.'],
    good: ['You can’t invite them again for up to three weeks.'],
  },
  'no-weekly-number': {
    bad: ['You can send 100 invitations per week.', 'About 100/week.', 'Send 80 a week.'],
    good: ['LinkedIn publishes no weekly limit.'],
  },
  'six-months-hedged': {
    bad: ['Invitations lapse after six months.', 'Pending for 6 months, then gone.'],
    good: ['LinkedIn doesn’t say how long; some sources say about six months.'],
  },
  'no-expiry-claim': {
    bad: ['Invitations do expire.', 'An invitation does expire eventually.'],
    good: ['It may have already expired.'],
  },
  'no-widely-reported': {
    bad: ['It is widely reported to lapse.'],
    good: ['Some sources report that it lapses.'],
  },
  'three-notes-not-five': {
    bad: ['Free accounts can add a note to five invitations a month.', 'Notes: 5 a month.'],
    good: ['Free accounts can add a note to three invitations a month.'],
  },
  'scrolling-before-load-more': {
    bad: ['Older ones come after Load more.', 'Choose Load more, then scroll down.'],
    good: ['Older ones load as you scroll down the list (older layouts have Load more).'],
  },
  'only-pending-listed': {
    bad: ['Every invitation you’ve sent is listed.', 'All the invitations you sent show there.'],
    good: ['Every invitation still waiting for an answer is listed.'],
  },
  'pending-first-in-more': {
    bad: ['Open More, then Withdraw invitation.', 'Under More: Withdraw invitation or Pending.'],
    good: ['Open More, then Pending (older layouts: Withdraw invitation).'],
  },
  'following-inside-more': {
    bad: ['Check the Follow button on their profile.', 'Look at the Following button.'],
    good: ['Open More: if it lists Following, choose it to unfollow.'],
  },
  'no-remove-this-connection': {
    bad: ['Choose Remove connection (some versions say Remove this connection).'],
    good: ['Choose Remove connection.'],
  },
  'pending-beside-message': {
    bad: ['Pending sits where Connect was.'],
    good: ['Pending sits beside Message.'],
  },
  'withdrawing-lifts-no-restriction': {
    bad: ['Withdrawing old invitations lifts the restriction.'],
    good: [
      'Withdrawing doesn’t remove a restriction you already have.',
      'Does withdrawing lift a restriction?',
    ],
  },
  'not-linkedins-wording': {
    bad: ['People marked it “I don’t know this person”.', "Marked as I don't know this person."],
    good: ['Invitations ignored, left pending, or marked as spam.'],
  },
  'short-time-is-not-a-week': {
    bad: ['Too many invitations in a week.', 'Sending a lot of invitations within a week.'],
    good: ['Most restrictions end within a week.', 'Many invitations in a short amount of time.'],
  },
  'no-reinvite-after-removal': {
    bad: ['They could invite you again.', 'They can still invite you again.'],
    good: ['They aren’t notified that you removed them.'],
  },
  'no-gear-icon': {
    bad: ['Tap the gear icon.', 'It may be a gear (settings) icon.'],
    good: ['Tap Show all beside Invitations.'],
    platform: 'ios',
  },
  'desktop-says-click': {
    bad: ['Tap Withdraw.', 'Once tapped, it’s gone.'],
    good: ['Click Withdraw.'],
    platform: 'desktop',
  },
  'apps-say-tap': {
    bad: ['Click Withdraw.', 'Clicking Withdraw does it.'],
    good: ['Tap Withdraw.'],
    platform: 'android',
  },
  'neutral-verbs': {
    bad: ['Click Withdraw.', 'Tap Withdraw.', 'Two clicks and it’s gone.'],
    good: ['Select Withdraw.', 'Choose Sent, then open the list.'],
  },
  'no-unsafe-url': {
    bad: ['Open javascript:alert(1).', 'Go to http://www.linkedin.com/.', 'See data:text/html,hi.'],
    good: ['Your data: it stays in this browser.', 'Go to https://www.linkedin.com/.'],
  },
};

/** The same rules in German and French: bad wording each must catch, close wording it lets through. */
/**
 * Each rule's bad (and risky good) examples in every language but English, whose are above. A
 * language added to lib/locales.ts fails here until every rule has its words, and examples.
 */
const languages: Record<string, Partial<Record<Locale, { bad: string[]; good?: string[] }>>> = {
  'no-clean-slate': {
    de: { bad: ['Danach haben Sie einen Neuanfang.', 'Ein unbeschriebenes Blatt.'] },
    fr: { bad: ['Vous faites table rase.', 'Vous pouvez repartir de zéro.'] },
  },
  'up-to-three-weeks': {
    de: {
      bad: ['Sie müssen drei Wochen warten.'],
      good: ['Sie können sie bis zu drei Wochen lang nicht erneut einladen.'],
    },
    fr: {
      bad: ['Vous devez attendre trois semaines.'],
      good: ['Vous ne pourrez pas l’inviter à nouveau pendant jusqu’à trois semaines.'],
    },
  },
  'no-weekly-number': {
    de: { bad: ['Sie können 100 Einladungen pro Woche senden.'] },
    fr: { bad: ['Vous pouvez envoyer 100 invitations par semaine.'] },
  },
  'six-months-hedged': {
    de: {
      bad: ['Einladungen verfallen nach sechs Monaten.'],
      good: ['LinkedIn sagt nicht, wie lange; manche Quellen nennen etwa sechs Monate.'],
    },
    fr: {
      bad: ['Après six mois, elle disparaît.'],
      good: ['LinkedIn ne dit pas combien de temps ; certaines sources parlent de six mois.'],
    },
  },
  'no-expiry-claim': {
    de: {
      bad: ['Einladungen laufen irgendwann ab.'],
      good: ['LinkedIn sagt nicht, ob Einladungen verfallen.', 'Laufen Einladungen ab?'],
    },
    fr: {
      bad: ['Les invitations expirent.'],
      good: ['LinkedIn n’indique pas si les invitations expirent.'],
    },
  },
  'no-widely-reported': {
    de: { bad: ['Es wird vielfach berichtet.'] },
    fr: { bad: ['C’est largement rapporté.'] },
  },
  'three-notes-not-five': {
    de: { bad: ['Kostenlose Konten können fünf Notizen im Monat senden.'] },
    fr: { bad: ['Un compte gratuit peut ajouter une note à cinq invitations par mois.'] },
  },
  'scrolling-before-load-more': {
    de: { bad: ['Ältere erscheinen nach Load more.'] },
    fr: { bad: ['Les plus anciennes viennent après Load more.'] },
  },
  'only-pending-listed': {
    de: {
      bad: ['Alle gesendeten Einladungen stehen dort.'],
      good: ['Sie können nicht alle Einladungen auf einmal zurückziehen.'],
    },
    fr: {
      bad: ['Toutes les invitations que vous avez envoyées y figurent.'],
      good: ['Toutes les invitations en attente y figurent.'],
    },
  },
  'pending-first-in-more': {
    de: { bad: ['Öffnen Sie More, dann Withdraw invitation.'] },
    fr: { bad: ['Ouvrez More, puis Withdraw invitation.'] },
  },
  'following-inside-more': {
    de: { bad: ['Prüfen Sie die Schaltfläche Following.'] },
    fr: { bad: ['Vérifiez le bouton Following.'] },
  },
  'no-remove-this-connection': {
    de: { bad: ['Wählen Sie Remove this connection.'] },
    fr: { bad: ['Choisissez Remove this connection.'] },
  },
  'pending-beside-message': {
    de: { bad: ['Pending steht, wo Connect war.'] },
    fr: { bad: ['Pending apparaît là où était Connect.'] },
  },
  'withdrawing-lifts-no-restriction': {
    de: {
      bad: ['Das Zurückziehen alter Einladungen hebt die Einschränkung auf.'],
      good: ['Das Zurückziehen hebt eine bestehende Einschränkung nicht auf.'],
    },
    fr: {
      bad: ['Retirer d’anciennes invitations lève la restriction.'],
      good: ['Retirer une invitation ne lève pas une restriction existante.'],
    },
  },
  'not-linkedins-wording': {
    de: { bad: ['Sie wählten „Ich kenne diese Person nicht“.'] },
    fr: { bad: ['Ils ont choisi « Je ne connais pas cette personne ».'] },
  },
  'short-time-is-not-a-week': {
    de: {
      bad: ['Sie haben zu viele Einladungen innerhalb einer Woche gesendet.'],
      good: ['Die meisten Einschränkungen enden innerhalb einer Woche.'],
    },
    fr: {
      bad: ['Vous avez envoyé trop d’invitations en une semaine.'],
      good: ['La plupart des restrictions prennent fin en une semaine.'],
    },
  },
  'no-reinvite-after-removal': {
    de: { bad: ['Die Person könnte Sie wieder einladen.'] },
    fr: { bad: ['Cette personne pourrait vous réinviter.'] },
  },
  'no-gear-icon': {
    de: { bad: ['Tippen Sie auf das Zahnrad.'] },
    fr: { bad: ['Touchez la roue dentée.'] },
  },
  'desktop-says-click': {
    de: {
      bad: ['Tippen Sie auf Withdraw.'],
      good: ['Klicken Sie auf Withdraw.', 'Tippen Sie den Namen ein.'],
    },
    fr: { bad: ['Touchez Withdraw.'], good: ['Cliquez sur Withdraw.'] },
  },
  'apps-say-tap': {
    de: { bad: ['Klicken Sie auf Withdraw.'] },
    fr: { bad: ['Cliquez sur Withdraw.'] },
  },
  'neutral-verbs': {
    de: { bad: ['Klicken Sie auf Withdraw.', 'Tippen Sie auf Withdraw.'] },
    fr: { bad: ['Cliquez sur Withdraw.', 'Touchez Withdraw.'] },
  },
  'no-unsafe-url': {
    de: { bad: ['Öffnen Sie javascript:alert(1).'] },
    fr: { bad: ['Ouvrez http://www.linkedin.com/.'] },
  },
};

const broken = (text: string, platform?: Platform) =>
  textProblems([{ text, field: 'body', line: 3, platform }]);

describe('the facts rules', () => {
  it('have one table of cases each, and ids that are unique', () => {
    const ids = textRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(cases).sort()).toEqual([...ids].sort());
  });

  describe.each(textRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const { bad, good, platform } = cases[id]!;

    it.each(bad)('catches %j, printing the line, the rule and its reason', (text) => {
      const problems = broken(text, platform).filter((problem) => problem.rule === id);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('body');
      expect(problems[0]!.problem).toContain('(line 3)');
      expect(problems[0]!.problem).toContain(`breaks ${id}: ${rule.checks}; ${rule.reason}`);
    });

    it.each(good)('lets %j through', (text) => {
      expect(broken(text, platform).filter((problem) => problem.rule === id)).toEqual([]);
    });
  });

  it('read text by the platform it is written for', () => {
    expect(broken('Tap Withdraw.', 'ios')).toEqual([]);
    expect(broken('Click Withdraw.', 'desktop')).toEqual([]);
    expect(broken('Tap Withdraw.', undefined).map((p) => p.rule)).toEqual(['neutral-verbs']);
  });
});

describe('the source rules', () => {
  it.each([
    'https://www.linkedin.com/help/linkedin',
    'https://www.linkedin.com/help/linkedin/',
    'https://linkedin.com/help/linkedin',
  ])('reject the LinkedIn Help home page %s as a source', (url) => {
    expect(sourceProblems([{ url }])).toEqual([
      expect.objectContaining({
        field: 'sources.0.url',
        rule: 'no-help-home-source',
        problem: expect.stringContaining(sourceRules[0]!.reason),
      }),
    ]);
  });

  it('accept an article at its own address', () => {
    expect(
      sourceProblems([
        { url: 'https://help.linkedin.com/app/answers/detail/a_id/26/cookie/test' },
        { url: 'https://www.linkedin.com/help/linkedin/answer/a568295' },
      ]),
    ).toEqual([]);
  });
});

it('the real content passes every rule the loaders run (facts, titles, ids, links)', () => {
  const content = loadAllContent().get('en')!;
  expect(content['flow steps'].length).toBeGreaterThanOrEqual(6);
  expect(content['FAQ items'].length).toBeGreaterThanOrEqual(15);
  // Reads and checks every file of the site: seconds on a busy machine.
}, 30_000);

const translated = locales.filter((locale) => locale !== defaultLocale);

describe('the facts rules in every other language', () => {
  it('every rule has a bad example in each language the site is written in', () => {
    for (const rule of textRules) {
      for (const locale of translated) {
        expect(languages[rule.id]?.[locale]?.bad.length, `${rule.id} ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  describe.each(textRules.map((rule) => [rule.id] as const))('%s', (id) => {
    const { platform } = cases[id]!;
    it.each(
      translated.flatMap((language) =>
        (languages[id]![language]?.bad ?? []).map((text) => [language, text] as const),
      ),
    )('%s: catches %j', (_language, text) => {
      expect(broken(text, platform).filter((problem) => problem.rule === id)).toHaveLength(1);
    });
    it.each(
      translated.flatMap((language) =>
        (languages[id]![language]?.good ?? []).map((text) => [language, text] as const),
      ),
    )('%s: lets %j through', (_language, text) => {
      expect(broken(text, platform).filter((problem) => problem.rule === id)).toEqual([]);
    });
  });
});
