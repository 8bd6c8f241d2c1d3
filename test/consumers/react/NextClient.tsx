// The README's Next.js client component (app router); its server render defines nothing.
'use client';

import 'career-widgets/timeline-steps.js';

export default function Timeline({ heading }: { heading?: string }) {
  return <timeline-steps heading={heading} theme="auto" oncw-step-change={(event) => console.log(event.detail.id)}></timeline-steps>;
}
