package org.evaltrack.query.evidence;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code evaltrack.blobs.dir} (default {@code ./data/blobs}): the directory the command side stores evidence
 * bytes in; the query side only reads it.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceFileConfiguration {

    @Bean
    EvidenceBlobReader evidenceBlobReader(@Value("${evaltrack.blobs.dir:./data/blobs}") String directory) {
        return new EvidenceBlobReader(Path.of(directory));
    }

    @Bean
    EvidenceFileFailures evidenceFileFailures(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                                              Clock clock) {
        return new EvidenceFileFailures(jdbcTemplate, transactionManager, clock);
    }
}
