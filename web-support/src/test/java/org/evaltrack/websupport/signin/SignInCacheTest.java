package org.evaltrack.websupport.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SignInCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void aFoundValueIsAskedForOnceWithinTheBound() {
        SignInCache cache = new SignInCache(Duration.ofMinutes(1));
        assertThat(cache.<String>get("token", () -> load("reviewer"))).isEqualTo("reviewer");
        assertThat(cache.<String>get("token", () -> load("someone else"))).isEqualTo("reviewer");
        assertThat(loads).hasValue(1);
    }

    @Test
    void nothingUnknownIsKeptSoANewTokenWorksAtOnce() {
        SignInCache cache = new SignInCache(Duration.ofMinutes(1));
        assertThat(cache.<String>get("token", () -> load(null))).isNull();
        assertThat(cache.<String>get("token", () -> load("reviewer"))).isEqualTo("reviewer");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeThroughThisNodeIsForgottenAtOnce() {
        SignInCache cache = new SignInCache(Duration.ofMinutes(1));
        cache.get("token", () -> load("reviewer"));
        cache.get("account", () -> load("reviewer's account"));
        cache.forgetAll();
        assertThat(cache.<String>get("token", () -> load(null))).isNull();
        cache.forget("account");
        assertThat(cache.<String>get("account", () -> load("changed"))).isEqualTo("changed");
    }

    @Test
    void aValueIsAskedForAgainOnceTheBoundHasPassed() throws InterruptedException {
        SignInCache cache = new SignInCache(Duration.ofMillis(50));
        cache.get("token", () -> load("reviewer"));
        Thread.sleep(120);
        assertThat(cache.<String>get("token", () -> load(null))).as("revoked meanwhile on another node").isNull();
    }

    @Test
    void aZeroBoundKeepsNothingAndANegativeOneIsRefused() {
        SignInCache cache = new SignInCache(Duration.ZERO);
        cache.get("token", () -> load("reviewer"));
        cache.get("token", () -> load("reviewer"));
        assertThat(loads).hasValue(2);
        assertThatThrownBy(() -> new SignInCache(Duration.ofSeconds(-1))).hasMessageContaining(SignInCache.BOUND_PROPERTY);
    }
}
