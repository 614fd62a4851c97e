package org.opencity.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of an administrative document in the layout of Decree 30/2020/NĐ-CP: issuing authority and
 * unit, number, place and date, title, a body of paragraphs and label/value rows (in the order given), the
 * signatory, and an optional line telling the reader where to verify the document.
 *
 * @param parentAuthority the body above the issuing unit, e.g. "UBND Thành phố Hà Nội"; may be null
 * @param number the document's number and symbol, e.g. "125/GP-UBND"
 * @param verificationUrl printed in the footer of every page; may be null
 */
public record AdministrativeDocument(
        String parentAuthority,
        String issuingUnit,
        String number,
        String place,
        LocalDate date,
        String title,
        List<Block> body,
        Signatory signatory,
        String verificationUrl) {

    public AdministrativeDocument {
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        place = place == null ? "Hà Nội" : place;
        body = List.copyOf(body);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A piece of the body: a paragraph, or one row of a label/value table. */
    public sealed interface Block permits Paragraph, Field, BarChart {}

    public record Paragraph(String text) implements Block {}

    public record Field(String label, String value) implements Block {}

    /**
     * A horizontal bar chart: a caption, then one bar per row with its label on the left and its value written after
     * the bar, so the figures can be read (and copied) as text, not only seen.
     */
    public record BarChart(String caption, List<Bar> bars) implements Block {

        public BarChart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its label, its length as a number, and how the number is written (e.g. "87,5 %"). */
    public record Bar(String label, double value, String shown) {}

    /** Who signs: the position as printed (e.g. "Chủ tịch", or "KT. Chủ tịch / Phó Chủ tịch") and the name. */
    public record Signatory(String position, String name) {}

    public static final class Builder {

        private String parentAuthority;
        private String issuingUnit;
        private String number;
        private String place;
        private LocalDate date;
        private String title;
        private final List<Block> body = new ArrayList<>();
        private Signatory signatory;
        private String verificationUrl;

        private Builder() {}

        public Builder parentAuthority(String parentAuthority) {
            this.parentAuthority = parentAuthority;
            return this;
        }

        public Builder issuingUnit(String issuingUnit) {
            this.issuingUnit = issuingUnit;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder issued(String place, LocalDate date) {
            this.place = place;
            this.date = date;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder paragraph(String text) {
            body.add(new Paragraph(text));
            return this;
        }

        public Builder field(String label, String value) {
            body.add(new Field(label, value));
            return this;
        }

        public Builder chart(String caption, List<Bar> bars) {
            body.add(new BarChart(caption, bars));
            return this;
        }

        public Builder signatory(String position, String name) {
            this.signatory = new Signatory(position, name);
            return this;
        }

        public Builder verificationUrl(String verificationUrl) {
            this.verificationUrl = verificationUrl;
            return this;
        }

        public AdministrativeDocument build() {
            return new AdministrativeDocument(
                    parentAuthority, issuingUnit, number, place, date, title, body, signatory, verificationUrl);
        }
    }
}
