package org.opencity.servicepoint.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.ServiceEntry;
import org.opencity.servicepoint.OpenWindow;
import org.opencity.servicepoint.PointKind;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.opencity.servicepoint.WaitingFigures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Residents find a centre or a vehicle: by ward name or on the map, with hours, today's waiting and the week's stops. */
@Controller
class ServicePointPageController {

    private final ServicePoints points;
    private final ObjectProvider<WaitingFigures> waiting;

    ServicePointPageController(ServicePoints points, ObjectProvider<WaitingFigures> waiting) {
        this.points = points;
        this.waiting = waiting;
    }

    @Bean
    static ServiceEntry servicePointsEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.service-points")
                .path("/service-points")
                .icon("building")
                .order(35)
                .build();
    }

    @GetMapping("/service-points")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
        PointKind chosen = kindOrNull(kind);
        List<ServicePoint> found;
        try {
            found = points.search(q, null, chosen);
        } catch (InvalidRequest empty) {
            found = points.search(null, null, chosen);
        }
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", PointKind.values());
        model.addAttribute("found", found);
        model.addAttribute("week", vehicleWeek());
        return "servicepoint/search";
    }

    @GetMapping("/service-points/{code}")
    String point(@PathVariable String code, Model model) {
        ServicePoint point = points.get(code);
        LocalDate today = points.today();
        model.addAttribute("point", point);
        model.addAttribute("today", today);
        model.addAttribute("todayWindows", points.windowsOn(point, today));
        model.addAttribute("openNow", points.isOpenNow(point));
        model.addAttribute("weekdays", DayOfWeek.values());
        WaitingFigures figures = waiting.getIfAvailable();
        model.addAttribute("waiting", figures == null ? List.of() : figures.today(point.code()));
        return "servicepoint/point";
    }

    /** Where each vehicle stands on each day of this week (Monday to Sunday). */
    private List<VehicleDay> vehicleWeek() {
        LocalDate monday = points.today().with(DayOfWeek.MONDAY);
        List<ServicePoint> vehicles = points.search(null, null, PointKind.VEHICLE);
        List<VehicleDay> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            for (ServicePoint vehicle : vehicles) {
                List<OpenWindow> windows = points.windowsOn(vehicle, day);
                if (!windows.isEmpty()) {
                    week.add(new VehicleDay(day, vehicle, windows));
                }
            }
        }
        return week;
    }

    private static PointKind kindOrNull(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return PointKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("problem.service-point.kind-unknown");
        }
    }

    record VehicleDay(LocalDate day, ServicePoint vehicle, List<OpenWindow> windows) {}
}
