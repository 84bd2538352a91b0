package io.ismsflow.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.InvalidFieldsException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The audit's rules the task list enforces before a task completes, the same its workers enforce after. */
class AuditTaskChecks {

    private static final String PROCESS = "internal-audit";

    private AuditTaskChecks() {
    }

    /** The plan names known people, criteria that exist, a method, and a sample size when it samples. */
    @Component
    static class PlanIsComplete implements TaskSubmissionCheck {

        private final Audits audits;
        private final Validator validator;
        private final ObjectMapper json;

        PlanIsComplete(Audits audits, Validator validator, ObjectMapper json) {
            this.audits = audits;
            this.validator = validator;
            this.json = json;
        }

        @Override
        public String processId() {
            return PROCESS;
        }

        @Override
        public String taskElementId() {
            return "plan-audit";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            Map<String, Object> given = new HashMap<>(submission);
            TaskContext.idIn(taskVariables, "auditId").ifPresent(id -> given.put("auditId", id));
            AuditPlan plan;
            try {
                plan = json.convertValue(given, PlanSubmission.class).plan();
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldsException(Map.of("auditMethods", "holds a method ISMS Flow does not know"));
            }
            Map<String, String> problems = new TreeMap<>();
            validator.validate(plan).forEach(violation -> problems.putIfAbsent(formField(violation.getPropertyPath().toString()),
                    violation.getMessage()));
            plan.criteria().stream().filter(criterion -> audits.titleOf(criterion).isEmpty()).findFirst()
                    .ifPresent(unknown -> problems.putIfAbsent("planCriteria", unknown
                            + " is neither a clause of 4–10, an Annex A control (A.5.1–A.8.34) nor a document of the register (POL-001)"));
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
        }

        private static String formField(String property) {
            return switch (property.replaceAll("\\[.*", "")) {
                case "team" -> "auditTeam";
                case "scope" -> "planScope";
                case "criteria" -> "planCriteria";
                case "methods" -> "auditMethods";
                default -> property.replaceAll("\\[.*", "");
            };
        }
    }

    /** The checklist is complete, each nonconforming row has its finding, and an audit without findings states its conformity. */
    @Component
    static class FieldworkIsComplete implements TaskSubmissionCheck {

        private final Audits audits;

        FieldworkIsComplete(Audits audits) {
            this.audits = audits;
        }

        @Override
        public String processId() {
            return PROCESS;
        }

        @Override
        public String taskElementId() {
            return "conduct-audit";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskContext.idIn(taskVariables, "auditId").map(audits::get).ifPresent(audit -> {
                Object statement = submission.get("conformityStatement");
                Map<String, String> problems = audit.fieldworkProblems(statement == null ? null : statement.toString());
                if (!problems.isEmpty()) {
                    throw new InvalidFieldsException(problems);
                }
            });
        }
    }

    /** Four eyes: the lead auditor never approves their own report; sent back, the report needs the reason. */
    @Component
    static class ReportApprovedBySomeoneElse implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return PROCESS;
        }

        @Override
        public String taskElementId() {
            return "approve-audit-report";
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            return user.equals(taskVariables.get("leadAuditor"))
                    ? Optional.of("You led this audit: its report is approved by another ISMS manager (four eyes, 9.2.2 c).")
                    : Optional.empty();
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "reportDecision", "reject", "reportDecisionReason",
                    "is required: say what needs to change");
        }
    }
}
