package org.opencity.geography;

import java.util.List;

/**
 * A ward with the former names it answers to.
 */
public record WardDetails(Ward ward, List<WardAlias> formerNames) {}
