package org.opencity.insight.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.opencity.document.AdministrativeDocument;
import org.opencity.document.DocumentComposer;
import org.opencity.insight.IndicatorValue;
import org.opencity.insight.MonthlyFigures;
import org.opencity.insight.ServiceIndexCard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly progress report as a Vietnamese PDF in the platform's document layout: the standard indicators, the
 * city's service index indicator by indicator, the on-time trend and every ward's index as charts.
 */
@Component
class MonthlyReportPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DocumentComposer composer;
    private final MessageSource messages;

    MonthlyReportPdf(DocumentComposer composer, MessageSource messages) {
        this.composer = composer;
        this.messages = messages;
    }

    byte[] write(MonthlyFigures figures, LocalDate producedOn) {
        String month = "%02d/%d"
                .formatted(figures.month().getMonthValue(), figures.month().getYear());
        ServiceIndexCard city = figures.city();
        var document = AdministrativeDocument.builder()
                .parentAuthority("Ủy ban nhân dân thành phố Hà Nội")
                .issuingUnit("Sở Khoa học và Công nghệ")
                .issued("Hà Nội", producedOn)
                .title("Báo cáo tiến độ tháng " + month + " về cung cấp dịch vụ công trực tuyến và phục vụ người dân")
                .paragraph("Số liệu được tổng hợp tự động từ nền tảng OpenCity cho các hồ sơ, phản ánh phát sinh"
                        + " trong tháng " + month + " trên địa bàn thành phố.")
                .field(
                        "Thủ tục hành chính cung cấp trực tuyến",
                        figures.proceduresOnline() + " / " + figures.procedures() + " thủ tục")
                .field(
                        "Hồ sơ tiếp nhận trực tuyến",
                        String.valueOf(figures.dossiers().submitted()))
                .field("Tỷ lệ hồ sơ trực tuyến toàn trình", Percentages.percent(figures.fullyOnlineShare()))
                .field("Hồ sơ đã giải quyết", String.valueOf(figures.dossiers().finished()))
                .field(
                        "Tỷ lệ giải quyết đúng hạn",
                        Percentages.percent(figures.dossiers().onTimeRate()))
                .field(
                        "Mức độ hài lòng (đánh giá từ 4/5)",
                        Percentages.percent(figures.dossiers().satisfiedRate()))
                .field(
                        "Phản ánh, kiến nghị tiếp nhận",
                        String.valueOf(figures.reports().received()))
                .field(
                        "Phản ánh xử lý đúng hạn",
                        Percentages.percent(figures.reports().onTimeRate()))
                .field("Chỉ số phục vụ (QĐ 766) của thành phố", cityScore(city));
        document.paragraph("Chỉ số theo Quyết định 766/QĐ-TTg, từng tiêu chí (điểm đạt / điểm tối đa):");
        for (IndicatorValue value : city.values()) {
            document.field(name(value), shown(value));
        }
        document.chart(
                "Tỷ lệ hồ sơ giải quyết đúng hạn, 6 tháng gần nhất",
                figures.onTimeTrend().stream()
                        .map(point -> new AdministrativeDocument.Bar(
                                point.name(),
                                point.figures() == null ? 0 : point.figures() * 100,
                                Percentages.percent(point.figures())))
                        .toList());
        document.chart(
                "Chỉ số phục vụ (QĐ 766) theo phường, xã (% điểm đo được)",
                figures.wards().stream()
                        .filter(card -> card.percent() != null)
                        .map(card -> new AdministrativeDocument.Bar(
                                card.name(), card.percent(), Percentages.number(card.percent()) + " %"))
                        .toList());
        long unmeasured =
                figures.wards().stream().filter(card -> card.percent() == null).count();
        if (unmeasured > 0) {
            document.paragraph(unmeasured + " phường, xã chưa có số liệu để tính chỉ số trong tháng.");
        }
        document.paragraph("Các tiêu chí nền tảng chưa đo được (không tính điểm, không ước đoán): "
                + String.join(
                        "; ",
                        city.values().stream()
                                .filter(v -> v.state() == IndicatorValue.State.NOT_MEASURABLE)
                                .map(this::name)
                                .toList())
                + ".");
        return composer.compose(document.build());
    }

    private static String cityScore(ServiceIndexCard city) {
        if (city.percent() == null) {
            return "không có số liệu";
        }
        return Percentages.number(city.points()) + " / " + city.measurablePoints() + " điểm đo được ("
                + Percentages.number(city.percent()) + " %, " + band(city) + ")";
    }

    private static String band(ServiceIndexCard card) {
        return switch (card.band()) {
            case EXCELLENT -> "xuất sắc";
            case GOOD -> "tốt";
            case AVERAGE -> "trung bình";
            case WEAK -> "yếu";
        };
    }

    private String name(IndicatorValue value) {
        return messages.getMessage("insight.indicator." + value.indicator().name() + ".name", null, VIETNAMESE);
    }

    private static String shown(IndicatorValue value) {
        return switch (value.state()) {
            case MEASURED ->
                Percentages.number(value.points()) + " / " + value.indicator().points() + " (" + value.numerator() + "/"
                        + value.denominator() + ")";
            case NO_DATA -> "không có số liệu / " + value.indicator().points();
            case NOT_MEASURABLE -> "chưa đo được / " + value.indicator().points();
        };
    }
}
