package io.ismsflow.reports;

import io.ismsflow.trail.Actor;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: a spreadsheet is uploaded and dry-run first; its report shows row by row what would change, and the
 * same file (kept in the session until then) is applied only when the person confirms.
 */
@Controller
class ImportPages {

    /** An uploaded file waiting for its confirmation. */
    private record Pending(String register, String filename, byte[] content) {
    }

    private final RegisterImport imports;

    ImportPages(RegisterImport imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String form() {
        return "imports";
    }

    @PostMapping("/imports")
    String dryRun(@RequestParam String register, @RequestParam MultipartFile file, HttpSession session, Model model) throws IOException {
        Pending pending = new Pending(register, file.getOriginalFilename(), file.getBytes());
        ImportReport report = imports.dryRun(register, pending.filename(), pending.content());
        if (!report.refused()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(key(token), pending);
            model.addAttribute("token", token);
        }
        model.addAttribute("report", report);
        return "imports";
    }

    @PostMapping("/imports/{token}")
    String apply(@PathVariable String token, HttpSession session, Principal principal, Model model) {
        if (!(session.getAttribute(key(token)) instanceof Pending pending)) {
            model.addAttribute("problem", "That import is no longer waiting (it was applied, or the session ended): upload the file again.");
            return "imports";
        }
        session.removeAttribute(key(token));
        model.addAttribute("report", imports.apply(pending.register(), pending.filename(), pending.content(), Actor.of(principal)));
        return "imports";
    }

    private static String key(String token) {
        return "import:" + token;
    }
}
