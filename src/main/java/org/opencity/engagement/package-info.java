/**
 * Public votes and surveys: polls with candidates and criteria (single, multiple or ranked choice), surveys of
 * questions, one vote per eligible person per criterion enforced by PostgreSQL, receipts and a public bulletin that
 * let anyone check the count, live results and the published final result.
 */
@ApplicationModule(displayName = "Votes and surveys")
package org.opencity.engagement;

import org.springframework.modulith.ApplicationModule;
