package io.ismsflow.engine;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox between ISMS Flow's records and the engine (Spring Modulith's event publication
 * registry): a message handed over inside a transaction is stored with that transaction's rows, published to the
 * engine after the commit, and published again until the engine has taken it: after a restart, and by the
 * resubmission every {@code isms.outbox.resubmit-every}. Publishing twice is harmless by design: start messages
 * live for no time and carry a business correlation key, so a second copy starts nothing while the first
 * instance runs, and the first worker of each process refuses a second instance for the same record.
 */
@Component
public class EngineOutbox {

    private static final Logger log = LoggerFactory.getLogger(EngineOutbox.class);

    private final ApplicationEventPublisher events;
    private final CamundaClient camunda;
    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    EngineOutbox(ApplicationEventPublisher events, CamundaClient camunda, IncompleteEventPublications incomplete,
                 @Value("${isms.outbox.resubmit-after}") Duration resubmitAfter) {
        this.events = events;
        this.camunda = camunda;
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    /** Stores the message with the current transaction's changes; it reaches the engine once they commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAfterCommit(ProcessMessage message) {
        events.publishEvent(message);
    }

    @ApplicationModuleListener
    void publish(ProcessMessage message) {
        camunda.newPublishMessageCommand()
                .messageName(message.name())
                .correlationKey(message.correlationKey())
                .messageId(message.messageId())
                .timeToLive(message.timeToLive())
                .variables(message.variables())
                .send()
                .join();
    }

    /** Safe on every app instance at once: a message published twice starts one process (see above). */
    @Scheduled(fixedDelayString = "${isms.outbox.resubmit-every}", initialDelayString = "${isms.outbox.resubmit-every}")
    void resubmitIncomplete() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        } catch (RuntimeException e) {
            log.warn("Messages for the engine wait in the outbox: {}", e.getMessage());
        }
    }
}
