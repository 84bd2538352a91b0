package io.ismsflow.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's settings: the time zone pages show dates and times in (the browser's, until they choose one). */
@Controller
class SettingsPage {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();

    private final Dates dates;

    SettingsPage(Dates dates) {
        this.dates = dates;
    }

    @GetMapping("/settings")
    String show(Model model) {
        model.addAttribute("zones", ZONES);
        model.addAttribute("zone", dates.zone().getId());
        return "settings";
    }

    @PostMapping("/settings")
    String save(@RequestParam String zone, HttpServletResponse response) {
        if (ZONES.contains(zone)) {
            Cookie cookie = new Cookie(Dates.ZONE_COOKIE, URLEncoder.encode(zone, StandardCharsets.UTF_8));
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return "redirect:/settings?saved";
    }
}
