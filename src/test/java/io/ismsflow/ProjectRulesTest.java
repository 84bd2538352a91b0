package io.ismsflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ismsflow.engine.EngineClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of DESIGN.md that the compiler does not check. */
class ProjectRulesTest {

    /** SQL that asks the database for the date or time; "today" must come from the app's Clock (tests move it). */
    private static final Pattern DATABASE_CLOCK = Pattern.compile(
            "(?i)\\b(current_date|current_time|current_timestamp|curdate\\s*\\(|curtime\\s*\\(|(?<![.\\w])now\\s*\\(|sysdate\\s*\\(|utc_date|utc_timestamp)");

    private final JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ismsflow");

    @Test
    void theInMemoryEngineIsATestToolOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.camunda.zeebe.process.test..")
                .because("zeebe-process-test is licensed for tests and the dev run only").check(main);
    }

    @Test
    void queriesTakeTodayFromTheAppsClockNotFromTheDatabase() throws IOException {
        assertThat(filesContaining(Path.of("src/main/java"), DATABASE_CLOCK)).as("Java sources with SQL using the database's clock").isEmpty();
        assertThat(filesContaining(Path.of("src/main/resources/db/migration"), DATABASE_CLOCK)).as("migrations using the database's clock").isEmpty();
    }

    /**
     * The date is the app's Clock's, in the app and in the tests alike: {@code isms.clock.start} and the tests move it,
     * so a test that read the system's date would pass on some days and not on others. The engine clock itself counts
     * from the system's time, and an identity provider's token is issued on the provider's.
     */
    @Test
    void datesComeFromTheAppsClockNotFromTheSystem() {
        JavaClasses everything = new ClassFileImporter().importPackages("io.ismsflow");
        List<Class<?>> dated = List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Year.class, YearMonth.class);
        for (Class<?> type : dated) {
            noClasses().that().doNotHaveFullyQualifiedName(EngineClock.class.getName())
                    .and().doNotHaveFullyQualifiedName("io.ismsflow.security.PeopleTest")
                    .should().callMethod(type, "now").because("today comes from the app's Clock: LocalDate.now(clock)").check(everything);
        }
        noClasses().that().doNotHaveFullyQualifiedName(IsmsFlowApplication.class.getName())
                .should().callMethod(Clock.class, "systemUTC").orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("the app declares one Clock, which the tests replace").check(everything);
    }

    private static List<Path> filesContaining(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    // Prose in comments ("…known now (after…)") is not SQL: only code lines count.
                    return Files.readAllLines(file).stream().map(String::strip)
                            .filter(line -> !line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//") && !line.startsWith("--"))
                            .anyMatch(line -> pattern.matcher(line).find());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
