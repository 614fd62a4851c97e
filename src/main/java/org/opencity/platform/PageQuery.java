package org.opencity.platform;

/**
 * A page request from the API or a page: zero-based page number and a bounded size.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new InvalidRequest("problem.page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("problem.page-size.invalid", MAX_SIZE);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
