package io.ismsflow.demo;

import io.ismsflow.context.ClimateDecision;
import io.ismsflow.context.Feedback;
import io.ismsflow.context.FeedbackChannel;
import io.ismsflow.context.IsmsRole;
import io.ismsflow.context.IsmsRoles;
import io.ismsflow.context.IsmsScope;
import io.ismsflow.context.IssueCategory;
import io.ismsflow.context.IssueDraft;
import io.ismsflow.context.IssueOrigin;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.context.PartyDraft;
import io.ismsflow.context.PartyKind;
import io.ismsflow.context.RoleDraft;
import io.ismsflow.context.ScopeDraft;
import io.ismsflow.context.ScopeVersion;
import io.ismsflow.audit.AuditProgrammes;
import io.ismsflow.audit.AuditUniverse;
import io.ismsflow.audit.Audits;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.documents.Classification;
import io.ismsflow.documents.DocumentDraft;
import io.ismsflow.documents.DocumentRegister;
import io.ismsflow.documents.DocumentType;
import io.ismsflow.documents.Revision;
import io.ismsflow.documents.TextFile;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.Frequency;
import io.ismsflow.measurement.ImprovementDraft;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.measurement.Metric;
import io.ismsflow.measurement.MetricDraft;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.measurement.ObjectiveDraft;
import io.ismsflow.measurement.Objectives;
import io.ismsflow.review.ManagementReviews;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.risk.TreatmentActionDraft;
import io.ismsflow.risk.TreatmentPlans;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.ControlDecision;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.InclusionReason;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.TaskQuery;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo data for the dev run: a register of a dozen realistic risks across all levels, three of them due for
 * review so their tasks show at once, an SoA with a plausible mix of decisions and statuses, and two
 * nonconformities whose corrective-action processes wait for containment. Everything goes
 * through the same services as real input, so the audit trail shows it too.
 *
 * Imported by the dev run only (not a component, so tests never see it). The runners are ordered: each later one
 * builds on the records of those before it (the audit on the register, the management reviews on everything).
 */
public class DemoData {

    private static final Actor DEMO = Actor.person("demo-data");

    /** Health and readiness DOWN until the demo is in (named "demo" in /actuator/health). */
    @Bean
    DemoReadiness demo(JdbcClient jdbc, ManagementReviews reviews) {
        return new DemoReadiness(jdbc, reviews);
    }

