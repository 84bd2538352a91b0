package io.ismsflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The rewrite for the in-memory engine leaves nothing of Camunda user tasks the engine would refuse. */
class JobWorkerUserTasksTest {

    @Test
    void userTasksLoseTheirMarkerAndListenersAndKeepTheirFormAsAHeader() {
        for (var model : new ProcessModels().forInMemoryEngine().entrySet()) {
            String xml = Bpmn.convertToString(model.getValue());
            assertThat(xml).as(model.getKey()).doesNotContain("zeebe:userTask>").doesNotContain("<zeebe:userTask/>")
                    .doesNotContain("taskListener").contains("key=\"formId\"");
            BpmnModelInstance reread = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes()));
            Bpmn.validateModel(reread);
        }
    }
}
