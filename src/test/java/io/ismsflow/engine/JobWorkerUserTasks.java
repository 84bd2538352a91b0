package io.ismsflow.engine;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

/**
 * Rewrites Camunda user tasks ({@code zeebe:userTask}) into job-worker user tasks, which the in-memory engine
 * can run without a REST API: the marker and the task listeners go, the linked form id moves into a task header. Candidate groups,
 * assignee and due date stay where they are and reach the job as {@code io.camunda.zeebe:*} headers.
 */
public final class JobWorkerUserTasks {

    public static final String JOB_TYPE = "io.camunda.zeebe:userTask";
    public static final String FORM_ID_HEADER = "formId";

    private JobWorkerUserTasks() {
    }

    public static BpmnModelInstance rewrite(BpmnModelInstance model) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ExtensionElements extensions = task.getExtensionElements();
            if (extensions == null) {
                continue;
            }
            extensions.getChildElementsByType(ZeebeUserTask.class).forEach(extensions::removeChildElement);
            // Job-worker user tasks have no task listeners: the job-worker task inbox keeps the app's task table.
            extensions.getChildElementsByType(ZeebeTaskListeners.class).forEach(extensions::removeChildElement);
            for (ZeebeFormDefinition form : extensions.getChildElementsByType(ZeebeFormDefinition.class)) {
                header(model, extensions, FORM_ID_HEADER, form.getFormId());
                extensions.removeChildElement(form);
            }
        }
        return model;
    }

    private static void header(BpmnModelInstance model, ExtensionElements extensions, String key, String value) {
        ZeebeTaskHeaders headers = extensions.getChildElementsByType(ZeebeTaskHeaders.class).stream().findFirst()
                .orElseGet(() -> extensions.addExtensionElement(ZeebeTaskHeaders.class));
        ZeebeHeader header = model.newInstance(ZeebeHeader.class);
        header.setKey(key);
        header.setValue(value);
        headers.addChildElement(header);
    }
}
