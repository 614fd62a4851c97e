package org.opencity.platform.web;

import org.opencity.platform.MapSettings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Values every page may use.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private final MapSettings map;
    private final PageLinks pageLinks;

    PageModelAdvice(MapSettings map, PageLinks pageLinks) {
        this.map = map;
        this.pageLinks = pageLinks;
    }

    /** For the pager fragment: links to other pages of a list, keeping its filters. */
    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return pageLinks;
    }

    @ModelAttribute("map")
    MapSettings map() {
        return map;
    }

    /** The path of the page being shown, so the menu can mark where the person is ({@code aria-current}). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The city's time zone: pages show times as residents read them. */
    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return org.opencity.shared.WorkingCalendar.VIETNAM;
    }
}
