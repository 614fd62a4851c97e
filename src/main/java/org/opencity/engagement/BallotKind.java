package org.opencity.engagement;

/** How a voter chooses on each criterion of a poll. */
public enum BallotKind {
    /** Exactly one candidate. */
    SINGLE,
    /** One to {@code maxChoices} different candidates. */
    MULTIPLE,
    /** Candidates in order of preference (one to {@code maxChoices} of them); counted by instant run-off. */
    RANKED
}
