package org.opencity.procedure;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a resident takes a procedure that OpenCity does not receive online: the office that handles it, its
 * receiving address when the national catalogue gives one, and whether it can be done online elsewhere.
 *
 * @param address null when the catalogue names no address (then the office itself is the place to ask)
 * @param onlineElsewhere the national catalogue lists an online channel: the National Public Service Portal
 *     (dichvucong.gov.vn) or the ministry's own portal, not OpenCity's online application
 */
@Schema(
        description = "Where to go for a procedure: the office, its address when known, and whether the national "
                + "catalogue lists an online channel outside OpenCity (the National Public Service Portal or a "
                + "ministry's)")
public record WhereToGo(String agency, String address, boolean onlineElsewhere) {}
