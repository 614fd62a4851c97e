package org.opencity.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data switch and the password every demo account shares, prefix {@code opencity.demo}.
 */
@ConfigurationProperties("opencity.demo")
record DemoSettings(boolean enabled, String password) {}
