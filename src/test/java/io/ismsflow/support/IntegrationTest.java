package io.ismsflow.support;

import io.ismsflow.engine.InMemoryEngineConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on the in-memory engine and the real database (MariaDB/MySQL, see application-it.yml). Every
 * test class uses this one configuration, so they share one Spring context, one engine and one clean schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import({InMemoryEngineConfiguration.class, TestDatabase.class, TestFaults.class, TestMail.class})
public @interface IntegrationTest {
}
