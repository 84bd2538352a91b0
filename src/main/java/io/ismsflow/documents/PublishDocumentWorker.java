package io.ismsflow.documents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Puts the approved version in force until its next review (7.5.2) and tells the people who need it. */
@Component
public class PublishDocumentWorker {

    private final DocumentRegister register;
    private final DocumentProperties properties;
    private final Clock clock;

    PublishDocumentWorker(DocumentRegister register, DocumentProperties properties, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "publish-document")
    public void publish(ActivatedJob job, @Variable long documentId, @Variable(optional = true) String completedBy) {
        register.publish(documentId, LocalDate.now(clock).plus(properties.reviewInterval()), Actor.forJob(job, completedBy));
    }
}
