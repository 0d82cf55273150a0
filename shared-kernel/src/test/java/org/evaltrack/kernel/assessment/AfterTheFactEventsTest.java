package org.evaltrack.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

/**
 * 补录 added one nullable field to the events that may be entered after the fact, at the same revision: an event
 * stored before it existed has no such field and is read as entered live; a marked one keeps all three facts.
 */
class AfterTheFactEventsTest {

    /** As both sides configure it (CommandAxonConfig, the query side's twin). */
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build())
            .build();

    private static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-1");
    private static final AfterTheFact MARKER = new AfterTheFact(Instant.parse("2020-01-08T04:00:00Z"),
            Instant.parse("2026-12-07T02:00:00Z"), "2019年度补录");

    private static List<MayBeAfterTheFact> live() {
        return List.of(
                new ScoreClaimed(ASSESSMENT, SchemeId.of("s"), UnitId.of("u"), "1.1.1", null, Score.of("15"), Score.of("15"),
                        ScoringMode.STANDARD, "自评", List.of(), 1),
                new EvidenceAttached(ASSESSMENT, UnitId.of("u"), EvidenceId.of("e"), "台账.pdf", "application/pdf", 1,
                        "a".repeat(64), Set.of("1.1.1"), Set.of(TaskId.of("t")), Instant.parse("2020-01-05T02:00:00Z"), null,
                        Instant.parse("2020-01-15T15:59:59Z"), false, true),
                new BonusClaimed(ASSESSMENT, BonusClaimId.of("b"), BonusLevel.CENTRAL_MEDIA, "报道", "报道", "人民网", null,
                        Score.of("0.5"), Set.of(), null),
                new SelfAssessmentSubmitted(ASSESSMENT, SchemeId.of("s"), UnitId.of("u"), null, Score.of("15"), Score.of("0"),
                        Instant.parse("2020-01-10T02:00:00Z")),
                new ReviewAdjustmentMade(ASSESSMENT, SchemeId.of("s"), UnitId.of("u"), "1.1.1", Score.of("15"), Score.of("14"),
                        Score.of("15"), "理由"),
                new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b"), BonusLevel.CENTRAL_MEDIA, Score.of("0.5"), "核实"),
                new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b"), BonusLevel.CENTRAL_MEDIA, Score.of("0.5"), null, "重复"),
                new VetoApplied(ASSESSMENT, "V1", "事故", "理由"),
                new ReviewFinalized(ASSESSMENT, SchemeId.of("s"), UnitId.of("u"), Score.of("14"), Score.of("0"), Score.of("14"),
                        false, Instant.parse("2020-02-20T02:00:00Z")));
    }

    @Test
    void anEventStoredBeforeTheFieldExistedIsReadAsEnteredLive() {
        for (MayBeAfterTheFact event : live()) {
            String json = SERIALIZER.serialize(event, String.class).getData();
            String stored = json.replace(",\"afterTheFact\":null", "");
            assertThat(stored).as(event.getClass().getSimpleName()).doesNotContain("afterTheFact");

            Object read = SERIALIZER.deserialize(serialized(stored, event.getClass()));

            assertThat(read).isEqualTo(event);
            assertThat(((MayBeAfterTheFact) read).afterTheFact()).isNull();
        }
    }

    @Test
    void aMarkedEventKeepsItsStatedDateRecordedTimeAndReason() {
        ReviewAdjustmentMade marked = new ReviewAdjustmentMade(ASSESSMENT, SchemeId.of("s"), UnitId.of("u"), "1.1.1",
                Score.of("15"), Score.of("14"), Score.of("15"), "理由", MARKER);

        String json = SERIALIZER.serialize(marked, String.class).getData();
        ReviewAdjustmentMade read = SERIALIZER.deserialize(serialized(json, ReviewAdjustmentMade.class));

        assertThat(json).contains("\"statedAt\":\"2020-01-08T04:00:00Z\"", "2019年度补录");
        assertThat(read).isEqualTo(marked);
        assertThat(read.afterTheFact()).isEqualTo(MARKER);
    }

    private static SerializedObject<String> serialized(String json, Class<?> type) {
        return new SimpleSerializedObject<>(json, String.class, new SimpleSerializedType(type.getName(), revision(type)));
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(org.axonframework.serialization.Revision.class).value();
    }
}
