import { html, type TemplateResult } from 'lit';
import { CwElement, type LayoutContext } from '../../internal/cw-element.js';
import type { Salary } from '../../profile/types.js';

/**
 * Median pay and the experienced-level figure on one scale, and the factors that move pay.
 *
 * @summary Pay figures on a scale, with the factors that move them. (Stub: being built.)
 */
export class SalaryFactors extends CwElement<'salary', { width: number }> {
  protected readonly sectionName = 'salary';

  protected defaultHeading(): string {
    return 'Salary';
  }

  protected layout(_salary: Salary, { width }: LayoutContext): { width: number } {
    return { width };
  }

  protected renderFigures(): TemplateResult {
    return html`<svg role="img" aria-label="Salary"></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salary-factors': SalaryFactors;
  }
}
