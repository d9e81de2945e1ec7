// Mutation testing of the model's core (npm run test:mutation): too slow for
// `npm test`, so it runs on its own. The report says which planted faults no
// unit test catches.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/model/filterEngine.ts',
    'src/model/filters.ts',
    'src/model/filterIndex.ts',
    'src/model/dates.ts',
    'src/model/facets.ts',
    // the URL codec: the view's declaration, its codecs, the rules derived from it and the link format
    'src/state/viewFields.ts',
    'src/state/linkCodecs.ts',
    'src/state/viewRules.ts',
    'src/state/urlCodec.ts',
    'src/model/signedTies.ts',
    'src/model/blocs.ts',
    // the picture: time axis, opening zoom, Play's steps, label placement, the caption's words
    'src/model/timeAxis.ts',
    'src/model/timeView.ts',
    'src/model/playSteps.ts',
    'src/view/graph/labelPlacement.ts',
    'src/state/viewSummary.ts',
    // large data: the timeline's histogram, how a large graph's lines are styled
    'src/model/timeline.ts',
    'src/view/graph/bulkLines.ts',
  ],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
};
