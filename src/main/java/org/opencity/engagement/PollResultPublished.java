package org.opencity.engagement;

import java.util.UUID;

/** The final result of a poll was published: its voters are told. */
public record PollResultPublished(UUID pollId, String pollTitle) {}
