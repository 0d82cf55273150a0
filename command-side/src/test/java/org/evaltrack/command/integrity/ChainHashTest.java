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

    private static final List<StoredEvents.Row> ROWS = List.of(
            new StoredEvents.Row(0, "e0", "Opened", bytes("{\"a\":1}"), bytes("{\"userId\":\"u\"}")),
            new StoredEvents.Row(1, "e1", "Claimed", bytes("{\"b\":2}"), bytes("{}")),
            new StoredEvents.Row(2, "e2", "Claimed", bytes("{\"c\":3}"), null));

    /** The links as the recorder writes them. */
    private static Map<Long, StoredEvents.Link> chainOf(List<StoredEvents.Row> rows) {
        Map<Long, StoredEvents.Link> links = new TreeMap<>();
        String previous = ChainHash.GENESIS;
        for (StoredEvents.Row row : rows) {
            String hash = ChainHash.of(row.payload(), row.metaData(), row.eventIdentifier(), row.sequenceNumber(), previous);
            links.put(row.sequenceNumber(), new StoredEvents.Link(row.sequenceNumber(), row.eventIdentifier(), hash, previous));
            previous = hash;
        }
        return links;
    }

    @Test
    void theHashIsSixtyFourLowerCaseHexDigitsAndRepeatable() {
        String hash = ChainHash.of(bytes("p"), bytes("m"), "e", 3, ChainHash.GENESIS);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(ChainHash.of(bytes("p"), bytes("m"), "e", 3, ChainHash.GENESIS));
    }

    @Test
    void movingBytesBetweenPayloadAndMetadataChangesTheHash() {
        assertThat(ChainHash.of(bytes("ab"), bytes("c"), "e", 0, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(bytes("a"), bytes("bc"), "e", 0, ChainHash.GENESIS));
    }

    @Test
    void noMetadataAndEmptyMetadataHashDifferently() {
        assertThat(ChainHash.of(bytes("p"), null, "e", 0, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(bytes("p"), new byte[0], "e", 0, ChainHash.GENESIS));
    }

    @Test
    void eachInputChangesTheHash() {
        String base = ChainHash.of(bytes("p"), bytes("m"), "e", 0, ChainHash.GENESIS);

        assertThat(List.of(
                ChainHash.of(bytes("q"), bytes("m"), "e", 0, ChainHash.GENESIS),
                ChainHash.of(bytes("p"), bytes("n"), "e", 0, ChainHash.GENESIS),
                ChainHash.of(bytes("p"), bytes("m"), "f", 0, ChainHash.GENESIS),
                ChainHash.of(bytes("p"), bytes("m"), "e", 1, ChainHash.GENESIS),
                ChainHash.of(bytes("p"), bytes("m"), "e", 0, "1".repeat(64)))).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void anUntouchedChainHasNoBreak() {
        assertThat(IntegrityVerifier.firstBreak(ROWS, chainOf(ROWS))).isNull();
    }

    @Test
    void anEditedPayloadBreaksTheChainAtItsPosition() {
        Map<Long, StoredEvents.Link> links = chainOf(ROWS);
        List<StoredEvents.Row> edited = new ArrayList<>(ROWS);
        edited.set(1, new StoredEvents.Row(1, "e1", "Claimed", bytes("{\"b\":9}"), bytes("{}")));

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
        edited.set(1, new StoredEvents.Row(1, "e1", "Claimed", bytes("{\"b\":9}"), bytes("{}")));
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
