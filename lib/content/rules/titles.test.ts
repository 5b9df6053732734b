import { loadAllFlows } from '@/lib/guides/load';
import { loadDone } from '@/lib/guides/done';
import { stepTitles } from '@/lib/guides/step-pages';
import { PAGE_TITLE_MAX } from '@/lib/metadata';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { donePageTitle, pageTitleProblem, siteTitle, stepPageTitle } from './titles';

describe('page titles', () => {
  it('are the titles the wizard’s pages get (the layout’s template: app/layout.test.ts)', () => {
    for (const flow of loadAllFlows()) {
      const done = loadDone(flow.flow).data.title;
      const total = flow.steps.length;
      expect(stepTitles(flow, done)).toEqual([
        ...flow.steps.map((step, i) => stepPageTitle(step.title, flow.platform, i + 1, total)),
        donePageTitle(
          done,
          flow.platform,
          flow.flow === 'profile' ? 'from their profile' : undefined,
        ),
      ]);
    }
  });

  it('share one limit with html-validate (.htmlvalidate.mjs)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const longTitle = async (length: number) => {
      const page = `<!doctype html><html lang="en"><head><title>${'x'.repeat(length)}</title></head><body></body></html>`;
      const report = await validator.validateString(page, 'page.html');
      return report.results.flatMap((r) => r.messages).some((m) => m.ruleId === 'long-title');
    };
    expect(await longTitle(PAGE_TITLE_MAX)).toBe(false);
    expect(await longTitle(PAGE_TITLE_MAX + 1)).toBe(true);
  });

  it.each([
    ['x'.repeat(PAGE_TITLE_MAX - 9), null],
    ['x'.repeat(PAGE_TITLE_MAX - 8), /\(71 characters\), over the 70-character limit/],
  ])('holds "<title> · Unsend" to the limit (%#)', (title, problem) => {
    const found = pageTitleProblem(siteTitle(title));
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
