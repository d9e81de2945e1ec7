import { defineConfig } from 'vitest/config';

// The unit tests of the model's core, for mutation testing (stryker.config.mjs):
// each mutant reruns the tests that reach it, so the slow parser and import
// suites, which never reach these files' logic, stay out.
export default defineConfig({
  test: {
    include: [
      'test/unit/dates.test.ts',
      'test/unit/day-range-text.test.ts',
      'test/unit/filter-engine.test.ts',
      'test/unit/filter-index.test.ts',
      'test/unit/filters.test.ts',
      'test/unit/facets.test.ts',
      'test/unit/graph-model.test.ts',
      'test/unit/timeline.test.ts',
      'test/unit/url-codec.test.ts',
      'test/unit/link-codecs.test.ts',
      'test/unit/store.test.ts',
      'test/unit/signed-ties.test.ts',
      'test/unit/blocs.test.ts',
      'test/unit/time-axis.test.ts',
      'test/unit/time-view.test.ts',
      'test/unit/play-steps.test.ts',
      'test/unit/label-placement.test.ts',
      'test/unit/view-summary.test.ts',
      'test/unit/bulk-lines.test.ts',
    ],
    environment: 'node',
  },
});
