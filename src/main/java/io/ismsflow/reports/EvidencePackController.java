package io.ismsflow.reports;

import io.ismsflow.security.People;
import io.ismsflow.web.Dates;
import io.ismsflow.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit-period evidence pack as a download: at once when the period is small, otherwise built in the background
 * (202 with the pack's address, its requester notified when it is ready).
 */
@Tag(name = "Evidence pack", description = "Everything that shows the ISMS operated over an audit period, as one ZIP")
@RestController
@RequestMapping("/api")
class EvidencePackController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    /** A pack as the API shows it, with its download address once it has one. */
    record PackView(long id, LocalDate from, LocalDate to, String requestedBy, Instant requestedAt, EvidencePack.Delivery delivery,
                    EvidencePack.Status status, String sha256, Long sizeBytes, Integer files, Instant finishedAt, String failure, String download) {
    }

    record PackRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    private final EvidencePacks packs;
    private final People people;
    private final Dates dates;

    EvidencePackController(EvidencePacks packs, People people, Dates dates) {
        this.packs = packs;
        this.people = people;
        this.dates = dates;
    }

    @Operation(summary = "The evidence pack of a period (first and last day included)",
            description = "200 with the ZIP, written as it is built; 202 with the address of a pack built in the background when the period is large")
    @GetMapping("/evidence-pack")
    ResponseEntity<StreamingResponseBody> pack(@RequestParam LocalDate from, @RequestParam LocalDate to, Principal principal) {
        PackPeriod period = period(from, to, dates);
        if (packs.large(period)) {
            EvidencePack pack = packs.request(period, principal.getName());
            return ResponseEntity.accepted().location(URI.create("/api/evidence-packs/" + pack.id())).build();
        }
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(period.filename()).build().toString())
                .body(out -> packs.stream(period, principal.getName(), out));
    }

    @Operation(summary = "Build a period's evidence pack in the background", description = "202 with the pack; its requester is notified when it is ready")
    @PostMapping("/evidence-packs")
    ResponseEntity<PackView> request(@Valid @RequestBody PackRequest request, Principal principal) {
        EvidencePack pack = packs.request(period(request.from(), request.to(), dates), principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/evidence-packs/" + pack.id())).body(view(pack));
    }

    @GetMapping("/evidence-packs")
    List<PackView> recent() {
        return packs.recent().stream().map(this::view).toList();
    }

    @GetMapping("/evidence-packs/{id}")
    PackView get(@PathVariable long id) {
        return view(packs.get(id));
    }

    @Operation(summary = "Download a pack built in the background", description = "404 while it is being built, when it failed, or once it is gone")
    @GetMapping("/evidence-packs/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id) {
        EvidencePack pack = packs.get(id);
        FileSystemResource file = new FileSystemResource(packs.file(pack));
        if (!pack.downloadable() || !file.exists()) {
            throw new NoSuchElementException("Evidence pack " + id + " has no file to download: it is " + pack.status().name()
                    .toLowerCase(Locale.ROOT));
        }
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pack.period().filename()).build().toString())
                .body(file);
    }

    /** The period asked for, in the asker's time zone; refused when it ends before it starts or spans more than three years. */
    static PackPeriod period(LocalDate from, LocalDate to, Dates dates) {
        if (to.isBefore(from)) {
            throw new InvalidFieldsException(Map.of("to", "The period ends before it starts"));
        }
        if (to.isAfter(from.plusYears(3))) {
            throw new InvalidFieldsException(Map.of("to", "A pack covers at most three years (a certification cycle)"));
        }
        return new PackPeriod(from, to, dates.zone());
    }

    private PackView view(EvidencePack pack) {
        return new PackView(pack.id(), pack.periodFrom(), pack.periodTo(), people.displayName(pack.requestedBy()), pack.requestedAt(),
                pack.delivery(), pack.status(), pack.sha256(), pack.sizeBytes(), pack.files(), pack.finishedAt(), pack.failure(),
                pack.downloadable() ? "/api/evidence-packs/" + pack.id() + "/file" : null);
    }
}
