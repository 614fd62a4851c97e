package org.opencity.assistant.internal.answer;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A ward a question named, with where its residents hand in papers.
 *
 * @param centreName the ward's public-service centre (identity's units), or null when none is registered
 * @param address the ward's seat as the geography data give it, or null
 */
@RecordBuilder
public record WardPlace(String code, String name, String centreName, String address) {}
