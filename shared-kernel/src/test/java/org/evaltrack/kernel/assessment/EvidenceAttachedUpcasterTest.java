package org.evaltrack.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

class EvidenceAttachedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build())
            .build();

    private static final EvidenceAttached UNVERIFIED = new EvidenceAttached(AssessmentId.of("assessment-1"),
            UnitId.of("unit-dongshan"), EvidenceId.of("evidence-1"), "扶贫台账.pdf", "application/pdf", 1024, "a".repeat(64),
            Set.of("1.1.1"), Set.of(TaskId.of("task-1")), Instant.parse("2020-01-05T02:00:00Z"),
            Instant.parse("2020-01-04T08:00:00Z"), Instant.parse("2020-01-15T15:59:59Z"), false, false);

    /** What the store held before client hashes existed: the same fields, no clientHashVerified at all. */
    private static final String REVISION_1_PAYLOAD = SERIALIZER.serialize(UNVERIFIED, String.class).getData()
            .replace(",\"clientHashVerified\":false", "");

    private final EvidenceAttachedUpcaster upcaster = new EvidenceAttachedUpcaster();

    @Test
    void revisionOneIsReadAsUnverifiedWithEverythingElseKept() {
        List<IntermediateEventRepresentation> upcast = upcast(stored(REVISION_1_PAYLOAD, "1"));

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo(EvidenceAttached.REVISION);
        assertThat(REVISION_1_PAYLOAD).doesNotContain("clientHashVerified").contains("扶贫台账.pdf");
        EvidenceAttached event = SERIALIZER.deserialize(upcast.get(0).getData(String.class));
        assertThat(event).isEqualTo(UNVERIFIED);
        assertThat(upcast.get(0).getData(String.class).getData()).contains("\"clientHashVerified\":false");
    }

    @Test
    void revisionTwoPassesUnchanged() {
        EvidenceAttached verified = new EvidenceAttached(AssessmentId.of("assessment-1"), UnitId.of("unit-dongshan"),
                EvidenceId.of("evidence-1"), "a.pdf", "application/pdf", 10, "b".repeat(64), Set.of("1.1.1"), Set.of(),
                Instant.parse("2020-01-05T02:00:00Z"), null, Instant.parse("2020-01-15T15:59:59Z"), false, true);
        SerializedObject<String> written = SERIALIZER.serialize(verified, String.class);
        assertThat(written.getType().getRevision()).isEqualTo("2");

        IntermediateEventRepresentation representation = stored(written.getData(), "2");
        List<IntermediateEventRepresentation> upcast = upcast(representation);

        assertThat(upcast).containsExactly(representation);
        assertThat((EvidenceAttached) SERIALIZER.deserialize(upcast.get(0).getData(String.class))).isEqualTo(verified);
    }

    @Test
    void otherEventsAreLeftAlone() {
        IntermediateEventRepresentation other = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "UnitAssessment", "assessment-1", 0, "event-1", Instant.EPOCH,
                EvidenceWithdrawn.class.getName(), "1", "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), SERIALIZER);

        assertThat(upcast(other)).containsExactly(other);
    }

    private List<IntermediateEventRepresentation> upcast(IntermediateEventRepresentation representation) {
        return upcaster.upcast(Stream.of(representation)).toList();
    }

    private static IntermediateEventRepresentation stored(String payload, String revision) {
        SimpleSerializedObject<byte[]> data = new SimpleSerializedObject<>(payload.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(EvidenceAttached.class.getName(), revision));
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("UnitAssessment", "assessment-1", 3,
                "event-3", Instant.parse("2020-01-05T02:00:00Z"), data.getType().getName(), revision, data.getData(),
                "{}".getBytes(StandardCharsets.UTF_8)), SERIALIZER);
    }
}
