// What the React types promise beyond the README: every element, typed attributes and events.
import { useRef } from 'react';
import type { Profile, SalaryFactors } from 'career-widgets';

export function Checks({ profile }: { profile: Profile }) {
  const salary = useRef<SalaryFactors>(null);
  return (
    <div>
      <salary-factors ref={salary} style={{ '--cw-color-accent': 'rebeccapurple' }} />
      <salary-factors
        heading="Pay"
        src="/profile.json"
        oncw-factor-select={(event) => console.log(event.detail.id, event.detail.label, event.target.theme)}
      ></salary-factors>
      <timeline-steps data={profile} oncw-step-change={(event) => console.log(event.detail.index)} oncw-error={(event) => console.log(event.detail.message)} />
      <outlook-chart class="wide" style={{ maxWidth: 40 }} key="a" />
      {/* @ts-expect-error: theme is light, dark or auto */}
      <outlook-chart theme="purple" />
      {/* @ts-expect-error: no such attribute */}
      <outlook-chart colour="red" />
    </div>
  );
}
