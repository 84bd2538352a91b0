package io.ismsflow.demo;

import io.ismsflow.context.Feedback;
import io.ismsflow.context.FeedbackChannel;
import io.ismsflow.context.IssueCategory;
import io.ismsflow.context.IssueDraft;
import io.ismsflow.context.IssueOrigin;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.context.PartyDraft;
import io.ismsflow.context.PartyKind;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.ControlDecision;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.InclusionReason;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;

/**
 * Demo data for the dev run: a register of a dozen realistic risks across all levels, three of them due for
 * review so their tasks show at once, an SoA with a plausible mix of decisions and statuses, and two
 * nonconformities whose corrective-action processes wait for containment. Everything goes
 * through the same services as real input, so the audit trail shows it too.
 *
 * Imported by the dev run only (not a component, so tests never see it).
 */
public class DemoData {

    private static final Actor DEMO = Actor.person("demo-data");

    @Bean
    ApplicationRunner demoRegister(RiskRegister risks, StatementOfApplicability soa, CorrectiveActionProcess corrective, Clock clock) {
        return args -> {
            LocalDate today = LocalDate.now(clock);
            List<Risk> register = demoRisks(today).stream().map(draft -> risks.identify(draft, DEMO)).toList();
            demoDecisions(today).forEach(decision -> soa.decide(decision.id(), decision.asOf(soa.get(decision.id())), DEMO));
            corrective.raise(new NonconformityDraft(null, NonconformitySource.INTERNAL_AUDIT, "IA-2026-02 finding 3",
                    "Backup restores never tested", "No restore of the file server backups was tested in 2026, although the "
                    + "backup procedure requires a quarterly test.", "IT operations", Severity.MAJOR, "risk-owner",
                    List.of("8.13"), List.of(register.get(0).getId())), Actor.person("auditor"));
            corrective.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Visitor log incomplete",
                    "The reception's visitor log has no entries for three days in October.", "Reception", Severity.MINOR,
                    "isms-manager", List.of("7.2"), List.of()), Actor.person("isms-manager"));
        };
    }

    /** The context (4.1): eight issues, one retired, and no climate decision yet, so the gap shows. */
    @Bean
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
                    issue("ERP migration in 2027", IssueOrigin.INTERNAL, IssueCategory.PROCESSES,
                            "Access rights and data flows change; the SoA needs review after go-live", "isms-manager", today.plusMonths(8)),
                    issue("On-premises mail server", IssueOrigin.INTERNAL, IssueCategory.TECHNOLOGICAL,
                            "Replaced by the cloud mail service in 2026", "it-operations", today.plusMonths(1)))
                    .forEach(draft -> context.record(draft, DEMO));
            context.retire(context.issues().getLast().getId(), DEMO);
            context.recordParty(new PartyDraft("Enterprise customers", PartyKind.CUSTOMERS, "Customers buying the SaaS platform", List.of(
                    new PartyDraft.Requirement("ISO/IEC 27001 certificate", "Framework contracts", true, "This ISMS; certification audit in 2027", null, false),
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
        };
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
                        "risk-owner", List.of("CMDB export 2026-10"), null),
                new Decision("5.15", true, business, "Role-based access to all business systems", ImplementationStatus.PARTIAL,
                        "risk-owner", List.of(), null),
                new Decision("5.19", true, contract, "Security clauses required by key customers", ImplementationStatus.PLANNED,
                        "isms-manager", List.of(), null),
                new Decision("5.24", true, business, "Incident management procedure", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("PRO-007 Incident response", "Tabletop exercise 2026-06"), today.minusMonths(5)),
                new Decision("5.31", true, legal, "GDPR, NIS2 transposition, employment law", ImplementationStatus.IMPLEMENTED,
                        "isms-manager", List.of("Register of legal requirements"), today.minusMonths(1)),
                new Decision("5.34", true, legal, "GDPR Art. 32", ImplementationStatus.PARTIAL, "isms-manager", List.of(), null),
                new Decision("6.3", true, business, "Annual awareness training for all staff", ImplementationStatus.PARTIAL,
                        "isms-manager", List.of("LMS completion report Q3"), null),
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
