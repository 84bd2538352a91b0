package io.ismsflow;

import io.ismsflow.demo.DemoData;
import io.ismsflow.engine.InMemoryEngineConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * The zero-setup dev run ({@code ./mvnw spring-boot:test-run}): the app on Camunda's in-memory engine, an
 * in-memory H2 database in MySQL mode and demo data, all fresh on every start.
 */
public class TestIsmsApplication {

    public static void main(String[] args) {
        SpringApplication.from(IsmsFlowApplication::main)
                .with(InMemoryEngineConfiguration.class, DemoData.class)
                .withAdditionalProfiles("dev")
                .run(args);
    }
}
