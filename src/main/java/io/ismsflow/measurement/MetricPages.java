package io.ismsflow.measurement;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.evidence.Upload;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.Csv;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.Labels;
import io.ismsflow.web.PageLinks;
import io.ismsflow.web.RefusedException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The metric catalogue (the 9.1 table an auditor asks for: what, how, when, who) and each metric's results. */
@Controller
class MetricPages {

    private final Metrics metrics;
    private final Labels labels;
    private final EvidenceFiles evidence;
    private final People people;
    private final Validator validator;

    MetricPages(Metrics metrics, Labels labels, EvidenceFiles evidence, People people, Validator validator) {
        this.metrics = metrics;
        this.labels = labels;
        this.evidence = evidence;
        this.people = people;
        this.validator = validator;
    }

    @GetMapping("/metrics")
    String catalogue(Authentication authentication, Model model) {
        model.addAttribute("metrics", metrics.catalogue());
        model.addAttribute("latest", latestOfAll());
        model.addAttribute("mayDefine", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("groups", List.of(Groups.ISMS_MANAGERS, Groups.TOP_MANAGEMENT, Groups.RISK_OWNERS, Groups.AUDITORS));
        model.addAttribute("everyone", people.everyone());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "metrics";
    }

    /** The definition screen's fields; checked as a {@link MetricDraft}. */
    record MetricForm(String name, String measures, String method, String unit, Direction direction, BigDecimal target, BigDecimal warning,
                      Frequency frequency, String measuredBy, String evaluatedBy) {

        MetricDraft draft() {
            return new MetricDraft(blankToNull(name), blankToNull(measures), blankToNull(method), blankToNull(unit), direction, target, warning,
                    frequency, blankToNull(measuredBy), blankToNull(evaluatedBy));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** Defines a manual metric (9.1 a–f); its first measurement starts when its first period ends. */
    @PostMapping("/metrics")
    String define(MetricForm form, BindingResult binding, Authentication authentication, Model model) {
        MetricDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("form", form);
            return catalogue(authentication, model);
        }
        return "redirect:/metrics/" + metrics.defineManual(draft, Actor.of(authentication)).getId();
    }

    /** Evidence of a period's measurement, added beside its task by whoever measures or an ISMS manager. */
    @PostMapping("/metrics/{id}/periods/{period}/evidence")
    String attach(@PathVariable long id, @PathVariable String period, @RequestParam MultipartFile file, @RequestParam(required = false) String back,
                  Authentication authentication, RedirectAttributes redirect) throws IOException {
        Metric metric = metrics.get(id);
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.name().equals(metric.getMeasuredBy()) && !user.groups().contains(Groups.ISMS_MANAGERS)) {
            throw new RefusedException("Evidence of \"" + metric.getName() + "\" is added by whoever measures it or an ISMS manager");
        }
        if (!period.matches("\\d{4}-(\\d{2}|Q[1-4])")) {
            throw new NoSuchElementException("No period " + period);
        }
        try {
            EvidenceFile stored = evidence.upload(new Upload(MeasurementTaskContext.EVIDENCE_OWNER, MeasurementTaskContext.evidenceId(id, period),
                    file.getOriginalFilename(), file.getBytes()), user.name());
            redirect.addFlashAttribute("notice", stored.getFilename() + " is kept as evidence of " + metric.getName() + ", " + period + ".");
        } catch (EvidenceRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return PageLinks.redirectBack(back, "/metrics/" + id);
    }

    @GetMapping("/metrics/{id}")
    String metric(@PathVariable long id, Model model) {
        model.addAttribute("metric", metrics.get(id));
        model.addAttribute("series", metrics.series(id));
        return "metric";
    }

    /** The catalogue as CSV (UTF-8 with a byte order mark, so spreadsheets read it right). */
    @GetMapping("/metrics.csv")
    ResponseEntity<byte[]> export() {
        Map<Long, Optional<Measurement>> latest = latestOfAll();
        return Csv.download("metric-catalogue.csv", Stream.concat(Stream.of(Csv.row("Metric", "Measures", "Method", "Unit", "Direction", "Target", "Warning", "Frequency",
                        "Measured by", "Evaluated by", "Latest value", "Latest period", "Evaluation")),
                metrics.catalogue().stream().map(metric -> {
                    Optional<Measurement> last = latest.get(metric.getId());
                    return Csv.row(metric.getName(), metric.getMeasures(), metric.getMethod(), metric.getUnit(), labels.of(metric.getDirection()),
                            metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), metric.getFrequency(), metric.getMeasuredBy(),
                            metric.getEvaluatedBy(), last.map(m -> m.value().toPlainString()).orElse(null), last.map(Measurement::period).orElse(null),
                            last.map(m -> labels.of(m.evaluation())).orElse(null));
                })).toList());
    }

    private Map<Long, Optional<Measurement>> latestOfAll() {
        return metrics.catalogue().stream().collect(Collectors.toMap(Metric::getId, metric -> metrics.latest(metric.getId())));
    }
}
