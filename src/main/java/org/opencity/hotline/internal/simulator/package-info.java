/**
 * The call simulator: an officer plays a caller in the browser, and the platform drives its own voice webhook over
 * real HTTP, signed as the telephony provider signs, so demos and training need no phone network and hear exactly
 * what a caller would.
 */
package org.opencity.hotline.internal.simulator;
