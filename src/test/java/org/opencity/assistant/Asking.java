package org.opencity.assistant;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers from distinct addresses: the assistant limits questions per IP address, and the tests of one application
 * would otherwise share 127.0.0.1's allowance.
 */
final class Asking {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Asking() {}

    /** A visitor from an address no other test uses. */
    static RequestPostProcessor newVisitor() {
        int n = NEXT.getAndIncrement();
        String address = "10.12." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
