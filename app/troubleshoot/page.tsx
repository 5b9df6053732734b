import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { AnswerList } from '@/components/troubleshooter/answer-list';
import { DeviceChoice } from '@/components/troubleshooter/device-choice';
import { PlatformLine } from '@/components/troubleshooter/platform-line';
import { StepNote } from '@/components/troubleshooter/step-note';
import { pageMetadata } from '@/lib/metadata';
import { guideSteps } from '@/lib/troubleshooter/guide-steps';
import { paths } from '@/lib/routes';
import { getNode, loadTroubleshooter } from '@/lib/troubleshooter/load';

export const metadata = pageMetadata({
  title: 'Can’t find Withdraw? Troubleshoot',
  description:
    'No Withdraw button, the person isn’t in your Sent list, or a connection request that won’t go away? Answer a few questions and get what to do on your device.',
  path: paths.troubleshoot,
});

/**
 * The way in, and the first question's only page (nodeHref(start) leads here): the device
 * question (only while the device is a guess), the guide step the person came from, and the
 * first question with its answers.
 */
export default function TroubleshootPage() {
  const start = getNode(loadTroubleshooter().start);
  const { sources } = start.provenance;
  return (
    <div data-page-kind="question" className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 id="page-title" tabIndex={-1} className="text-3xl font-bold sm:text-4xl">
          Can’t find Withdraw? Let’s work out why
        </h1>
        <p className="text-lg text-muted">
          Answer a few questions about what you see, one choice each, and get what to do on your
          device. You can change any answer as you go.
        </p>
      </header>
      <StepNote steps={guideSteps()} />
      <DeviceChoice />
      <PlatformLine
        path={paths.troubleshoot}
        instructions={start.platformSpecific}
        onlyOnceChosen
      />
      <section aria-labelledby="start-question" className="space-y-4">
        <h2 id="start-question" className="text-2xl font-bold">
          {start.text.data.title}
        </h2>
        <div className="leading-relaxed">
          <MdxContent source={start.body} />
        </div>
        <AnswerList answers={start.answers} />
      </section>
      <p className="text-sm">
        <a href={paths.troubleshootMap}>See every question and answer on one page</a>
      </p>
      <SourcesList sources={sources} />
    </div>
  );
}
