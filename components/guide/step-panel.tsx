import { MdxContent } from '@/components/mdx/mdx-content';
import { Screen } from '@/components/screen/screen';
import type { Step } from '@/lib/guides/schema';
import type { Platform } from '@/lib/platform/platforms';
import { stepHeadingId } from '@/lib/routes';

/** One step, rendered on the server: number, heading, picture, instructions, an exit for mismatches. */
export function StepPanel({
  step,
  number,
  platform,
  mismatchHref,
}: {
  step: Step;
  number: number;
  platform: Platform;
  mismatchHref: string;
}) {
  return (
    <div className="space-y-4">
      <h2
        id={stepHeadingId(step.id)}
        tabIndex={-1}
        className="flex items-baseline gap-3 text-2xl font-bold"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-base text-accent-fg"
        >
          {number}
        </span>
        <span>
          <span className="sr-only">Step {number}: </span>
          {step.title}
        </span>
      </h2>
      <Screen platform={platform} view={step.screen.view} highlight={step.screen.highlight} />
      <div className="max-w-prose space-y-3 leading-relaxed">
        <MdxContent source={step.body} />
      </div>
      <p className="text-sm" data-print-hidden>
        <a href={mismatchHref}>This doesn&apos;t match my screen</a>
      </p>
    </div>
  );
}
