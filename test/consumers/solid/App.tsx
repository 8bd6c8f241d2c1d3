/// <reference types="career-widgets/jsx" />
import { createSignal } from 'solid-js';
import 'career-widgets/timeline-steps.js';
import { defaultProfile } from 'career-widgets';

export function App() {
  const [step, setStep] = createSignal(0);
  return (
    <div>
      <timeline-steps theme="auto" prop:data={defaultProfile} on:cw-step-change={(event) => setStep(event.detail.index)}></timeline-steps>
      <p>{step()}</p>
      {/* @ts-expect-error: theme is light, dark or auto */}
      <timeline-steps prop:theme="purple" />
    </div>
  );
}
