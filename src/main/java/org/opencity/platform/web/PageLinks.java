package org.opencity.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown, keeping every filter of the current address: the one pager
 * fragment ({@code fragments/pager.html}) serves every list, whatever filters it has.
 */
@Component
public class PageLinks {

    /** The current path and parameters with {@code page} set; relative, so it stays on whatever host served it. */
    public String to(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!"page".equals(name)) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.queryParam("page", Math.max(0, page)).encode().build().toUriString();
    }
}
