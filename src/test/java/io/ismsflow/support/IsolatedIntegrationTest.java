package io.ismsflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole app as {@link IntegrationTest} runs it, but in an application context of the test class's own: its own
 * empty database and its own in-memory engine, closed after the class. For tests that assert figures over all
 * records (a KPI, an input pack) or walk the clock for months without firing other tests' timers. Costs a context
 * start (a few seconds), so only where sharing would make a test wrong.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "isms.test.database-purpose=isolated")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface IsolatedIntegrationTest {
}
