import { typedFieldLabelProblems, typedLabelsIn } from '@/lib/content/rules/labels';
import {
  placeholderIds,
  placeholderTexts,
  resolveFields,
  resolvePlaceholders,
  unknownPlaceholderProblems,
} from './placeholders';

describe('{label-id} in plain-text fields', () => {
  it('reads the ids a text names', () => {
    expect(placeholderIds('Click {pending}, or look under {more}')).toEqual(['pending', 'more']);
  });

  it('shows each label in the page’s language where a source shows it, else English', () => {
    const title = 'Click {pending}, or look under {more}';
    expect(resolvePlaceholders(title)).toBe('Click Pending, or look under More');
    expect(resolvePlaceholders(title, { locale: 'de', platform: 'desktop' })).toBe(
      'Click Ausstehend, or look under Mehr',
    );
    expect(resolvePlaceholders(title, { locale: 'fr', platform: 'desktop' })).toBe(
      'Click En attente, or look under Plus',
    );
    // No source shows the German label in the apps: the app's English one.
    expect(resolvePlaceholders('{more}', { locale: 'de', platform: 'android' })).toBe(
      'More options',
    );
    // No French Sent tab is sourced: English, and no "(English: …)" inside a title.
    expect(resolvePlaceholders('{sent-tab}', { locale: 'fr' })).toBe('Sent');
  });

  it('resolves title, description, question and each answer, and nothing else', () => {
    const data = {
      title: '{pending}?',
      description: 'See {more}',
      question: 'No {withdraw}?',
      answers: { yes: 'A {connect} button' },
      sources: ['{pending}'],
    };
    expect(resolveFields(data, { locale: 'de' })).toEqual({
      title: 'Ausstehend?',
      description: 'See Mehr',
      question: 'No Zurückziehen?',
      answers: { yes: 'A Vernetzen button' },
      sources: ['{pending}'],
    });
    expect(placeholderTexts(data).map(({ field }) => field)).toEqual([
      'title',
      'description',
      'question',
      'answers.yes',
    ]);
  });

  it('names an unknown id and its field', () => {
    expect(unknownPlaceholderProblems('Tap {pendin}', 'steps[2].title')).toEqual([
      expect.objectContaining({
        field: 'steps[2].title',
        problem: expect.stringMatching(/\{pendin\}/),
      }),
    ]);
    expect(unknownPlaceholderProblems('Tap {pending}', 'title')).toEqual([]);
  });
});

describe('a LinkedIn label typed in a plain-text field', () => {
  it.each([
    ['Click Pending, or look under More', ['Pending', 'More']],
    ['Pending for ages?', ['Pending']],
    ['Tap Remove connection', ['Remove connection']],
    ['Open your Sent list', ['Sent']],
    ['Klicken Sie auf Ausstehend', ['Ausstehend']],
    ['Ausstehend seit Wochen?', ['Ausstehend']],
    ['Öffnen Sie Gesendet', ['Gesendet']],
    ['Cliquez sur Retirer', ['Retirer']],
    ['Touchez Plus', ['Plus']],
  ])('"%s" names %j', (text, labels) => {
    expect(typedLabelsIn(text).map(({ label }) => label)).toEqual(labels);
  });

  it.each([
    'Withdraw an invitation on a computer',
    'Sent dozens by accident?',
    'Remove a connection on Android',
    'Click {pending}, or look under {more}',
    'Welche Folgen hat das Zurückziehen?',
    'Plus de questions',
    'Retirer une invitation depuis son profil',
    'Following up on a pending invitation',
  ])('"%s" names none (a verb, a noun, a sentence’s first word, a placeholder)', (text) => {
    expect(typedLabelsIn(text)).toEqual([]);
  });

  it('is a problem naming the field and the id to write', () => {
    expect(typedFieldLabelProblems([{ text: 'Tap Withdraw', field: 'answers.go' }])).toEqual([
      expect.objectContaining({
        field: 'answers.go',
        problem: expect.stringMatching(
          /"Withdraw" is LinkedIn’s label "withdraw".*write \{withdraw\}/,
        ),
      }),
    ]);
  });
});
