package io.ismsflow.reports;

import io.ismsflow.web.Dates;
import io.ismsflow.web.InvalidFieldsException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The evidence pack page: ask for a period's pack, and the packs exported lately with their hashes and downloads. */
@Controller
class EvidencePackPages {

    private final EvidencePacks packs;
    private final Dates dates;
    private final Clock clock;

    EvidencePackPages(EvidencePacks packs, Dates dates, Clock clock) {
        this.packs = packs;
        this.dates = dates;
        this.clock = clock;
    }

    /** The form proposes the last twelve months. */
    @GetMapping("/evidence-packs")
    String list(Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), dates.zone());
        model.addAttribute("packs", packs.recent());
        model.addAttribute("from", today.minusYears(1).plusDays(1));
        model.addAttribute("to", today);
        return "evidence-packs";
    }

    /** A small pack downloads at once (through the API); a large one is built in the background. */
    @PostMapping("/evidence-packs")
    String request(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal, RedirectAttributes redirect) {
        try {
            PackPeriod period = EvidencePackController.period(from, to, dates);
            if (!packs.large(period)) {
                return "redirect:" + UriComponentsBuilder.fromPath("/api/evidence-pack").queryParam("from", from).queryParam("to", to).toUriString();
            }
            packs.request(period, principal.getName());
            redirect.addFlashAttribute("notice", "The pack for %s to %s holds a lot: it is being built, and you will be notified when it is ready."
                    .formatted(dates.date(from), dates.date(to)));
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.problems().values()));
        }
        return "redirect:/evidence-packs";
    }
}
