package org.opencity.hotline.internal.call;

/** The call as a request leaves it, and what the provider is told to do next. */
record Turn(CallRecord call, Reply reply) {}
