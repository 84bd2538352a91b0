package io.ismsflow.context;

/** Whether an issue arises inside the organisation or outside it (4.1). */
public enum IssueOrigin {
    INTERNAL, EXTERNAL
}
