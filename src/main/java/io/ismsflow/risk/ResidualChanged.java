package io.ismsflow.risk;

import io.ismsflow.trail.Actor;

/**
 * A risk's residual score changed outside its review (an edit, a corrective action): its earlier acceptance no
 * longer covers it, so a review starts in which the owner accepts it again (6.1.3 f, 8.2). Published inside the
 * transaction of the change.
 */
record ResidualChanged(long riskId, Actor actor) {
}
