package io.ismsflow.context;

/** How feedback reached the organisation. */
public enum FeedbackChannel {
    MEETING, EMAIL, SURVEY, COMPLAINT, AUDIT, OTHER
}
