import { html, type TemplateResult } from 'lit';
import { CwElement, type LayoutContext } from '../../internal/cw-element.js';
import type { Timeline } from '../../profile/types.js';

/**
 * The steps into the field on a month axis.
 *
 * @summary Steps on a month axis. (Stub: being built.)
 */
export class TimelineSteps extends CwElement<'timeline', { width: number }> {
  protected readonly sectionName = 'timeline';

  protected defaultHeading(): string {
    return 'Timeline';
  }

  protected layout(_timeline: Timeline, { width }: LayoutContext): { width: number } {
    return { width };
  }

  protected renderFigures(): TemplateResult {
    return html`<svg role="img" aria-label="Timeline"></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-steps': TimelineSteps;
  }
}
