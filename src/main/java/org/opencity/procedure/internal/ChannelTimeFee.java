package org.opencity.procedure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the national portal's 'cách thức thực hiện' summary, e.g.
 * {@code Trực tuyến: 7 Ngày làm việc; 10,000 Việt Nam Đồng | Trực tiếp: 7 Ngày làm việc; 20,000 Việt Nam Đồng},
 * into the processing time and fees per channel.
 *
 * <p>Rules, checked against all rows of the source: 'N Ngày làm việc' is N working days; 'N Ngày' is taken as N
 * (the portal mixes both for working days); a bare 'N' has lost its unit in the crawl and is read as N working
 * days; 'N Giờ' is within a working day (0 days). 'Miễn phí' is 0 dong; '10,000 Việt Nam Đồng' or '8,000 VNĐ' is an
 * amount; USD or 'Không có thông tin' is no amount. The Ministry of Defence's files label the fee
 * ('Phí : 0 Đồng', 'Lệ phí : 135 Đồng') and write 'Không Đồng' (no dong) for free.
 */
public record ChannelTimeFee(List<Channel> channels) {

    public static final String IN_PERSON = "Trực tiếp";
    public static final String ONLINE = "Trực tuyến";
    public static final String POST = "Dịch vụ bưu chính";

    private static final Pattern SEGMENT = Pattern.compile("\\s*([^:|]+):\\s*([^;|]*);\\s*([^|]*)");
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(Ngày làm việc|Ngày|Giờ)?\\s*");
    // Vietnamese capitals ('Đồng') need UNICODE_CASE; the portal's own files never write them, the defence files do.
    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FEE_LABEL = Pattern.compile("^(?:Lệ phí|Phí)\\s*:\\s*", ANY_CASE);
    private static final Pattern NO_DONG = Pattern.compile("Không\\s*(?:Việt Nam Đồng|VNĐ|đồng)", ANY_CASE);
    private static final Pattern DONG = Pattern.compile("([\\d.,]+)\\s*(Việt Nam Đồng|VNĐ|đồng)", ANY_CASE);

    public record Channel(String name, Integer days, Long feeVnd, String timeText, String feeText) {}

    public static ChannelTimeFee parse(String text) {
        List<Channel> channels = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("\\s\\|\\s")) {
            Matcher segment = SEGMENT.matcher(part);
            if (segment.matches()) {
                String time = segment.group(2).trim();
                String fee = segment.group(3).trim();
                channels.add(new Channel(segment.group(1).trim(), days(time), fee(fee), time, fee));
            }
        }
        return new ChannelTimeFee(channels);
    }

    static Integer days(String time) {
        Matcher matcher = TIME.matcher(time);
        if (!matcher.matches()) {
            return null;
        }
        return "Giờ".equals(matcher.group(2)) ? 0 : Integer.valueOf(matcher.group(1));
    }

    static Long fee(String text) {
        String fee = FEE_LABEL.matcher(text).replaceFirst("");
        if (fee.equalsIgnoreCase("Miễn phí") || NO_DONG.matcher(fee).matches()) {
            return 0L;
        }
        Matcher matcher = DONG.matcher(fee);
        return matcher.matches() ? Long.valueOf(matcher.group(1).replaceAll("[.,]", "")) : null;
    }

    public boolean offers(String channel) {
        return channels.stream().anyMatch(c -> c.name().equals(channel));
    }

    /** The channel whose time and fee count: in person if offered (the legal reference), else the first. */
    public Channel reference() {
        return channels.stream()
                .filter(c -> c.name().equals(IN_PERSON) && c.days() != null)
                .findFirst()
                .or(() -> channels.stream()
                        .filter(c -> c.name().equals(IN_PERSON))
                        .findFirst())
                .or(() -> channels.stream().findFirst())
                .orElse(new Channel("", null, null, "", ""));
    }

    public Long onlineFee() {
        return channels.stream()
                .filter(c -> c.name().equals(ONLINE))
                .findFirst()
                .map(Channel::feeVnd)
                .orElse(null);
    }

    /** "Trực tuyến: 7 Ngày làm việc; Trực tiếp: 7 Ngày làm việc", each channel once. */
    public String timeText() {
        return channels.stream()
                .map(c -> c.name() + ": " + c.timeText())
                .distinct()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public String feeText() {
        return channels.stream()
                .map(c -> c.name() + ": " + c.feeText())
                .distinct()
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
