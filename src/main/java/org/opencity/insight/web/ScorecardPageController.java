package org.opencity.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.opencity.insight.ServiceIndex;
import org.opencity.insight.ServiceIndexCard;
import org.opencity.insight.internal.HanoiWards;
import org.opencity.platform.ServiceEntry;
import org.opencity.platform.ServiceEntryBuilder;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public scorecards: every ward's service index on a map and in a ranked table, and one ward's (or the city's)
 * card indicator by indicator, with each formula beside its value and the trend of the last twelve months.
 */
@Controller
class ScorecardPageController {

    static final String CITY_NAME_KEY = "ins.city";
    static final int TREND_MONTHS = 12;

    private final ServiceIndex index;
    private final HanoiWards wards;
    private final CityName cityName;
    private final Clock clock;

    ScorecardPageController(ServiceIndex index, HanoiWards wards, CityName cityName, Clock clock) {
        this.index = index;
        this.wards = wards;
        this.cityName = cityName;
        this.clock = clock;
    }

    @Bean
    static ServiceEntry scorecardsEntry() {
        return ServiceEntryBuilder.builder()
                .messageKey("home.service.scorecards")
                .path("/scorecards")
                .icon("bar-chart")
                .order(85)
                .build();
    }

    @GetMapping("/scorecards")
    String scorecards(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model,
            java.util.Locale locale) {
        var period = ScorecardPeriod.of(from, to, clock);
        model.addAttribute("period", period);
        model.addAttribute("city", index.city(period.from(), period.to(), cityName.in(locale)));
        model.addAttribute("cards", index.wards(period.from(), period.to()));
        model.addAttribute(
                "places",
                wards.all().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                org.opencity.geography.Ward::code, w -> w, (a, b) -> a)));
        return "insight/scorecards";
    }

    @GetMapping("/scorecards/city")
    String city(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model,
            java.util.Locale locale) {
        var period = ScorecardPeriod.of(from, to, clock);
        String name = cityName.in(locale);
        return card(model, period, index.city(period.from(), period.to(), name), null, name);
    }

    @GetMapping("/scorecards/{ward}")
    String ward(
            @PathVariable String ward,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model,
            java.util.Locale locale) {
        var period = ScorecardPeriod.of(from, to, clock);
        return card(model, period, index.ward(ward, period.from(), period.to()), ward, cityName.in(locale));
    }

    private String card(Model model, ScorecardPeriod period, ServiceIndexCard card, String ward, String city) {
        model.addAttribute("period", period);
        model.addAttribute("card", card);
        model.addAttribute("ward", ward);
        model.addAttribute(
                "trend", index.trend(ward, YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM)), TREND_MONTHS, city));
        return "insight/scorecard";
    }
}
