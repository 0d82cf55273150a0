package org.evaltrack.websupport.signin;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Who a personal token or an account name signs in as, and whether a name or an address is locked,
 * kept for at most {@link #bound()} so that a request does not ask the database three times before
 * its own work. A change made through this node (a revoked token, a new lock) is forgotten here at
 * once; every other node, and a change made in the database by hand, is seen within the bound
 * ({@value #BOUND_PROPERTY}, docs/sign-in.md "Sign-in caching"). Nothing unknown is kept: a new token or
 * account works everywhere at once.
 */
public final class SignInCache {

    public static final String BOUND_PROPERTY = "evaltrack.sign-in.cache-for";
    /** The documented bound: how long another node may still accept a revoked token or a disabled account. */
    public static final String DEFAULT_BOUND = "PT2S";

    private final Duration bound;
    private final Cache<Object, Object> entries;

    public SignInCache(Duration bound) {
        if (bound.isNegative()) {
            throw new IllegalArgumentException(BOUND_PROPERTY + " must not be negative: " + bound);
        }
        this.bound = bound;
        this.entries = Caffeine.newBuilder().expireAfterWrite(bound).maximumSize(10_000).build();
    }

    public Duration bound() {
        return bound;
    }

    /** The value kept for {@code key}, else {@code load}'s; a null from {@code load} (nothing known) is not kept. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> load) {
        if (bound.isZero()) {
            return load.get();
        }
        Object kept = entries.getIfPresent(key);
        if (kept != null) {
            return (V) kept;
        }
        V loaded = load.get();
        if (loaded != null) {
            entries.put(key, loaded);
        }
        return loaded;
    }

    public void forget(Object key) {
        entries.invalidate(key);
    }

    /** After a token was revoked or an account changed through this node. */
    public void forgetAll() {
        entries.invalidateAll();
    }
}
