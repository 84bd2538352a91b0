package io.ismsflow.audit;

import io.ismsflow.evidence.FrozenDocumentResponses;
import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Internal audit", description = "The audit universe, the programme of each cycle (9.2.2) and its audits (9.2)")
@RestController
class AuditController {

    private final AuditProgrammes programmes;
    private final Audits audits;
    private final AuditViews views;
    private final AuditUniverse universe;
    private final FrozenDocumentResponses frozen;

    AuditController(AuditProgrammes programmes, Audits audits, AuditViews views, AuditUniverse universe, FrozenDocumentResponses frozen) {
        this.programmes = programmes;
        this.audits = audits;
        this.views = views;
        this.universe = universe;
        this.frozen = frozen;
    }

    record ProgrammeRequest(@NotNull Integer cycle) {
    }

    record WindowChange(@NotNull LocalDate windowStart, @NotNull LocalDate windowEnd, @NotBlank @Size(max = 1000) String reason,
                        @NotNull Long version) {
    }

    record AddedAudit(@NotNull Long areaId, @NotNull LocalDate windowStart, @NotNull LocalDate windowEnd,
                      @NotBlank @Size(max = 1000) String reason) {
    }

    record Drop(@NotBlank @Size(max = 1000) String reason, @NotNull Long version) {
    }

    @GetMapping("/api/audit-programmes")
    List<AuditViews.ProgrammeView> programmes() {
        return programmes.all().stream().map(views::of).toList();
    }

    /** Requests the programme of this year or the next (201): its process plans it. 409 when the cycle has one. ISMS managers. */
    @PostMapping("/api/audit-programmes")
    ResponseEntity<AuditViews.ProgrammeView> request(@Valid @RequestBody ProgrammeRequest request, Principal principal) {
        AuditProgramme programme = programmes.request(request.cycle(), Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/audit-programmes/" + programme.getCycle())).body(views.of(programme));
    }

    @GetMapping("/api/audit-programmes/{cycle}")
    AuditViews.ProgrammeView programme(@PathVariable int cycle) {
        return views.of(programmes.ofCycle(cycle));
    }

    /** Adds an audit to a programme not yet approved, with the reason. ISMS managers. */
    @PostMapping("/api/audit-programmes/{cycle}/audits")
    ResponseEntity<AuditView> add(@PathVariable int cycle, @Valid @RequestBody AddedAudit added, Principal principal) {
        Audit audit = programmes.add(programmes.ofCycle(cycle).getId(), added.areaId(), added.windowStart(), added.windowEnd(), added.reason(),
                Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/audits/" + audit.getId())).body(views.of(audit));
    }

    /** Moves a proposed audit to another window, with the reason. ISMS managers. */
    @PutMapping("/api/audits/{id}/window")
    AuditView move(@PathVariable long id, @Valid @RequestBody WindowChange change, Principal principal) {
        return views.of(programmes.move(id, change.windowStart(), change.windowEnd(), change.reason(), change.version(), Actor.of(principal)));
    }

    /** Drops a proposed audit from its programme, with the reason. ISMS managers. */
    @PostMapping("/api/audits/{id}/drop")
    AuditView drop(@PathVariable long id, @Valid @RequestBody Drop drop, Principal principal) {
        return views.of(programmes.drop(id, drop.reason(), drop.version(), Actor.of(principal)));
    }

    /** The audit with its checklist and findings, and each nonconformity finding's nonconformity and state. */
    @GetMapping("/api/audits/{id}")
    AuditView audit(@PathVariable long id) {
        return views.of(audits.get(id));
    }

    /** Records a checklist row during fieldwork. The audit's auditors. */
    @PutMapping("/api/audits/{id}/checklist/{row}")
    AuditView recordRow(@PathVariable long id, @PathVariable int row, @Valid @RequestBody ChecklistEntry entry, Principal principal) {
        return views.of(audits.recordRow(id, row, entry, Actor.of(principal)));
    }

    /** Adds a finding during fieldwork (201). The audit's auditors. */
    @PostMapping("/api/audits/{id}/findings")
    ResponseEntity<AuditView> addFinding(@PathVariable long id, @Valid @RequestBody FindingDraft finding, Principal principal) {
        return ResponseEntity.status(201).body(views.of(audits.addFinding(id, finding, Actor.of(principal))));
    }

    @DeleteMapping("/api/audits/{id}/findings/{number}")
    AuditView removeFinding(@PathVariable long id, @PathVariable int number, Principal principal) {
        return views.of(audits.removeFinding(id, number, Actor.of(principal)));
    }

    /** Top management acknowledges the audit's reported results (9.2.2 c); a second time changes nothing. */
    @PostMapping("/api/audits/{id}/acknowledge")
    AuditView acknowledge(@PathVariable long id, Principal principal) {
        return views.of(audits.acknowledge(id, Actor.of(principal)));
    }

    /** The frozen report: HTML, or the PDF with {@code Accept: application/pdf}; 404 until the report is approved. */
    @GetMapping(value = "/api/audits/{id}/report", produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Audit audit = audits.get(id);
        if (audit.getReportDocument() == null) {
            throw new NoSuchElementException(audit.getCode() + " has no approved report yet");
        }
        return accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) ? frozen.pdf(audit.getReportDocument())
                : frozen.html(audit.getReportDocument());
    }

    @GetMapping("/api/audit-universe")
    List<AuditArea> universe() {
        return universe.all();
    }

    /** Changes and adds areas in one go (ids for changes, none for new areas); all or nothing. ISMS managers. */
    @PutMapping("/api/audit-universe")
    List<AuditArea> changeUniverse(@RequestBody List<AuditUniverse.@Valid AreaChange> changes, Principal principal) {
        return universe.change(changes, Actor.of(principal));
    }
}
