package org.opencity.report.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What residents typically write, per category, for demo reports.
 */
final class DemoTexts {

    private static final Map<String, List<String>> TEXTS = Map.of(
            "ROADS",
                    List.of(
                            "Ổ gà lớn giữa đường phố %s, xe máy đi qua rất nguy hiểm.",
                            "Vỉa hè phố %s bị vỡ, nhiều viên gạch bong ra."),
            "LIGHTING",
                    List.of(
                            "Cả dãy đèn đường phố %s không sáng từ ba hôm nay.",
                            "Đèn đường trước số nhà 25 phố %s sáng cả ban ngày."),
            "DRAINAGE",
                    List.of(
                            "Mưa xong là ngập sâu ở đầu phố %s, nước rút rất chậm.",
                            "Nắp cống phố %s bị tắc, nước thải tràn lên mặt đường."),
            "WASTE",
                    List.of(
                            "Rác tồn đọng ở góc phố %s hai ngày chưa thu gom.",
                            "Có người đổ trộm phế thải xây dựng ven đường %s."),
            "TREES",
                    List.of(
                            "Cành cây lớn gãy treo lơ lửng trên vỉa hè phố %s.",
                            "Cây xanh phố %s nghiêng nhiều sau giông, có nguy cơ đổ."),
            "TRAFFIC_SIGNALS",
                    List.of("Đèn tín hiệu ở ngã tư phố %s nhấp nháy vàng liên tục.", "Biển báo cấm rẽ phố %s bị mất."),
            "ILLEGAL_CONSTRUCTION",
                    List.of(
                            "Nhà số 14 phố %s đang xây thêm tầng, không thấy biển báo cấp phép.",
                            "Công trình trên phố %s lấn chiếm ra vỉa hè."),
            "PUBLIC_ORDER",
                    List.of(
                            "Hàng quán lấn chiếm hết vỉa hè phố %s, người đi bộ phải xuống lòng đường.",
                            "Quảng cáo dán tràn lan trên cột điện phố %s."),
            "NOISE", List.of("Karaoke ồn ào sau 23 giờ tại phố %s.", "Công trình trên phố %s thi công ban đêm gây ồn."),
            "WATER_SUPPLY",
                    List.of("Mất nước từ sáng nay ở khu vực phố %s.", "Vỡ ống nước trên phố %s, nước chảy lênh láng."));

    private DemoTexts() {}

    static String description(String category, String street, Random random) {
        List<String> options = TEXTS.getOrDefault(category, List.of("Có vấn đề cần xử lý tại phố %s."));
        return options.get(random.nextInt(options.size())).formatted(street);
    }
}
