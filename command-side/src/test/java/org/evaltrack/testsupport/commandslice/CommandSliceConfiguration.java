package org.evaltrack.testsupport.commandslice;

import java.util.List;
import org.evaltrack.command.api.AccessBeforeBodyConfig;
import org.evaltrack.command.security.AfterTheFactHeadersConfig;
import org.evaltrack.command.api.AccessGuard;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.TestActors;
import org.evaltrack.command.assessment.AssessmentController;
import org.evaltrack.command.assessment.EvidenceController;
import org.evaltrack.command.assessment.FigureWarnings;
import org.evaltrack.command.assessment.ReviewController;
import org.evaltrack.command.evidence.BlobStore;
import org.evaltrack.command.evidence.EvidenceIntake;
import org.evaltrack.command.evidence.EvidenceMediaTypes;
import org.evaltrack.command.ledger.TaskController;
import org.evaltrack.command.scheme.SchemeController;
import org.evaltrack.command.unit.UnitController;
import org.evaltrack.command.web.ErrorMessagesConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * The command controllers with their real guard and sender; the gateway, lookups and blob store are
 * mocks declared by {@link ControllerSliceTest}. Deliberately no component scan, so beans of other
 * branches (security, advice) cannot change what these tests see.
 */
@Configuration(proxyBeanMethods = false)
@Import({UnitController.class, SchemeController.class, AssessmentController.class, EvidenceController.class,
        ReviewController.class, TaskController.class, FigureWarnings.class, ErrorMessagesConfig.class, AccessGuard.class, AccessBeforeBodyConfig.class, CommandSender.class, TestProblemAdvice.class,
        AfterTheFactHeadersConfig.class})
public class CommandSliceConfiguration {

    /** Small, so an oversize upload is cheap to build in a test. */
    public static final DataSize MAX_FILE_SIZE = DataSize.ofKilobytes(64);

    @Bean
    TestActors testActors() {
        return new TestActors();
    }

    @Bean
    EvidenceIntake evidenceIntake(BlobStore blobStore) {
        return new EvidenceIntake(blobStore, new EvidenceMediaTypes(List.of()), MAX_FILE_SIZE);
    }
}
