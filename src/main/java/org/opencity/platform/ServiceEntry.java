package org.opencity.platform;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A city service shown on the home page. Each module that has pages contributes one as a bean,
 * so the home page lists only the capabilities that exist.
 *
 * @param messageKey prefix of the title ({@code .title}) and description ({@code .description}) keys
 * @param path where the entry leads
 * @param icon a Bootstrap Icons name shown on the card
 * @param order position on the home page, smallest first
 */
@RecordBuilder
public record ServiceEntry(String messageKey, String path, String icon, int order) {}
