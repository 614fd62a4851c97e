package org.opencity.report.open311;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With demo data on, a known key lets anyone try the Open311 API (and the tests use it). Like the demo
 * passwords, it must not exist in production: there {@code opencity.demo.enabled} is false.
 */
@Component
class Open311DemoKey implements ApplicationRunner {

    static final String KEY = "demo-open311-key";
    static final String CLIENT = "Demo Open311 client";

    private final Open311ApiKeys keys;
    private final boolean enabled;

    Open311DemoKey(Open311ApiKeys keys, @Value("${opencity.demo.enabled:false}") boolean enabled) {
        this.keys = keys;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            keys.ensure(KEY, CLIENT);
        }
    }
}