    @Bean
    @Order(1)
    ApplicationRunner demoRegister(RiskRegister risks, TreatmentPlans treatments, StatementOfApplicability soa, CorrectiveActionProcess corrective,
                                   Clock clock) {
        return args -> {
            LocalDate today = LocalDate.now(clock);
            List<Risk> register = demoRisks(today).stream().map(draft -> risks.identify(draft, DEMO)).toList();
            // The ransomware risk's plan: its review (due now) starts these as tasks when the owner decides to modify it.
            treatments.plan(register.getFirst(), new TreatmentActionDraft("Offline, immutable copy of the file server backups", "8.13",
                    "it-operations", "Backup appliance, 3 days of IT", today.plusWeeks(4)), Actor.person("risk-owner"));
            treatments.plan(register.getFirst(), new TreatmentActionDraft("Separate the backup network from the office domain", "8.22",
                    "it-operations", "Firewall change, 2 days of IT", today.plusWeeks(6)), Actor.person("risk-owner"));
            demoDecisions(today).forEach(decision -> soa.decide(decision.id(), decision.asOf(soa.get(decision.id())), DEMO));
            corrective.raise(new NonconformityDraft(null, NonconformitySource.INTERNAL_AUDIT, "IA-%d-02 finding 3".formatted(today.getYear() - 1),
                    "Backup restores never tested", "No restore of the file server backups was tested in the year before the audit, although the "
                    + "backup procedure requires a quarterly test.", "IT operations", Severity.MAJOR, "risk-owner",
                    List.of("8.13"), List.of(register.get(0).getId())), Actor.person("auditor"));
            corrective.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Visitor log incomplete",
                    "The reception's visitor log has no entries for three days in October.", "Reception", Severity.MINOR,
                    "isms-manager", List.of("7.2"), List.of()), Actor.person("isms-manager"));
        };
    }

    /** The context (4.1, 4.2): eight issues, one retired, the climate decision, six interested parties, some requirements not addressed. */
    @Bean
    @Order(2)
    ApplicationRunner demoContext(OrganisationContext context, Clock clock) {
        return args -> {
            LocalDate today = LocalDate.now(clock);
            List.of(
                    issue("NIS2 applies to us as an important entity", IssueOrigin.EXTERNAL, IssueCategory.LEGAL,
                            "Incident reporting within 24 h and management accountability widen the ISMS scope", "isms-manager", today.plusMonths(6)),
                    issue("Customers ask for ISO 27001 certification in tenders", IssueOrigin.EXTERNAL, IssueCategory.ECONOMIC,
                            "The ISMS must be certifiable by the next tender round", "top-manager", today.plusMonths(9)),
                    issue("Ransomware groups target our sector", IssueOrigin.EXTERNAL, IssueCategory.TECHNOLOGICAL,
                            "Backups, segmentation and detection are priorities of the risk treatment", "risk-owner", today.plusMonths(3)),
                    issue("River floods more often near the head office", IssueOrigin.EXTERNAL, IssueCategory.ENVIRONMENTAL,
                            "The server room on the ground floor is exposed; moving to the cloud lowers it", "isms-manager", today.plusMonths(12)),
                    issue("Half of the staff work remotely", IssueOrigin.INTERNAL, IssueCategory.PEOPLE,
                            "Endpoint security and awareness matter more than the office perimeter", "it-operations", today.plusMonths(6)),
                    issue("One administrator knows the firewall", IssueOrigin.INTERNAL, IssueCategory.ORGANISATIONAL,
                            "A single point of failure for network changes and incident response", "it-operations", today.plusMonths(2)),
                    issue("ERP migration in " + (today.getYear() + 1), IssueOrigin.INTERNAL, IssueCategory.PROCESSES,
                            "Access rights and data flows change; the SoA needs review after go-live", "isms-manager", today.plusMonths(8)),
                    issue("On-premises mail server", IssueOrigin.INTERNAL, IssueCategory.TECHNOLOGICAL,
                            "Replaced by the cloud mail service in " + today.getYear(), "it-operations", today.plusMonths(1)))
                    .forEach(draft -> context.record(draft, DEMO));
            context.retire(context.issues().getLast().getId(), DEMO);
            context.recordParty(new PartyDraft("Enterprise customers", PartyKind.CUSTOMERS, "Customers buying the SaaS platform", List.of(
                    new PartyDraft.Requirement("ISO/IEC 27001 certificate", "Framework contracts", true, "This ISMS; certification audit in " + (today.getYear() + 1), null, false),
                    new PartyDraft.Requirement("Data kept in the EU", "Data processing agreements", true, "Hosting in Frankfurt; control 5.23", null, false),
                    new PartyDraft.Requirement("Climate-resilient operations", "Sustainability questionnaires", false, null,
                            "Not contractual yet; reviewed at the next management review", true)), null), DEMO);
            context.recordFeedback(context.parties().getFirst().getId(), new Feedback.Draft(today.minusWeeks(3), FeedbackChannel.SURVEY,
                    "Security questionnaires take us two weeks to answer", "A standard answer pack is being written", null), DEMO);
            context.recordParty(new PartyDraft("Data protection authority", PartyKind.REGULATOR, null, List.of(
                    new PartyDraft.Requirement("Breaches reported within 72 hours", "GDPR Art. 33", true, "Incident procedure, control 5.24", null, false)),
                    null), DEMO);
            context.recordParty(new PartyDraft("Staff", PartyKind.STAFF, "Employees and contractors", List.of(
                    new PartyDraft.Requirement("Clear rules for remote work", "Works council agreement", true, "Remote work policy, control 6.7", null, false)),
                    null), DEMO);
            context.recordParty(new PartyDraft("Cloud and payroll suppliers", PartyKind.SUPPLIERS, "AWS, Microsoft, PayCo, HelpCo", List.of(
                    new PartyDraft.Requirement("Customers configure their own tenant securely", "Shared responsibility model", true,
                            "Cloud configuration baseline, control 5.23", null, false),
                    new PartyDraft.Requirement("Annual on-site audit rights waived", "PayCo contract", false, null,
                            "Accepted: PayCo's ISO 27001 certificate and SOC 2 report are reviewed instead", false)), null), DEMO);
            context.recordParty(new PartyDraft("Shareholders", PartyKind.SHAREHOLDERS, "The founders and the venture fund", List.of(
                    new PartyDraft.Requirement("Quarterly report on cyber risk", "Shareholder agreement", true,
                            "Management review minutes, risk register summary", null, false),
                    new PartyDraft.Requirement("Report on climate-related risks", "Fund's ESG policy", false, null,
                            "The fund's template is due in %d; decided at the next management review".formatted(today.getYear() + 1), true)), null), DEMO);
            context.recordParty(new PartyDraft("Cyber insurer", PartyKind.PARTNERS, null, List.of(
                    new PartyDraft.Requirement("MFA on all remote access and e-mail", "Insurance policy conditions", true,
                            "Controls 5.17, 8.5", null, false)), null), DEMO);
            context.decideOnClimate(new ClimateDecision.Draft(true, "Floods threaten the head office and customers ask about climate "
                    + "resilience: climate change is a relevant issue (4.1, as amended in 2024)", "top-manager", today.minusMonths(2)), DEMO);
        };
    }

    /**
     * Scope, roles and documents (4.3, 5.2, 5.3, 7.5): a scope approved by top management through its process, five
     * roles with their holders, six policies and procedures (one past its review date, so its review task waits; one
     * a draft), two of them with uploaded texts.
     */
    @Bean
    @Order(3)
    ApplicationRunner demoDocuments(IsmsScope scope, IsmsRoles roles, DocumentRegister documents, TaskInbox inbox, Tasks tasks, Clock clock) {
        return args -> {
            LocalDate today = LocalDate.now(clock);
            ScopeVersion drafted = scope.draft(new ScopeDraft(
                    "The ISMS covers the development, operation and support of the CloudLedger SaaS platform and the corporate IT that "
                            + "supports it, including the data of customers processed on the platform.",
                    "Organisational: all departments of Example GmbH. Physical: the head office in Hamburg and the remote workplaces of "
                            + "staff. Technical: the AWS eu-central-1 tenant, the corporate Microsoft 365 tenant, laptops and phones managed by MDM.",
                    "Payroll is outsourced to PayCo (contract C-07); customer support tier 1 is provided by HelpCo (contract C-12); "
                            + "hosting depends on AWS, e-mail on Microsoft.",
                    List.of(new ScopeDraft.Exclusion("The franchised retail shops", "Separate legal entities with no access to the platform or its data"),
                            new ScopeDraft.Exclusion("The marketing website", "Hosted by an agency with no customer data; covered by supplier clauses (5.20)")),
                    null), Actor.person("isms-manager"));
            scope.submit(drafted.getId(), Actor.person("isms-manager"));
            approveScopeAs("top-manager", drafted.getId(), inbox, tasks);

            IsmsRole manager = roles.define(new RoleDraft("ISMS manager", Groups.ISMS_MANAGERS, "Runs the ISMS day to day: plans and "
                    + "maintains the risk assessment, the SoA, documents and the audit programme; reports on ISMS performance to top management (5.3 b).",
                    "Approves procedures and topic-specific policies; accepts residual risks within the appetite; assigns corrective actions.",
                    List.of("isms-manager", "isms-deputy"), null), DEMO);
            IsmsRole owners = roles.define(new RoleDraft("Risk owner", Groups.RISK_OWNERS, "Accountable for the risks assigned to them: "
                    + "reassesses them at planned intervals, chooses treatments, owns corrective actions in their area.",
                    "Approves the treatment plan of their risks (6.1.3 e).", List.of("risk-owner", "it-operations"), null), DEMO);
            IsmsRole auditors = roles.define(new RoleDraft("Internal auditor", Groups.AUDITORS, "Plans and conducts internal audits (9.2), "
                    + "records findings and reports them; never audits their own work.", "Access to all records needed for an audit.",
                    List.of("auditor", "auditor-2"), null), DEMO);
            IsmsRole top = roles.define(new RoleDraft("Top management", Groups.TOP_MANAGEMENT, "Leads the ISMS (5.1): sets the information "
                    + "security policy and objectives, provides resources, holds the management review (9.3).",
                    "Approves the information security policy and the ISMS scope; receives escalations.", List.of("top-manager", "board-member"),
                    null), DEMO);
            IsmsRole controlOwners = roles.define(new RoleDraft("Control owner", null, "Operates the Annex A controls assigned to them in "
                    + "the SoA and keeps their evidence.", null, List.of("it-operations", "risk-owner"), null), DEMO);
            List<Long> everyone = List.of(manager.getId(), owners.getId(), auditors.getId(), top.getId(), controlOwners.getId());

            documents.record(document("Information security policy", DocumentType.INFORMATION_SECURITY_POLICY, "isms-manager",
                            List.of("5.1", "5.2", "5.4"), everyone, "Third issue: adds the 2024 climate amendment",
                            new DocumentDraft.ApprovedBefore("top-manager", today.minusMonths(7), today.plusMonths(5))),
                    Optional.of(new TextFile("information-security-policy.txt", INFORMATION_SECURITY_POLICY)), Actor.person("isms-manager"));
            documents.record(document("Acceptable use policy", DocumentType.TOPIC_SPECIFIC_POLICY, "isms-manager", List.of("5.10", "6.7"),
                    everyone, "Second issue: personal devices", new DocumentDraft.ApprovedBefore("isms-deputy", today.minusMonths(4),
                            today.plusMonths(8))), Optional.empty(), Actor.person("isms-manager"));
            documents.record(document("Access control policy", DocumentType.TOPIC_SPECIFIC_POLICY, "risk-owner", List.of("5.15", "5.18", "8.5"),
                    List.of(owners.getId(), controlOwners.getId()), "First issue", new DocumentDraft.ApprovedBefore("isms-manager",
                            today.minusMonths(12).minusDays(2), today.minusDays(2))), Optional.empty(), Actor.person("risk-owner"));
            documents.record(document("Backup and restore procedure", DocumentType.PROCEDURE, "it-operations", List.of("8.13"),
                            List.of(controlOwners.getId()), "Second issue: quarterly restore tests",
                            new DocumentDraft.ApprovedBefore("isms-manager", today.minusMonths(2), today.plusMonths(10))),
                    Optional.of(new TextFile("backup-and-restore-procedure.pdf", BACKUP_PROCEDURE_PDF)), Actor.person("it-operations"));
            documents.record(document("Incident response procedure", DocumentType.PROCEDURE, "isms-manager", List.of("5.24", "5.25", "5.26"),
                    everyone, "First issue", new DocumentDraft.ApprovedBefore("isms-deputy", today.minusMonths(9), today.plusMonths(3))),
                    Optional.empty(), Actor.person("isms-manager"));
            documents.record(document("Supplier security policy", DocumentType.TOPIC_SPECIFIC_POLICY, "isms-deputy", List.of("5.19", "5.20"),
                    List.of(manager.getId()), "First draft", null), Optional.empty(), Actor.person("isms-deputy"));
        };
    }

    /**
     * Measurement (9.1): three manual metrics whose last month's measurement is due now (the start-up schedule starts
     * them), and a year of plausible history for the built-in metrics, marked as generated demo data.
     */
    @Bean
    @Order(4)
    ApplicationRunner demoMeasurements(Metrics metrics, Objectives objectives, Improvements improvements, JdbcClient jdbc, Clock clock) {
        return args -> {
            Actor manager = Actor.person("isms-manager");
            metrics.defineManual(new MetricDraft("Phishing simulation click rate", "Awareness (6.3, 7.3)",
                    "Share of staff who clicked the link of the monthly phishing simulation", "%", Direction.LOWER_IS_BETTER,
                    new BigDecimal("5"), new BigDecimal("10"), Frequency.MONTHLY, "isms-deputy", "isms-managers"), manager);
            metrics.defineManual(new MetricDraft("Critical patch latency", "Management of technical vulnerabilities (8.8)",
                    "Median days from the release of a critical patch to its installation on servers", "days", Direction.LOWER_IS_BETTER,
                    new BigDecimal("7"), new BigDecimal("14"), Frequency.MONTHLY, "it-operations", "isms-managers"), manager);
            metrics.defineManual(new MetricDraft("Security training completion", "Awareness, education and training (6.3)",
                    "Share of staff who completed the yearly security training", "%", Direction.HIGHER_IS_BETTER,
                    new BigDecimal("95"), new BigDecimal("85"), Frequency.MONTHLY, "isms-deputy", "top-management"), manager);
            LocalDate today = LocalDate.now(clock);
            metrics.sample(today);
            Random random = new Random(27001);
            for (Metric metric : metrics.catalogue()) {
                if (metric.getKind() != Metric.Kind.AUTOMATIC || metrics.latest(metric.getId()).isEmpty()) {
                    continue;
                }
                double now = metrics.latest(metric.getId()).orElseThrow().value().doubleValue();
                for (int month = 12; month >= 1; month--) {
                    // A year ago a little worse, drifting towards today's value.
                    double worse = metric.getDirection() == Direction.HIGHER_IS_BETTER ? -1 : 1;
                    BigDecimal value = BigDecimal.valueOf(Math.max(0, now + worse * month * (metric.getUnit().equals("%") ? 2.5 : 0.4)
                            + random.nextGaussian())).setScale(2, RoundingMode.HALF_UP);
                    jdbc.sql("""
                            insert into measurement (metric, period, value, evaluation, measured_by, measured_at)
                            values (:metric, :period, :value, :evaluation, 'demo data (generated)', :at)""")
                            .param("metric", metric.getId()).param("period", today.minusMonths(month).toString()).param("value", value)
                            .param("evaluation", metric.evaluate(value).name()).param("at", today.minusMonths(month).atStartOfDay()).update();
                }
            }
            demoObjectives(metrics, objectives, today, manager);
            demoImprovements(improvements, today);
        };
    }

    /** Four objectives (6.2) in different states once the start-up evaluation has run. */
    private static void demoObjectives(Metrics metrics, Objectives objectives, LocalDate today, Actor manager) {
        long implemented = metrics.byKey("controls-implemented").orElseThrow().getId();
        long aboveAppetite = metrics.byKey("risks-above-appetite").orElseThrow().getId();
        long overdueReviews = metrics.byKey("overdue-risk-reviews").orElseThrow().getId();
        long phishing = metrics.catalogue().stream().filter(m -> m.getName().startsWith("Phishing")).findFirst().orElseThrow().getId();
        objectives.set(new ObjectiveDraft("Nine in ten applicable controls implemented", "Certification audit in " + (today.getYear() + 1),
                List.of(implemented), "Implement the planned controls of the SoA, technological ones first", "IT budget %d, 1 FTE".formatted(today.getYear() + 1),
                "isms-manager", today.plusMonths(9)), manager);
        objectives.set(new ObjectiveDraft("No risk above the appetite", null, List.of(aboveAppetite),
                "Treat or accept every high and critical risk at its review", null, "isms-manager", today.plusMonths(6)), manager);
        objectives.set(new ObjectiveDraft("Every risk reviewed in time", null, List.of(overdueReviews),
                "Risk owners reassess when the task arrives; escalations after three days", null, "risk-owner", today.minusDays(10)), manager);
        objectives.set(new ObjectiveDraft("Staff recognise phishing", "Phishing is the most likely way in (risk R-006)", List.of(phishing),
                "Monthly simulations and a short training for those who click", "Awareness platform licence", "isms-deputy",
                today.plusMonths(12)), manager);
    }

    /** This year's audit programme with four audits in different states (see {@link DemoAudit}). */
    @Bean
    @Order(5)
    ApplicationRunner demoAudit(AuditUniverse universe, AuditProgrammes programmes, Audits audits, Tasks tasks, TaskInbox inbox, Clock clock) {
        return args -> new DemoAudit(universe, programmes, audits, tasks, inbox).run(LocalDate.now(clock));
    }

    /** Six opportunities for improvement (10.1) from different sources. */
    private static void demoImprovements(Improvements improvements, LocalDate today) {
        List.of(new ImprovementDraft(ImprovementSource.STAFF_SUGGESTION, null, "Automate the quarterly access review with the HR leaver list"),
                new ImprovementDraft(ImprovementSource.INTERNAL_AUDIT, "IA-%d-02 OFI 1".formatted(today.getYear() - 1), "Keep restore test reports next to the backup procedure"),
                new ImprovementDraft(ImprovementSource.INCIDENT, "INC-%d-031".formatted(today.minusMonths(3).getYear()), "Pre-approved message templates for customer breach notices"),
                new ImprovementDraft(ImprovementSource.MEASUREMENT, "Critical patch latency", "Patch the VPN appliance in its own change window"),
                new ImprovementDraft(ImprovementSource.MANAGEMENT_REVIEW, "MR-" + quarterOf(today.minusMonths(3)), "Report the risk register to the board every quarter"),
                new ImprovementDraft(ImprovementSource.STAFF_SUGGESTION, null, "A single page that lists every policy staff must read"))
                .forEach(draft -> improvements.propose(draft, Actor.person("isms-deputy")));
    }

    /** Top management approves the demo scope through its process, as a person would in the task list. */
    private static void approveScopeAs(String approver, long scopeId, TaskInbox inbox, Tasks tasks) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<UserTask> task = inbox.list(TaskQuery.all()).stream()
                    .filter(open -> "approve".equals(open.elementId())).findFirst();
            if (task.isPresent()) {
                tasks.complete(task.get().key(), new CurrentUser(approver, Set.of(Groups.TOP_MANAGEMENT)), Map.of("approvalDecision", "approve",
                        "approvalNote", "Matches the certification scope agreed with the customers"));
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The demo scope's approval task did not appear");
    }

    private static DocumentDraft document(String title, DocumentType type, String owner, List<String> controls, List<Long> audience,
                                          String firstVersion, DocumentDraft.ApprovedBefore approved) {
        return new DocumentDraft(title, type, owner, Classification.INTERNAL, controls, audience,
                new Revision(firstVersion, "https://intranet.example.com/isms/" + title.toLowerCase(Locale.ROOT).replace(' ', '-')),
                approved, null);
    }

    private static final byte[] INFORMATION_SECURITY_POLICY = """
            Information security policy (POL-001), third issue

            1. Purpose. Example GmbH protects the confidentiality, integrity and availability of the information it holds for its
               customers, staff and partners, and meets the legal, regulatory and contractual requirements that apply to it.
            2. Scope. This policy applies to the ISMS scope approved by top management.
            3. Objectives. Information security objectives are set yearly by top management and monitored by the ISMS manager.
            4. Commitment. Top management commits to satisfy applicable requirements and to continually improve the ISMS.
            5. Climate. Climate change is considered as an issue of the organisation's context (ISO/IEC 27001:2022/Amd 1:2024).
            """.getBytes(StandardCharsets.UTF_8);

    /** A one-page PDF, small enough to write by hand. */
    private static final byte[] BACKUP_PROCEDURE_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
            4 0 obj << /Length 120 >> stream
            BT /F1 14 Tf 60 780 Td (Backup and restore procedure, second issue) Tj 0 -24 Td (Restores are tested every quarter.) Tj ET
            endstream endobj
            5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    /** A quarter as the management review names it: 2027-Q1. */
    private static String quarterOf(LocalDate day) {
        return "%d-Q%d".formatted(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    private static IssueDraft issue(String title, IssueOrigin origin, IssueCategory category, String effect, String owner, LocalDate reviewDue) {
        return new IssueDraft(title, origin, category, effect, owner, reviewDue, null);
    }

    private static List<RiskDraft> demoRisks(LocalDate today) {
        return List.of(
                risk("Ransomware encrypts file servers", "File servers and backups", "Ransomware delivered by phishing",
                        "Flat network, backups reachable from the domain", "risk-owner", 4, 5, Treatment.MODIFY,
                        "Offline immutable backups, network segmentation, EDR on servers", 2, 4, today.minusDays(3)),
                risk("Customer data leaked from the CRM", "CRM (SaaS)", "Account takeover of a sales user",
                        "No MFA on the CRM", "risk-owner", 3, 5, Treatment.MODIFY,
                        "Enforce SSO with MFA, quarterly access review", 2, 3, today.minusDays(1)),
                risk("Payroll outage at month end", "Payroll application", "Hosting provider failure",
                        "Single data centre, no tested failover", "isms-manager", 2, 4, Treatment.SHARE,
                        "Contractual SLA with penalties, provider's DR plan reviewed yearly", 2, 3, today),
                risk("Laptop theft exposes source code", "Developer laptops", "Theft while travelling",
                        "Disk encryption not enforced on all models", "risk-owner", 3, 3, Treatment.MODIFY,
                        "Enforce full-disk encryption by MDM", 1, 3, null),
                risk("Supplier breach spreads to our network", "Managed service provider access", "Compromise of the MSP",
                        "Standing admin access for the MSP", "risk-owner", 2, 5, Treatment.MODIFY,
                        "Just-in-time access, supplier security clauses", 2, 3, null),
                risk("Phishing steals finance credentials", "Finance mailboxes", "Targeted phishing (BEC)",
                        "Awareness training is optional", "isms-manager", 4, 3, Treatment.MODIFY,
                        "Mandatory training, payment change call-back procedure", 2, 2, null),
                risk("Unpatched VPN appliance exploited", "Remote access VPN", "Exploitation of a public CVE",
                        "Patching depends on one administrator", "risk-owner", 3, 4, Treatment.MODIFY,
                        "Patch SLA of 72 h for critical CVEs, second administrator trained", 2, 2, null),
                risk("Office flood damages the server room", "Server room, ground floor", "Flooding from the river",
                        "Equipment below the 100-year flood line", "isms-manager", 1, 4, Treatment.RETAIN,
                        "Accepted: equipment being moved to the cloud within 12 months", 1, 4, null),
                risk("Insider exports the customer list", "Customer database", "Departing employee",
                        "No DLP on e-mail and USB", "risk-owner", 2, 3, Treatment.MODIFY,
                        "Leaver process revokes access on the last day", 1, 3, null),
                risk("Marketing site defaced", "Public website", "Hacktivists", "Outdated CMS plugins",
                        "risk-owner", 3, 2, Treatment.MODIFY, "Managed hosting with automatic updates", 2, 1, null),
                risk("Printer exposes scanned documents", "Multifunction printers", "Access from the guest Wi-Fi",
                        "Printers on the same VLAN as guests", "risk-owner", 2, 2, Treatment.MODIFY,
                        "Move printers to the office VLAN", 1, 1, null),
                risk("Legacy FTP transfer to the bank", "Payment file transfer", "Interception of payment files",
                        "Unencrypted FTP still in use", "isms-manager", 2, 5, Treatment.AVOID,
                        "Replace FTP with the bank's SFTP API this quarter", 1, 2, null));
    }

    private static RiskDraft risk(String title, String asset, String threat, String vulnerability, String owner,
                                  int likelihood, int impact, Treatment treatment, String plan,
                                  int residualLikelihood, int residualImpact, LocalDate nextReviewDue) {
        return new RiskDraft(title, null, asset, threat, vulnerability, true, true, impact >= 4, owner,
                likelihood, impact, treatment, plan, residualLikelihood, residualImpact, nextReviewDue, null);
    }

    private record Decision(String id, Boolean applicable, Set<InclusionReason> reasons, String justification,
                            ImplementationStatus status, String owner, List<String> evidence, LocalDate verified) {

        ControlDecision asOf(Control current) {
            boolean excluded = Boolean.FALSE.equals(applicable);
            return new ControlDecision(applicable, reasons, excluded ? null : justification, excluded ? justification : null,
                    status, owner, evidence, verified, current.getVersion());
        }
    }

    private static List<Decision> demoDecisions(LocalDate today) {
        var legal = Set.of(InclusionReason.LEGAL);
        var business = Set.of(InclusionReason.BUSINESS);
        var contract = Set.of(InclusionReason.CONTRACTUAL, InclusionReason.BUSINESS);
        return List.of(
                new Decision("5.1", true, business, "ISMS policy set approved by the board", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("POL-001 Information security policy v3"), today.minusMonths(2)),
                new Decision("5.2", true, business, "Roles defined in the ISMS charter", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("ISMS charter, section 4"), today.minusMonths(2)),
                new Decision("5.9", true, business, "Asset inventory in the CMDB", ImplementationStatus.PARTIAL,
                        "risk-owner", List.of("CMDB export " + YearMonth.from(today.minusMonths(2))), null),
                new Decision("5.15", true, business, "Role-based access to all business systems", ImplementationStatus.PARTIAL,
                        "risk-owner", List.of(), null),
                new Decision("5.19", true, contract, "Security clauses required by key customers", ImplementationStatus.PLANNED,
                        "isms-manager", List.of(), null),
                new Decision("5.24", true, business, "Incident management procedure", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("PRO-007 Incident response", "Tabletop exercise " + YearMonth.from(today.minusMonths(6))), today.minusMonths(5)),
                new Decision("5.31", true, legal, "GDPR, NIS2 transposition, employment law", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("Register of legal requirements"), today.minusMonths(1)),
                new Decision("5.34", true, legal, "GDPR Art. 32", ImplementationStatus.PARTIAL, "isms-manager", List.of(), null),
                new Decision("6.3", true, business, "Annual awareness training for all staff", ImplementationStatus.PARTIAL,
                        "isms-manager", List.of("LMS completion report " + quarterOf(today.minusMonths(3))), null),
                new Decision("7.4", false, Set.of(), "No premises with physical security monitoring needs beyond 7.1: shared office building with landlord surveillance",
                        ImplementationStatus.NOT_STARTED, null, List.of(), null),
                new Decision("7.11", true, business, "UPS for the server room", ImplementationStatus.IMPLEMENTED,
                        "risk-owner", List.of("UPS maintenance report"), today.minusMonths(8)),
                new Decision("8.7", true, business, "EDR on all endpoints", ImplementationStatus.IMPLEMENTED,
                        "risk-owner", List.of("EDR console coverage report"), today.minusWeeks(3)),
                new Decision("8.8", true, business, "Vulnerability management", ImplementationStatus.PARTIAL,
                        "risk-owner", List.of(), null),
                new Decision("8.13", true, business, "Backups of all business data", ImplementationStatus.PARTIAL,
                        "risk-owner", List.of("Backup job report"), null),
                new Decision("8.25", false, Set.of(), "No in-house software development: all applications are SaaS or off-the-shelf",
                        ImplementationStatus.NOT_STARTED, null, List.of(), null),
                new Decision("8.30", false, Set.of(), "No outsourced development", ImplementationStatus.NOT_STARTED, null, List.of(), null));
    }
}
