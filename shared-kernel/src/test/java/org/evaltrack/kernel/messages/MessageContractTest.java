package org.evaltrack.kernel.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** Rules every message of the kernel keeps, checked over all compiled message classes. */
class MessageContractTest {

    private static final List<String> MESSAGE_PACKAGES = List.of("scheme", "assessment", "ledger", "unit");

    @Test
    void everyEventCarriesARevisionSoItCanBeUpcastLater() throws Exception {
        List<Class<?>> events = records().stream().filter(MessageContractTest::isEvent).toList();
        assertThat(events).hasSizeGreaterThan(25);
        assertThat(events).allSatisfy(e -> assertThat(e.getAnnotation(Revision.class))
                .as(e.getSimpleName()).isNotNull());
    }

    @Test
    void everyCommandTargetsAnAggregateThroughItsFirstComponent() throws Exception {
        List<Class<?>> commands = records().stream().filter(MessageContractTest::isCommand).toList();
        assertThat(commands).hasSizeGreaterThan(25);
        assertThat(commands).allSatisfy(c -> assertThat(fieldAnnotated(c, c.getRecordComponents()[0].getName()))
                .as(c.getSimpleName()).isTrue());
    }

    @Test
    void noMessageCarriesAFloatingPointNumber() throws Exception {
        assertThat(records()).allSatisfy(r -> assertThat(Stream.of(r.getRecordComponents())
                .map(rc -> rc.getType()).filter(t -> t == double.class || t == float.class
                        || t == Double.class || t == Float.class))
                .as(r.getSimpleName()).isEmpty());
    }

    @Test
    void eventsNameFactsInThePastTense() throws Exception {
        assertThat(records().stream().filter(MessageContractTest::isEvent))
                .allSatisfy(e -> assertThat(e.getSimpleName()).matches(".*(ed|Out|Made|Withdrawn|Written)$"));
    }

    private static boolean fieldAnnotated(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean isEvent(Class<?> type) {
        return !isCommand(type) && !isValue(type);
    }

    private static boolean isCommand(Class<?> type) {
        return Stream.of(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    /** Value types and ids live beside the messages; they are neither commands nor events. */
    private static boolean isValue(Class<?> type) {
        String n = type.getSimpleName();
        return n.endsWith("Id") || n.equals("Deadlines") || n.equals("SubItem") || n.equals("ReportedFigure")
                || n.equals("DeclaredTotals") || n.equals("AfterTheFact") || type == Score.class;
    }

    private static List<Class<?>> records() throws IOException, URISyntaxException {
        Path root = Paths.get(Score.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.contains("$"))
                    .filter(p -> MESSAGE_PACKAGES.stream().anyMatch(pkg -> p.startsWith("org/evaltrack/kernel/" + pkg + "/")))
                    .map(p -> p.replace('/', '.').replace(".class", ""))
                    .map(MessageContractTest::load)
                    .filter(Class::isRecord)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
