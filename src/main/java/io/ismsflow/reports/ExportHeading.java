package io.ismsflow.reports;

import io.ismsflow.security.People;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** What every export says of itself: the organisation, when and by whom it was exported, and ISMS Flow's version. */
@Component
class ExportHeading {

    record Heading(String organisation, Instant exportedAt, String exportedBy, String version) {

        String line(String title) {
            return "%s, %s. Exported %s by %s from ISMS Flow %s.".formatted(title, organisation, exportedAt, exportedBy, version);
        }
    }

    private final String organisation;
    private final String version;
    private final People people;
    private final Clock clock;

    ExportHeading(@Value("${isms.organisation.name}") String organisation, ObjectProvider<BuildProperties> build, People people, Clock clock) {
        this.organisation = organisation;
        this.version = build.getIfAvailable() == null ? "(development)" : build.getIfAvailable().getVersion();
        this.people = people;
        this.clock = clock;
    }

    Heading by(String username) {
        return new Heading(organisation, clock.instant(), people.displayName(username), version);
    }
}
