package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.junit.jupiter.api.Test;

class ExpectedVersionTargetResolverTest {

    private final ExpectedVersionTargetResolver resolver = new ExpectedVersionTargetResolver();

    @Test
    void identifier_comes_from_the_annotated_field_and_version_from_metadata() {
        VersionedAggregateIdentifier target = resolver.resolveTarget(GenericCommandMessage
                .asCommandMessage(new PublishScheme(new SchemeId("scheme-2019")))
                .withMetaData(Map.of(ActorMetaData.EXPECTED_VERSION, 7L)));

        assertThat(target.getIdentifier()).isEqualTo("scheme-2019");
        assertThat(target.getVersion()).isEqualTo(7L);
    }

    @Test
    void absent_expected_version_means_no_check() {
        VersionedAggregateIdentifier target = resolver.resolveTarget(
                GenericCommandMessage.asCommandMessage(new PublishScheme(new SchemeId("scheme-2019"))));

        assertThat(target.getVersion()).isNull();
    }

    @Test
    void numeric_text_survives_a_serialising_bus() {
        assertThat(ExpectedVersionTargetResolver.expectedVersion("12")).isEqualTo(12L);
        assertThat(ExpectedVersionTargetResolver.expectedVersion(12)).isEqualTo(12L);
    }

    @Test
    void non_numeric_expected_version_is_a_malformed_request() {
        assertThatThrownBy(() -> ExpectedVersionTargetResolver.expectedVersion("W/\"3\""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST));
    }
}
