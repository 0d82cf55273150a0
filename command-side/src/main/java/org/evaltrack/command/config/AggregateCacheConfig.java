package org.evaltrack.command.config;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates kept in memory between commands, so a command does not read and replay its
 * aggregate's whole stream (half of the command path's CPU in a profile of steady claims). Every
 * use is checked against the store first ({@link StoreCheckedCachingRepository}), so a node
 * never decides on an aggregate another node has appended to since.
 * <p>
 * {@code evaltrack.command.aggregate-cache.enabled=false} turns it off;
 * {@code evaltrack.command.aggregate-cache.max-entries} bounds it (default 10,000 aggregates).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfig {

    /** Names must differ per application context: the JCache provider is one per JVM (tests start many). */
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Bean
    public KeptAggregates keptAggregates(@Value("${evaltrack.command.aggregate-cache.enabled:true}") boolean enabled,
                                         @Value("${evaltrack.command.aggregate-cache.max-entries:10000}") long maxEntries) {
        return enabled ? KeptAggregates.inCaffeine(maxEntries) : KeptAggregates.none();
    }

    /** The Axon cache of aggregates, and the JCache it lives in, destroyed with the context. */
    public static final class KeptAggregates implements DisposableBean {

        private final Cache cache;
        private final Runnable destroy;

        private KeptAggregates(Cache cache, Runnable destroy) {
            this.cache = cache;
            this.destroy = destroy;
        }

        static KeptAggregates none() {
            return new KeptAggregates(NoCache.INSTANCE, () -> { });
        }

        static KeptAggregates inCaffeine(long maxEntries) {
            CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
            CacheManager manager = provider.getCacheManager(provider.getDefaultURI(), AggregateCacheConfig.class.getClassLoader());
            CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
            configuration.setMaximumSize(OptionalLong.of(maxEntries));
            configuration.setExpireAfterAccess(OptionalLong.of(TimeUnit.MINUTES.toNanos(30)));
            // the aggregate object itself is kept: JCache's default would copy it by Java serialization
            configuration.setStoreByValue(false);
            String name = "evaltrack-aggregates-" + CONTEXTS.incrementAndGet();
            javax.cache.Cache<Object, Object> jcache = manager.createCache(name, configuration);
            return new KeptAggregates(new JCacheAdapter(jcache), () -> manager.destroyCache(name));
        }

        public Cache cache() {
            return cache;
        }

        public boolean enabled() {
            return cache != NoCache.INSTANCE;
        }

        @Override
        public void destroy() {
            destroy.run();
        }
    }
}
