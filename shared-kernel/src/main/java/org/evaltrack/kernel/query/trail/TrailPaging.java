package org.evaltrack.kernel.query.trail;

import java.util.Objects;

/** A page of a trail: {@code page} counts from 0; {@code size} is 1..{@value #MAX_SIZE}. */
public record TrailPaging(int page, int size, TrailOrder order) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public TrailPaging {
        Objects.requireNonNull(order, "order");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }

    public static TrailPaging first(TrailOrder order) {
        return new TrailPaging(0, DEFAULT_SIZE, order);
    }

    public long offset() {
        return (long) page * size;
    }
}
