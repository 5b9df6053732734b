import { createFaqSearcher, foldTerm, highlightSegments, type FaqSearchDoc } from './search';

const german: FaqSearchDoc[] = [
  {
    id: 'withdraw',
    question: 'Kann ich eine Einladung zurückziehen?',
    answer: 'Ja, über die Liste Ihrer gesendeten Einladungen.',
  },
  {
    id: 'street',
    question: 'Sieht die Person, dass ich die Einladung zurückgezogen habe?',
    answer: 'Nein. Die Straße, auf der sie wohnt, erfährt es auch nicht.',
  },
];

const french: FaqSearchDoc[] = [
  {
    id: 'team',
    question: 'Mon équipe voit-elle que j’ai retiré l’invitation ?',
    answer: 'Non, personne n’est prévenu.',
  },
  {
    id: 'work',
    question: 'Puis-je relancer une invitation retirée ?',
    answer: 'Oui, après jusqu’à trois semaines. Une œuvre de patience.',
  },
];

describe('foldTerm', () => {
  it('drops case and accents, and spells out ß, œ and æ', () => {
    expect(foldTerm('Zurückziehen')).toBe('zuruckziehen');
    expect(foldTerm('Équipe')).toBe('equipe');
    expect(foldTerm('Straße')).toBe('strasse');
    expect(foldTerm('Œuvre')).toBe('oeuvre');
    expect(foldTerm('ÆSIR')).toBe('aesir');
    expect(foldTerm('withdraw')).toBe('withdraw');
  });
});

describe('createFaqSearcher', () => {
  it('finds German words with or without their umlauts and ß, in any case', async () => {
    const find = await createFaqSearcher(german);
    expect([...find('zuruckziehen').keys()]).toContain('withdraw');
    expect([...find('ZURÜCKZIEHEN').keys()]).toContain('withdraw');
    expect([...find('uber').keys()]).toEqual(['withdraw']);
    expect([...find('strasse').keys()]).toEqual(['street']);
    expect([...find('straße').keys()]).toEqual(['street']);
  });

  it('finds French words with or without their accents and œ', async () => {
    const find = await createFaqSearcher(french);
    expect([...find('equipe').keys()]).toEqual(['team']);
    expect([...find('Équipe').keys()]).toEqual(['team']);
    expect([...find('retiree').keys()]).toContain('work');
    expect([...find('oeuvre').keys()]).toEqual(['work']);
    expect([...find('œuvre').keys()]).toEqual(['work']);
  });

  it('finds a word spelt with ue for ü, as German keyboards without umlauts write it', async () => {
    const find = await createFaqSearcher(german);
    expect([...find('zurueckziehen').keys()]).toContain('withdraw');
  });

  it('still takes prefixes, and reports the question words it matched', async () => {
    const find = await createFaqSearcher(german);
    const matches = find('zuruck');
    expect(matches.get('withdraw')).toContain('zuruckziehen');
  });
});

describe('highlightSegments', () => {
  it('marks the words a folded term matched, as the text spells them', () => {
    const segments = highlightSegments('Kann ich eine Einladung zurückziehen?', ['zuruckziehen']);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['zurückziehen']);
    expect(segments.map((s) => s.text).join('')).toBe('Kann ich eine Einladung zurückziehen?');
  });

  it('marks French words with their accents and apostrophes kept apart', () => {
    const segments = highlightSegments('Mon équipe voit-elle que j’ai retiré l’invitation ?', [
      'equipe',
      'invitation',
    ]);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['équipe', 'invitation']);
  });
});
