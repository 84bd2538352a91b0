package io.ismsflow;

import io.ismsflow.demo.DemoData;
import io.ismsflow.review.DemoReviews;
import io.ismsflow.engine.InMemoryEngineConfiguration;
import io.ismsflow.support.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The zero-setup dev run ({@code ./mvnw spring-boot:test-run}): the app on Camunda's in-memory engine, a new
 * database on an embedded MariaDB (or the server {@code ISMS_TEST_DB_URL} names) and demo data, all fresh on
 * every start; {@code --isms.clock.start=2027-03-31T20:00:00Z} starts it on another day.
 */
public class TestIsmsApplication {

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.from(IsmsFlowApplication::main)
                .with(InMemoryEngineConfiguration.class, TestDatabase.class, DemoData.class, DemoReviews.class)
                .withAdditionalProfiles("dev")
                .run(args).getApplicationContext();
    }
}
