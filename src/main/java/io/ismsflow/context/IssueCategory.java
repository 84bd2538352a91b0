package io.ismsflow.context;

/** What kind of issue it is: PESTLE for the outside, and the organisation's own matters inside. */
public enum IssueCategory {
    POLITICAL, ECONOMIC, SOCIAL, TECHNOLOGICAL, LEGAL, ENVIRONMENTAL, ORGANISATIONAL, PEOPLE, PROCESSES
}
