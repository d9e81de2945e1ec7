// How large a story may be: a briefing is read by people, and a link may carry
// one, so a step's caption and view stay bounded (a hostile file cannot make a
// link or a panel of megabytes).

/** steps in one story */
export const MAX_STEPS = 200;
/** characters of one step's caption */
export const MAX_CAPTION = 5_000;
/** characters of one step's view (a link's hash) */
export const MAX_STEP_VIEW = 4_000;
