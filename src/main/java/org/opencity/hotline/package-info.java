/**
 * The 24/7 AI hotline: residents call, the assistant answers by voice, checks dossiers, takes reports and hands over
 * to people. The platform is the voice webhook of a cloud telephony provider; the call logic is a state machine that
 * knows nothing of the provider's dialect (TwiML today), which lives in one adapter package beside it.
 */
@ApplicationModule(displayName = "AI hotline")
package org.opencity.hotline;

import org.springframework.modulith.ApplicationModule;
