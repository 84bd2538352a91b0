package io.ismsflow;

import io.camunda.client.annotation.Deployment;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Deployment(resources = {"classpath*:bpmn/*.bpmn", "classpath*:forms/*.form"})
public class IsmsFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(IsmsFlowApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Bean Validation's "not in the future" reads the app's clock too, which the tests and isms.clock.start move. */
    @Bean
    ValidationConfigurationCustomizer validationOnTheAppsClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
