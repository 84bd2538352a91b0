package io.ismsflow.evidence;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Evidence files", description = "Documented information (7.5): upload, download, supersede; never deleted")
@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

    private final EvidenceFiles files;

    EvidenceController(EvidenceFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFile> upload(@RequestParam String ownerType, @RequestParam String ownerId, @RequestPart MultipartFile file,
                                        Principal principal) throws IOException {
        EvidenceFile stored = files.upload(new Upload(ownerType, ownerId, file.getOriginalFilename(), file.getBytes()), principal.getName());
        return ResponseEntity.created(URI.create("/api/evidence/" + stored.getId())).body(stored);
    }

    @PostMapping(path = "/{id}/supersede", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFile> supersede(@PathVariable long id, @RequestPart MultipartFile file, Principal principal) throws IOException {
        EvidenceFile stored = files.supersede(id, file.getOriginalFilename(), file.getBytes(), principal.getName());
        return ResponseEntity.created(URI.create("/api/evidence/" + stored.getId())).body(stored);
    }

    @GetMapping
    List<EvidenceFile> of(@RequestParam String ownerType, @RequestParam String ownerId) {
        return files.of(ownerType, ownerId);
    }

    @GetMapping("/{id}")
    EvidenceFile get(@PathVariable long id) {
        return files.get(id);
    }

    /** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 name for the others. */
    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The file as uploaded, always as an attachment under its sanitised name (RFC 6266 with UTF-8), never rendered
     * by the browser as a page of ours; its SHA-256 as the entity tag.
     */
    @GetMapping("/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        EvidenceFile file = files.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.getFilename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .eTag("\"" + file.getSha256() + "\"")
                .body(files.content(id));
    }
}
