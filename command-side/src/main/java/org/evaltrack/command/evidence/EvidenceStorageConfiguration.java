package org.evaltrack.command.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence bytes go and what is accepted.
 * <ul>
 *   <li>{@code evaltrack.blobs.dir}: blob directory, default {@code ./data/blobs}</li>
 *   <li>{@code evaltrack.evidence.allowed-media-types}: comma-separated allow-list, default
 *       {@link EvidenceMediaTypes#DEFAULT_ALLOWED}</li>
 *   <li>{@code spring.servlet.multipart.max-file-size}: largest file, Spring Boot's default 1MB</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class EvidenceStorageConfiguration {

    @Bean
    public BlobStore blobStore(@Value("${evaltrack.blobs.dir:./data/blobs}") String directory,
                               ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Clock> clock) {
        // without a database (plain contexts in tests) a repair is only logged
        JdbcTemplate template = jdbc.getIfAvailable();
        BlobRepairLog repairs = template == null ? BlobRepairLog.NONE
                : new JdbcBlobRepairLog(template, clock.getIfAvailable(Clock::systemUTC));
        return new FileSystemBlobStore(Path.of(directory), repairs);
    }

    @Bean
    public EvidenceMediaTypes evidenceMediaTypes(@Value("${evaltrack.evidence.allowed-media-types:}") String allowed) {
        return new EvidenceMediaTypes(Arrays.asList(allowed.split(",")));
    }

    @Bean
    public EvidenceIntake evidenceIntake(BlobStore blobStore, EvidenceMediaTypes evidenceMediaTypes,
                                         @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        // parsed here rather than by the context's conversion service, which a plain context lacks
        return new EvidenceIntake(blobStore, evidenceMediaTypes, DataSize.parse(maxFileSize.strip()));
    }
}
