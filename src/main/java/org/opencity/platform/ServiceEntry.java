package org.opencity.platform;

/**
 * A city service shown on the home page. Each module that has pages contributes one as a bean,
 * so the home page lists only the capabilities that exist.
 *
 * @param messageKey prefix of the title ({@code .title}) and description ({@code .description}) keys
 * @param path where the entry leads
 * @param order position on the home page, smallest first
 */
public record ServiceEntry(String messageKey, String path, int order) {}
