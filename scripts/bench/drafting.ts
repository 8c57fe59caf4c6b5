// Drafting speed (issue 6): see utils/drafting/bench.ts, which holds the measurement beside the code it measures.
export { run } from '../../utils/drafting/bench';
