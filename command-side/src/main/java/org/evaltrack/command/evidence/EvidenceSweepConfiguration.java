package org.evaltrack.command.evidence;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sweep of unreferenced evidence blobs and stale temp files (docs/integrity.md).
 * <ul>
 *   <li>{@code evaltrack.evidence.sweep.grace}: how old an unreferenced blob or a temp file must be before it
 *       is removed, default {@code PT24H} (longer than any upload takes to reach its commit)</li>
 *   <li>{@code evaltrack.evidence.sweep.enabled}: the timer, default true; the office may always ask for a sweep</li>
 *   <li>{@code evaltrack.evidence.sweep.first-after}, {@code …interval}: the timer's first run after start
 *       (default {@code PT1H}) and the time between runs (default {@code P1D})</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class EvidenceSweepConfiguration {

    @Bean
    public EvidenceSweep evidenceSweep(BlobStore blobStore, JdbcTemplate jdbc, ObjectProvider<Clock> clock,
                                       @Value("${evaltrack.evidence.sweep.grace:PT24H}") Duration grace) {
        if (!(blobStore instanceof FileSystemBlobStore files)) {
            throw new IllegalStateException("the evidence sweep needs the file-system blob store, not " + blobStore);
        }
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new EvidenceSweep(files.root(), new EvidenceReferences(jdbc, time), grace, jdbc, time);
    }

    @Bean
    public EvidenceSweepSchedule evidenceSweepSchedule(EvidenceSweep evidenceSweep,
                                                       @Value("${evaltrack.evidence.sweep.enabled:true}") boolean enabled,
                                                       @Value("${evaltrack.evidence.sweep.first-after:PT1H}") Duration firstAfter,
                                                       @Value("${evaltrack.evidence.sweep.interval:P1D}") Duration interval) {
        return new EvidenceSweepSchedule(evidenceSweep, enabled, firstAfter, interval);
    }
}
