package org.opencity.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.opencity.platform.ProblemWriter;
import org.springframework.http.HttpStatus;

/**
 * How a filter refuses a request before any controller runs: a problem document for machine clients, the error
 * page (through the container's error dispatch, with the same explanation) for people.
 */
final class Refusals {

    /** Request attribute naming the message key that explains a refusal, for the error page. */
    static final String DETAIL_KEY = Refusals.class.getName() + ".detailKey";

    private Refusals() {}

    static void answer(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemWriter problems,
            HttpStatus status,
            String detailKey)
            throws IOException {
        if (ApiRequests.isMachineRequest(request, null)) {
            problems.write(request, response, status, detailKey);
            return;
        }
        // The error page is reached by a forward with a plain GET view of the request: an error dispatch of the
        // request itself would parse its broken body again and fail before any page could be shown.
        PlainRequest plain = new PlainRequest(request);
        plain.setAttribute(DETAIL_KEY, detailKey);
        plain.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
        plain.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status.value());
        try {
            request.getRequestDispatcher("/error").forward(plain, response);
        } catch (ServletException e) {
            throw new IOException("The error page could not be shown", e);
        }
    }

    /** The request without its body or parameters, as a GET. */
    private static final class PlainRequest extends HttpServletRequestWrapper {

        PlainRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
