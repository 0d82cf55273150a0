package org.evaltrack.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static StoredEvents.Row row(long sequence, String eventId, String payloadType, String payload, String metaData) {
        return new StoredEvents.Row("assessment-a", "UnitAssessment", sequence, eventId, "2020-01-10T02:00:0" + sequence + "Z",
                payloadType, null, bytes(payload), metaData == null ? null : bytes(metaData));
    }

    private static final List<StoredEvents.Row> ROWS = List.of(
            row(0, "e0", "Opened", "{\"a\":1}", "{\"userId\":\"u\"}"),
            row(1, "e1", "Claimed", "{\"b\":2}", "{}"),
            row(2, "e2", "Claimed", "{\"c\":3}", null));

    /** The links as the recorder writes them. */
    private static Map<Long, StoredEvents.Link> chainOf(List<StoredEvents.Row> rows) {
        return chainOf(rows, ChainHash.CURRENT_RULE);
    }

    private static Map<Long, StoredEvents.Link> chainOf(List<StoredEvents.Row> rows, int rule) {
        Map<Long, StoredEvents.Link> links = new TreeMap<>();
        String previous = ChainHash.GENESIS;
        for (StoredEvents.Row row : rows) {
            String hash = ChainHash.of(rule, row, previous);
            links.put(row.sequenceNumber(), new StoredEvents.Link(row.sequenceNumber(), row.eventIdentifier(), hash, previous, rule));
            previous = hash;
        }
        return links;
    }

    private static StoredEvents.Row with(StoredEvents.Row r, String column, String value) {
        return new StoredEvents.Row(
                column.equals("aggregate_identifier") ? value : r.aggregateIdentifier(),
                column.equals("type") ? value : r.type(),
                column.equals("sequence_number") ? Long.parseLong(value) : r.sequenceNumber(),
                column.equals("event_identifier") ? value : r.eventIdentifier(),
                column.equals("time_stamp") ? value : r.timeStamp(),
                column.equals("payload_type") ? value : r.payloadType(),
                column.equals("payload_revision") ? value : r.payloadRevision(),
                column.equals("payload") ? bytes(value) : r.payload(),
                column.equals("meta_data") ? (value == null ? null : bytes(value)) : r.metaData());
    }

    @Test
    void theHashIsSixtyFourLowerCaseHexDigitsAndRepeatable() {
        String hash = ChainHash.payloadRule(bytes("p"), bytes("m"), "e", 3, ChainHash.GENESIS);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(ChainHash.payloadRule(bytes("p"), bytes("m"), "e", 3, ChainHash.GENESIS));
    }

    @Test
    void movingBytesBetweenPayloadAndMetadataChangesTheHash() {
        assertThat(ChainHash.payloadRule(bytes("ab"), bytes("c"), "e", 0, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.payloadRule(bytes("a"), bytes("bc"), "e", 0, ChainHash.GENESIS));
    }

    @Test
    void noMetadataAndEmptyMetadataHashDifferently() {
        assertThat(ChainHash.payloadRule(bytes("p"), null, "e", 0, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.payloadRule(bytes("p"), new byte[0], "e", 0, ChainHash.GENESIS));
    }

    @Test
    void eachInputChangesTheHash() {
        String base = ChainHash.payloadRule(bytes("p"), bytes("m"), "e", 0, ChainHash.GENESIS);

        assertThat(List.of(
                ChainHash.payloadRule(bytes("q"), bytes("m"), "e", 0, ChainHash.GENESIS),
                ChainHash.payloadRule(bytes("p"), bytes("n"), "e", 0, ChainHash.GENESIS),
                ChainHash.payloadRule(bytes("p"), bytes("m"), "f", 0, ChainHash.GENESIS),
                ChainHash.payloadRule(bytes("p"), bytes("m"), "e", 1, ChainHash.GENESIS),
                ChainHash.payloadRule(bytes("p"), bytes("m"), "e", 0, "1".repeat(64)))).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void underTheCurrentRuleEveryColumnAReplayReadsChangesTheHash() {
        StoredEvents.Row base = ROWS.get(1);
        String baseHash = ChainHash.of(ChainHash.CURRENT_RULE, base, ChainHash.GENESIS);
        Map<String, String> edits = new java.util.LinkedHashMap<>();
        edits.put("aggregate_identifier", "assessment-b");
        edits.put("type", "Scheme");
        edits.put("sequence_number", "7");
        edits.put("event_identifier", "e9");
        edits.put("time_stamp", "2019-06-01T00:00:00Z");
        edits.put("payload_type", "org.evaltrack.kernel.assessment.ScoreAdjusted");
        edits.put("payload_revision", "2");
        edits.put("payload", "{\"b\":3}");
        edits.put("meta_data", "{\"userId\":\"x\"}");

        List<String> hashes = new ArrayList<>();
        edits.forEach((column, value) -> hashes.add(ChainHash.of(ChainHash.CURRENT_RULE, with(base, column, value),
                ChainHash.GENESIS)));
        hashes.add(ChainHash.of(ChainHash.CURRENT_RULE, with(base, "meta_data", null), ChainHash.GENESIS));
        hashes.add(ChainHash.of(ChainHash.CURRENT_RULE, base, "1".repeat(64)));

        assertThat(hashes).hasSize(edits.size() + 2).doesNotContain(baseHash).doesNotHaveDuplicates();
    }

    @Test
    void noRevisionAndAnEmptyRevisionHashDifferently() {
        StoredEvents.Row base = ROWS.get(1);

        assertThat(ChainHash.of(ChainHash.CURRENT_RULE, base, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(ChainHash.CURRENT_RULE, with(base, "payload_revision", ""), ChainHash.GENESIS));
    }

    @Test
    void theOldRuleLeavesTheTimeStampOutWhichIsWhyItWasReplaced() {
        StoredEvents.Row base = ROWS.get(1);
        StoredEvents.Row backdated = with(base, "time_stamp", "2019-06-01T00:00:00Z");

        assertThat(ChainHash.of(ChainHash.RULE_PAYLOAD, backdated, ChainHash.GENESIS))
                .isEqualTo(ChainHash.of(ChainHash.RULE_PAYLOAD, base, ChainHash.GENESIS));
        assertThat(ChainHash.of(ChainHash.CURRENT_RULE, backdated, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(ChainHash.CURRENT_RULE, base, ChainHash.GENESIS));
    }

    @Test
    void eachColumnEditedUnderTheCurrentRuleBreaksTheChainAtItsPosition() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        for (String column : List.of("type", "time_stamp", "payload_type", "payload_revision", "payload", "meta_data")) {
            List<StoredEvents.Row> edited = new ArrayList<>(ROWS);
            edited.set(1, with(ROWS.get(1), column, "2019-06-01T00:00:00Z"));

            IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(edited, links);

            assertThat(found).as(column).isNotNull();
            assertThat(found.sequenceNumber()).as(column).isEqualTo(1);
            assertThat(found.problem()).as(column).isEqualTo(IntegrityReport.HASH_MISMATCH);
        }
    }

    @Test
    void anOldRuleChainIsCheckedByTheOldRuleAndIsIntact() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS, ChainHash.RULE_PAYLOAD);

        assertThat(IntegrityVerifier.firstBreak(ROWS, links)).isNull();
        assertThat(IntegrityVerifier.linksUnderOlderRule(links)).isEqualTo(3);
    }

    @Test
    void aChainMayMoveFromTheOldRuleToTheNewOne() {
        // links written before V11, then one appended after it, continuing from the old hash
        Map<Long, StoredEvents.Link> links = chainOf(ROWS.subList(0, 2), ChainHash.RULE_PAYLOAD);
        String previous = links.get(1L).hash();
        links.put(2L, new StoredEvents.Link(2, "e2", ChainHash.of(ChainHash.CURRENT_RULE, ROWS.get(2), previous), previous,
                ChainHash.CURRENT_RULE));

        assertThat(IntegrityVerifier.firstBreak(ROWS, links)).isNull();
        assertThat(IntegrityVerifier.linksUnderOlderRule(links)).isEqualTo(2);
    }

    @Test
    void theNewestLinkRewrittenUnderTheOldRuleToHideAnEditIsABreak() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        List<StoredEvents.Row> edited = new ArrayList<>(ROWS);
        edited.set(2, with(ROWS.get(2), "time_stamp", "2019-06-01T00:00:00Z"));
        String previous = links.get(1L).hash();
        // the old rule does not see the time, so the forger keeps the old rule's hash valid
        links.put(2L, new StoredEvents.Link(2, "e2", ChainHash.of(ChainHash.RULE_PAYLOAD, edited.get(2), previous), previous,
                ChainHash.RULE_PAYLOAD));

        IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(edited, links);

        assertThat(found.sequenceNumber()).isEqualTo(2);
        assertThat(found.problem()).isEqualTo(IntegrityReport.RULE_DOWNGRADED);
    }

    @Test
    void aLinkNamingAnUnknownRuleIsABreak() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        StoredEvents.Link first = links.get(0L);
        links.put(0L, new StoredEvents.Link(0, "e0", first.hash(), first.previousHash(), 9));

        assertThat(IntegrityVerifier.firstBreak(ROWS, links).problem()).isEqualTo(IntegrityReport.RULE_DOWNGRADED);
    }

    @Test
    void anUntouchedChainHasNoBreak() {
        assertThat(IntegrityVerifier.firstBreak(ROWS, chainOf(ROWS))).isNull();
    }

    @Test
    void anEditedPayloadBreaksTheChainAtItsPosition() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        List<StoredEvents.Row> edited = new ArrayList<>(ROWS);
        edited.set(1, with(ROWS.get(1), "payload", "{\"b\":9}"));

        IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(edited, links);

        assertThat(found.sequenceNumber()).isEqualTo(1);
        assertThat(found.eventId()).isEqualTo("e1");
        assertThat(found.problem()).isEqualTo(IntegrityReport.HASH_MISMATCH);
        assertThat(found.foundHash()).isEqualTo(links.get(1L).hash());
        assertThat(found.expectedHash()).isNotEqualTo(found.foundHash());
    }

    @Test
    void aRecomputedLinkDoesNotHideTheEditBecauseTheNextLinkNamesTheOldHash() {
        List<StoredEvents.Row> edited = new ArrayList<>(ROWS);
        edited.set(1, with(ROWS.get(1), "payload", "{\"b\":9}"));
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        links.put(1L, chainOf(edited).get(1L));

        IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(edited, links);

        assertThat(found.sequenceNumber()).isEqualTo(2);
        assertThat(found.problem()).isEqualTo(IntegrityReport.HASH_MISMATCH);
    }

    @Test
    void aDeletedEventRowIsReportedAtItsPosition() {
        List<StoredEvents.Row> deleted = List.of(ROWS.get(0), ROWS.get(2));

        IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(deleted, chainOf(ROWS));

        assertThat(found.sequenceNumber()).isEqualTo(1);
        assertThat(found.eventId()).isEqualTo("e1");
        assertThat(found.problem()).isEqualTo(IntegrityReport.EVENT_MISSING);
    }

    @Test
    void anEventWithoutALinkIsReported() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        links.remove(2L);

        IntegrityReport.ChainBreak found = IntegrityVerifier.firstBreak(ROWS, links);

        assertThat(found.sequenceNumber()).isEqualTo(2);
        assertThat(found.problem()).isEqualTo(IntegrityReport.LINK_MISSING);
    }
}
