import { answerLead } from './faq-page';

describe('answerLead', () => {
  it('keeps whole sentences up to about 120 characters', () => {
    const sentence = 'LinkedIn doesn’t notify them. ';
    const answer = sentence.repeat(12).trim();
    const lead = answerLead(answer);
    expect(lead.length).toBeGreaterThanOrEqual(120);
    expect(lead.length).toBeLessThan(120 + sentence.length);
    expect(lead.endsWith('them.')).toBe(true);
    expect(answerLead('Yes. Short.')).toBe('Yes. Short.');
  });
});
